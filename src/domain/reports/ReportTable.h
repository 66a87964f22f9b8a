#pragma once

// A report as the writers see it, whatever the format: a title, facts about
// it (which run, who, when) and tables with typed columns. A table's rows are
// streamed, so one of a million customers is written without being held.

#include "common/Result.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace tessera::domain {

// What a column holds decides how each format shows it (a share is 0.1234 in
// CSV, 12.3% in XLSX and PDF; a tier is its key in CSV, its translated name
// for people).
enum class ReportValueKind {
    Text,
    Tier,        // a tier key: Diamond .. Bronze
    Segment,     // an RFM segment key
    Movement,    // promotion | demotion
    Count,       // whole number of customers
    Integer,     // an identifier or version
    Money,       // currency units, two decimals
    Share,       // 0..1
    Points,      // a 0..100 score, one decimal
    Probability, // 0..1, four decimals
};

struct ReportColumn {
    std::string key; // stable, English: CSV headers
    QString title;   // translated: XLSX and PDF headers
    ReportValueKind kind = ReportValueKind::Text;
    // The same value on every row and among the report's facts (the run, its
    // date): kept in CSV and XLSX, where a row may be cut out and pasted
    // elsewhere; left out of the PDF, where it would only take room.
    bool sameOnEveryRow = false;
};

// Empty, text (for Text and the key kinds) or a number.
using ReportCell = std::variant<std::monostate, std::string, double>;
using ReportRow = std::vector<ReportCell>;

struct ReportFact {
    std::string key;
    QString label;
    QString value;
};

struct ReportTable {
    using Visit = std::function<bool(const ReportRow&)>; // false stops the table early

    std::string key; // names the CSV section and, translated in title, the sheet
    QString title;
    std::vector<ReportColumn> columns;
    std::int64_t rowCount = 0;   // known before the rows are read (progress, "first N of M")
    bool lastRowIsTotal = false; // shown emphasised
    std::function<Status(const Visit&)> forEachRow;

    // A table whose rows are already in memory.
    static ReportTable fromRows(std::string key, QString title, std::vector<ReportColumn> columns,
                                std::vector<ReportRow> rows, bool lastRowIsTotal = false);
};

struct ReportDocument {
    QString title;
    std::vector<ReportFact> facts;
    std::vector<ReportTable> tables;
};

} // namespace tessera::domain
