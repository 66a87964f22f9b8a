#pragma once

// Imports customers, transactions, interactions or survey responses from one
// file as one database transaction: collect, clean, transform, load, validate.
// A fatal problem (unreadable file, wrong encoding, missing column, strict
// mode rejection, cancel, crash) leaves the database exactly as it was; a bad
// row is rejected with its line number and reason while the others load.

#include "common/Result.h"
#include "domain/import/ImportReport.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"

#include <QCoreApplication>

namespace tessera::domain {

class ImportService {
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    explicit ImportService(Workspace& workspace) : m_ws(workspace) {}

    Result<ImportReport> run(const ImportRequest& request, const JobControl& job = {});

private:
    Workspace& m_ws;
};

} // namespace tessera::domain
