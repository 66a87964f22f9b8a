#include "domain/scoring/ProfileService.h"

#include "domain/scoring/ScoringProfileCodec.h"
#include "storage/scoring/ScoringRepository.h"

#include <QJsonDocument>

namespace tessera::domain {
namespace {

Result<ProfileVersion> fromRecord(const storage::ProfileRecord& record) {
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(record.body));
    auto parameters = ScoringProfileCodec::decode(doc.object());
    if (!parameters)
        return makeError(ErrorCode::Corrupt, parameters.error().message);
    return ProfileVersion{record.version, record.createdAt, record.authorName,
                          record.reason,  *parameters,      doc.object()};
}

std::string toJson(const scoring::ScoringParameters& parameters) {
    return QJsonDocument(ScoringProfileCodec::encode(parameters))
        .toJson(QJsonDocument::Compact)
        .toStdString();
}

} // namespace

Status ProfileService::ensureDefaults(Workspace& ws) {
    storage::ScoringRepository repository(ws.db());
    auto latest = repository.latestProfile();
    if (!latest)
        return latest.error();
    if (*latest)
        return {};
    storage::ProfileRecord record;
    record.createdAt = ws.nowMs();
    record.authorName = "system";
    record.reason = tr("The defaults of the scoring model").toStdString();
    record.body = toJson(scoring::ScoringParameters{});
    auto version = repository.insertProfile(record);
    if (!version)
        return version.error();
    return {};
}

Result<ProfileVersion> ProfileService::current() {
    if (!m_ws.isLoggedIn())
        return makeError(ErrorCode::AuthenticationFailed, tr("Sign in first.").toStdString());
    storage::ScoringRepository repository(m_ws.db());
    auto latest = repository.latestProfile();
    if (!latest)
        return latest.error();
    if (!*latest) {
        auto tx = storage::TransactionGuard::begin(m_ws.db());
        if (!tx)
            return tx.error();
        TESSERA_TRY(ensureDefaults(m_ws));
        TESSERA_TRY(tx->commit());
        latest = repository.latestProfile();
        if (!latest)
            return latest.error();
    }
    return fromRecord(**latest);
}

Result<ProfileVersion> ProfileService::version(std::int64_t version) {
    auto newest = current(); // also makes sure version 1 exists
    if (!newest)
        return newest.error();
    auto record = storage::ScoringRepository(m_ws.db()).profile(version);
    if (!record)
        return record.error();
    if (!*record)
        return makeError(ErrorCode::NotFound,
                         tr("There is no scoring profile version %1.").arg(version).toStdString());
    return fromRecord(**record);
}

Result<std::vector<ProfileVersion>> ProfileService::history(int limit) {
    auto newest = current();
    if (!newest)
        return newest.error();
    auto records = storage::ScoringRepository(m_ws.db()).profiles(limit);
    if (!records)
        return records.error();
    std::vector<ProfileVersion> out;
    for (const auto& record : *records) {
        auto version = fromRecord(record);
        if (!version)
            return version.error();
        out.push_back(std::move(*version));
    }
    return out;
}

Result<ProfileVersion> ProfileService::save(const scoring::ScoringParameters& parameters,
                                            const std::string& reason) {
    TESSERA_TRY(m_ws.authorize(Action::EditScoringProfile, "profile"));
    if (reason.empty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Say why the profile changes (a reason is required).").toStdString());
    const std::vector<std::string> problems = parameters.validate();
    if (!problems.empty())
        return makeError(ErrorCode::InvalidArgument, problems.front());
    auto before = current();
    if (!before)
        return before.error();
    const std::string body = toJson(parameters);
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    storage::ProfileRecord record;
    record.createdAt = m_ws.nowMs();
    record.authorId = m_ws.session().userId;
    record.authorName = m_ws.session().username;
    record.reason = reason;
    record.body = body;
    auto version = storage::ScoringRepository(m_ws.db()).insertProfile(record);
    if (!version)
        return version.error();
    TESSERA_TRY(m_ws.audit({"scoring.profile", "profile", std::to_string(*version), reason}));
    TESSERA_TRY(tx->commit());
    return this->version(*version);
}

Result<ProfileVersion> ProfileService::edit(const std::vector<std::string>& edits,
                                            const std::string& reason) {
    TESSERA_TRY(m_ws.authorize(Action::EditScoringProfile, "profile"));
    auto base = current();
    if (!base)
        return base.error();
    auto edited = ScoringProfileCodec::applyEdits(base->json, edits);
    if (!edited)
        return edited.error();
    auto parameters = ScoringProfileCodec::decode(*edited);
    if (!parameters)
        return parameters.error();
    return save(*parameters, reason);
}

} // namespace tessera::domain
