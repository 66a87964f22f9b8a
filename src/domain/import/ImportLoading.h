#pragma once

// What the per-kind loaders of one import share: the rejected rows, the file
// being read with its mapping, progress and cancel, the lookups by name, and
// the loaders themselves (one file each). Internal to the import folder;
// ImportService is the use case.

#include "domain/files/CsvWriter.h"
#include "domain/files/RecordReader.h"
#include "domain/import/ImportMapping.h"
#include "domain/import/ImportReport.h"
#include "domain/import/ImportService.h"
#include "domain/workspace/JobControl.h"
#include "domain/workspace/Workspace.h"
#include "storage/admin/UserRepository.h"
#include "storage/customers/CustomerRecord.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tessera::domain {

std::string lowered(std::string_view text);

// Counts rows, keeps the first rejections for display and streams every
// rejected row with its reason to the rejects file.
class RejectCollector {
public:
    RejectCollector(ImportReport& report, const ImportRequest& request,
                    const std::vector<std::string>& header)
        : m_report(report), m_request(request), m_header(header) {}

    Status reject(const SourceRow& row, std::string reason) {
        ++m_report.rowsRejected;
        if (m_request.strict)
            return makeError(ErrorCode::InvalidArgument,
                             ImportService::tr("Line %1: %2 Nothing was imported (strict mode).")
                                 .arg(row.line)
                                 .arg(QString::fromStdString(reason))
                                 .toStdString());
        if (!m_request.rejectsPath.empty())
            TESSERA_TRY(writeRejected(row, reason));
        if (m_report.firstRejections.size() < ImportReport::kShownRejections)
            m_report.firstRejections.push_back({row.line, std::move(reason)});
        return {};
    }

    Status finish() {
        if (!m_writer)
            return {};
        TESSERA_TRY(m_writer->commit());
        m_report.rejectsPath = m_writer->path();
        return {};
    }

private:
    Status writeRejected(const SourceRow& row, const std::string& reason) {
        if (!m_writer) {
            auto writer = CsvWriter::create(m_request.rejectsPath, /*withBom=*/true);
            if (!writer)
                return writer.error();
            m_writer = std::move(*writer);
            std::vector<std::string> head = {"line", "reason"};
            head.insert(head.end(), m_header.begin(), m_header.end());
            TESSERA_TRY(m_writer->writeRow(head));
        }
        const std::string line = std::to_string(row.line);
        std::vector<std::string_view> fields = {line, reason};
        fields.insert(fields.end(), row.fields.begin(), row.fields.end());
        return m_writer->writeRow(fields);
    }

    ImportReport& m_report;
    const ImportRequest& m_request;
    const std::vector<std::string>& m_header;
    std::unique_ptr<CsvWriter> m_writer;
};

// A customer an activity file names only by code: a person, new, named by
// the code until someone gives the real name.
storage::CustomerRecord newCustomerNamedByCode(std::string_view code, std::int64_t now);

std::string unknownCustomer(std::string_view code);
Result<std::unordered_map<std::string, std::int64_t>> touchpointsByName(storage::Database& db);
Result<std::unordered_map<std::string, storage::UserRecord>> usersByName(storage::Database& db);

// State shared by the per-kind loaders of one import.
struct LoadContext {
    Workspace& ws;
    const ImportRequest& request;
    RecordReader& reader;
    const ImportMapping& mapping;
    ImportReport& report;
    RejectCollector& rejects;
    const JobControl& job;
    std::int64_t importId;

    using Progress = std::function<void(int percent, const std::string& stage)>;
    // Visits every row with `handle`, counting rows and reporting progress
    // over [firstPercent, lastPercent] by bytes read, to the job or, from a
    // reading thread, to `progress`.
    Status eachRow(int firstPercent, int lastPercent,
                   const std::function<Status(const SourceRow&)>& handle);
    Status eachRow(int firstPercent, int lastPercent,
                   const std::function<Status(const SourceRow&)>& handle, const Progress& progress);
};

Status loadCustomers(LoadContext& ctx);
Status loadTransactions(LoadContext& ctx);
Status loadInteractions(LoadContext& ctx);
Status loadSurveys(LoadContext& ctx);
Status loadTickets(LoadContext& ctx);

} // namespace tessera::domain
