// tessera-cli journey: the journey map of a period (touchpoint figures, top
// three priorities, drop-offs and paths), its snapshots and their
// comparison, one customer's journey, and the stages and touchpoints.

#include "cli/Command.h"
#include "cli/CustomerRef.h"
#include "cli/dashboards/KpiOptions.h"
#include "cli/journeys/JourneyJson.h"
#include "cli/journeys/JourneyLayoutCommands.h"
#include "domain/journeymaps/JourneyService.h"

#include <QDateTime>
#include <QJsonArray>

namespace tessera::cli {
namespace {

QString percent(double share) {
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString number(const std::optional<double>& value, int decimals = 2) {
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("–");
}

class JourneyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(JourneyCommand)

public:
    const char* name() const override { return "journey"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("The journey map of a period, its snapshots, and the journey's stages")
                .toStdString());
        command.add_option("--period", m_period, tr("2026-10, 2026Q3 or 2026").toStdString())
            ->option_text("PERIOD");
        m_population.addTo(command);
        command
            .add_option("--segment", m_segment,
                        tr("Only customers of this RFM segment").toStdString())
            ->option_text("SEGMENT");
        command
            .add_option("--paths", m_paths,
                        tr("How many of the most common paths (default 10)").toStdString())
            ->option_text("N");
        m_snapshot = command.add_subcommand("snapshot",
                                            tr("Save the period's map under a name").toStdString());
        m_snapshot->add_option("--name", m_name, tr("The snapshot's name").toStdString())
            ->required()
            ->option_text("NAME");
        m_snapshots = command.add_subcommand("snapshots",
                                             tr("The saved snapshots, newest first").toStdString());
        m_compare =
            command.add_subcommand("compare", tr("Two snapshots side by side").toStdString());
        m_compare->add_option("before", m_before, tr("The earlier snapshot").toStdString())
            ->required();
        m_compare->add_option("after", m_after, tr("The later snapshot").toStdString())->required();
        m_customer = command.add_subcommand(
            "customer", tr("One customer's interactions on the stages").toStdString());
        m_customer->add_option("customer", m_customerRef, tr("The customer's code").toStdString())
            ->required();
        m_layout.configure(command);
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        const bool needsPeriod = !m_snapshots->parsed() && !m_compare->parsed() &&
                                 !m_customer->parsed() && !m_layout.parsed();
        domain::JourneyRequest request;
        if (needsPeriod) {
            if (m_period.empty())
                return out.fail(ErrorCode::InvalidArgument,
                                tr("Name the period with --period, e.g. 2026Q3, 2026-10 or 2026."));
            auto period = domain::KpiPeriod::parse(m_period);
            if (!period)
                return out.fail(period.error());
            request.period = *period;
            if (m_paths < 1 || m_paths > 1000)
                return out.fail(ErrorCode::InvalidArgument, tr("--paths is between 1 and 1000."));
            request.pathLimit = m_paths;
            if (!m_population.tier.empty())
                request.tier = m_population.tier;
            if (!m_segment.empty())
                request.segment = m_segment;
        }
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        int code = kExitOk;
        if (m_layout.parsed())
            code = m_layout.run(**ws, out);
        else if (m_snapshots->parsed())
            code = listSnapshots(**ws, out);
        else if (m_compare->parsed())
            code = compare(**ws, out);
        else if (m_customer->parsed())
            code = customerJourney(**ws, out);
        else
            code = mapOrSnapshot(**ws, out, request);
        return code == kExitOk ? finish(context, **ws) : code;
    }

private:
    int mapOrSnapshot(domain::Workspace& ws, const Output& out, domain::JourneyRequest& request) {
        if (Status users = m_population.resolve(ws, request.teamSupervisor, request.owner); !users)
            return out.fail(users.error());
        auto map = domain::JourneyService(ws).compute(request);
        if (!map)
            return out.fail(map.error());
        map->population =
            domain::JourneyService::populationLabel(request, m_population.owner, m_population.team);
        if (m_snapshot->parsed()) {
            auto id = domain::JourneySnapshots(ws).save(*map, m_name);
            if (!id)
                return out.fail(id.error());
            out.line(tr("Saved snapshot '%1' of %2.").arg(qs(m_name), qs(map->period)));
            out.document(QJsonObject{{"id", static_cast<qint64>(*id)}, {"name", qs(m_name)}});
            return kExitOk;
        }
        printMap(out, *map);
        out.document(journeyMapJson(*map));
        return kExitOk;
    }

