// tessera-cli clv: fits BG/NBD and Gamma-Gamma on the purchases up to a
// calibration end date and prints the parameters.

#include "cli/Command.h"
#include "cli/DayOption.h"
#include "domain/scoring/FitWarningText.h"
#include "domain/scoring/ScoringService.h"

#include <cmath>

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
        out.line(tr("Standard errors: BG/NBD r %1, alpha %2, a %3, b %4; Gamma-Gamma p %5, q %6, "
                    "v %7.")
                     .arg(error(bg.standardErrors.r), error(bg.standardErrors.alpha),
                          error(bg.standardErrors.a), error(bg.standardErrors.b),
                          error(gg.standardErrors.p), error(gg.standardErrors.q),
                          error(gg.standardErrors.v)));
        using domain::FitWarningText;
        using domain::LifetimeModel;
        const QStringList warnings =
            FitWarningText::sentences(LifetimeModel::BgNbd, bg.warnings) +
            FitWarningText::sentences(LifetimeModel::GammaGamma, gg.warnings);
        for (const QString& warning : warnings)
            out.line(tr("Warning: %1").arg(warning));
        QJsonObject json;
        json["bgnbd"] = QJsonObject{
            {"r", bg.parameters.r},
            {"alpha", bg.parameters.alpha},
            {"a", bg.parameters.a},
            {"b", bg.parameters.b},
            {"log_likelihood", bg.logLikelihood},
            {"customers", static_cast<qint64>(bg.customers)},
            {"converged", bg.converged},
            {"standard_errors", domain::standardErrorsJson(bg.standardErrors)},
            {"warnings", FitWarningText::sentencesJson(LifetimeModel::BgNbd, bg.warnings)}};
        json["gamma_gamma"] = QJsonObject{
            {"p", gg.parameters.p},
            {"q", gg.parameters.q},
            {"v", gg.parameters.v},
            {"customers", static_cast<qint64>(gg.customersUsed)},
            {"converged", gg.converged},
            {"standard_errors", domain::standardErrorsJson(gg.standardErrors)},
            {"warnings", FitWarningText::sentencesJson(LifetimeModel::GammaGamma, gg.warnings)}};
        json["calibration_end"] = domain::Calendar::isoDate(fit->calibrationEndDay);
        json["unit"] = qs(m_unit);
        json["horizon"] = m_horizon;
        json["mean_expected_purchases"] = fit->meanExpectedPurchases;
        json["total_clv"] = fit->totalClv;
        out.document(json);
        return finish(context, **ws);
    }

private:
    // A standard error with four significant digits; "none" where the fit has none.
    static QString error(double value) {
        return std::isfinite(value) ? QString::number(value, 'g', 4) : tr("none");
    }

    std::string m_end;
    std::string m_unit = "weeks";
    double m_horizon = 52;
};

} // namespace

std::unique_ptr<Command> makeClvCommand() {
    return std::make_unique<ClvCommand>();
}

} // namespace tessera::cli
