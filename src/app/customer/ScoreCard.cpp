#include "app/customer/ScoreCard.h"

#include "app/common/ScoreText.h"
#include "app/common/Text.h"
#include "domain/scoring/FitWarningText.h"
#include "domain/scoring/ProfileService.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tessera::app {
namespace {

enum Page { MessagePage, ScoresPage };

} // namespace

ScoreCard::ScoreCard(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("scoreMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_stack->addWidget(m_message);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The card follows the panel's width; long lines wrap instead.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* page = new QWidget;
    buildCard(page);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
}

void ScoreCard::buildCard(QWidget* page) {
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    m_badge = new QLabel(page);
    m_badge->setObjectName(QStringLiteral("tierBadge"));
    m_badge->setTextFormat(Qt::RichText);
    m_badge->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_headline = new QLabel(page);
    m_headline->setObjectName(QStringLiteral("scoreHeadline"));
    m_headline->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_headline->setWordWrap(true);
    top->addWidget(m_badge);
    top->addWidget(m_headline, 1);
    layout->addLayout(top);

    // Above the figures: P(alive), expected purchases and CLV rest on the fits.
    m_fitWarnings = new QLabel(page);
    m_fitWarnings->setObjectName(QStringLiteral("fitWarnings"));
    m_fitWarnings->setWordWrap(true);
    m_fitWarnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fitWarnings->setStyleSheet(QStringLiteral(
        "color: #7a4a00; background: #fff4d6; border: 1px solid #e0b44c; padding: 6px;"));
    m_fitWarnings->hide();
    layout->addWidget(m_fitWarnings);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addValue(QStringLiteral("rfm_code"), tr("RFM code:"));
    addValue(QStringLiteral("segment"), tr("RFM segment:"));
    addValue(QStringLiteral("rfms"), tr("RFMS:"));
    addValue(QStringLiteral("crmv"), tr("CRMV:"));
    addValue(QStringLiteral("tier_score"), tr("TierScore:"));
    addValue(QStringLiteral("p_alive"), tr("P(alive):"));
    addValue(QStringLiteral("expected_purchases"), tr("Expected purchases:"));
    addValue(QStringLiteral("clv"), tr("Customer lifetime value:"));
    addValue(QStringLiteral("run"), tr("Scoring run:"));
    addValue(QStringLiteral("profile"), tr("Profile version:"));
    layout->addLayout(m_form);

    auto* explain = new QGroupBox(tr("Explanation"), page);
    auto* explainLayout = new QVBoxLayout(explain);
    m_explanation = new QLabel(explain);
    m_explanation->setObjectName(QStringLiteral("scoreExplanation"));
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    explainLayout->addWidget(m_explanation);
    layout->addWidget(explain);
    layout->addStretch(1);
}

void ScoreCard::addValue(const QString& key, const QString& caption) {
    auto* value = new QLabel;
    value->setObjectName(QStringLiteral("score_") + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(caption, value);
    m_values[key] = value;
}

void ScoreCard::setValue(const QString& key, const QString& text) {
    m_values.at(key)->setText(text);
}

QString ScoreCard::valueText(const QString& key) const {
    if (key == QLatin1String("tier"))
        return m_scored ? m_badgeText : QString();
    const auto it = m_values.find(key);
    return it == m_values.end() ? QString() : it->second->text();
}

QString ScoreCard::fitWarningText() const {
    return m_fitWarnings->isHidden() ? QString() : m_fitWarnings->text();
}

QString ScoreCard::messageText() const {
    return m_stack->currentIndex() == MessagePage ? m_message->text() : QString();
}

ScoreCard::Data ScoreCard::load(domain::Workspace& ws, std::int64_t customerId) {
    Data data;
    auto latest = domain::ScoringService(ws).latestScores(customerId);
    if (!latest) {
        data.error = qs(latest.error().message);
        return data;
    }
    data.latest = *latest;
    if (!data.latest)
        return data;
    auto details = domain::ScoringService(ws).runDetails(data.latest->run.id);
    auto profile = domain::ProfileService(ws).version(data.latest->run.profileVersion);
    if (!details || !profile) {
        data.error = qs(!details ? details.error().message : profile.error().message);
        return data;
    }
    data.steps = domain::ScoreExplainer::explain(*data.latest, *details, *profile);
    data.fitWarnings = domain::FitWarningText::sentences(*details);
    return data;
}

void ScoreCard::setData(const Data& data) {
    m_scored = data.latest.has_value();
    if (!data.latest) {
        m_steps.clear();
        return showMessage(data.error.isEmpty()
                               ? tr("Not scored yet. Scores appear here after the next scoring "
                                    "run (Scoring > Score Now, for analysts and administrators).")
                               : data.error);
    }
    showScores(*data.latest);
    showFitWarnings(data.fitWarnings);
    showExplanation(data.steps);
    if (!data.error.isEmpty())
        m_explanation->setText(data.error.toHtmlEscaped());
    m_stack->setCurrentIndex(ScoresPage);
}

void ScoreCard::showMessage(const QString& text) {
    m_message->setText(text);
    m_stack->setCurrentIndex(MessagePage);
}

void ScoreCard::showFitWarnings(const QStringList& warnings) {
    if (warnings.isEmpty()) {
        m_fitWarnings->clear();
        m_fitWarnings->hide();
        return;
    }
    m_fitWarnings->setText(tr("This run's lifetime value models are unsound:") + QLatin1Char('\n') +
                           warnings.join(QLatin1Char('\n')));
    m_fitWarnings->show();
}

void ScoreCard::showScores(const domain::CustomerScoreHistoryEntry& entry) {
    const storage::CustomerScoreRecord& s = entry.score;
    m_badgeText = ScoreText::tierLabel(s.tier);
    m_badge->setText(ScoreText::tierBadgeHtml(s.tier));
    m_headline->setText(
        tr("TierScore %1 · %2")
            .arg(ScoreText::points(s.tierScore), ScoreText::segmentLabel(s.segment)));
    setValue(QStringLiteral("rfm_code"), ScoreText::rfmCode(s));
    setValue(QStringLiteral("segment"), ScoreText::segmentLabel(s.segment));
    setValue(QStringLiteral("rfms"), ScoreText::points(s.rfms));
    setValue(QStringLiteral("crmv"), s.crmv ? ScoreText::points(s.crmv) : tr("No survey data"));
    setValue(QStringLiteral("tier_score"), ScoreText::points(s.tierScore));
    setValue(QStringLiteral("p_alive"), ScoreText::probability(s.pAlive));
    setValue(QStringLiteral("expected_purchases"), ScoreText::count(s.expectedPurchases));
    setValue(QStringLiteral("clv"), ScoreText::money(s.clv));
    // Short values on one line each: wrapped labels in a form can be measured a line short.
    setValue(QStringLiteral("run"),
             tr("%1 (run %2)").arg(domain::Calendar::isoDate(entry.run.asOfDay)).arg(entry.run.id));
    setValue(QStringLiteral("profile"), QString::number(entry.run.profileVersion));
}

void ScoreCard::showExplanation(const std::vector<domain::ExplanationStep>& steps) {
    m_steps.clear();
    QString html = QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const domain::ExplanationStep& step : steps) {
        m_steps << qs(step.text);
        html += QStringLiteral("<li style=\"margin-bottom: 4px;\">%1</li>")
                    .arg(qs(step.text).toHtmlEscaped());
    }
    m_explanation->setText(html + QStringLiteral("</ol>"));
}

} // namespace tessera::app
