#include "domain/scoring/ScoringRunDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace tessera::domain {
namespace {

template <std::size_t N> QJsonArray toArray(const std::array<double, N>& values) {
    QJsonArray a;
    for (double v : values)
        a.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null));
    return a;
}

template <std::size_t N> std::array<double, N> fromArray(const QJsonValue& value) {
    std::array<double, N> out{};
    const QJsonArray a = value.toArray();
    for (std::size_t i = 0; i < N && i < static_cast<std::size_t>(a.size()); ++i)
        out[i] = a[static_cast<qsizetype>(i)].isNull() ? std::numeric_limits<double>::infinity()
                                                       : a[static_cast<qsizetype>(i)].toDouble();
    return out;
}

SegmentWeights weightsOf(const scoring::CrmvWeights& w) {
    return {w.alpha, weightRuleKey(w.rule), w.respondents};
}

QJsonObject weightsJson(const SegmentWeights& w) {
    return {{"alpha", toArray(w.alpha)},
            {"rule", QString::fromStdString(w.rule)},
            {"respondents", static_cast<qint64>(w.respondents)}};
}

SegmentWeights weightsFrom(const QJsonObject& o) {
    return {fromArray<5>(o.value("alpha")), o.value("rule").toString().toStdString(),
            o.value("respondents").toInteger()};
}

// Missing (a run stored before standard errors) or null: NaN.
double orNaN(const QJsonValue& value) {
    return value.isDouble() ? value.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

QJsonValue orNull(double value) {
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

// A warning is stored as its kind and figures, never as a sentence, so that
// it reads in the language of whoever opens the run.
QJsonArray warningsJson(const std::vector<scoring::FitWarning>& warnings) {
    QJsonArray out;
    for (const scoring::FitWarning& w : warnings)
        out.append(QJsonObject{{"kind", QString::fromStdString(scoring::fitWarningKey(w.kind))},
                               {"parameter", QString::fromStdString(w.parameter)},
                               {"value", orNull(w.value)},
                               {"limit", orNull(w.limit)},
                               {"reference", orNull(w.reference)}});
    return out;
}

std::vector<scoring::FitWarning> warningsFrom(const QJsonValue& value) {
    std::vector<scoring::FitWarning> out;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject o = item.toObject();
        scoring::FitWarning w;
        // A kind this version does not know still says the fit is unsound.
        if (!scoring::fitWarningFromKey(o.value("kind").toString().toStdString(), w.kind))
            w.kind = scoring::FitWarningKind::NotConverged;
        w.parameter = o.value("parameter").toString().toStdString();
        w.value = orNaN(o.value("value"));
        w.limit = orNaN(o.value("limit"));
        w.reference = orNaN(o.value("reference"));
        out.push_back(w);
    }
    return out;
}

} // namespace

std::string weightRuleKey(scoring::WeightRule rule) {
    switch (rule) {
    case scoring::WeightRule::None: return "none";
    case scoring::WeightRule::SegmentFit: return "segment_fit";
    case scoring::WeightRule::PopulationFit: return "population_fit";
    case scoring::WeightRule::EqualWeights: return "equal_weights";
    }
    return "none";
}

QJsonObject standardErrorsJson(const scoring::BgNbdParameters& se) {
    return {
        {"r", orNull(se.r)}, {"alpha", orNull(se.alpha)}, {"a", orNull(se.a)}, {"b", orNull(se.b)}};
}

QJsonObject standardErrorsJson(const scoring::GammaGammaParameters& se) {
    return {{"p", orNull(se.p)}, {"q", orNull(se.q)}, {"v", orNull(se.v)}};
}