    static void printMap(const Output& out, const domain::JourneyMap& map) {
        out.line(tr("Journey %1: %n customer(s)", nullptr, static_cast<int>(map.customers))
                     .arg(qs(map.period)) +
                 QStringLiteral(", ") +
                 tr("%n interaction(s)", nullptr, static_cast<int>(map.interactions)));
        for (const auto& s : map.stages) {
            out.line(QStringLiteral("%1 (%2)").arg(
                qs(s.name), tr("%n customer(s)", nullptr, static_cast<int>(s.customers))));
            for (const auto& t : s.touchpoints)
                out.line(
                    tr("  %1%2: volume %3 (%4), reach %5, CSAT %6, complaints %7, priority "
                       "%8")
                        .arg(t.rank ? QStringLiteral("#%1 ").arg(*t.rank) : QString(), qs(t.name))
                        .arg(t.volume)
                        .arg(percent(t.volumeShare),
                             t.reach ? percent(*t.reach) : QStringLiteral("–"),
                             number(t.satisfaction))
                        .arg(t.complaints)
                        .arg(number(t.priority, 4)));
        }
        for (const auto& d : map.dropOffs)
            out.line(tr("%1 → %2: %3 of %4 did not go on")
                         .arg(qs(d.from), qs(d.to))
                         .arg(d.dropped())
                         .arg(d.reached));
        for (const auto& p : map.paths)
            out.line(tr("Path %1: %n customer(s), %2 churned or at risk", nullptr,
                        static_cast<int>(p.customers))
                         .arg(qs(joined(p.stages)), percent(p.churnShare())));
    }

    static std::string joined(const std::vector<std::string>& stages) {
        std::string text;
        for (const auto& s : stages)
            text += (text.empty() ? "" : " > ") + s;
        return text;
    }

    int listSnapshots(domain::Workspace& ws, const Output& out) {
        auto list = domain::JourneySnapshots(ws).list();
        if (!list)
            return out.fail(list.error());
        QJsonArray array;
        for (const auto& s : *list) {
            array.append(snapshotInfoJson(s));
            out.line(QStringLiteral("%1  %2  %3").arg(qs(s.name), qs(s.period), qs(s.population)));
        }
        if (list->empty())
            out.line(tr("No snapshots yet."));
        out.document(QJsonObject{{"snapshots", array}});
        return kExitOk;
    }

    int compare(domain::Workspace& ws, const Output& out) {
        auto comparison = domain::JourneySnapshots(ws).compare(m_before, m_after);
        if (!comparison)
            return out.fail(comparison.error());
        for (const auto& t : comparison->touchpoints) {
            const auto sat = [](const std::optional<domain::TouchpointFigures>& f) {
                return f ? number(f->satisfaction) : QStringLiteral("–");
            };
            out.line(tr("%1 / %2: CSAT %3 → %4, volume %5 → %6")
                         .arg(qs(t.stage), qs(t.touchpoint), sat(t.before), sat(t.after))
                         .arg(t.before ? QString::number(t.before->volume) : QStringLiteral("–"),
                              t.after ? QString::number(t.after->volume) : QStringLiteral("–")));
        }
        out.document(comparisonJson(*comparison));
        return kExitOk;
    }

    int customerJourney(domain::Workspace& ws, const Output& out) {
        auto id = customerIdFor(ws, m_customerRef);
        if (!id)
            return out.fail(id.error());
        auto journey = domain::JourneyService(ws).customerJourney(*id);
        if (!journey)
            return out.fail(journey.error());
        QJsonArray points;
        for (const auto& p : journey->points) {
            const QString stage = p.stageIndex >= 0
                                      ? qs(journey->stages[static_cast<std::size_t>(p.stageIndex)])
                                      : QString();
            points.append(
                QJsonObject{{"date", domain::Calendar::isoDate(p.day)},
                            {"stage", p.stageIndex >= 0 ? QJsonValue(stage) : QJsonValue()},
                            {"touchpoint", qs(p.touchpoint)},
                            {"kind", qs(p.kind)}});
            out.line(QStringLiteral("%1  %2  %3")
                         .arg(domain::Calendar::isoDate(p.day),
                              stage.isEmpty() ? tr("(no stage)") : stage, qs(p.touchpoint)));
        }
        const QJsonValue current =
            journey->currentStage
                ? QJsonValue(qs(journey->stages[static_cast<std::size_t>(*journey->currentStage)]))
                : QJsonValue();
        out.line(tr("Now in: %1").arg(current.isNull() ? tr("no stage yet") : current.toString()));
        out.document(QJsonObject{{"stages", jsonStrings(journey->stages)},
                                 {"current_stage", current},
                                 {"interactions", points}});
        return kExitOk;
    }

    std::string m_period;
    PopulationOptions m_population;
    std::string m_segment;
    int m_paths = 10;
    std::string m_name;
    std::string m_before;
    std::string m_after;
    std::string m_customerRef;
    CLI::App* m_snapshot = nullptr;
    CLI::App* m_snapshots = nullptr;
    CLI::App* m_compare = nullptr;
    CLI::App* m_customer = nullptr;
    JourneyLayoutCommands m_layout;
};

} // namespace

std::unique_ptr<Command> makeJourneyCommand() {
    return std::make_unique<JourneyCommand>();
}

} // namespace tessera::cli
