// tessera-cli clv: fits BG/NBD and Gamma-Gamma on the purchases up to a
// calibration end date and prints the parameters.

#include "cli/Command.h"
#include "cli/DayOption.h"
#include "domain/scoring/ScoringService.h"

namespace tessera::cli {
namespace {

class ClvCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ClvCommand)

public:
    const char* name() const override { return "clv"; }

    void configure(CLI::App& command) override {
        command.description(tr("Fit the BG/NBD and Gamma-Gamma lifetime value models on the "
                               "purchases up to a calibration end date.")
                                .toStdString());
        command
            .add_option("--calibration-end", m_end,
                        tr("Last day of the calibration period").toStdString())
            ->required()
            ->option_text("DATE");
        command
            .add_option("--unit", m_unit, tr("Time unit: weeks (default) or days").toStdString())
            ->check(CLI::IsMember({"weeks", "days"}));
        command
            .add_option("--horizon", m_horizon,
                        tr("Horizon of the lifetime value in units (default 52)").toStdString())
            ->option_text("N");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        auto end = parseDayOption("--calibration-end", m_end);
        if (!end)
            return out.fail(end.error());
        if (!(m_horizon > 0))
            return out.fail(ErrorCode::InvalidArgument, tr("--horizon must be more than 0."));
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        scoring::ClvSettings settings;
        settings.unit = m_unit == "days" ? scoring::ClvTimeUnit::Days : scoring::ClvTimeUnit::Weeks;
        settings.horizon = m_horizon;
        auto fit = domain::ScoringService(**ws).fitLifetimeValue(*end, settings);
        if (!fit)
            return out.fail(fit.error());
        const auto& bg = fit->bgNbd;
        const auto& gg = fit->gammaGamma;
        out.line(tr("BG/NBD on %1 customers: r %2, alpha %3, a %4, b %5; log-likelihood %6.")
                     .arg(bg.customers)
                     .arg(bg.parameters.r, 0, 'f', 4)
                     .arg(bg.parameters.alpha, 0, 'f', 4)
                     .arg(bg.parameters.a, 0, 'f', 4)
                     .arg(bg.parameters.b, 0, 'f', 4)
                     .arg(bg.logLikelihood, 0, 'f', 2));
        out.line(tr("Gamma-Gamma on %1 repeat customers: p %2, q %3, v %4.")
                     .arg(gg.customersUsed)
                     .arg(gg.parameters.p, 0, 'f', 4)
                     .arg(gg.parameters.q, 0, 'f', 4)
                     .arg(gg.parameters.v, 0, 'f', 4));
        QJsonObject json;
        json["bgnbd"] = QJsonObject{{"r", bg.parameters.r},
                                    {"alpha", bg.parameters.alpha},
                                    {"a", bg.parameters.a},
                                    {"b", bg.parameters.b},
                                    {"log_likelihood", bg.logLikelihood},
                                    {"customers", static_cast<qint64>(bg.customers)},
                                    {"converged", bg.converged}};
        json["gamma_gamma"] = QJsonObject{{"p", gg.parameters.p},
                                          {"q", gg.parameters.q},
                                          {"v", gg.parameters.v},
                                          {"customers", static_cast<qint64>(gg.customersUsed)},
                                          {"converged", gg.converged}};
        json["calibration_end"] = domain::Calendar::isoDate(fit->calibrationEndDay);
        json["unit"] = qs(m_unit);
        json["horizon"] = m_horizon;
        json["mean_expected_purchases"] = fit->meanExpectedPurchases;
        json["total_clv"] = fit->totalClv;
        out.document(json);
        return finish(context, **ws);
    }

private:
    std::string m_end;
    std::string m_unit = "weeks";
    double m_horizon = 52;
};

} // namespace

std::unique_ptr<Command> makeClvCommand() {
    return std::make_unique<ClvCommand>();
}

} // namespace tessera::cli
