#include "domain/import/ImportService.h"

#include "domain/files/CdnowReader.h"
#include "domain/files/CsvReader.h"
#include "domain/import/ImportLoading.h"
#include "domain/workspace/Log.h"
#include "storage/activity/ActivityWriters.h"
#include "storage/sqlite/BulkLoadMode.h"

#include <QElapsedTimer>
#include <QFile>

namespace tessera::domain {
namespace {

constexpr int kBulkCacheMebibytes = 512;

Result<std::unique_ptr<RecordReader>> openReader(const ImportRequest& request) {
    if (request.cdnowFormat) {
        auto reader = CdnowReader::open(request.path);
        if (!reader)
            return reader.error();
        return std::unique_ptr<RecordReader>(std::move(*reader));
    }
    auto reader = CsvReader::open(request.path, request.dialect);
    if (!reader)
        return reader.error();
    return std::unique_ptr<RecordReader>(std::move(*reader));
}

} // namespace

Result<ImportReport> ImportService::run(const ImportRequest& request, const JobControl& job) {
    QElapsedTimer clock;
    clock.start();
    TESSERA_TRY(m_ws.authorize(Action::ImportData, "import", request.path));
    if (request.cdnowFormat && request.kind != ImportKind::Transactions)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The CDNOW format holds transactions; import it as transactions.").toStdString());
    if (request.createCustomers && request.kind == ImportKind::Customers)
        return makeError(ErrorCode::InvalidArgument,
                         tr("--create-customers applies to transactions, interactions, surveys "
                            "and tickets.")
                             .toStdString());

    // Everything that can be checked without writing is checked first.
    auto reader = openReader(request);
    if (!reader)
        return reader.error();
    auto mapping = ImportMapping::build(request.kind, (*reader)->header(), request.mappings);
    if (!mapping)
        return mapping.error();

    ImportReport report;
    report.kind = request.kind;
    report.file = request.path;
    report.encoding = std::string(encodingName((*reader)->encoding()));
    for (const std::string& column : mapping->ignoredColumns())
        report.warnings.push_back(tr("The column '%1' is not imported.")
                                      .arg(QString::fromStdString(column))
                                      .toStdString());

    // A transactions file refers to customers only by ids the import has
    // just read from the customers table or written to it, inside its own
    // write transaction, so the per-row foreign key lookup can only agree.
    storage::BulkLoadMode::Options bulk;
    bulk.cacheMebibytes = kBulkCacheMebibytes;
    bulk.referencesCheckedByCaller = request.kind == ImportKind::Transactions;
    auto bulkMode = storage::BulkLoadMode::enter(m_ws.db(), bulk);
    if (!bulkMode)
        return bulkMode.error();

    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    storage::ImportRecord record;
    record.kind = std::string(importKindKey(request.kind));
    record.fileName = request.path;
    record.userId = m_ws.session().userId;
    record.startedAt = m_ws.nowMs();
    auto importId = storage::insertImport(m_ws.db(), record);
    if (!importId)
        return importId.error();
    record.id = report.importId = *importId;

    RejectCollector rejects(report, request, (*reader)->header());
    LoadContext ctx{m_ws, request, **reader, *mapping, report, rejects, job, *importId};
    Status loaded;
    switch (request.kind) {
    case ImportKind::Customers: loaded = loadCustomers(ctx); break;
    case ImportKind::Transactions: loaded = loadTransactions(ctx); break;
    case ImportKind::Interactions: loaded = loadInteractions(ctx); break;
    case ImportKind::Surveys: loaded = loadSurveys(ctx); break;
    case ImportKind::Tickets: loaded = loadTickets(ctx); break;
    }
    if (!loaded)
        return loaded.error(); // the rejects file was never committed, so it is not there

    TESSERA_TRY(job.checkCancelled());
    // The loaders gave ids from the highest up (storage::nextRowId); on a
    // team server the tables' sequences must go on after them.
    for (const char* table : {"customers", "survey_responses"})
        TESSERA_TRY(storage::continueRowIds(m_ws.db(), table));

    record.finishedAt = m_ws.nowMs();
    record.rowsRead = report.rowsRead;
    record.rowsLoaded = report.rowsLoaded;
    record.rowsRejected = report.rowsRejected;
    record.customersCreated = report.customersCreated;
    TESSERA_TRY(storage::updateImport(m_ws.db(), record));
    TESSERA_TRY(
        m_ws.audit({"import", "import", std::to_string(report.importId),
                    record.kind + " " + request.path + ": read " + std::to_string(report.rowsRead) +
                        ", loaded " + std::to_string(report.rowsLoaded) + ", rejected " +
                        std::to_string(report.rowsRejected) + ", customers created " +
                        std::to_string(report.customersCreated)}));
    job.report(99, tr("Saving").toStdString());
    TESSERA_TRY(rejects.finish());
    if (auto committed = tx->commit(); !committed) {
        if (!report.rejectsPath.empty())
            QFile::remove(QString::fromStdString(report.rejectsPath));
        return committed.error();
    }
    report.durationMs = clock.elapsed();
    log::logger().info("import id={} kind={} user={} rows_read={} rows_loaded={} rows_rejected={} "
                       "customers_created={} duration_ms={}",
                       report.importId, record.kind, m_ws.session().userId, report.rowsRead,
                       report.rowsLoaded, report.rowsRejected, report.customersCreated,
                       report.durationMs);
    job.report(100, tr("Done").toStdString());
    return report;
}

} // namespace tessera::domain
