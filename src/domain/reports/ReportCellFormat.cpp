#include "domain/reports/ReportCellFormat.h"

#include <cstdio>

namespace tessera::domain {
std::string ReportCellFormat::fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

ReportCellFormat::ReportCellFormat()
    : m_tiers(vocabulary::tiers()), m_segments(vocabulary::rfmSegments()) {}

int ReportCellFormat::decimals(ReportValueKind kind) {
    switch (kind) {
    case ReportValueKind::Money: return 2;
    case ReportValueKind::Points: return 1;
    case ReportValueKind::Share:
    case ReportValueKind::Probability: return 4;
    default: return 0;
    }
}

std::string ReportCellFormat::plain(const ReportColumn& column, const ReportCell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell))
        return *text;
    if (const auto* number = std::get_if<double>(&cell))
        return fixed(*number, decimals(column.kind));
    return {};
}

QString ReportCellFormat::label(ReportValueKind kind, const std::string& key) const {
    switch (kind) {
    case ReportValueKind::Tier:
        return key == kAllTiers ? tr("All tiers") : vocabulary::labelOf(m_tiers, key);
    case ReportValueKind::Segment: return vocabulary::labelOf(m_segments, key);
    case ReportValueKind::Movement: return key == "promotion" ? tr("Promoted") : tr("Demoted");
    default: return QString::fromStdString(key);
    }
}

QString ReportCellFormat::display(const ReportColumn& column, const ReportCell& cell) const {
    if (const auto* text = std::get_if<std::string>(&cell))
        return label(column.kind, *text);
    const auto* number = std::get_if<double>(&cell);
    if (!number)
        return {};
    switch (column.kind) {
    case ReportValueKind::Share: return m_locale.toString(100.0 * *number, 'f', 1) + '%';
    case ReportValueKind::Integer: return QString::number(static_cast<qint64>(*number));
    default: return m_locale.toString(*number, 'f', decimals(column.kind));
    }
}

} // namespace tessera::domain
