#include "domain/rights/ErasureService.h"

#include "domain/workspace/Log.h"

#include <QString>
#include <chrono>

namespace tessera::domain {

std::string ErasureService::pseudonym(std::int64_t customerId) {
    return kPseudonymPrefix + std::to_string(customerId);
}

Result<ErasureReport> ErasureService::erase(std::int64_t customerId, const std::string& reason,
                                            const JobControl& job) {
    const auto started = std::chrono::steady_clock::now();
    const std::string trimmed = QString::fromStdString(reason).trimmed().toStdString();
    if (trimmed.empty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Give the reason for the erasure (e.g. the person's request and its "
                            "date); it is kept in the register of erasures.")
                             .toStdString());
    if (QString::fromStdString(trimmed).size() > static_cast<qsizetype>(kMaxReasonLength))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The reason is too long: keep it under %1 characters.")
                             .arg(kMaxReasonLength)
                             .toStdString());
    TESSERA_TRY(m_ws.authorizeCustomer(Action::EraseCustomer, customerId));
    TESSERA_TRY(m_ws.requireConfirmedIdentity(Action::EraseCustomer, "customer",
                                              std::to_string(customerId)));
    storage::ErasureRepository repository(m_ws.db());
    auto earlier = repository.findForCustomer(customerId);
    if (!earlier)
        return earlier.error();
    if (*earlier)
        return makeError(ErrorCode::Conflict,
                         tr("This customer's personal data was already erased on %1.")
                             .arg(m_ws.calendar().wallClock((*earlier)->erasedAt))
                             .toStdString());

    const std::string stage = tr("Erasing personal data").toStdString();
    job.report(0, stage);
    ErasureReport report{0, customerId, pseudonym(customerId), true};
    {
        storage::SecureDeleteScope secure(m_ws.db());
        TESSERA_TRY(secure.status());
        auto tx = storage::TransactionGuard::begin(m_ws.db());
        if (!tx)
            return tx.error();
        storage::ErasureRequest request{customerId, report.pseudonym, m_ws.session().userId,
                                        m_ws.nowMs(), trimmed};
        auto id = repository.erase(request);
        if (!id)
            return id.error();
        report.erasureId = *id;
        // Ids only: the reason may name the person.
        TESSERA_TRY(m_ws.audit({actionKey(Action::EraseCustomer), "customer",
                                std::to_string(customerId), "erasure " + std::to_string(*id)}));
        TESSERA_TRY(tx->commit());
        job.report(30, stage);
        // Committed: the data is gone from the live tables. The rebuild takes
        // the copies left in free space and the WAL; the erasure stands even
        // if it fails, so the message says what to do.
        auto scrubbed = repository.scrubFile();
        if (!scrubbed)
            return makeError(scrubbed.error().code,
                             tr("The personal data was erased, but rebuilding the file to remove "
                                "old copies failed (%1). Free disk space and close other "
                                "programs using this database: the next erasure rebuilds it.")
                                 .arg(QString::fromStdString(scrubbed.error().message))
                                 .toStdString());
        report.walTruncated = *scrubbed;
    }
    job.report(100, stage);
    log::logger().info("personal data erased: customer {} erasure {} wal truncated {} in {} ms",
                       customerId, report.erasureId, report.walTruncated,
                       std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - started)
                           .count());
    return report;
}

Result<std::vector<storage::ErasureRecord>> ErasureService::erasures() {
    TESSERA_TRY(m_ws.authorize(Action::EraseCustomer));
    return storage::ErasureRepository(m_ws.db()).all();
}

Result<std::vector<std::int64_t>>
ErasureService::backupsHolding(const std::vector<std::string>& backupPaths) {
    TESSERA_TRY(m_ws.authorize(Action::ManageBackups));
    auto all = storage::ErasureRepository(m_ws.db()).all();
    if (!all)
        return all.error();
    std::vector<std::int64_t> ids;
    for (const auto& e : *all)
        ids.push_back(e.customerId);
    std::vector<std::int64_t> counts;
    for (const auto& path : backupPaths) {
        auto held = storage::ErasureRepository::countHeldIn(path, ids, kPseudonymPrefix);
        counts.push_back(held ? *held : -1);
    }
    return counts;
}

} // namespace tessera::domain
