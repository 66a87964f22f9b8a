#include "domain/import/ImportRowParsers.h"

#include "domain/records/CustomerRules.h"
#include "domain/records/Vocabulary.h"

#include <QDateTime>
#include <charconv>

namespace tessera::domain {
namespace {

constexpr std::int64_t kMaxCents = 100'000'000'000'000; // one trillion in currency units

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

QString q(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<int>(std::min<std::size_t>(text.size(), 80)));
}

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::optional<std::string> optionalText(std::string_view text) {
    if (text.empty())
        return std::nullopt;
    return std::string(text);
}

bool truthy(std::string_view text) {
    const std::string value = lowered(text);
    return value == "1" || value == "yes" || value == "true" || value == "y" || value == "是";
}

} // namespace

std::optional<std::int64_t> parseCents(std::string_view text) {
    text = trim(text);
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty())
        return std::nullopt;
    std::int64_t whole = 0;
    std::size_t i = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        whole = whole * 10 + (text[i] - '0');
        if (whole > kMaxCents / 100)
            return std::nullopt;
    }
    const bool hasWhole = i > 0;
    std::int64_t fraction = 0; // in ten-thousandths
    int fractionDigits = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
            if (fractionDigits == 4)
                return std::nullopt;
            fraction = fraction * 10 + (text[i] - '0');
            ++fractionDigits;
        }
        if (!hasWhole && fractionDigits == 0)
            return std::nullopt;
    } else if (!hasWhole) {
        return std::nullopt;
    }
    if (i != text.size())
        return std::nullopt;
    for (int d = fractionDigits; d < 4; ++d)
        fraction *= 10;
    // Round half away from zero to cents.
    const std::int64_t cents = whole * 100 + (fraction + 50) / 100;
    return negative ? -cents : cents;
}

