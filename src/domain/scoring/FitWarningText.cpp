#include "domain/scoring/FitWarningText.h"

namespace tessera::domain {
namespace {

using Kind = scoring::FitWarningKind;

QString figure(double value) {
    return QString::number(value, 'g', 4);
}

} // namespace

QString FitWarningText::sentence(LifetimeModel model, const scoring::FitWarning& w) {
    const bool bg = model == LifetimeModel::BgNbd;
    const QString name = bg ? QStringLiteral("BG/NBD") : QStringLiteral("Gamma-Gamma");
    // What rests on the fit: BG/NBD gives P(alive) and the purchases,
    // Gamma-Gamma only the spend per purchase.
    const QString impact =
        bg ? tr("P(alive), expected purchases and CLV built on it are unreliable")
           : tr("the expected spend per purchase and the CLV built on it are unreliable "
                "(P(alive) is not affected)");
    const QString remedy = tr("Score again with a longer window or more customers.");
    const QString parameter = QString::fromStdString(w.parameter);
    switch (w.kind) {
    case Kind::NotConverged:
        return tr("The %1 fit did not converge: its parameters are not the best fit to the "
                  "purchases, so %2. %3")
            .arg(name, impact, remedy);
    case Kind::ShapeTooLarge:
        return tr("%1 parameter %2 is %3, above %4: the model finds almost no variation between "
                  "customers to describe (a fit without heterogeneity), so %5. %6")
            .arg(name, parameter, figure(w.value), figure(w.limit), impact, remedy);
    case Kind::ShapeTooSmall:
        return tr("%1 parameter %2 is %3, below %4: the fit has run to the edge of the model "
                  "instead of describing the customers, so %5. %6")
            .arg(name, parameter, figure(w.value), figure(w.limit), impact, remedy);
    case Kind::ScaleOffData: {
        // alpha is on the scale of T (time), v on the scale of m (money).
        const QString scale =
            bg ? tr("the mean time from first purchase to the calibration end, %1")
                     .arg(figure(w.reference))
               : tr("the mean repeat purchase value, %1").arg(figure(w.reference));
        return tr("%1 parameter %2 is %3, more than %4 times away from %5: the fit has run off "
                  "the scale of the data, as a fit without heterogeneity does, so %6. %7")
            .arg(name, parameter, figure(w.value), figure(w.limit), scale, impact, remedy);
    }
    case Kind::NoFiniteMeanSpend:
        return tr("%1 parameter q is %2, at or below 1: the model then has no finite average "
                  "spend, so customers without a repeat purchase get no expected spend and no "
                  "CLV, and %3. %4")
            .arg(name, figure(w.value), impact, remedy);
    case Kind::NotPositiveDefinite:
        return tr("The likelihood of the %1 fit is not curved like a maximum at its optimum (the "
                  "Hessian is not positive definite): the purchases do not pin the parameters "
                  "down and they have no standard errors, so %2. %3")
            .arg(name, impact, remedy);
    case Kind::StandardErrorNotFinite:
        return tr("The standard error of %1 parameter %2 is not finite: the purchases do not pin "
                  "it down, so %3. %4")
            .arg(name, parameter, impact, remedy);
    case Kind::TooFewRepeatCustomers:
        return tr("%1 was fitted on only %2 repeat customers, fewer than the %3 it needs: its "
                  "parameters are barely determined, so %4. Use a longer window, or score again "
                  "when more customers have bought twice.")
            .arg(name, figure(w.value), figure(w.limit), impact);
    }
    return {};
}

QStringList FitWarningText::sentences(LifetimeModel model,
                                      const std::vector<scoring::FitWarning>& warnings) {
    QStringList out;
    for (const scoring::FitWarning& w : warnings)
        out << sentence(model, w);
    return out;
}

QStringList FitWarningText::sentences(const ScoringRunDetails& d) {
    if (!d.clvFitted)
        return {};
    return sentences(LifetimeModel::BgNbd, d.bgNbdWarnings) +
           sentences(LifetimeModel::GammaGamma, d.gammaGammaWarnings);
}

QJsonArray FitWarningText::sentencesJson(LifetimeModel model,
                                         const std::vector<scoring::FitWarning>& warnings) {
    return QJsonArray::fromStringList(sentences(model, warnings));
}

} // namespace tessera::domain
