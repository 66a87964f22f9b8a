// tessera-cli campaigns add|edit|list|roi: campaigns and relationship
// investments, and what they returned.

#include "cli/Command.h"
#include "cli/DayOption.h"
#include "cli/dashboards/DashboardJson.h"

#include <QFileInfo>
#include <QJsonArray>

namespace tessera::cli {
namespace {

class CampaignsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CampaignsCommand)

public:
    const char* name() const override { return "campaigns"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("Record campaigns and relationship investments and see their return").toStdString());
        command.require_subcommand(1);
        m_add = command.add_subcommand("add", tr("Record a campaign").toStdString());
        m_edit = command.add_subcommand("edit", tr("Change a campaign").toStdString());
        m_edit->add_option("id", m_id, tr("The campaign's id").toStdString())->required();
        for (CLI::App* sub : {m_add, m_edit}) {
            sub->add_option("--name", m_name, tr("What it is called").toStdString())
                ->required()
                ->option_text("NAME");
            sub->add_option("--kind", m_kind, tr("campaign (default) or investment").toStdString())
                ->option_text("KIND");
            sub->add_option("--cost", m_cost, tr("What it cost").toStdString())
                ->required()
                ->option_text("AMOUNT");
            sub->add_option("--from", m_from, tr("Its first day").toStdString())
                ->required()
                ->option_text("DATE");
            sub->add_option("--to", m_to, tr("Its last day").toStdString())
                ->required()
                ->option_text("DATE");
            auto* target = sub->add_option_group("target", tr("Whom it targets").toStdString());
            target->add_option("--tier", m_tier, tr("Customers of this tier").toStdString())
                ->option_text("TIER");
            target
                ->add_option("--segment", m_segment,
                             tr("Customers of this RFM segment").toStdString())
                ->option_text("SEGMENT");
            target->add_option("--owner", m_owner, tr("This owner's portfolio").toStdString())
                ->option_text("USER");
            target
                ->add_option("--customers", m_file,
                             tr("A file of customer codes, one per line (or a CSV whose first "
                                "column holds them)")
                                 .toStdString())
                ->option_text("FILE");
            target->require_option(1);
            sub->add_option("--description", m_description, tr("Notes on it").toStdString())
                ->option_text("TEXT");
        }
        m_list = command.add_subcommand("list", tr("Every campaign, newest first").toStdString());
        m_roi = command.add_subcommand("roi", tr("What a campaign returned").toStdString());
        m_roi->add_option("id", m_id, tr("The campaign's id").toStdString())->required();
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        domain::CampaignDraft draft;
        if (m_add->parsed() || m_edit->parsed()) {
            auto parsed = draftFromOptions();
            if (!parsed)
                return out.fail(parsed.error());
            draft = *parsed;
        }
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        domain::CampaignService campaigns(**ws);
        int code = kExitOk;
        if (m_add->parsed() || m_edit->parsed()) {
            std::int64_t id = m_id;
            if (m_add->parsed()) {
                auto added = campaigns.add(draft);
                if (!added)
                    return out.fail(added.error());
                id = *added;
            } else if (Status s = campaigns.update(m_id, draft); !s) {
                return out.fail(s.error());
            }
            auto campaign = campaigns.find(id);
            if (!campaign)
                return out.fail(campaign.error());
            out.line(tr("Campaign %1 targets %n customer(s).", nullptr,
                        static_cast<int>(campaign->customers))
                         .arg(id));
            out.document(campaignJson(*campaign));
        } else if (m_list->parsed()) {
            code = list(out, campaigns);
        } else {
            code = roi(out, campaigns);
        }
        return code == kExitOk ? finish(context, **ws) : code;
    }

private:
    Result<domain::CampaignDraft> draftFromOptions() {
        domain::CampaignDraft d;
        d.name = m_name;
        d.kind = m_kind;
        d.cost = m_cost;
        d.description = m_description;
        auto from = parseDayOption("--from", m_from);
        if (!from)
            return from.error();
        auto to = parseDayOption("--to", m_to);
        if (!to)
            return to.error();
        d.startDay = *from;
        d.endDay = *to;
        if (!m_tier.empty()) {
            d.targetKind = "tier";
            d.targetValue = m_tier;
        } else if (!m_segment.empty()) {
            d.targetKind = "segment";
            d.targetValue = m_segment;
        } else if (!m_owner.empty()) {
            d.targetKind = "owner";
            d.targetValue = m_owner;
        } else {
            d.targetKind = "customers";
            auto codes = domain::CampaignService::codesFromFile(m_file);
            if (!codes)
                return codes.error();
            d.customerCodes = *codes;
            d.targetValue = QFileInfo(qs(m_file)).fileName().toStdString();
        }
        return d;
    }

    int list(const Output& out, domain::CampaignService& campaigns) {
        auto all = campaigns.list();
        if (!all)
            return out.fail(all.error());
        QJsonArray array;
        for (const auto& c : *all) {
            out.line(
                QStringLiteral("%1  %2  %3..%4  %5  %6")
                    .arg(c.id, 5)
                    .arg(qs(c.name), -24)
                    .arg(domain::Calendar::isoDate(c.startDay), domain::Calendar::isoDate(c.endDay))
                    .arg(static_cast<double>(c.costCents) / 100.0, 12, 'f', 2)
                    .arg(tr("%n customer(s)", nullptr, static_cast<int>(c.customers))));
            array.append(campaignJson(c));
        }
        out.line(tr("%n campaign(s)", nullptr, static_cast<int>(all->size())));
        out.document(array);
        return kExitOk;
    }

    int roi(const Output& out, domain::CampaignService& campaigns) {
        auto r = campaigns.roi(m_id);
        if (!r)
            return out.fail(r.error());
        out.line(tr("%1: cost %2, revenue %3 before and %4 during, attributable %5")
                     .arg(qs(r->campaign.name), figureText(r->cost, 2),
                          figureText(r->revenueBefore, 2), figureText(r->revenueDuring, 2),
                          figureText(r->attributableRevenue, 2)));
        out.line(tr("ROI %1%   difference in differences %2 per customer [%3, %4], %5 in all")
                     .arg(figureText(r->roi * 100.0), figureText(r->did.uplift, 2),
                          figureText(r->did.ciLow, 2), figureText(r->did.ciHigh, 2),
                          figureText(r->didUpliftTotal, 2)));
        out.document(roiJson(*r));
        return kExitOk;
    }

    CLI::App* m_add = nullptr;
    CLI::App* m_edit = nullptr;
    CLI::App* m_list = nullptr;
    CLI::App* m_roi = nullptr;
    std::int64_t m_id = 0;
    std::string m_name;
    std::string m_kind = "campaign";
    double m_cost = 0.0;
    std::string m_from;
    std::string m_to;
    std::string m_tier;
    std::string m_segment;
    std::string m_owner;
    std::string m_file;
    std::string m_description;
};

} // namespace

std::unique_ptr<Command> makeCampaignsCommand() {
    return std::make_unique<CampaignsCommand>();
}

} // namespace tessera::cli
