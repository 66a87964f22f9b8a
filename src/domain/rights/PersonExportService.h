#pragma once

// A person's data on their request (issue 14, point 4): everything the
// database holds about one customer, written to a JSON file for an
// administrator to hand over. Needs a freshly confirmed password like any
// unmasked export, and is audited naming the customer's id only.

#include "common/Result.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <cstdint>
#include <string>

namespace tessera::domain {

struct PersonExportSummary {
    std::int64_t customerId = 0;
    std::int64_t rows = 0; // rows written over every section
};

class PersonExportService {
    Q_DECLARE_TR_FUNCTIONS(PersonExportService)

public:
    // The document's format name and version, in its header.
    static constexpr const char* kFormat = "tessera-person-data";
    static constexpr int kFormatVersion = 1;

    explicit PersonExportService(Workspace& workspace) : m_ws(workspace) {}

    // Writes the document to `path` (replaced whole, or left as it was on
    // failure; readable by its owner only).
    Result<PersonExportSummary> exportPerson(std::int64_t customerId, const std::string& path,
                                             const JobControl& job = {});

private:
    Status authorize(std::int64_t customerId);
    Result<QJsonObject> build(std::int64_t customerId, std::int64_t& rows);

    Workspace& m_ws;
};

} // namespace tessera::domain
