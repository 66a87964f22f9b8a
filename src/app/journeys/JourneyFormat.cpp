#include "app/journeys/JourneyFormat.h"

#include "app/common/Text.h"

#include <QLocale>
#include <algorithm>

namespace tessera::app {
namespace {

// Light enough that black text stays readable on every card.
const QColor kRed(0xe8, 0x76, 0x6a);
const QColor kYellow(0xf6, 0xe0, 0x8c);
const QColor kGreen(0x86, 0xc8, 0x8a);

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QColor JourneyFormat::satisfactionColour(const std::optional<double>& normalised) {
    if (!normalised)
        return unknownColour();
    const double v = std::clamp(*normalised, 0.0, 1.0);
    return v < 0.5 ? mix(kRed, kYellow, v * 2.0) : mix(kYellow, kGreen, (v - 0.5) * 2.0);
}

QColor JourneyFormat::unknownColour() {
    return QColor(0xd9, 0xdc, 0xe0);
}

QString JourneyFormat::missing() {
    return QStringLiteral("–");
}

QString JourneyFormat::count(std::int64_t value) {
    return QLocale().toString(static_cast<qlonglong>(value));
}

QString JourneyFormat::percent(double share, int decimals) {
    return tr("%1%", "a share in per cent").arg(QLocale().toString(share * 100.0, 'f', decimals));
}

QString JourneyFormat::percent(const std::optional<double>& share, int decimals) {
    return share ? percent(*share, decimals) : missing();
}

QString JourneyFormat::csat(const std::optional<double>& satisfaction) {
    return satisfaction ? QLocale().toString(*satisfaction, 'f', 2) : missing();
}

QString JourneyFormat::nps(const std::optional<double>& score) {
    return score ? QLocale().toString(*score, 'f', 1) : missing();
}

QString JourneyFormat::hours(const std::optional<double>& value) {
    return value ? tr("%1 h", "hours").arg(QLocale().toString(*value, 'f', 1)) : missing();
}

QString JourneyFormat::priority(const std::optional<double>& value) {
    return value ? QLocale().toString(*value, 'f', 4) : missing();
}

QString JourneyFormat::tooltip(const domain::StageFigures& stage,
                               const domain::TouchpointFigures& t) {
    QStringList lines;
    lines << tr("<b>%1</b> (%2)").arg(qs(t.name).toHtmlEscaped(), qs(stage.name).toHtmlEscaped());
    if (t.retired)
        lines << tr("Retired: no longer offered for new records.");
    lines << tr("Volume: %1 interactions (%2 of all)").arg(count(t.volume), percent(t.volumeShare));
    lines << tr("Reach: %1 of the customers").arg(percent(t.reach));
    lines << (t.satisfaction
                  ? tr("CSAT: %1 of 5 (%Ln response(s))", nullptr, static_cast<int>(t.responses))
                        .arg(csat(t.satisfaction))
                  : tr("CSAT: no responses"));
    lines << tr("NPS score: %1 of 10").arg(nps(t.nps));
    lines << tr("Complaints: %1 (%2 of the volume)")
                 .arg(count(t.complaints), percent(t.complaintRate));
    lines << tr("Median first response: %1").arg(hours(t.firstResponseHours));
    lines << (t.rank ? tr("Improvement priority: %1 (number %2 of the top three)")
                           .arg(priority(t.priority))
                           .arg(*t.rank)
                     : tr("Improvement priority: %1").arg(priority(t.priority)));
    if (t.painPoint)
        lines << tr("<span style='color:#b3261e'>Pain point: complaint rate at or above the "
                    "threshold.</span>");
    lines << tr("<i>Click to see the interactions behind this card.</i>");
    return lines.join(QStringLiteral("<br>"));
}

QString JourneyFormat::path(const std::vector<std::string>& stages) {
    QStringList names;
    for (const auto& s : stages)
        names << qs(s);
    return names.join(QStringLiteral(" → "));
}

} // namespace tessera::app
