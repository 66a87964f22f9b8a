#pragma once

// Logs or edits one interaction in a few keystrokes: channel, kind,
// direction, touchpoint, outcome, note and when (default now, never later).
// Saves through InteractionService; a consent refusal or a bad time stays in
// the dialog with its reason, and going over the over-contact limit asks
// the user to confirm first.

#include "domain/interactions/InteractionService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tessera::app {

class InteractionDialog : public QDialog {
    Q_OBJECT

public:
    // Logs a new interaction with `customerId`, or edits `editing` when given.
    InteractionDialog(domain::Workspace& workspace, std::int64_t customerId,
                      const QString& customerName,
                      std::optional<storage::InteractionRow> editing = std::nullopt,
                      QWidget* parent = nullptr);

    domain::InteractionDraft draft() const;
    // After Accepted: what was saved (its id, and the customer's warnings).
    const domain::InteractionResult& result() const { return m_result; }
    QString errorText() const;

    QComboBox* channel() const { return m_channel; }
    QComboBox* kind() const { return m_kind; }
    QComboBox* direction() const { return m_direction; }
    QLineEdit* outcome() const { return m_outcome; }
    QPlainTextEdit* note() const { return m_note; }
    QDateTimeEdit* when() const { return m_when; }

    // Tests answer the over-contact question without a message box.
    void setConfirmOverContact(std::function<bool(const QString&)> ask) { m_ask = std::move(ask); }

public slots:
    void accept() override;

private:
    void fillTouchpoints();
    void load(const storage::InteractionRow& row);

    domain::Workspace& m_workspace;
    std::int64_t m_customerId;
    std::optional<storage::InteractionRow> m_editing;
    QComboBox* m_channel;
    QComboBox* m_kind;
    QComboBox* m_direction;
    QComboBox* m_touchpoint;
    QLineEdit* m_outcome;
    QPlainTextEdit* m_note;
    QDateTimeEdit* m_when;
    QLabel* m_error;
    domain::InteractionResult m_result;
    std::function<bool(const QString&)> m_ask;
};

} // namespace tessera::app
