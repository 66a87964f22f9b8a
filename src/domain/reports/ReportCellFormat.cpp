#include "domain/reports/ReportCellFormat.h"

#include <charconv>
#include <cstdio>

namespace tessera::domain {
namespace {

// std::to_chars with a precision writes exactly what printf's "%.*f" writes
// (C locale), several times faster, which a million rows of seven numbers notice.
void assignFixed(std::string& out, double value, int decimals) {
    char buffer[128];
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (error == std::errc{}) {
        out.assign(buffer, end);
        return;
    }
    // Beyond 1e100, far more than any amount: printf, slowly.
    out.resize(static_cast<std::size_t>(std::snprintf(nullptr, 0, "%.*f", decimals, value)));
    std::snprintf(out.data(), out.size() + 1, "%.*f", decimals, value);
}

} // namespace

std::string ReportCellFormat::fixed(double value, int decimals) {
    std::string out;
    assignFixed(out, value, decimals);
    return out;
}

void ReportCellFormat::plain(const ReportColumn& column, const ReportCell& cell, std::string& out) {
    if (const auto* text = std::get_if<std::string>(&cell)) {
        out.assign(*text);
    } else if (const auto* number = std::get_if<double>(&cell)) {
        assignFixed(out, *number, decimals(column.kind));
    } else {
        out.clear();
    }
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
