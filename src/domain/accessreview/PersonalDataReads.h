#pragma once

// Which audit rows are reads of personal data, and how many records each one
// read. The audit log is the only record of reads, so the review can count
// only what use cases audit:
//   customer.read_personal  a customer opened unmasked (name, phone, email,
//                           ID number, address, notes): one record;
//   customer.export_person  everything about one person, on request: one;
//   customer.export         the portfolio as CSV with phone and email: as
//                           many records as its detail says it wrote;
//   report.export           a tier report with customer names: likewise.
// Masked rows (an analyst's open or export) show no personal data and are
// not reads. Refused attempts at any of these, at opening a customer at
// all (customer.read) or at listing another portfolio (customer.list) are
// counted apart: they read nothing but say who tried.

#include "storage/admin/AccessReviewRepository.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::domain {

struct PersonalDataRead {
    enum class Kind {
        None,    // not about personal data
        Record,  // one customer's record
        Export,  // a file of many customers' records
        Refused, // an attempt that was refused
    };
    Kind kind = Kind::None;
    std::int64_t records = 0; // records read (Record: 1; Export: its rows)
    std::string customerId;   // Record: the customer's id, when the row names it
};

class PersonalDataReads {
public:
    // The actions whose rows classify() may count: what the review fetches.
    static const std::vector<std::string>& actions();
    static PersonalDataRead classify(const storage::AccessEvent& event);
    // The number of records an export's detail names ("120 customers",
    // "tier report, csv, run 3, 120 customers"); nullopt when it names none.
    static std::optional<std::int64_t> exportedRecords(std::string_view detail);
};

} // namespace tessera::domain
