// tessera-cli customers: lists, filters, shows or exports the customers the
// signed-in user may see.

#include "cli/Command.h"
#include "cli/Credentials.h"
#include "cli/CustomerSubcommands.h"
#include "cli/merge/MergeSubcommands.h"
#include "cli/rights/RightsSubcommands.h"
#include "domain/admin/UserService.h"
#include "domain/customers/CustomerService.h"
#include "domain/scoring/ProfileService.h"
#include "domain/scoring/ScoreExplainer.h"
#include "domain/scoring/ScoringService.h"

#include <QDateTime>
#include <charconv>
#include <limits>
#include <map>

namespace tessera::cli {
namespace {

const std::map<std::string, storage::PortfolioSort> kSorts = {
    {"code", storage::PortfolioSort::Code},
    {"name", storage::PortfolioSort::Name},
    {"kind", storage::PortfolioSort::Kind},
    {"industry", storage::PortfolioSort::Industry},
    {"region", storage::PortfolioSort::Region},
    {"owner", storage::PortfolioSort::Owner},
    {"lifecycle", storage::PortfolioSort::Lifecycle},
    {"risk", storage::PortfolioSort::Risk},
    {"updated", storage::PortfolioSort::UpdatedAt},
    {"loyalty", storage::PortfolioSort::Loyalty},
    {"health", storage::PortfolioSort::Health},
    {"tier", storage::PortfolioSort::Tier},
    {"rfm", storage::PortfolioSort::RfmCode},
    {"segment", storage::PortfolioSort::Segment},
    {"rfms", storage::PortfolioSort::Rfms},
    {"crmv", storage::PortfolioSort::Crmv},
    {"clv", storage::PortfolioSort::Clv},
    {"p_alive", storage::PortfolioSort::PAlive}};

QJsonValue optionalNumber(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

// The score fields of customers --json, null when the customer has no score yet.
void addScores(QJsonObject& o, const std::optional<storage::CustomerScoreRecord>& score) {
    const char* keys[] = {"recency_days", "frequency",  "monetary", "social",
                          "score_r",      "score_f",    "score_m",  "score_s",
                          "rfm_code",     "rfms",       "crmv",     "segment",
                          "tier",         "tier_score", "p_alive",  "expected_purchases",
                          "clv"};
    if (!score) {
        for (const char* key : keys)
            o[key] = QJsonValue();
        return;
    }
    const storage::CustomerScoreRecord& s = *score;
    o["recency_days"] =
        s.recencyDays ? QJsonValue(static_cast<qint64>(*s.recencyDays)) : QJsonValue();
    o["frequency"] = static_cast<qint64>(s.frequency);
    o["monetary"] = s.monetary;
    o["social"] = s.social;
    o["score_r"] = s.scoreR;
    o["score_f"] = s.scoreF;
    o["score_m"] = s.scoreM;
    o["score_s"] = s.scoreS;
    o["rfm_code"] =
        QStringLiteral("%1-%2-%3-%4").arg(s.scoreR).arg(s.scoreF).arg(s.scoreM).arg(s.scoreS);
    o["rfms"] = s.rfms;
    o["crmv"] = optionalNumber(s.crmv);
    o["segment"] = qs(s.segment);
    o["tier"] = qs(s.tier);
    o["tier_score"] = s.tierScore;
    o["p_alive"] = optionalNumber(s.pAlive);
    o["expected_purchases"] = optionalNumber(s.expectedPurchases);
    o["clv"] = optionalNumber(s.clv);
}

QJsonValue optionalString(const std::optional<std::string>& value) {
    return value ? QJsonValue(qs(*value)) : QJsonValue();
}

QJsonObject rowJson(const storage::CustomerListRow& row) {
    QJsonObject o;
    o["id"] = static_cast<qint64>(row.id);
    o["code"] = qs(row.code);
    o["name"] = qs(row.name);
    o["kind"] = qs(row.kind);
    o["industry"] = qs(row.industry);
    o["region"] = qs(row.region);
    o["owner"] = row.ownerId ? QJsonValue(qs(row.ownerName)) : QJsonValue();
    o["lifecycle"] = qs(row.lifecycle);
    o["lifecycle_stage"] = qs(row.lifecycle);
    o["loyalty_stage"] = qs(row.loyalty);
    o["health_score"] = row.health ? QJsonValue(*row.health) : QJsonValue();
    o["risk"] = qs(row.risk);
    o["tags"] = row.tags.empty()
                    ? QJsonArray()
                    : QJsonArray::fromStringList(qs(row.tags).split(QStringLiteral(", ")));
    o["archived"] = row.archived;
    addScores(o, row.score);
    return o;
}

QJsonObject customerJson(const domain::CustomerView& view,
                         const std::vector<domain::TimelineEntry>& timeline) {
    const storage::CustomerRecord& c = view.record;
    QJsonObject o;
    o["id"] = static_cast<qint64>(c.id);
    o["code"] = qs(c.code);
    o["name"] = qs(c.name);
    o["kind"] = qs(c.kind);
    o["industry"] = qs(c.industry);
    o["region"] = qs(c.region);
    o["channel"] = qs(c.channel);
    o["owner"] = c.ownerId ? QJsonValue(qs(view.ownerName)) : QJsonValue();
    o["lifecycle"] = qs(c.lifecycle);
    o["lifecycle_stage"] = qs(c.lifecycle);
    o["loyalty_stage"] = qs(c.loyalty);
    o["health_score"] = c.health ? QJsonValue(*c.health) : QJsonValue();
    o["risk"] = qs(c.risk);
    o["consent_channels"] = qs(c.consentChannels);
    o["contact_frequency"] = qs(c.contactFrequency);
    o["unsubscribed"] = c.unsubscribed;
    o["phone"] = optionalString(c.phone);
    o["email"] = optionalString(c.email);
    o["id_number"] = optionalString(c.idNumber);
    o["address"] = optionalString(c.address);
    o["notes"] = optionalString(c.notes);
    o["tags"] = jsonStrings(c.tags);
    o["archived"] = c.archived;
    o["masked"] = view.masked;
    QJsonArray contacts;
    for (const auto& contact : c.contacts)
        contacts.append(QJsonObject{{"name", qs(contact.name)},
                                    {"role", qs(contact.role)},
                                    {"phone", optionalString(contact.phone)},
                                    {"email", optionalString(contact.email)},
                                    {"primary", contact.isPrimary}});
    o["contacts"] = contacts;
    QJsonArray events;
    for (const auto& e : timeline) {
        QJsonObject event{{"date", domain::Calendar::isoDate(e.day)},
                          {"title", qs(e.title)},
                          {"detail", qs(e.detail)}};
        if (e.amountCents)
            event["amount"] = static_cast<double>(*e.amountCents) / 100.0;
        events.append(event);
    }
    o["timeline"] = events;
    return o;
}

class CustomersCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CustomersCommand)

public:
    const char* name() const override { return "customers"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("List the customers you may see, show one, or export them to CSV.").toStdString());
        command
            .add_option("--id", m_id,
                        tr("Show one customer by code (or internal id)").toStdString())
            ->option_text("CODE");
        command
            .add_option("--owner", m_owner,
                        tr("Only this account manager's customers").toStdString())
            ->option_text("USER");
        command.add_option("--tag", m_filter.tag, tr("Only customers with this tag").toStdString());
        command
            .add_option("--tier", m_filter.tier,
                        tr("Only this tier in the newest scoring run").toStdString())
            ->check(CLI::IsMember({"Diamond", "Platinum", "Gold", "Silver", "Bronze"}));
        command.add_option("--segment", m_filter.segment,
                           tr("Only this RFM segment in the newest scoring run").toStdString());
        command
            .add_option("--warning", m_filter.warning,
                        tr("Only customers with an open warning today: any, churn, "
                           "over-contact, cadence, value-flow or follow-up")
                            .toStdString())
            ->option_text("KIND");
        command.add_flag("--explain", m_explain,
                         tr("With --id: every input and step behind the customer's scores and tier")
                             .toStdString());
        command.add_option("--lifecycle", m_filter.lifecycle,
                           tr("Only this lifecycle stage").toStdString());
        command.add_option("--loyalty", m_filter.loyalty,
                           tr("Only this loyalty stage (awareness, evaluation, commitment, "
                              "behaviour)")
                               .toStdString());
        command
            .add_option("--health-below", m_filter.healthBelow,
                        tr("Only customers whose health score is under N").toStdString())
            ->option_text("N");
        command.add_option(
            "--search", m_filter.search,
            tr("Name, code or contact contains this text; or an exact phone or email")
                .toStdString());
        command.add_flag("--archived", m_filter.includeArchived,
                         tr("Include archived customers").toStdString());
        command
            .add_option("--sort", m_sort,
                        tr("Order by code, name, kind, industry, region, owner, "
                           "lifecycle, risk or updated")
                            .toStdString())
            ->check(CLI::IsMember({"code", "name", "kind", "industry", "region", "owner",
                                   "lifecycle", "risk", "updated", "tier", "rfm", "segment", "rfms",
                                   "crmv", "clv", "p_alive", "loyalty", "health"}));
        command.add_flag("--desc", m_filter.descending, tr("Reverse the order").toStdString());
        command
            .add_option("--limit", m_limit, tr("At most N customers (default 50)").toStdString())
            ->option_text("N");
        command.add_flag("--all", m_all, tr("Every matching customer").toStdString());
        command
            .add_option("--out", m_out,
                        tr("Export the matching customers to this CSV file").toStdString())
            ->option_text("FILE");
        m_subcommands.configure(command);
        m_rights.configure(command);
        m_merge.configure(command);
    }

