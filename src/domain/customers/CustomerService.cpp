#include "domain/customers/CustomerService.h"

#include "domain/consent/ConsentService.h"
#include "domain/customers/EditConflict.h"
#include "domain/files/CsvWriter.h"
#include "domain/records/Vocabulary.h"
#include "domain/reports/TierReportColumns.h"
#include "domain/warnings/WarningService.h"
#include "domain/workspace/TransientRetry.h"
#include "storage/activity/ActivityRepository.h"
#include "storage/admin/UserRepository.h"
#include "storage/customers/CustomerRepository.h"
#include "storage/merge/CustomerMergeRepository.h"
#include "storage/scoring/ScoringRepository.h"

#include <QLocale>
#include <algorithm>

namespace tessera::domain {
namespace {

bool looksLikeEmail(const std::string& text) {
    return text.find('@') != std::string::npos;
}

bool looksLikePhone(const std::string& text) {
    int digits = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (std::string_view("+-() ./").find(c) == std::string_view::npos)
            return false;
    }
    return digits >= 5;
}

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

Result<storage::PortfolioQuery> CustomerService::toQuery(const PortfolioFilter& f) {
    storage::PortfolioQuery query;
    query.visibleOwners = AccessPolicy::visibleOwners(m_ws.session());
    if (f.ownerId && query.visibleOwners &&
        std::find(query.visibleOwners->begin(), query.visibleOwners->end(), *f.ownerId) ==
            query.visibleOwners->end()) {
        const std::string message =
            tr("You may only list your own portfolio (or your team's).").toStdString();
        (void)m_ws.audit({actionKey(Action::ListCustomers), "user", std::to_string(*f.ownerId),
                          message, "refused"});
        return makeError(ErrorCode::PermissionDenied, message);
    }
    query.ownerId = f.ownerId;
    query.unassignedOnly = f.unassignedOnly;
    if (!f.warning.empty()) {
        auto warned = warnedCustomerIds(f.warning);
        if (!warned)
            return warned.error();
        query.customerIds = std::move(*warned);
    }
    query.tag = f.tag;
    query.lifecycle = f.lifecycle;
    query.loyalty = f.loyalty;
    query.healthBelow = f.healthBelow;
    query.tier = f.tier;
    query.segment = f.segment;
    auto run = latestRunId();
    if (!run)
        return run.error();
    query.scoreRunId = *run;
    query.includeArchived = f.includeArchived;
    query.sort = f.sort;
    query.descending = f.descending;
    query.limit = f.limit;
    const std::string search = CustomerRules::trimmed(f.search);
    const bool masked = AccessPolicy::masksPersonalData(m_ws.session());
    query.search = search;
    query.searchCodesOnly = masked;
    if (!masked && looksLikeEmail(search))
        query.searchHashes.push_back(
            m_ws.cipher().lookupHash(storage::FieldCipher::normaliseEmail(search)));
    else if (!masked && looksLikePhone(search))
        query.searchHashes.push_back(
            m_ws.cipher().lookupHash(storage::FieldCipher::normalisePhone(search)));
    return query;
}

Result<std::vector<std::int64_t>> CustomerService::queryIds(const PortfolioFilter& filter) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    auto query = toQuery(filter);
    if (!query)
        return query.error();
    return storage::CustomerRepository(m_ws.db(), m_ws.cipher()).queryIds(*query);
}

Result<std::int64_t> CustomerService::count(const PortfolioFilter& filter) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    auto query = toQuery(filter);
    if (!query)
        return query.error();
    return storage::CustomerRepository(m_ws.db(), m_ws.cipher()).count(*query);
}

Result<std::optional<std::int64_t>> CustomerService::latestRunId() {
    auto run = storage::ScoringRepository(m_ws.db()).latestRun();
    if (!run)
        return run.error();
    if (!*run)
        return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>((*run)->id);
}

