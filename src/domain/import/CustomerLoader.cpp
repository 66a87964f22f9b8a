// Loading a customers file: a reading thread parses, checks and encrypts each
// row while this thread writes them through the bulk writer.

#include "domain/duplicates/DuplicateFinder.h"
#include "domain/import/ImportLoading.h"
#include "domain/import/ImportPipeline.h"
#include "domain/import/ImportRowParsers.h"
#include "storage/customers/CustomerBulkWriter.h"
#include "storage/customers/CustomerRepository.h"

namespace tessera::domain {
namespace {

std::string duplicateInFile(const std::string& code, std::int64_t firstLine) {
    return ImportService::tr("The customer code '%1' appears twice in this file (first on line "
                             "%2).")
        .arg(QString::fromStdString(code))
        .arg(firstLine)
        .toStdString();
}

std::string alreadyExists(const std::string& code) {
    return ImportService::tr("The customer code '%1' already exists; each customer has one "
                             "master record.")
        .arg(QString::fromStdString(code))
        .toStdString();
}

std::string notAnOwner(const std::string& username) {
    return ImportService::tr("The owner '%1' is not an account manager's user name.")
        .arg(QString::fromStdString(username))
        .toStdString();
}

// How many probable duplicates the report names one by one; the rest are counted.
constexpr std::size_t kNamedDuplicates = 100;

// Warns of new customers that look like an existing customer or like another
// row of this file (docs/duplicates.md): one pass over the lookup keys after
// the load, not a query per row. Lines and codes only, never the values.
Status warnOfDuplicates(LoadContext& ctx, std::int64_t firstNewId,
                        const std::vector<std::int64_t>& lines) {
    auto pairs = DuplicateFinder(ctx.ws).pairsWithNew(firstNewId);
    if (!pairs)
        return pairs.error();
    const auto lineOf = [&](std::int64_t id) -> std::int64_t {
        const auto index = static_cast<std::size_t>(id - firstNewId);
        return id >= firstNewId && index < lines.size() ? lines[index] : 0;
    };
    std::size_t named = 0;
    for (const DuplicatePair& pair : *pairs) {
        if (named == kNamedDuplicates)
            break;
        QStringList reasons;
        for (DuplicateReason reason : pair.reasons)
            reasons << DuplicateScoring::text(reason);
        const QString why = ImportService::tr("%1; score %2")
                                .arg(reasons.join(QStringLiteral(", ")))
                                .arg(pair.score, 0, 'f', 2);
        const std::int64_t line = lineOf(pair.second.id);
        const std::int64_t otherLine = lineOf(pair.first.id);
        const QString text =
            otherLine > 0
                ? ImportService::tr("Line %1 (customer %2) looks like a duplicate of line %3 "
                                    "(customer %4) of this file (%5).")
                      .arg(line)
                      .arg(QString::fromStdString(pair.second.code))
                      .arg(otherLine)
                      .arg(QString::fromStdString(pair.first.code), why)
                : ImportService::tr("Line %1 (customer %2) looks like a duplicate of the existing "
                                    "customer %3 (%4).")
                      .arg(line)
                      .arg(QString::fromStdString(pair.second.code),
                           QString::fromStdString(pair.first.code), why);
        ctx.report.warnings.push_back(text.toStdString());
        ++named;
    }
    if (pairs->size() > named)
        ctx.report.warnings.push_back(
            ImportService::tr("%n more possible duplicate pair(s) with the new customers; review "
                              "them all with View > Duplicate Customers or tessera-cli duplicates.",
                              nullptr, static_cast<int>(pairs->size() - named))
                .toStdString());
    return {};
}

} // namespace

Status loadCustomers(LoadContext& ctx) {
    ImportRowParser parser(ImportKind::Customers, ctx.mapping, ctx.ws.calendar());
    auto existing = storage::CustomerRepository(ctx.ws.db(), ctx.ws.cipher()).codeIndex();
    if (!existing)
        return existing.error();
    auto users = usersByName(ctx.ws.db());
    if (!users)
        return users.error();
    auto writer = storage::CustomerBulkWriter::create(ctx.ws.db(), ctx.ws.cipher());
    if (!writer)
        return writer.error();
    const std::int64_t now = ctx.ws.nowMs();
    const storage::FieldCipher& cipher = ctx.ws.cipher();
    const std::int64_t firstNewId = writer->nextId();
    std::vector<std::int64_t> lineOfNew; // by new id - firstNewId (ids go in row order)

    // The reading thread parses, checks and encrypts; this thread writes.
    using Pipeline = ImportPipeline<storage::SealedCustomer>;
    TESSERA_TRY(Pipeline::run(
        [&](Pipeline::Sink& sink) -> Status {
            storage::CustomerCodeIndex lineOfCode; // this file's codes, with their first line
            ParsedCustomer parsed;
            const auto progress = [&](int percent, const std::string& stage) {
                sink.report(percent, stage);
            };
            return ctx.eachRow(
                0, 90,
                [&](const SourceRow& row) -> Status {
                    if (std::string problem = parser.parse(row, parsed); !problem.empty())
                        return ctx.rejects.reject(row, std::move(problem));
                    storage::CustomerRecord& customer = parsed.record;
                    if (auto seen = lineOfCode.find(customer.code))
                        return ctx.rejects.reject(row, duplicateInFile(customer.code, *seen));
                    if (existing->contains(customer.code))
                        return ctx.rejects.reject(row, alreadyExists(customer.code));
                    if (!parsed.ownerUsername.empty()) {
                        auto owner = users->find(lowered(parsed.ownerUsername));
                        if (owner == users->end() || owner->second.role != "account_manager")
                            return ctx.rejects.reject(row, notAnOwner(parsed.ownerUsername));
                        customer.ownerId = owner->second.id;
                    }
                    customer.createdAt = customer.updatedAt = now;
                    lineOfCode.insert(customer.code, static_cast<std::int64_t>(row.line));
                    lineOfNew.push_back(static_cast<std::int64_t>(row.line));
                    ++ctx.report.rowsLoaded;
                    return sink.put(storage::sealCustomer(std::move(customer), cipher));
                },
                progress);
        },
        [&](std::vector<storage::SealedCustomer>& customers) -> Status {
            for (storage::SealedCustomer& customer : customers)
                TESSERA_TRY(writer->add(std::move(customer)));
            return {};
        },
        [&](int percent, const std::string& stage) { ctx.job.report(percent, stage); }));
    TESSERA_TRY(ctx.job.checkCancelled());
    ctx.job.report(90, ImportService::tr("Building the customer indexes").toStdString());
    TESSERA_TRY(writer->finish());
    if (lineOfNew.empty())
        return {};
    ctx.job.report(95, ImportService::tr("Looking for duplicates").toStdString());
    return warnOfDuplicates(ctx, firstNewId, lineOfNew);
}

} // namespace tessera::domain