    int run(const Context& context) override {
        if (m_subcommands.parsed())
            return m_subcommands.run(context);
        if (m_rights.parsed())
            return m_rights.run(context);
        if (m_merge.parsed())
            return m_merge.run(context);
        if (m_limit < 1)
            return context.out().fail(
                ErrorCode::InvalidArgument,
                tr("--limit needs a number of 1 or more, not %1.").arg(m_limit));
        auto ws = context.signIn();
        if (!ws)
            return context.out().fail(ws.error());
        const int code = m_id.empty() ? list(context, **ws) : show(context, **ws);
        return code == kExitOk ? finish(context, **ws) : code;
    }

private:
    int show(const Context& context, domain::Workspace& ws) {
        const Output& out = context.out();
        domain::CustomerService customers(ws);
        auto id = customers.idForCode(m_id);
        std::int64_t numeric = 0;
        if (!id) {
            auto [ptr, ec] = std::from_chars(m_id.data(), m_id.data() + m_id.size(), numeric);
            if (ec != std::errc() || ptr != m_id.data() + m_id.size())
                return out.fail(id.error());
            id = numeric;
        }
        auto view = customers.open(*id);
        if (!view)
            return out.fail(view.error());
        auto timeline = customers.timeline(*id, 20);
        if (!timeline)
            return out.fail(timeline.error());
        const storage::CustomerRecord& c = view->record;
        out.line(tr("%1  %2 (%3, %4)").arg(qs(c.code), qs(c.name), qs(c.kind), qs(c.lifecycle)));
        out.line(tr("Owner: %1; industry: %2; region: %3; risk: %4")
                     .arg(view->ownerName.empty() ? tr("none") : qs(view->ownerName),
                          qs(c.industry), qs(c.region), qs(c.risk)));
        if (!view->masked)
            out.line(tr("Phone: %1; email: %2")
                         .arg(qs(c.phone.value_or("-")), qs(c.email.value_or("-"))));
        for (const auto& e : *timeline)
            out.line(QStringLiteral("  %1  %2  %3")
                         .arg(domain::Calendar::isoDate(e.day), qs(e.title), qs(e.detail)));
        QJsonObject json = customerJson(*view, *timeline);
        domain::ScoringService scoring(ws);
        auto latest = scoring.latestScores(*id);
        if (!latest)
            return out.fail(latest.error());
        std::optional<storage::CustomerScoreRecord> score;
        if (*latest)
            score = (*latest)->score;
        addScores(json, score);
        if (m_explain) {
            auto explained = explain(ws, *latest);
            if (!explained)
                return out.fail(explained.error());
            QJsonArray steps;
            for (const auto& step : *explained) {
                out.line(QStringLiteral("  · ") + qs(step.text));
                steps.append(QJsonObject{{"step", qs(step.key)}, {"text", qs(step.text)}});
            }
            json["explanation"] = steps;
        }
        out.document(json);
        return kExitOk;
    }

