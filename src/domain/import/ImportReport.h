#pragma once

// What an import was asked to do and what it did.

#include "domain/files/CsvReader.h"
#include "domain/import/ImportKind.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tessera::domain {

struct ImportRequest {
    ImportKind kind = ImportKind::Customers;
    std::string path;
    bool cdnowFormat = false; // whitespace-separated CDNOW purchases (transactions only)
    CsvDialect dialect;
    std::vector<std::string> mappings; // "column=field"
    bool strict = false;               // any rejected row makes the whole import fail
    bool createCustomers = false;      // unknown customer codes become new customers
    std::string rejectsPath;           // rejected rows with reasons go here (CSV)
};

struct RejectedRow {
    std::int64_t line = 0;
    std::string reason;
};

struct ImportReport {
    std::int64_t importId = 0;
    ImportKind kind = ImportKind::Customers;
    std::string file;
    std::string encoding;
    std::int64_t rowsRead = 0;
    std::int64_t rowsLoaded = 0;
    std::int64_t rowsRejected = 0;
    std::int64_t customersCreated = 0;
    std::vector<RejectedRow> firstRejections; // the first few, for display
    std::vector<std::string> warnings;
    std::string rejectsPath; // set when rejected rows were written
    std::int64_t durationMs = 0;

    static constexpr std::size_t kShownRejections = 100;
};

} // namespace tessera::domain