std::optional<std::int64_t> parseWholeNumber(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseInstantMs(std::string_view text, const Calendar& calendar) {
    text = trim(text);
    const auto split = text.find_first_of(" T");
    const auto day = Calendar::parseDay(text.substr(0, split));
    if (!day)
        return std::nullopt;
    if (split == std::string_view::npos)
        return calendar.startOfDayMs(*day);
    const QString clock = q(trim(text.substr(split + 1)));
    QTime time = QTime::fromString(clock, QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        time = QTime::fromString(clock, QStringLiteral("HH:mm"));
    if (!time.isValid())
        return std::nullopt;
    return QDateTime(Calendar::dateFromDay(*day), time, calendar.timeZone()).toMSecsSinceEpoch();
}

std::string_view MappedRow::field(int column) const {
    if (column < 0 || static_cast<std::size_t>(column) >= m_row.fields.size())
        return {};
    return trim(m_row.fields[static_cast<std::size_t>(column)]);
}

std::string MappedRow::shapeProblem() const {
    if (m_row.fields.size() <= m_mapping.columnCount())
        return {};
    return ImportRowParser::tr("The row has %1 fields but the header has %2; check for an unquoted "
                               "separator.")
        .arg(m_row.fields.size())
        .arg(m_mapping.columnCount())
        .toStdString();
}

ImportRowParser::ImportRowParser(ImportKind kind, const ImportMapping& mapping,
                                 const Calendar& calendar, int likertMaximum)
    : m_kind(kind), m_mapping(mapping), m_calendar(calendar), m_likertMaximum(likertMaximum) {
    m_customer = column("customer");
    m_date = column("date");
    m_amount = column("amount");
    m_quantity = column("quantity");
    m_reference = column("reference");
}

std::string ImportRowParser::parseDay(const MappedRow& row, std::int32_t& day) const {
    const std::string_view text = row.field(m_date);
    if (text.empty())
        return tr("The date is empty.").toStdString();
    const auto parsed = Calendar::parseDay(text);
    if (!parsed)
        return tr("'%1' is not a date; use yyyy-mm-dd or yyyymmdd.").arg(q(text)).toStdString();
    day = *parsed;
    return {};
}

std::string ImportRowParser::parse(const SourceRow& source, ParsedTransaction& out) const {
    const MappedRow row(m_mapping, source);
    if (std::string problem = row.shapeProblem(); !problem.empty())
        return problem;
    out.customerCode = row.field(m_customer);
    if (out.customerCode.empty())
        return tr("The customer code is empty.").toStdString();
    if (std::string problem = parseDay(row, out.day); !problem.empty())
        return problem;
    const std::string_view amount = row.field(m_amount);
    if (amount.empty())
        return tr("The amount is empty.").toStdString();
    const auto cents = parseCents(amount);
    if (!cents)
        return tr("The amount '%1' is not a number; write it like 1234.56 (a dot for decimals, no "
                  "thousands separators).")
            .arg(q(amount))
            .toStdString();
    out.amountCents = *cents;
    out.quantity = 1;
    if (const std::string_view quantity = row.field(m_quantity); !quantity.empty()) {
        const auto number = parseWholeNumber(quantity);
        if (!number || *number < 0)
            return tr("The quantity '%1' is not a whole number of zero or more.")
                .arg(q(quantity))
                .toStdString();
        out.quantity = *number;
    }
    out.reference = row.field(m_reference);
    return {};
}

std::string ImportRowParser::parse(const SourceRow& source, ParsedCustomer& out) const {
    const MappedRow row(m_mapping, source);
    if (std::string problem = row.shapeProblem(); !problem.empty())
        return problem;
    storage::CustomerRecord& c = out.record;
    c = storage::CustomerRecord{};
    c.code = std::string(row.field(column("code")));
    c.name = std::string(row.field(column("name")));
    if (auto kind = lowered(row.field(column("kind"))); !kind.empty())
        c.kind = kind == "公司" || kind == "企业" ? "company" : kind == "个人" ? "person" : kind;
    c.industry = std::string(row.field(column("industry")));
    c.region = std::string(row.field(column("region")));
    c.channel = std::string(row.field(column("channel")));
    out.ownerUsername = std::string(row.field(column("owner")));
    if (auto value = lowered(row.field(column("lifecycle"))); !value.empty())
        c.lifecycle = value;
    if (auto value = lowered(row.field(column("risk"))); !value.empty())
        c.risk = value;
    if (auto value = lowered(row.field(column("contact_frequency"))); !value.empty())
        c.contactFrequency = value;
    c.consentChannels = lowered(row.field(column("consent_channels")));
    c.unsubscribed = truthy(row.field(column("unsubscribed")));
    c.phone = optionalText(row.field(column("phone")));
    c.email = optionalText(row.field(column("email")));
    c.idNumber = optionalText(row.field(column("id_number")));
    c.address = optionalText(row.field(column("address")));
    c.notes = optionalText(row.field(column("notes")));
    c.tags = CustomerRules::parseTags(row.field(column("tags")));
    if (const auto name = row.field(column("contact_name")); !name.empty()) {
        storage::ContactRecord contact;
        contact.name = std::string(name);
        contact.role = std::string(row.field(column("contact_role")));
        contact.phone = optionalText(row.field(column("contact_phone")));
        contact.email = optionalText(row.field(column("contact_email")));
        contact.isPrimary = true;
        c.contacts.push_back(std::move(contact));
    }
    const auto problems = CustomerRules::validate(c);
    return problems.empty() ? std::string() : problems.front().message;
}

std::string ImportRowParser::parse(const SourceRow& source, ParsedInteraction& out) const {
    const MappedRow row(m_mapping, source);
    if (std::string problem = row.shapeProblem(); !problem.empty())
        return problem;
    storage::InteractionRecord& r = out.record;
    r = storage::InteractionRecord{};
    out.customerCode = std::string(row.field(m_customer));
    if (out.customerCode.empty())
        return tr("The customer code is empty.").toStdString();
    const std::string_view when = row.field(m_date);
    const auto at = parseInstantMs(when, m_calendar);
    if (!at)
        return tr("'%1' is not a date or time; use yyyy-mm-dd or yyyy-mm-dd hh:mm.")
            .arg(q(when))
            .toStdString();
    r.at = *at;
    r.day = m_calendar.dayOf(*at);
    r.channel = lowered(row.field(column("channel")));
    if (!vocabulary::contains(vocabulary::channels(), r.channel))
        return tr("Unknown channel '%1' (use phone, email, visit, wechat, app, social, web or "
                  "other).")
            .arg(q(r.channel))
            .toStdString();
    r.kind = lowered(row.field(column("kind")));
    if (!vocabulary::contains(vocabulary::interactionKinds(), r.kind))
        return tr("Unknown interaction kind '%1' (use call, meeting, email, message, complaint, "
                  "referral, review, share, comment, visit or other).")
            .arg(q(r.kind))
            .toStdString();
    r.direction = lowered(row.field(column("direction")));
    if (r.direction.empty())
        r.direction = "inbound";
    if (!vocabulary::contains(vocabulary::directions(), r.direction))
        return tr("The direction must be inbound or outbound, not '%1'.")
            .arg(q(r.direction))
            .toStdString();
    r.outcome = std::string(row.field(column("outcome")));
    r.notes = optionalText(row.field(column("notes")));
    out.touchpointName = std::string(row.field(column("touchpoint")));
    out.username = std::string(row.field(column("user")));
    return {};
}

std::string ImportRowParser::parseOptionalScore(const MappedRow& row, const std::string& key,
                                                int low, int high, std::optional<int>& out) const {
    out.reset();
    const std::string_view text = row.field(m_mapping.columnOf(key));
    if (text.empty())
        return {};
    const auto value = parseWholeNumber(text);
    if (!value || *value < low || *value > high)
        return tr("%1 must be a whole number from %2 to %3, not '%4'.")
            .arg(QString::fromStdString(key))
            .arg(low)
            .arg(high)
            .arg(q(text))
            .toStdString();
    out = static_cast<int>(*value);
    return {};
}

std::string ImportRowParser::parse(const SourceRow& source, ParsedSurvey& out) const {
    const MappedRow row(m_mapping, source);
    if (std::string problem = row.shapeProblem(); !problem.empty())
        return problem;
    storage::SurveyResponseRecord& r = out.record;
    r = storage::SurveyResponseRecord{};
    out.customerCode = std::string(row.field(m_customer));
    if (out.customerCode.empty())
        return tr("The customer code is empty.").toStdString();
    if (std::string problem = parseDay(row, r.day); !problem.empty())
        return problem;
    for (const auto& [key, low, high, target] :
         {std::tuple{"nps", 0, 10, &r.nps}, std::tuple{"csat", 1, 5, &r.csat},
          std::tuple{"ces", 1, 7, &r.ces}})
        if (std::string problem = parseOptionalScore(row, key, low, high, *target);
            !problem.empty())
            return problem;
    const auto& prefixes = surveyDimensionPrefixes();
    for (std::size_t d = 0; d < prefixes.size(); ++d) {
        for (int item = 1; item <= 9; ++item) {
            std::optional<int> value;
            const std::string key = prefixes[d] + "_" + std::to_string(item);
            if (std::string problem = parseOptionalScore(row, key, 1, m_likertMaximum, value);
                !problem.empty())
                return problem;
            if (value)
                r.answers.push_back({static_cast<int>(d) + 1, item, *value});
        }
    }
    if (!r.nps && !r.csat && !r.ces && r.answers.empty())
        return tr("The response has no answers (no NPS, CSAT, CES or dimension item).")
            .toStdString();
    r.comment = optionalText(row.field(column("comment")));
    out.touchpointName = std::string(row.field(column("touchpoint")));
    return {};
}

} // namespace tessera::domain
