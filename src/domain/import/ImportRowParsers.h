#pragma once

// Turns one mapped source row into a typed record, or into the reason it is
// rejected. References to other records (customer codes, owners, touchpoints)
// stay as text here; ImportService resolves them.

#include "domain/files/RecordReader.h"
#include "domain/import/ImportMapping.h"
#include "domain/workspace/Calendar.h"
#include "storage/activity/ActivityRecords.h"
#include "storage/customers/CustomerRecord.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <string_view>

namespace tessera::domain {

// Number parsing shared by the parsers (and tested on its own).
std::optional<std::int64_t> parseCents(std::string_view text); // "12.5" -> 1250, "-3" -> -300
std::optional<std::int64_t> parseWholeNumber(std::string_view text);
// "yyyy-mm-dd", "yyyymmdd" or "yyyy-mm-dd hh:mm[:ss]" (also with 'T') in the calendar's zone.
std::optional<std::int64_t> parseInstantMs(std::string_view text, const Calendar& calendar);

// Field access by import field key, trimmed; empty when unmapped or missing.
class MappedRow {
public:
    MappedRow(const ImportMapping& mapping, const SourceRow& row)
        : m_mapping(mapping), m_row(row) {}
    std::string_view field(int column) const;
    // A reason when the row has more fields than the header, else empty.
    std::string shapeProblem() const;

private:
    const ImportMapping& m_mapping;
    const SourceRow& m_row;
};

struct ParsedTransaction {
    std::string_view customerCode;
    std::int32_t day = 0;
    std::int64_t amountCents = 0;
    std::int64_t quantity = 1;
    std::string_view reference;
};

struct ParsedCustomer {
    storage::CustomerRecord record;
    std::string ownerUsername;
};

struct ParsedInteraction {
    storage::InteractionRecord record;
    std::string customerCode;
    std::string touchpointName;
    std::string username;
};

struct ParsedSurvey {
    storage::SurveyResponseRecord record;
    std::string customerCode;
    std::string touchpointName;
};

class ImportRowParser {
    Q_DECLARE_TR_FUNCTIONS(ImportRowParser)

public:
    ImportRowParser(ImportKind kind, const ImportMapping& mapping, const Calendar& calendar,
                    int likertMaximum = 7);

    // Each returns an empty string on success, else the translated reason.
    std::string parse(const SourceRow& row, ParsedTransaction& out) const;
    std::string parse(const SourceRow& row, ParsedCustomer& out) const;
    std::string parse(const SourceRow& row, ParsedInteraction& out) const;
    std::string parse(const SourceRow& row, ParsedSurvey& out) const;

private:
    int column(const char* key) const { return m_mapping.columnOf(key); }
    std::string parseDay(const MappedRow& row, std::int32_t& day) const;
    std::string parseOptionalScore(const MappedRow& row, const std::string& key, int low, int high,
                                   std::optional<int>& out) const;

    ImportKind m_kind;
    const ImportMapping& m_mapping;
    const Calendar& m_calendar;
    int m_likertMaximum;
    // Transaction columns, resolved once for the hot path.
    int m_customer = -1, m_date = -1, m_amount = -1, m_quantity = -1, m_reference = -1;
};

} // namespace tessera::domain