ScoringRunDetails ScoringRunDetails::from(const scoring::PopulationScores& s,
                                          const scoring::WindowSettings& window) {
    ScoringRunDetails d;
    d.allHistory = window.allHistory;
    d.windowDays = window.days;
    d.firstDay = window.allHistory ? 0 : static_cast<std::int32_t>(s.window.first);
    for (std::size_t k = 0; k < 4; ++k)
        d.cutoffs[k] = s.scores.cutoffs[k].cuts;
    d.standardMean = s.clustering.standardisation.mean;
    d.standardDeviation = s.clustering.standardisation.standardDeviation;
    for (Eigen::Index c = 0; c < s.clustering.centroids.rows(); ++c) {
        std::array<double, 4> centroid{};
        for (Eigen::Index k = 0; k < 4; ++k)
            centroid[static_cast<std::size_t>(k)] = s.clustering.centroids(c, k);
        d.centroids.push_back(centroid);
    }
    d.clusterSizes = s.clustering.clusterSizes;
    d.kmeansIterations = s.clustering.iterations;
    for (const auto& w : s.crmv.segmentWeights)
        d.segmentWeights.push_back(weightsOf(w));
    d.populationWeights = weightsOf(s.crmv.populationWeights);
    for (std::size_t i = 0; i < 4; ++i) {
        const double minimum = s.tiers.cutoffs.minimumScore[i];
        if (std::isfinite(minimum))
            d.tierMinimum[i] = minimum;
    }
    return d;
}

void ScoringRunDetails::setLifetimeValues(const scoring::LifetimeValues& values) {
    clvFitted = true;
    bgNbd = values.bgNbd.parameters;
    bgNbdLogLikelihood = values.bgNbd.logLikelihood;
    bgNbdCustomers = values.bgNbd.customers;
    gammaGamma = values.gammaGamma.parameters;
    gammaGammaCustomers = values.gammaGamma.customersUsed;
    bgNbdStandardErrors = values.bgNbd.standardErrors;
    bgNbdWarnings = values.bgNbd.warnings;
    gammaGammaStandardErrors = values.gammaGamma.standardErrors;
    gammaGammaWarnings = values.gammaGamma.warnings;
}

QJsonObject ScoringRunDetails::toJson() const {
    QJsonArray cuts;
    for (const auto& c : cutoffs)
        cuts.append(toArray(c));
    QJsonArray centroidArray;
    for (const auto& c : centroids)
        centroidArray.append(toArray(c));
    QJsonArray sizes;
    for (auto size : clusterSizes)
        sizes.append(static_cast<qint64>(size));
    QJsonArray weights;
    for (const auto& w : segmentWeights)
        weights.append(weightsJson(w));
    QJsonArray minimum;
    for (const auto& m : tierMinimum)
        minimum.append(m ? QJsonValue(*m) : QJsonValue(QJsonValue::Null));
    return {
        {"window",
         QJsonObject{{"all_history", allHistory}, {"days", windowDays}, {"first_day", firstDay}}},
        {"cutoffs", cuts},
        {"standardisation",
         QJsonObject{{"mean", toArray(standardMean)}, {"sd", toArray(standardDeviation)}}},
        {"centroids", centroidArray},
        {"cluster_sizes", sizes},
        {"kmeans_iterations", kmeansIterations},
        {"segment_weights", weights},
        {"population_weights", weightsJson(populationWeights)},
        {"tier_minimum", minimum},
        {"clv_fitted", clvFitted},
        {"clv_problem", QString::fromStdString(clvProblem)},
        {"bgnbd", QJsonObject{{"r", bgNbd.r},
                              {"alpha", bgNbd.alpha},
                              {"a", bgNbd.a},
                              {"b", bgNbd.b},
                              {"log_likelihood", bgNbdLogLikelihood},
                              {"customers", static_cast<qint64>(bgNbdCustomers)},
                              {"standard_errors", standardErrorsJson(bgNbdStandardErrors)},
                              {"warnings", warningsJson(bgNbdWarnings)}}},
        {"gamma_gamma",
         QJsonObject{{"p", gammaGamma.p},
                     {"q", gammaGamma.q},
                     {"v", gammaGamma.v},
                     {"customers", static_cast<qint64>(gammaGammaCustomers)},
                     {"standard_errors", standardErrorsJson(gammaGammaStandardErrors)},
                     {"warnings", warningsJson(gammaGammaWarnings)}}},
        {"timing_ms", QJsonObject{{"load", static_cast<qint64>(loadMs)},
                                  {"engine", static_cast<qint64>(engineMs)},
                                  {"clv", static_cast<qint64>(clvMs)},
                                  {"write", static_cast<qint64>(writeMs)}}},
    };
}

