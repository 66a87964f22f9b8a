#pragma once

// A campaign or relationship investment, new or edited: name, kind, cost,
// first and last day, and whom it targets (a tier or an RFM segment of the
// latest scoring run, an owner's portfolio, or customer codes). Saving goes
// through CampaignService; a refusal is shown in the dialog, which stays open.

#include "domain/campaigns/CampaignService.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace tessera::app {

class CampaignDialog : public QDialog {
    Q_OBJECT

public:
    CampaignDialog(domain::Workspace& workspace, std::optional<storage::CampaignRecord> editing,
                   QWidget* parent = nullptr);

    domain::CampaignDraft draft() const;
    std::int64_t savedId() const { return m_saved; }
    QString errorText() const;

    QLineEdit* nameEdit() const { return m_name; }
    QDoubleSpinBox* costEdit() const { return m_cost; }
    QComboBox* targetKindBox() const { return m_targetKind; }
    QComboBox* ownerBox() const { return m_owner; }
    QPlainTextEdit* codesEdit() const { return m_codes; }

    void accept() override;

private:
    void load(const storage::CampaignRecord& campaign);

    domain::Workspace& m_workspace;
    std::optional<storage::CampaignRecord> m_editing;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QDoubleSpinBox* m_cost;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_targetKind;
    QStackedWidget* m_targetValue;
    QComboBox* m_tier;
    QComboBox* m_segment;
    QComboBox* m_owner;
    QPlainTextEdit* m_codes;
    QPlainTextEdit* m_description;
    QLabel* m_error;
    std::int64_t m_saved = 0;
};

} // namespace tessera::app
