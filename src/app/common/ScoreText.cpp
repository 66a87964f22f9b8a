#include "app/common/ScoreText.h"

#include "app/common/TierBadgeDelegate.h"
#include "domain/records/Vocabulary.h"
#include "domain/scoring/FitWarningText.h"
#include "domain/workspace/Calendar.h"
#include "scoring/Tier.h"

#include <QLocale>
#include <QStringList>
#include <QTableWidgetItem>

namespace tessera::app {

QString ScoreText::missing() {
    return QStringLiteral("—");
}

QString ScoreText::tierLabel(const std::string& tier) {
    return domain::vocabulary::labelOf(domain::vocabulary::tiers(), tier);
}

QString ScoreText::segmentLabel(const std::string& segment) {
    return domain::vocabulary::labelOf(domain::vocabulary::rfmSegments(), segment);
}

QColor ScoreText::tierColour(const std::string& tier) {
    // Dark enough for white text; the metals in their own colours.
    if (tier == "Diamond")
        return QColor(0x1b, 0x7f, 0xa6);
    if (tier == "Platinum")
        return QColor(0x56, 0x68, 0x7a);
    if (tier == "Gold")
        return QColor(0xb0, 0x80, 0x0a);
    if (tier == "Silver")
        return QColor(0x7d, 0x87, 0x91);
    if (tier == "Bronze")
        return QColor(0x9c, 0x5a, 0x2e);
    return QColor(0x80, 0x80, 0x80);
}

QString ScoreText::badgeHtml(const QString& text, const QColor& colour) {
    return QStringLiteral("<span style=\"background:%1; color:white;\">&nbsp;%2&nbsp;</span>")
        .arg(colour.name(), text.toHtmlEscaped());
}

QString ScoreText::tierBadgeHtml(const std::string& tier) {
    return badgeHtml(tierLabel(tier), tierColour(tier));
}

QString ScoreText::rfmCode(const storage::CustomerScoreRecord& score) {
    return QStringLiteral("%1-%2-%3-%4")
        .arg(score.scoreR)
        .arg(score.scoreF)
        .arg(score.scoreM)
        .arg(score.scoreS);
}

QString ScoreText::points(double value) {
    return QLocale().toString(value, 'f', 1);
}

QString ScoreText::points(const std::optional<double>& value) {
    return value ? points(*value) : missing();
}

QString ScoreText::money(const std::optional<double>& value) {
    return value ? QLocale().toString(*value, 'f', 2) : missing();
}

QString ScoreText::count(const std::optional<double>& value) {
    return value ? QLocale().toString(*value, 'f', 2) : missing();
}

QString ScoreText::probability(const std::optional<double>& value) {
    if (!value)
        return missing();
    const QLocale locale;
    return locale.toString(*value * 100.0, 'f', 1) + locale.percent();
}

QTableWidgetItem* ScoreText::pointsItem(double value) {
    auto* item = new QTableWidgetItem(points(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* ScoreText::tierItem(const std::string& tier) {
    auto* item = new QTableWidgetItem(tierLabel(tier));
    item->setData(TierBadgeDelegate::TierRole, QString::fromStdString(tier));
    return item;
}

QString ScoreText::runLabel(const storage::ScoringRunRecord& run) {
    return tr("Run %1 · %2 · profile v%3 · %Ln customer(s)", nullptr,
              static_cast<int>(run.customers))
        .arg(run.id)
        .arg(domain::Calendar::isoDate(run.asOfDay))
        .arg(run.profileVersion);
}

QString ScoreText::runSummary(const domain::ScoringRunSummary& s) {
    QStringList tiers;
    for (int t = 0; t < scoring::kTierCount; ++t) {
        const std::string tier(scoring::tierName(static_cast<scoring::Tier>(t)));
        tiers << tr("%1: %2").arg(tierLabel(tier),
                                  QLocale().toString(s.tierCounts[static_cast<std::size_t>(t)]));
    }
    const QString window = s.run.windowDays ? tr("the %Ln day(s) up to it", nullptr,
                                                 static_cast<int>(*s.run.windowDays))
                                            : tr("all history");
    QStringList lines;
    lines << tr("Scoring run %1 scored %2 customers as of %3 over %4, with profile version %5.")
                 .arg(s.run.id)
                 .arg(QLocale().toString(s.run.customers), domain::Calendar::isoDate(s.run.asOfDay),
                      window)
                 .arg(s.run.profileVersion);
    lines << tr("Tiers: %1.").arg(tiers.join(QStringLiteral(", ")));
    lines
        << tr("%1 customers have a CRMV from survey answers.").arg(QLocale().toString(s.withCrmv));
    if (s.details.clvFitted)
        lines << tr("Lifetime value fitted on %1 customers (BG/NBD and Gamma-Gamma).")
                     .arg(QLocale().toString(s.details.bgNbdCustomers));
    else
        lines << tr("Lifetime value not fitted: %1")
                     .arg(QString::fromStdString(s.details.clvProblem));
    for (const QString& warning : domain::FitWarningText::sentences(s.details))
        lines << tr("Warning: %1").arg(warning);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tessera::app
