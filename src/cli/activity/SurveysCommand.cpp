// tessera-cli surveys add|reliability: a survey response entered by hand,
// and how reliable each CRMV dimension's items were in a period.

#include "cli/Command.h"
#include "cli/CustomerRef.h"
#include "cli/DayOption.h"
#include "cli/dashboards/DashboardJson.h"
#include "cli/dashboards/KpiOptions.h"
#include "domain/kpi/SurveyInsights.h"
#include "domain/surveys/SurveyService.h"

#include <QJsonArray>

namespace tessera::cli {
namespace {

class SurveysCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SurveysCommand)

public:
    const char* name() const override { return "surveys"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("Enter a survey response, or check the reliability of the survey's dimensions")
                .toStdString());
        command.require_subcommand(1);
        m_add = command.add_subcommand("add", tr("Enter a survey response").toStdString());
        m_add->add_option("--customer", m_customer, tr("The customer's code").toStdString())
            ->required()
            ->option_text("CODE");
        m_add
            ->add_option("--day", m_day,
                         tr("The day it was answered (default today)").toStdString())
            ->option_text("DATE");
        m_add->add_option("--nps", m_nps, tr("Likelihood to recommend, 0-10").toStdString());
        m_add->add_option("--csat", m_csat, tr("Satisfaction, 1-5").toStdString());
        m_add->add_option("--ces", m_ces, tr("Ease (CES), 1-7: 7 = it was easy").toStdString());
        m_add
            ->add_option("--answer", m_answers,
                         tr("A dimension's item, as dimension.item=value (ease.2=6); repeatable")
                             .toStdString())
            ->option_text("D.I=V");
        m_add->add_option("--touchpoint", m_touchpoint, tr("Where it was answered").toStdString())
            ->option_text("NAME");
        m_add->add_option("--ticket", m_ticket, tr("The ticket it follows").toStdString())
            ->option_text("ID");
        m_add->add_option("--comment", m_comment, tr("What the customer wrote").toStdString())
            ->option_text("TEXT");
        m_reliability = command.add_subcommand(
            "reliability", tr("Cronbach's alpha of each dimension in a period").toStdString());
        m_reliability->add_option("--period", m_period, tr("2026-10, 2026Q3 or 2026").toStdString())
            ->required()
            ->option_text("PERIOD");
        m_reliability->add_option("--tier", m_tier, tr("Only customers of this tier").toStdString())
            ->option_text("TIER");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        domain::SurveyDraft draft;
        domain::KpiRequest request;
        if (m_add->parsed()) {
            if (!m_day.empty()) {
                auto day = parseDayOption("--day", m_day);
                if (!day)
                    return out.fail(day.error());
                draft.day = *day;
            }
            for (const std::string& text : m_answers) {
                auto answer = domain::SurveyService::parseAnswer(text);
                if (!answer)
                    return out.fail(answer.error());
                draft.answers.push_back(*answer);
            }
            draft.nps = m_nps;
            draft.csat = m_csat;
            draft.ces = m_ces;
            draft.touchpoint = m_touchpoint;
            draft.ticketId = m_ticket;
            draft.comment = m_comment;
        } else {
            auto parsed = kpiRequestFor(m_period, m_tier);
            if (!parsed)
                return out.fail(parsed.error());
            request = *parsed;
        }
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        const int code = m_add->parsed() ? add(out, **ws, draft) : reliability(out, **ws, request);
        return code == kExitOk ? finish(context, **ws) : code;
    }

private:
    int add(const Output& out, domain::Workspace& ws, domain::SurveyDraft& draft) {
        auto customer = customerIdFor(ws, m_customer);
        if (!customer)
            return out.fail(customer.error());
        draft.customerId = *customer;
        auto id = domain::SurveyService(ws).add(draft);
        if (!id)
            return out.fail(id.error());
        out.line(tr("Survey response %1 is recorded.").arg(*id));
        out.document(QJsonObject{{"id", static_cast<qint64>(*id)},
                                 {"customer", qs(m_customer)},
                                 {"answers", static_cast<qint64>(draft.answers.size())}});
        return kExitOk;
    }

    int reliability(const Output& out, domain::Workspace& ws, const domain::KpiRequest& request) {
        auto rows = domain::SurveyInsights(ws).reliability(request);
        if (!rows)
            return out.fail(rows.error());
        QJsonArray array;
        for (const auto& r : *rows) {
            out.line(tr("%1  alpha %2  (%3 items, %4 complete responses)%5")
                         .arg(qs(r.key), -14)
                         .arg(figureText(r.alpha, 3))
                         .arg(r.items)
                         .arg(r.respondents)
                         .arg(r.flagged ? tr("  below the minimum") : QString()));
            array.append(QJsonObject{{"dimension", qs(r.key)},
                                     {"items", r.items},
                                     {"respondents", static_cast<qint64>(r.respondents)},
                                     {"alpha", number(r.alpha)},
                                     {"flagged", r.flagged}});
        }
        out.document(QJsonObject{{"period", qs(request.period.label())}, {"dimensions", array}});
        return kExitOk;
    }

    CLI::App* m_add = nullptr;
    CLI::App* m_reliability = nullptr;
    std::string m_customer;
    std::string m_day;
    std::optional<int> m_nps;
    std::optional<int> m_csat;
    std::optional<int> m_ces;
    std::vector<std::string> m_answers;
    std::string m_touchpoint;
    std::optional<std::int64_t> m_ticket;
    std::optional<std::string> m_comment;
    std::string m_period;
    std::string m_tier;
};

} // namespace

std::unique_ptr<Command> makeSurveysCommand() {
    return std::make_unique<SurveysCommand>();
}

} // namespace tessera::cli