// The customers with an open warning of that kind (or any) as of today, by id.
Result<std::vector<std::int64_t>> CustomerService::warnedCustomerIds(const std::string& warning) {
    WarningFilter filter;
    if (warning != "any") {
        filter.kind = warningKindFromKey(warning);
        if (!filter.kind)
            return makeError(ErrorCode::InvalidArgument,
                             tr("'%1' is not a kind of warning; use any, churn, over-contact, "
                                "cadence, value-flow or follow-up.")
                                 .arg(QString::fromStdString(warning))
                                 .toStdString());
    }
    auto warnings = WarningService(m_ws).list(filter);
    if (!warnings)
        return warnings.error();
    std::vector<std::int64_t> ids;
    ids.reserve(warnings->size());
    for (const Warning& w : *warnings)
        ids.push_back(w.customerId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void CustomerService::mask(storage::CustomerListRow& row) const {
    if (row.kind == "person")
        row.name = CustomerRules::initials(row.name);
}

Result<std::vector<storage::CustomerListRow>>
CustomerService::rows(std::span<const std::int64_t> ids) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    auto run = latestRunId();
    if (!run)
        return run.error();
    auto rows = storage::CustomerRepository(m_ws.db(), m_ws.cipher()).listRows(ids, *run);
    if (!rows)
        return rows.error();
    const auto owners = AccessPolicy::visibleOwners(m_ws.session());
    if (owners) {
        std::erase_if(*rows, [&](const storage::CustomerListRow& row) {
            return !row.ownerId ||
                   std::find(owners->begin(), owners->end(), *row.ownerId) == owners->end();
        });
    }
    if (AccessPolicy::masksPersonalData(m_ws.session()))
        for (auto& row : *rows)
            mask(row);
    return rows;
}

Result<CustomerView> CustomerService::open(std::int64_t customerId) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, customerId));
    storage::CustomerRepository customers(m_ws.db(), m_ws.cipher());
    auto found = customers.findById(customerId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         tr("There is no customer with id %1.").arg(customerId).toStdString());
    CustomerView view;
    view.record = std::move(**found);
    view.masked = AccessPolicy::masksPersonalData(m_ws.session());
    if (view.record.ownerId) {
        auto owner = storage::UserRepository(m_ws.db()).findById(*view.record.ownerId);
        if (!owner)
            return owner.error();
        if (*owner)
            view.ownerName = (*owner)->displayName;
    }
    if (view.masked) {
        storage::CustomerRecord& r = view.record;
        if (r.kind == "person")
            r.name = CustomerRules::initials(r.name);
        r.phone.reset();
        r.email.reset();
        r.idNumber.reset();
        r.address.reset();
        r.notes.reset();
        for (auto& contact : r.contacts) {
            contact.name = CustomerRules::initials(contact.name);
            contact.phone.reset();
            contact.email.reset();
        }
    }
    const char* action =
        view.masked ? actionKey(Action::ReadCustomer) : actionKey(Action::ReadPersonalData);
    TESSERA_TRY(m_ws.audit({action, "customer", std::to_string(customerId), view.record.code}));
    return view;
}

Result<std::int64_t> CustomerService::idForCode(const std::string& code) {
    TESSERA_TRY(m_ws.authorize(Action::ReadCustomer));
    auto id = storage::CustomerRepository(m_ws.db(), m_ws.cipher()).idForCode(code);
    if (!id)
        return id.error();
    if (!*id)
        return makeError(ErrorCode::NotFound,
                         tr("There is no customer with code '%1'.").arg(q(code)).toStdString());
    return **id;
}

