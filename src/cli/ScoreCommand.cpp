// tessera-cli score: runs scoring on every customer and stores the results.

#include "cli/Command.h"
#include "cli/DayOption.h"
#include "cli/TerminalProgress.h"
#include "domain/scoring/FitWarningText.h"
#include "domain/scoring/ScoringService.h"

#include <QJsonArray>

namespace tessera::cli {
namespace {

class ScoreCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    const char* name() const override { return "score"; }

    void configure(CLI::App& command) override {
        command.description(tr("Score every customer (RFM-S, CRMV, tier, lifetime value) and store "
                               "the results as a new scoring run.")
                                .toStdString());
        command.add_option("--as-of", m_asOf, tr("The as-of date (default: today)").toStdString())
            ->option_text("DATE");
        command
            .add_option(
                "--window", m_window,
                tr("Days of history that count, or 'all' (default: the profile's)").toStdString())
            ->option_text("DAYS|all");
        command
            .add_option("--profile", m_profile,
                        tr("Scoring profile version (default: the newest)").toStdString())
            ->option_text("VERSION");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        domain::ScoringRequest request;
        if (!m_asOf.empty()) {
            auto day = parseDayOption("--as-of", m_asOf);
            if (!day)
                return out.fail(day.error());
            request.asOfDay = *day;
        }
        if (!m_window.empty()) {
            auto window = parseWindowOption(m_window);
            if (!window)
                return out.fail(window.error());
            request.window = *window;
        }
        if (m_profile > 0)
            request.profileVersion = m_profile;
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        TerminalProgress progress(out);
        auto summary = domain::ScoringService(**ws).run(request, progress.job());
        progress.clear();
        if (!summary)
            return out.fail(summary.error());
        print(out, *summary);
        return finish(context, **ws);
    }

private:
    static void print(const Output& out, const domain::ScoringRunSummary& s) {
        const auto& d = s.details;
        out.line(tr("Scoring run %1: %2 customers as of %3 with profile version %4 (%5 s).")
                     .arg(s.run.id)
                     .arg(s.run.customers)
                     .arg(domain::Calendar::isoDate(s.run.asOfDay))
                     .arg(s.run.profileVersion)
                     .arg(static_cast<double>(s.durationMs) / 1000.0, 0, 'f', 2));
        QStringList tiers;
        QJsonObject tierJson;
        for (int t = 0; t < scoring::kTierCount; ++t) {
            const QString name =
                QString::fromLatin1(scoring::tierName(static_cast<scoring::Tier>(t)).data());
            tiers << QStringLiteral("%1 %2").arg(name).arg(
                s.tierCounts[static_cast<std::size_t>(t)]);
            tierJson[name] = static_cast<qint64>(s.tierCounts[static_cast<std::size_t>(t)]);
        }
        out.line(tr("Tiers: %1; %2 customers with CRMV.")
                     .arg(tiers.join(QStringLiteral(", ")))
                     .arg(s.withCrmv));
        if (d.clvFitted)
            out.line(tr("Lifetime value: BG/NBD r %1, alpha %2, a %3, b %4 on %5 customers; "
                        "Gamma-Gamma p %6, q %7, v %8.")
                         .arg(d.bgNbd.r, 0, 'f', 3)
                         .arg(d.bgNbd.alpha, 0, 'f', 3)
                         .arg(d.bgNbd.a, 0, 'f', 3)
                         .arg(d.bgNbd.b, 0, 'f', 3)
                         .arg(d.bgNbdCustomers)
                         .arg(d.gammaGamma.p, 0, 'f', 3)
                         .arg(d.gammaGamma.q, 0, 'f', 3)
                         .arg(d.gammaGamma.v, 0, 'f', 3));
        else
            out.line(tr("Lifetime value not fitted: %1").arg(qs(d.clvProblem)));
        const QStringList warnings = domain::FitWarningText::sentences(d);
        for (const QString& warning : warnings)
            out.line(tr("Warning: %1").arg(warning));
        QJsonObject json;
        json["run_id"] = static_cast<qint64>(s.run.id);
        json["as_of"] = domain::Calendar::isoDate(s.run.asOfDay);
        json["window_days"] = s.run.windowDays ? QJsonValue(*s.run.windowDays) : QJsonValue();
        json["profile_version"] = static_cast<qint64>(s.run.profileVersion);
        json["customers"] = static_cast<qint64>(s.run.customers);
        json["customers_with_crmv"] = static_cast<qint64>(s.withCrmv);
        json["tiers"] = tierJson;
        json["duration_ms"] = static_cast<qint64>(s.durationMs);
        json["details"] = d.toJson();
        json["lifetime_value_warnings"] = QJsonArray::fromStringList(warnings);
        out.document(json);
    }

    std::string m_asOf;
    std::string m_window;
    std::int64_t m_profile = 0;
};

} // namespace

std::unique_ptr<Command> makeScoreCommand() {
    return std::make_unique<ScoreCommand>();
}

} // namespace tessera::cli
