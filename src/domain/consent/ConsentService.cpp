#include "domain/consent/ConsentService.h"

#include "domain/records/CustomerRules.h"
#include "domain/records/Vocabulary.h"

#include <algorithm>
#include <set>

namespace tessera::domain {
namespace {

std::set<std::string> channelSet(const std::string& text) {
    std::set<std::string> out;
    for (const std::string& channel : CustomerRules::parseTags(text))
        out.insert(channel);
    return out;
}

// In vocabulary order, so the stored text does not depend on the order of edits.
std::string channelText(const std::set<std::string>& channels) {
    std::string out;
    for (const Term& term : vocabulary::channels())
        if (channels.count(term.key))
            out += (out.empty() ? "" : ",") + term.key;
    return out;
}

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

std::optional<QString> ConsentService::refusalFor(const storage::ConsentState& state,
                                                  const std::string& channel,
                                                  const std::string& direction) {
    if (direction != "outbound")
        return std::nullopt;
    if (state.unsubscribed)
        return tr("The customer has unsubscribed: no outbound contact may be made on any "
                  "channel until they give their consent again.");
    if (!channelSet(state.channels).count(channel))
        return tr("The customer has not consented to be contacted by %1; record their consent "
                  "first (in the customer editor, or with customers consent --give) or choose a "
                  "channel they allow.")
            .arg(vocabulary::labelOf(vocabulary::channels(), channel));
    return std::nullopt;
}

std::vector<storage::ConsentEventRecord>
ConsentService::changesBetween(const storage::ConsentState& before,
                               const storage::ConsentState& after) {
    std::vector<storage::ConsentEventRecord> out;
    const auto was = channelSet(before.channels);
    const auto now = channelSet(after.channels);
    for (const Term& term : vocabulary::channels()) {
        const bool had = was.count(term.key) > 0;
        const bool has = now.count(term.key) > 0;
        if (had != has) {
            storage::ConsentEventRecord e;
            e.channel = term.key;
            e.given = has;
            out.push_back(e);
        }
    }
    if (before.unsubscribed != after.unsubscribed) {
        storage::ConsentEventRecord e;
        e.channel = kAllChannels;
        e.given = !after.unsubscribed;
        out.push_back(e);
    }
    return out;
}

Status ConsentService::give(std::int64_t customerId, const std::string& channel,
                            const std::string& source) {
    return change(customerId, channel, true, source);
}

Status ConsentService::withdraw(std::int64_t customerId, const std::string& channel,
                                const std::string& source) {
    return change(customerId, channel, false, source);
}

Status ConsentService::change(std::int64_t customerId, const std::string& channel, bool given,
                              const std::string& source) {
    if (channel != kAllChannels && !vocabulary::contains(vocabulary::channels(), channel))
        return makeError(ErrorCode::InvalidArgument,
                         tr("'%1' is not a channel; use phone, email, visit, wechat, app, social, "
                            "web, other, or all.")
                             .arg(q(channel))
                             .toStdString());
    if (source.size() > 200)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The source of a consent is at most 200 characters long.").toStdString());
    TESSERA_TRY(m_ws.authorizeCustomer(Action::EditConsent, customerId));
    storage::ConsentRepository consent(m_ws.db());
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto state = consent.state(customerId);
    if (!state)
        return state.error();
    if (!*state)
        return makeError(ErrorCode::NotFound, tr("The customer no longer exists.").toStdString());
    storage::ConsentState next = **state;
    auto channels = channelSet(next.channels);
    if (channel == kAllChannels) {
        next.unsubscribed = !given;
    } else {
        if (given) {
            channels.insert(channel);
            // Consent given explicitly after unsubscribing is a new opt-in.
            next.unsubscribed = false;
        } else {
            channels.erase(channel);
        }
        next.channels = channelText(channels);
    }
    const std::int64_t now = m_ws.nowMs();
    TESSERA_TRY(consent.setState(customerId, next, now));
    storage::ConsentEventRecord event;
    event.customerId = customerId;
    event.channel = channel;
    event.given = given;
    event.at = now;
    event.userId = m_ws.session().userId;
    event.source = source;
    TESSERA_TRY(consent.record(event));
    TESSERA_TRY(m_ws.audit({actionKey(Action::EditConsent), "customer", std::to_string(customerId),
                            (given ? "give " : "withdraw ") + channel}));
    return tx->commit();
}

Result<ConsentView> ConsentService::show(std::int64_t customerId) {
    TESSERA_TRY(m_ws.authorizeCustomer(Action::ReadCustomer, customerId));
    storage::ConsentRepository consent(m_ws.db());
    auto state = consent.state(customerId);
    if (!state)
        return state.error();
    if (!*state)
        return makeError(ErrorCode::NotFound, tr("The customer no longer exists.").toStdString());
    auto history = consent.history(customerId);
    if (!history)
        return history.error();
    ConsentView view;
    const auto channels = channelSet((*state)->channels);
    for (const Term& term : vocabulary::channels())
        if (channels.count(term.key))
            view.channels.push_back(term.key);
    view.unsubscribed = (*state)->unsubscribed;
    view.history = std::move(*history);
    return view;
}

} // namespace tessera::domain
