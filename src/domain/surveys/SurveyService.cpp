#include "domain/surveys/SurveyService.h"

#include "domain/journeys/TouchpointLookup.h"
#include "domain/records/Vocabulary.h"
#include "domain/scoring/StandingService.h"
#include "storage/surveys/SurveyRepository.h"
#include "storage/tickets/TicketRepository.h"

#include <QRegularExpression>
#include <algorithm>

namespace tessera::domain {
namespace {

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message.toStdString());
}

Status checkRange(const std::optional<int>& value, int low, int high, const QString& what) {
    if (value && (*value < low || *value > high))
        return invalid(QCoreApplication::translate("SurveyService", "%1 is %2 to %3, not %4.")
                           .arg(what)
                           .arg(low)
                           .arg(high)
                           .arg(*value));
    return {};
}

} // namespace

Result<storage::SurveyAnswer> SurveyService::parseAnswer(const std::string& text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([a-z]+|[1-5])\\.([1-9])\\s*=\\s*(\\d+)\\s*$"));
    const QString raw = QString::fromStdString(text);
    const auto match = pattern.match(raw.toLower());
    const auto bad = [&] {
        return invalid(tr("'%1' is not an answer; write dimension.item=value, for example "
                          "ease.2=6 or 5.2=6 (dimensions: personalised, emotional, rights, "
                          "value, ease).")
                           .arg(raw));
    };
    if (!match.hasMatch())
        return bad();
    storage::SurveyAnswer a;
    const QString dimension = match.captured(1);
    if (dimension.size() == 1 && dimension.front().isDigit()) {
        a.dimension = dimension.toInt();
    } else {
        const auto terms = vocabulary::crmvDimensions();
        const auto it = std::find_if(terms.begin(), terms.end(), [&](const Term& t) {
            return QString::fromStdString(t.key) == dimension;
        });
        if (it == terms.end())
            return bad();
        a.dimension = static_cast<int>(it - terms.begin()) + 1;
    }
    a.item = match.captured(2).toInt();
    a.value = match.captured(3).toInt();
    if (a.value < 1 || a.value > kScaleMaximum)
        return invalid(
            tr("An answer is 1 to %1, not %2 ('%3').").arg(kScaleMaximum).arg(a.value).arg(raw));
    return a;
}

Result<storage::SurveyResponseRecord> SurveyService::validated(const SurveyDraft& d) {
    TESSERA_TRY(checkRange(d.nps, 0, 10, tr("Likelihood to recommend (NPS)")));
    TESSERA_TRY(checkRange(d.csat, 1, 5, tr("Satisfaction (CSAT)")));
    TESSERA_TRY(checkRange(d.ces, 1, 7, tr("Effort (CES)")));
    if (!d.nps && !d.csat && !d.ces && d.answers.empty())
        return invalid(tr("A survey needs at least one answer: NPS, CSAT, CES or a dimension's "
                          "item."));
    storage::SurveyResponseRecord r;
    for (const storage::SurveyAnswer& a : d.answers) {
        if (a.dimension < 1 || a.dimension > 5 || a.item < 1 || a.item > kItemsPerDimension ||
            a.value < 1 || a.value > kScaleMaximum)
            return invalid(tr("An answer names dimension 1-5, item 1-%1 and a value 1-%2.")
                               .arg(kItemsPerDimension)
                               .arg(kScaleMaximum));
        const bool repeated = std::any_of(r.answers.begin(), r.answers.end(), [&](const auto& b) {
            return b.dimension == a.dimension && b.item == a.item;
        });
        if (repeated)
            return invalid(
                tr("Item %1 of dimension %2 is answered twice.").arg(a.item).arg(a.dimension));
        r.answers.push_back(a);
    }
    if (d.comment && d.comment->size() > 4000)
        return invalid(tr("A survey's comment is at most 4000 characters long."));
    const std::int32_t today = m_ws.calendar().dayOf(m_ws.nowMs());
    r.day = d.day.value_or(today);
    if (r.day > today)
        return invalid(tr("The survey's day %1 is in the future; give a day up to today.")
                           .arg(Calendar::isoDate(r.day)));
    r.customerId = d.customerId;
    r.nps = d.nps;
    r.csat = d.csat;
    r.ces = d.ces;
    if (d.comment && !QString::fromStdString(*d.comment).trimmed().isEmpty())
        r.comment = d.comment;
    auto touchpoint = TouchpointLookup::idOf(m_ws.db(), d.touchpoint);
    if (!touchpoint)
        return touchpoint.error();
    r.touchpointId = *touchpoint;
    return r;
}

Result<std::int64_t> SurveyService::add(const SurveyDraft& d) {
    auto record = validated(d);
    if (!record)
        return record.error();
    TESSERA_TRY(m_ws.authorizeCustomer(Action::RecordActivity, d.customerId));
    if (d.ticketId) {
        auto ticket = storage::TicketRepository(m_ws.db(), m_ws.cipher()).find(*d.ticketId);
        if (!ticket)
            return ticket.error();
        if (!*ticket || (*ticket)->record.customerId != d.customerId)
            return invalid(tr("Ticket %1 is not one of this customer's tickets.").arg(*d.ticketId));
        if (!record->touchpointId)
            record->touchpointId = (*ticket)->record.touchpointId;
    }
    auto tx = storage::TransactionGuard::begin(m_ws.db());
    if (!tx)
        return tx.error();
    auto id = storage::SurveyRepository(m_ws.db(), m_ws.cipher())
                  .insert(*record, {d.ticketId, m_ws.session().userId, m_ws.nowMs()});
    if (!id)
        return id.error();
    TESSERA_TRY(StandingService(m_ws).refresh(d.customerId));
    TESSERA_TRY(m_ws.audit({"survey.add", "customer", std::to_string(d.customerId),
                            "response " + std::to_string(*id)}));
    TESSERA_TRY(tx->commit());
    return *id;
}

} // namespace tessera::domain