    Result<std::vector<domain::ExplanationStep>>
    explain(domain::Workspace& ws, const std::optional<domain::CustomerScoreHistoryEntry>& latest) {
        if (!latest)
            return std::vector<domain::ExplanationStep>{
                {"run", tr("Not scored yet: run 'tessera-cli score' first.").toStdString()}};
        auto details = domain::ScoringService(ws).runDetails(latest->run.id);
        if (!details)
            return details.error();
        auto profile = domain::ProfileService(ws).version(latest->run.profileVersion);
        if (!profile)
            return profile.error();
        return domain::ScoreExplainer::explain(*latest, *details, *profile);
    }

    int list(const Context& context, domain::Workspace& ws) {
        const Output& out = context.out();
        domain::CustomerService customers(ws);
        domain::PortfolioFilter filter = m_filter;
        if (!m_owner.empty()) {
            auto owner = domain::UserService(ws).idOf(m_owner);
            if (!owner)
                return out.fail(owner.error());
            filter.ownerId = *owner;
        }
        filter.sort = kSorts.at(m_sort);
        if (!m_out.empty()) {
            if (customers.exportNeedsConfirmation())
                if (Status confirmed = confirmIdentity(ws); !confirmed)
                    return out.fail(confirmed.error());
            auto written = customers.exportCsv(filter, m_out);
            if (!written)
                return out.fail(written.error());
            out.line(tr("Exported %1 customers to %2.").arg(*written).arg(qs(m_out)));
            out.document(
                QJsonObject{{"exported", static_cast<qint64>(*written)}, {"file", qs(m_out)}});
            return kExitOk;
        }
        if (!m_all)
            filter.limit = m_limit;
        auto ids = customers.queryIds(filter);
        if (!ids)
            return out.fail(ids.error());
        auto rows = customers.rows(*ids);
        if (!rows)
            return out.fail(rows.error());
        QJsonArray array;
        for (const auto& row : *rows) {
            out.line(QStringLiteral("%1  %2  %3  %4")
                         .arg(qs(row.code), -12)
                         .arg(qs(row.name), -32)
                         .arg(qs(row.ownerName), -16)
                         .arg(qs(row.lifecycle)));
            array.append(rowJson(row));
        }
        out.line(tr("%n customer(s)", nullptr, static_cast<int>(rows->size())));
        out.document(array);
        return kExitOk;
    }

    std::string m_id;
    std::string m_owner;
    std::string m_sort = "name";
    std::string m_out;
    std::int64_t m_limit = 50;
    bool m_all = false;
    bool m_explain = false;
    domain::PortfolioFilter m_filter;
    CustomerSubcommands m_subcommands;
    RightsSubcommands m_rights;
    MergeSubcommands m_merge;
};

} // namespace

std::unique_ptr<Command> makeCustomersCommand() {
    return std::make_unique<CustomersCommand>();
}

} // namespace tessera::cli
