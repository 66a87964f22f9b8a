#pragma once

// A survey response entered by hand for one customer: the day it was
// answered, NPS, CSAT and CES (each may be left out), up to three items of
// each CRMV dimension, the touchpoint, the ticket it follows and the
// customer's comment (stored encrypted). Saving goes through SurveyService;
// a refusal is shown in the dialog, which stays open.

#include "domain/surveys/SurveyService.h"

#include <QDialog>
#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace tessera::app {

class SurveyDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kItemsShown = 3;

    SurveyDialog(domain::Workspace& workspace, std::int64_t customerId, const QString& customerName,
                 QWidget* parent = nullptr);

    domain::SurveyDraft draft() const;
    std::int64_t savedId() const { return m_saved; }
    QString errorText() const;

    QComboBox* npsBox() const { return m_nps; }
    QComboBox* csatBox() const { return m_csat; }
    QComboBox* cesBox() const { return m_ces; }
    QSpinBox* item(int dimension, int item) const { return m_items[dimension][item]; }

    void accept() override;

private:
    void fillTickets();

    domain::Workspace& m_workspace;
    std::int64_t m_customerId;
    QDateEdit* m_day;
    QComboBox* m_nps;
    QComboBox* m_csat;
    QComboBox* m_ces;
    std::array<std::array<QSpinBox*, kItemsShown>, 5> m_items{};
    QComboBox* m_touchpoint;
    QComboBox* m_ticket;
    QPlainTextEdit* m_comment;
    QLabel* m_error;
    std::int64_t m_saved = 0;
};

} // namespace tessera::app