ScoringRunDetails ScoringRunDetails::fromJson(const QJsonObject& json) {
    ScoringRunDetails d;
    const QJsonObject window = json.value("window").toObject();
    d.allHistory = window.value("all_history").toBool();
    d.windowDays = window.value("days").toInt();
    d.firstDay = window.value("first_day").toInt();
    const QJsonArray cuts = json.value("cutoffs").toArray();
    for (std::size_t k = 0; k < 4 && k < static_cast<std::size_t>(cuts.size()); ++k)
        d.cutoffs[k] = fromArray<4>(cuts[static_cast<qsizetype>(k)]);
    const QJsonObject standard = json.value("standardisation").toObject();
    d.standardMean = fromArray<4>(standard.value("mean"));
    d.standardDeviation = fromArray<4>(standard.value("sd"));
    for (const QJsonValue& c : json.value("centroids").toArray())
        d.centroids.push_back(fromArray<4>(c));
    for (const QJsonValue& size : json.value("cluster_sizes").toArray())
        d.clusterSizes.push_back(size.toInteger());
    d.kmeansIterations = json.value("kmeans_iterations").toInt();
    for (const QJsonValue& w : json.value("segment_weights").toArray())
        d.segmentWeights.push_back(weightsFrom(w.toObject()));
    d.populationWeights = weightsFrom(json.value("population_weights").toObject());
    const QJsonArray minimum = json.value("tier_minimum").toArray();
    for (std::size_t i = 0; i < 4 && i < static_cast<std::size_t>(minimum.size()); ++i)
        if (!minimum[static_cast<qsizetype>(i)].isNull())
            d.tierMinimum[i] = minimum[static_cast<qsizetype>(i)].toDouble();
    d.clvFitted = json.value("clv_fitted").toBool();
    d.clvProblem = json.value("clv_problem").toString().toStdString();
    const QJsonObject bg = json.value("bgnbd").toObject();
    d.bgNbd = {bg.value("r").toDouble(), bg.value("alpha").toDouble(), bg.value("a").toDouble(),
               bg.value("b").toDouble()};
    d.bgNbdLogLikelihood = bg.value("log_likelihood").toDouble();
    d.bgNbdCustomers = bg.value("customers").toInteger();
    const QJsonObject bgSe = bg.value("standard_errors").toObject();
    d.bgNbdStandardErrors = {orNaN(bgSe.value("r")), orNaN(bgSe.value("alpha")),
                             orNaN(bgSe.value("a")), orNaN(bgSe.value("b"))};
    d.bgNbdWarnings = warningsFrom(bg.value("warnings"));
    const QJsonObject gg = json.value("gamma_gamma").toObject();
    d.gammaGamma = {gg.value("p").toDouble(), gg.value("q").toDouble(), gg.value("v").toDouble()};
    d.gammaGammaCustomers = gg.value("customers").toInteger();
    const QJsonObject ggSe = gg.value("standard_errors").toObject();
    d.gammaGammaStandardErrors = {orNaN(ggSe.value("p")), orNaN(ggSe.value("q")),
                                  orNaN(ggSe.value("v"))};
    d.gammaGammaWarnings = warningsFrom(gg.value("warnings"));
    const QJsonObject timing = json.value("timing_ms").toObject();
    d.loadMs = timing.value("load").toInteger();
    d.engineMs = timing.value("engine").toInteger();
    d.clvMs = timing.value("clv").toInteger();
    d.writeMs = timing.value("write").toInteger();
    return d;
}

ScoringRunDetails ScoringRunDetails::fromStored(const std::string& json) {
    return fromJson(QJsonDocument::fromJson(QByteArray::fromStdString(json)).object());
}

} // namespace tessera::domain