Result<std::vector<TimelineEntry>> CustomerService::timeline(std::int64_t customerId,
                                                             int limitPerKind) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, customerId));
    const bool masked = AccessPolicy::masksPersonalData(m_ws.session());
    storage::ActivityRepository activity(m_ws.db(), m_ws.cipher());
    std::vector<TimelineEntry> entries;
    auto transactions = activity.transactionsOf(customerId, limitPerKind);
    if (!transactions)
        return transactions.error();
    for (const auto& t : *transactions) {
        TimelineEntry e;
        e.type = TimelineEntry::Type::Transaction;
        e.day = t.day;
        e.at = m_ws.calendar().startOfDayMs(t.day);
        e.title = (t.amountCents < 0 ? tr("Refund") : tr("Purchase")).toStdString();
        e.detail = tr("%n item(s)", nullptr, static_cast<int>(t.quantity)).toStdString();
        if (t.reference)
            e.detail += " · " + *t.reference;
        e.amountCents = t.amountCents;
        entries.push_back(std::move(e));
    }
    auto interactions = activity.interactionsOf(customerId, limitPerKind);
    if (!interactions)
        return interactions.error();
    for (const auto& r : *interactions) {
        TimelineEntry e;
        e.type = TimelineEntry::Type::Interaction;
        e.day = r.day;
        e.at = r.at;
        e.title = tr("%1 by %2 (%3)")
                      .arg(vocabulary::labelOf(vocabulary::interactionKinds(), r.kind),
                           vocabulary::labelOf(vocabulary::channels(), r.channel),
                           vocabulary::labelOf(vocabulary::directions(), r.direction))
                      .toStdString();
        e.detail = r.outcome;
        if (r.notes && !masked)
            e.detail += (e.detail.empty() ? "" : " · ") + *r.notes;
        entries.push_back(std::move(e));
    }
    auto surveys = activity.surveysOf(customerId, limitPerKind);
    if (!surveys)
        return surveys.error();
    for (const auto& s : *surveys) {
        TimelineEntry e;
        e.type = TimelineEntry::Type::Survey;
        e.day = s.day;
        e.at = m_ws.calendar().startOfDayMs(s.day);
        QStringList scores;
        if (s.nps)
            scores << tr("NPS %1").arg(*s.nps);
        if (s.csat)
            scores << tr("CSAT %1").arg(*s.csat);
        if (s.ces)
            scores << tr("CES %1").arg(*s.ces);
        e.title = tr("Survey: %1").arg(scores.join(QStringLiteral(", "))).toStdString();
        if (s.comment && !masked)
            e.detail = *s.comment;
        entries.push_back(std::move(e));
    }
    auto tickets = activity.ticketsOf(customerId, limitPerKind);
    if (!tickets)
        return tickets.error();
    for (const auto& t : *tickets) {
        TimelineEntry e;
        e.type = TimelineEntry::Type::Ticket;
        e.at = t.openedAt;
        e.day = m_ws.calendar().dayOf(t.openedAt);
        e.title = (t.isComplaint ? tr("Complaint: %1 (%2)") : tr("Ticket: %1 (%2)"))
                      .arg(q(t.subject), q(t.status))
                      .toStdString();
        e.detail = t.category;
        entries.push_back(std::move(e));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at > b.at; });
    return entries;
}

std::vector<FieldProblem> CustomerService::validate(const storage::CustomerRecord& customer) const {
    return CustomerRules::validate(customer);
}

Status CustomerService::requireValid(const storage::CustomerRecord& customer) const {
    const auto problems = validate(customer);
    if (problems.empty())
        return {};
    return makeError(ErrorCode::InvalidArgument, problems.front().message);
}

Result<std::vector<storage::CustomerListRow>>
CustomerService::possibleDuplicates(const storage::CustomerRecord& customer) {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    auto ids = storage::CustomerRepository(m_ws.db(), m_ws.cipher()).findSimilar(customer);
    if (!ids)
        return ids.error();
    return rows(*ids);
}

Result<std::int64_t> CustomerService::create(storage::CustomerRecord customer) {
    TESSERA_TRY(m_ws.authorize(Action::CreateCustomer, "customer", customer.code));
    const Session& session = m_ws.session();
    if (session.role == Role::AccountManager)
        customer.ownerId = session.userId; // managers create into their own portfolio
    TESSERA_TRY(requireValid(customer));
    // A server may stop the transaction in a deadlock with another writer:
    // it runs again from the start (TransientRetry.h).
    return retryTransient([&]() -> Result<std::int64_t> {
        storage::CustomerRepository customers(m_ws.db(), m_ws.cipher());
        auto tx = storage::TransactionGuard::begin(m_ws.db());
        if (!tx)
            return tx.error();
        auto existing = customers.idForCode(customer.code);
        if (!existing)
            return existing.error();
        auto alias = storage::CustomerMergeRepository(m_ws.db()).aliasFor(customer.code);
        if (alias && *alias) // a merged customer's code still names its survivor
            return makeError(
                ErrorCode::AlreadyExists,
                tr("The code '%1' belonged to a customer merged into %2 and still names "
                   "that customer; choose another code.")
                    .arg(q(customer.code), q((*alias)->survivorCode))
                    .toStdString());
        if (*existing)
            return makeError(ErrorCode::AlreadyExists,
                             tr("The customer code '%1' is already taken; choose another.")
                                 .arg(q(customer.code))
                                 .toStdString());
        customer.id = 0;
        customer.createdAt = customer.updatedAt = m_ws.nowMs();
        customer.version = 1;
        auto id = customers.insert(customer);
        if (!id)
            return id.error();
        TESSERA_TRY(m_ws.audit(
            {actionKey(Action::CreateCustomer), "customer", std::to_string(*id), customer.code}));
        TESSERA_TRY(tx->commit());
        return id;
    });
}

Status CustomerService::update(const storage::CustomerRecord& customer) {
    return retryTransient([&] { return updateOnce(customer); });
}

