#include "app/surveys/SurveyDialog.h"

#include "app/common/Text.h"
#include "app/common/TouchpointBox.h"
#include "domain/records/Vocabulary.h"
#include "domain/tickets/TicketService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

// "Not asked", then low..high, the hint on the ends.
QComboBox* scaleBox(const QString& name, int low, int high, const QString& lowHint,
                    const QString& highHint, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(QCoreApplication::translate("SurveyDialog", "Not asked"), QVariant());
    for (int v = low; v <= high; ++v)
        box->addItem(v == low    ? QStringLiteral("%1 — %2").arg(v).arg(lowHint)
                     : v == high ? QStringLiteral("%1 — %2").arg(v).arg(highHint)
                                 : QString::number(v),
                     v);
    return box;
}

std::optional<int> chosen(const QComboBox* box) {
    const QVariant v = box->currentData();
    return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
}

} // namespace

SurveyDialog::SurveyDialog(domain::Workspace& workspace, std::int64_t customerId,
                           const QString& customerName, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_customerId(customerId) {
    setObjectName(QStringLiteral("surveyDialog"));
    setWindowTitle(tr("New Survey Response — %1").arg(customerName));
    auto* form = new QFormLayout;
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("surveyDayEdit"));
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setCalendarPopup(true);
    const QDate today =
        domain::Calendar::dateFromDay(workspace.calendar().dayOf(workspace.nowMs()));
    m_day->setMaximumDate(today);
    m_day->setDate(today);
    m_nps = scaleBox(QStringLiteral("npsBox"), 0, 10, tr("would not recommend"),
                     tr("would surely recommend"), this);
    m_csat = scaleBox(QStringLiteral("csatBox"), 1, 5, tr("very dissatisfied"),
                      tr("very satisfied"), this);
    m_ces = scaleBox(QStringLiteral("cesBox"), 1, 7, tr("very hard"), tr("very easy"), this);
    form->addRow(tr("&Answered on:"), m_day);
    form->addRow(tr("&Likelihood to recommend (NPS):"), m_nps);
    form->addRow(tr("&Satisfaction (CSAT):"), m_csat);
    form->addRow(tr("&Ease (CES):"), m_ces);
    const auto dimensions = domain::vocabulary::crmvDimensions();
    for (std::size_t d = 0; d < dimensions.size(); ++d) {
        auto* row = new QHBoxLayout;
        for (int i = 0; i < kItemsShown; ++i) {
            auto* spin = new QSpinBox(this);
            spin->setObjectName(QStringLiteral("item_%1_%2").arg(d + 1).arg(i + 1));
            spin->setRange(0, domain::SurveyService::kScaleMaximum);
            spin->setSpecialValueText(tr("—"));
            spin->setToolTip(tr("Item %1, 1 to 7 (— when not answered)").arg(i + 1));
            m_items[d][static_cast<std::size_t>(i)] = spin;
            row->addWidget(spin);
        }
        row->addStretch(1);
        form->addRow(dimensions[d].label + QLatin1Char(':'), row);
    }
    m_touchpoint = TouchpointBox::create(this, workspace);
    m_touchpoint->setObjectName(QStringLiteral("surveyTouchpointCombo"));
    m_ticket = new QComboBox(this);
    m_ticket->setObjectName(QStringLiteral("surveyTicketCombo"));
    fillTickets();
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("surveyCommentEdit"));
    m_comment->setPlaceholderText(tr("What the customer wrote (stored encrypted)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(70);
    form->addRow(tr("&Touchpoint:"), m_touchpoint);
    form->addRow(tr("Follows &ticket:"), m_ticket);
    form->addRow(tr("&Comment:"), m_comment);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("surveyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SurveyDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void SurveyDialog::fillTickets() {
    m_ticket->addItem(tr("(none)"), QVariant());
    domain::TicketFilter filter;
    filter.customerId = m_customerId;
    auto tickets = domain::TicketService(m_workspace).list(filter);
    if (!tickets)
        return;
    for (const auto& t : *tickets)
        m_ticket->addItem(
            QStringLiteral("#%1 %2").arg(t.row.record.id).arg(qs(t.row.record.subject)),
            QVariant::fromValue<qlonglong>(t.row.record.id));
}

domain::SurveyDraft SurveyDialog::draft() const {
    domain::SurveyDraft d;
    d.customerId = m_customerId;
    d.day = domain::Calendar::dayFromDate(m_day->date());
    d.nps = chosen(m_nps);
    d.csat = chosen(m_csat);
    d.ces = chosen(m_ces);
    for (std::size_t dim = 0; dim < m_items.size(); ++dim)
        for (std::size_t i = 0; i < m_items[dim].size(); ++i)
            if (const int v = m_items[dim][i]->value(); v > 0)
                d.answers.push_back({static_cast<int>(dim) + 1, static_cast<int>(i) + 1, v});
    d.touchpoint = ss(m_touchpoint->currentData().toString());
    if (const QVariant ticket = m_ticket->currentData(); ticket.isValid())
        d.ticketId = ticket.toLongLong();
    const QString comment = m_comment->toPlainText();
    if (!comment.trimmed().isEmpty())
        d.comment = ss(comment);
    return d;
}

QString SurveyDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void SurveyDialog::accept() {
    auto saved = domain::SurveyService(m_workspace).add(draft());
    if (!saved) {
        m_error->setText(qs(saved.error().message));
        m_error->show();
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace tessera::app
