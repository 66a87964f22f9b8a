#include "domain/import/ImportLoading.h"

#include "storage/journeys/JourneyRepository.h"

#include <cctype>

namespace tessera::domain {

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A customer an activity file names only by code: a person, new, named by
// the code until someone gives the real name.
storage::CustomerRecord newCustomerNamedByCode(std::string_view code, std::int64_t now) {
    storage::CustomerRecord customer;
    customer.code = std::string(code);
    customer.name = customer.code;
    customer.kind = "person";
    customer.lifecycle = "new";
    customer.createdAt = customer.updatedAt = now;
    return customer;
}

std::string unknownCustomer(std::string_view code) {
    return ImportService::tr("Unknown customer code '%1'; import the customer first or use "
                             "--create-customers.")
        .arg(QString::fromUtf8(code.data(), static_cast<int>(code.size())))
        .toStdString();
}

Result<std::unordered_map<std::string, std::int64_t>> touchpointsByName(storage::Database& db) {
    auto touchpoints = storage::JourneyRepository(db).touchpoints();
    if (!touchpoints)
        return touchpoints.error();
    std::unordered_map<std::string, std::int64_t> byName;
    for (const auto& t : *touchpoints)
        byName.emplace(lowered(t.name), t.id);
    return byName;
}

Result<std::unordered_map<std::string, storage::UserRecord>> usersByName(storage::Database& db) {
    auto users = storage::UserRepository(db).all();
    if (!users)
        return users.error();
    std::unordered_map<std::string, storage::UserRecord> byName;
    for (auto& u : *users)
        byName.emplace(lowered(u.username), std::move(u));
    return byName;
}

Status LoadContext::eachRow(int firstPercent, int lastPercent,
                            const std::function<Status(const SourceRow&)>& handle) {
    return eachRow(firstPercent, lastPercent, handle,
                   [this](int percent, const std::string& stage) { job.report(percent, stage); });
}

Status LoadContext::eachRow(int firstPercent, int lastPercent,
                            const std::function<Status(const SourceRow&)>& handle,
                            const Progress& progress) {
    const std::string stage =
        ImportService::tr("Reading %1").arg(QString::fromStdString(request.path)).toStdString();
    return reader.forEachRow(
        [&](const SourceRow& row) -> Status {
            ++report.rowsRead;
            if (report.rowsRead % 4096 == 0)
                TESSERA_TRY(job.checkCancelled());
            return handle(row);
        },
        [&](std::uint64_t done, std::uint64_t total) {
            const int span = lastPercent - firstPercent;
            progress(firstPercent + (total ? static_cast<int>(span * done / total) : span), stage);
        });
}

} // namespace tessera::domain