Status CustomerService::updateOnce(const storage::CustomerRecord& customer) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::EditCustomer, customer.id));
    TESSERA_TRY(requireValid(customer));
    storage::CustomerRepository customers(m_ws.db(), m_ws.cipher());
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto stored = customers.findById(customer.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return makeError(ErrorCode::NotFound, tr("The customer no longer exists.").toStdString());
    if ((*stored)->ownerId != customer.ownerId) {
        // Changing hands is reassignment, with its own rule.
        TESSERA_TRY(m_ws.authorizeCustomer(Action::ReassignCustomer, customer.id));
    }
    if ((*stored)->code != customer.code) {
        auto clash = customers.idForCode(customer.code);
        if (!clash)
            return clash.error();
        if (*clash)
            return makeError(ErrorCode::AlreadyExists,
                             tr("The customer code '%1' is already taken; choose another.")
                                 .arg(q(customer.code))
                                 .toStdString());
    }
    storage::CustomerRecord next = customer;
    next.updatedAt = m_ws.nowMs();
    if (auto updated = customers.update(next); !updated)
        return updated.error().code == ErrorCode::Conflict ? editConflict(m_ws, customer.id)
                                                           : updated.error();
    TESSERA_TRY(recordConsentChanges(**stored, next));
    TESSERA_TRY(m_ws.audit(
        {actionKey(Action::EditCustomer), "customer", std::to_string(customer.id), customer.code}));
    return tx->commit();
}

// Consent changed in the editor goes into the consent history like any other.
Status CustomerService::recordConsentChanges(const storage::CustomerRecord& before,
                                             const storage::CustomerRecord& after) {
    const auto changes = ConsentService::changesBetween(
        {before.consentChannels, before.unsubscribed, before.ownerId},
        {after.consentChannels, after.unsubscribed, after.ownerId});
    storage::ConsentRepository consent(m_ws.db());
    for (storage::ConsentEventRecord event : changes) {
        event.customerId = after.id;
        event.at = after.updatedAt;
        event.userId = m_ws.session().userId;
        event.source = tr("customer editor").toStdString();
        TESSERA_TRY(consent.record(event));
    }
    return {};
}

Status CustomerService::setArchived(std::int64_t customerId, bool archived) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ArchiveCustomer, customerId));
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::CustomerRepository(m_ws.db(), m_ws.cipher())
                    .setArchived(customerId, archived, m_ws.nowMs()));
    TESSERA_TRY(m_ws.audit({actionKey(Action::ArchiveCustomer), "customer",
                            std::to_string(customerId), archived ? "archived" : "restored"}));
    return tx->commit();
}

Status CustomerService::reassign(std::int64_t customerId, std::int64_t newOwnerId) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReassignCustomer, customerId));
    auto owners = assignableOwners();
    if (!owners)
        return owners.error();
    const bool allowed = std::any_of(owners->begin(), owners->end(),
                                     [&](const OwnerChoice& o) { return o.id == newOwnerId; });
    if (!allowed) {
        const std::string message =
            tr("You may only assign customers to account managers of your team.").toStdString();
        (void)m_ws.audit({actionKey(Action::ReassignCustomer), "customer",
                          std::to_string(customerId), message, "refused"});
        return makeError(ErrorCode::PermissionDenied, message);
    }
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    TESSERA_TRY(storage::CustomerRepository(m_ws.db(), m_ws.cipher())
                    .setOwner(customerId, newOwnerId, m_ws.nowMs()));
    TESSERA_TRY(m_ws.audit({actionKey(Action::ReassignCustomer), "customer",
                            std::to_string(customerId), "to user " + std::to_string(newOwnerId)}));
    return tx->commit();
}

Status CustomerService::discardNew(std::int64_t customerId) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::EditCustomer, customerId));
    storage::CustomerRepository customers(m_ws.db(), m_ws.cipher());
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto active = customers.hasActivity(customerId);
    if (!active)
        return active.error();
    if (*active)
        return makeError(
            ErrorCode::Conflict,
            tr("The customer already has activity; archive it instead.").toStdString());
    TESSERA_TRY(customers.remove(customerId));
    TESSERA_TRY(m_ws.audit({"customer.discard", "customer", std::to_string(customerId), {}}));
    return tx->commit();
}

