// tessera-cli targets set|list: what each KPI should reach in a period.

#include "cli/Command.h"
#include "cli/dashboards/DashboardJson.h"

#include <QJsonArray>

namespace tessera::cli {
namespace {

class TargetsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TargetsCommand)

public:
    const char* name() const override { return "targets"; }

    void configure(CLI::App& command) override {
        command.description(tr("Set and list KPI targets").toStdString());
        command.require_subcommand(1);
        m_set = command.add_subcommand("set", tr("Set a KPI's target for a period").toStdString());
        m_set->add_option("kpi", m_kpi, tr("nps, csat, ces, retention_rate, ...").toStdString())
            ->required();
        m_set->add_option("--period", m_period, tr("2026-10, 2026Q3 or 2026").toStdString())
            ->required()
            ->option_text("PERIOD");
        m_set->add_option("--value", m_value, tr("The target (rates as 0.95)").toStdString())
            ->required()
            ->option_text("X");
        m_list = command.add_subcommand("list", tr("Targets, by period").toStdString());
        m_list->add_option("--period", m_period, tr("Only this period's").toStdString())
            ->option_text("PERIOD");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        std::optional<domain::KpiPeriod> period;
        if (!m_period.empty()) {
            auto parsed = domain::KpiPeriod::parse(m_period);
            if (!parsed)
                return out.fail(parsed.error());
            period = *parsed;
        }
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        domain::KpiTargets targets(**ws);
        if (m_set->parsed()) {
            if (Status s = targets.set(m_kpi, *period, m_value); !s)
                return out.fail(s.error());
            out.line(tr("The target of %1 for %2 is %3.")
                         .arg(qs(m_kpi), qs(period->label()))
                         .arg(m_value));
        }
        auto all = targets.list(period);
        if (!all)
            return out.fail(all.error());
        QJsonArray array;
        for (const auto& t : *all) {
            if (m_set->parsed() && t.kpi != m_kpi)
                continue;
            if (m_list->parsed())
                out.line(QStringLiteral("%1  %2  %3  %4")
                             .arg(qs(t.period), -8)
                             .arg(qs(t.kpi), -28)
                             .arg(t.value, 10, 'g', 6)
                             .arg(qs(t.username)));
            array.append(QJsonObject{{"kpi", qs(t.kpi)},
                                     {"period", qs(t.period)},
                                     {"value", t.value},
                                     {"set_by", qs(t.username)},
                                     {"set_at", (**ws).calendar().isoInstant(t.at)}});
        }
        if (m_list->parsed())
            out.line(tr("%n target(s)", nullptr, static_cast<int>(array.size())));
        out.document(m_set->parsed() && !array.isEmpty() ? QJsonValue(array.first())
                                                         : QJsonValue(array));
        return finish(context, **ws);
    }

private:
    CLI::App* m_set = nullptr;
    CLI::App* m_list = nullptr;
    std::string m_kpi;
    std::string m_period;
    double m_value = 0.0;
};

} // namespace

std::unique_ptr<Command> makeTargetsCommand() {
    return std::make_unique<TargetsCommand>();
}

} // namespace tessera::cli