Result<std::int64_t> CustomerService::exportCsv(const PortfolioFilter& filter,
                                                const std::string& path, const JobControl& job) {
    TESSERA_TRY(m_ws.authorize(Action::ExportCustomers, "export", path));
    const bool masked = !exportNeedsConfirmation();
    if (!masked)
        TESSERA_TRY(m_ws.requireConfirmedIdentity(Action::ExportCustomers, "export", path));
    auto ids = queryIds(filter);
    if (!ids)
        return ids.error();
    auto writer = CsvWriter::create(path, /*withBom=*/true);
    if (!writer)
        return writer.error();
    std::vector<std::string> header = {"code",   "name",    "kind",    "industry",
                                       "region", "channel", "owner",   "lifecycle",
                                       "risk",   "tags",    "archived"};
    if (!masked)
        header.insert(header.end(), {"phone", "email"});
    auto run = storage::ScoringRepository(m_ws.db()).latestRun();
    if (!run)
        return run.error();
    const TierReportColumns scoring(*run);
    const auto scoringHeader = scoring.header();
    header.insert(header.end(), scoringHeader.begin(), scoringHeader.end());
    TESSERA_TRY((*writer)->writeRow(header));
    storage::CustomerRepository customers(m_ws.db(), m_ws.cipher());
    constexpr std::size_t kPage = 512;
    const std::string stage = tr("Exporting customers").toStdString();
    for (std::size_t start = 0; start < ids->size(); start += kPage) {
        TESSERA_TRY(job.checkCancelled());
        job.report(static_cast<int>(100 * start / ids->size()), stage);
        const std::size_t end = std::min(ids->size(), start + kPage);
        auto page = rows(std::span(ids->data() + start, end - start));
        if (!page)
            return page.error();
        for (const auto& row : *page) {
            std::vector<std::string> fields = {row.code,
                                               row.name,
                                               row.kind,
                                               row.industry,
                                               row.region,
                                               {},
                                               row.ownerName,
                                               row.lifecycle,
                                               row.risk,
                                               row.tags,
                                               row.archived ? "1" : "0"};
            auto full = customers.findById(row.id);
            if (!full)
                return full.error();
            if (*full)
                fields[5] = (*full)->channel;
            if (!masked && *full)
                fields.insert(fields.end(),
                              {(*full)->phone.value_or(""), (*full)->email.value_or("")});
            const auto scoreFields = scoring.fields(row.score);
            fields.insert(fields.end(), scoreFields.begin(), scoreFields.end());
            TESSERA_TRY((*writer)->writeRow(fields));
        }
    }
    TESSERA_TRY((*writer)->commit());
    TESSERA_TRY(
        m_ws.audit({actionKey(Action::ExportCustomers), "export", path,
                    std::to_string(ids->size()) + " customers" + (masked ? " (masked)" : "")}));
    job.report(100, stage);
    return static_cast<std::int64_t>(ids->size());
}

bool CustomerService::exportNeedsConfirmation() const {
    return !AccessPolicy::masksPersonalData(m_ws.session());
}

Result<std::vector<std::string>> CustomerService::tags() {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    return storage::CustomerRepository(m_ws.db(), m_ws.cipher()).allTags();
}

Result<std::vector<OwnerChoice>> CustomerService::visibleOwners() {
    TESSERA_TRY(m_ws.authorize(Action::ListCustomers));
    auto users = storage::UserRepository(m_ws.db()).all();
    if (!users)
        return users.error();
    const auto visible = AccessPolicy::visibleOwners(m_ws.session());
    std::vector<OwnerChoice> owners;
    for (const auto& u : *users) {
        if (u.role != "account_manager" && !(visible && u.id == m_ws.session().userId))
            continue;
        if (visible && std::find(visible->begin(), visible->end(), u.id) == visible->end())
            continue;
        owners.push_back({u.id, u.username, u.displayName});
    }
    return owners;
}

Result<std::vector<OwnerChoice>> CustomerService::assignableOwners() {
    TESSERA_TRY(m_ws.authorize(Action::ReassignCustomer));
    auto users = storage::UserRepository(m_ws.db()).all();
    if (!users)
        return users.error();
    const Session& session = m_ws.session();
    std::vector<OwnerChoice> owners;
    for (const auto& u : *users) {
        if (u.role != "account_manager" || !u.active)
            continue;
        const bool inTeam =
            std::find(session.team.begin(), session.team.end(), u.id) != session.team.end();
        if (session.role == Role::Administrator || inTeam)
            owners.push_back({u.id, u.username, u.displayName});
    }
    return owners;
}

} // namespace tessera::domain
