#include "domain/scoring/ScoreExplainer.h"

#include "domain/workspace/Calendar.h"
#include "domain/records/Vocabulary.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace tessera::domain {
namespace {

QString number(double value, int decimals = 2) {
    return QLocale().toString(value, 'f', decimals);
}

QString cuts(const std::array<double, 4>& values, int decimals) {
    QStringList out;
    for (double v : values)
        out << (std::isfinite(v) ? number(v, decimals) : QStringLiteral("∞"));
    return out.join(QStringLiteral(" / "));
}

QString ruleText(const std::string& rule) {
    if (rule == "segment_fit")
        return ScoreExplainer::tr("fitted on this segment's respondents");
    if (rule == "population_fit")
        return ScoreExplainer::tr("fitted on all respondents, because the segment had too few "
                                  "respondents or an all-zero fit");
    return ScoreExplainer::tr("equal weights, because no fit was possible");
}

QString missingClvReason(const storage::CustomerScoreRecord& s, const ScoringRunDetails& d) {
    if (!d.clvFitted)
        return ScoreExplainer::tr("No lifetime value: the models could not be fitted (%1).")
            .arg(QString::fromStdString(d.clvProblem));
    if (!s.pAlive)
        return ScoreExplainer::tr("No lifetime value: no purchase on or before the as-of date.");
    // Gamma-Gamma gives one-time buyers the population mean p v / (q - 1),
    // which only exists for q > 1.
    return ScoreExplainer::tr("P(alive) %1 and %2 purchases expected, but no lifetime value: "
                              "with one purchase day the expected value per purchase is the "
                              "population mean, and this run's Gamma-Gamma fit (q %3 ≤ 1) has "
                              "no finite mean.")
        .arg(number(s.pAlive.value_or(0), 3), number(s.expectedPurchases.value_or(0), 2),
             number(d.gammaGamma.q, 3));
}

} // namespace

std::vector<ExplanationStep> ScoreExplainer::explain(const CustomerScoreHistoryEntry& entry,
                                                     const ScoringRunDetails& d,
                                                     const ProfileVersion& profile) {
    const storage::CustomerScoreRecord& s = entry.score;
    const scoring::ScoringParameters& p = profile.parameters;
    std::vector<ExplanationStep> steps;
    const QString window =
        d.allHistory ? tr("all history") : tr("the %1 days up to it").arg(d.windowDays);
    steps.push_back({"run", tr("Scoring run %1, as of %2 over %3, with scoring profile version %4.")
                                .arg(entry.run.id)
                                .arg(Calendar::isoDate(entry.run.asOfDay), window)
                                .arg(entry.run.profileVersion)
                                .toStdString()});
    const QString recency = s.recencyDays ? tr("%n day(s) since the last purchase", nullptr,
                                               static_cast<int>(*s.recencyDays))
                                          : tr("no purchase in the window");
    steps.push_back({"recency", tr("Recency R = %1: %2. A score above 1, 2, 3, 4 needs fewer days "
                                   "than %3.")
                                    .arg(s.scoreR)
                                    .arg(recency, cuts(d.cutoffs[0], 0))
                                    .toStdString()});
    steps.push_back({"frequency", tr("Frequency F = %1: %2 purchase days. A score above 1, 2, 3, "
                                     "4 needs more than %3.")
                                      .arg(s.scoreF)
                                      .arg(s.frequency)
                                      .arg(cuts(d.cutoffs[1], 0))
                                      .toStdString()});
    steps.push_back({"monetary", tr("Monetary M = %1: net spend %2 (refunds subtracted). A score "
                                    "above 1, 2, 3, 4 needs more than %3.")
                                     .arg(s.scoreM)
                                     .arg(number(s.monetary), cuts(d.cutoffs[2], 2))
                                     .toStdString()});
    steps.push_back({"social", tr("Social S = %1: engagement %2 (referral %3, review %4, share %5, "
                                  "comment %6 points each). A score above 1, 2, 3, 4 needs more "
                                  "than %7.")
                                   .arg(s.scoreS)
                                   .arg(number(s.social, 1))
                                   .arg(p.socialWeight(1))
                                   .arg(p.socialWeight(2))
                                   .arg(p.socialWeight(3))
                                   .arg(p.socialWeight(4))
                                   .arg(cuts(d.cutoffs[3], 1))
                                   .toStdString()});
    const auto& w = p.rfmsWeights;
    const auto points = [](double weight, int score) { return 100.0 * weight * (score - 1) / 4.0; };
    steps.push_back(
        {"rfms",
         tr("RFMS = %1 of 100 = recency %2 + frequency %3 + monetary %4 + "
            "social %5 points (weights %6, %7, %8, %9 of (score − 1) / 4).")
             .arg(number(s.rfms, 1))
             .arg(number(points(w.recency, s.scoreR), 1), number(points(w.frequency, s.scoreF), 1),
                  number(points(w.monetary, s.scoreM), 1), number(points(w.social, s.scoreS), 1))
             .arg(w.recency)
             .arg(w.frequency)
             .arg(w.monetary)
             .arg(w.social)
             .toStdString()});
    steps.push_back({"segment", tr("RFM code %1-%2-%3-%4: R score %1 with an F and M mean of %5 "
                                   "reads as the segment \"%6\".")
                                    .arg(s.scoreR)
                                    .arg(s.scoreF)
                                    .arg(s.scoreM)
                                    .arg(s.scoreS)
                                    .arg(number((s.scoreF + s.scoreM) / 2.0, 1),
                                         vocabulary::labelOf(vocabulary::rfmSegments(), s.segment))
                                    .toStdString()});
    steps.push_back({"cluster", tr("Relationship segment %1 of %2 (k-means on the standardised "
                                   "R, F, M, S scores; %3 customers in it).")
                                    .arg(s.cluster + 1)
                                    .arg(d.centroids.size())
                                    .arg(static_cast<std::size_t>(s.cluster) < d.clusterSizes.size()
                                             ? d.clusterSizes[static_cast<std::size_t>(s.cluster)]
                                             : 0)
                                    .toStdString()});
    if (s.crmv) {
        const SegmentWeights weights = static_cast<std::size_t>(s.cluster) < d.segmentWeights.size()
                                           ? d.segmentWeights[static_cast<std::size_t>(s.cluster)]
                                           : d.populationWeights;
        QStringList terms;
        const QStringList names = {tr("personalised service"), tr("emotional connection"),
                                   tr("protection of rights"), tr("perceived value"),
                                   tr("ease of interaction")};
        for (int k = 0; k < 5; ++k)
            terms << tr("%1 %2 × %3")
                         .arg(names[k], number(weights.alpha[static_cast<std::size_t>(k)], 3),
                              number(s.q[k].value_or(0), 3));
        steps.push_back({"crmv", tr("CRMV = %1 = 100 × (%2); weights %3.")
                                     .arg(number(*s.crmv, 1), terms.join(QStringLiteral(" + ")),
                                          ruleText(s.weightRule))
                                     .toStdString()});
        steps.push_back({"tier", tr("TierScore = %1 × RFMS + %2 × CRMV = %3.")
                                     .arg(p.tiers.lambda)
                                     .arg(1.0 - p.tiers.lambda)
                                     .arg(number(s.tierScore, 1))
                                     .toStdString()});
    } else {
        steps.push_back({"crmv", tr("No CRMV: the window holds no survey answers on all five "
                                    "relationship dimensions, so TierScore = RFMS = %1.")
                                     .arg(number(s.tierScore, 1))
                                     .toStdString()});
    }
    QStringList minimum;
    const QStringList tiers = {tr("Diamond"), tr("Platinum"), tr("Gold"), tr("Silver")};
    for (int t = 0; t < 4; ++t)
        minimum << tr("%1 from %2")
                       .arg(tiers[t], d.tierMinimum[static_cast<std::size_t>(t)]
                                          ? number(*d.tierMinimum[static_cast<std::size_t>(t)], 1)
                                          : tr("nobody"));
    steps.push_back({"tier_result", tr("Tier %1 (%2; below Silver is Bronze).")
                                        .arg(vocabulary::labelOf(vocabulary::tiers(), s.tier),
                                             minimum.join(QStringLiteral(", ")))
                                        .toStdString()});
    if (s.clv) {
        steps.push_back(
            {"clv",
             tr("Lifetime value: P(alive) %1, %2 purchases expected in the next "
                "%3 %4, %5 per purchase, CLV %6 (BG/NBD r %7, α %8, a %9, b %10; "
                "Gamma-Gamma p %11, q %12, v %13).")
                 .arg(number(s.pAlive.value_or(0), 3), number(s.expectedPurchases.value_or(0), 2))
                 .arg(p.clv.horizon)
                 .arg(p.clv.unit == scoring::ClvTimeUnit::Weeks ? tr("weeks") : tr("days"),
                      number(s.expectedValue.value_or(0)), number(*s.clv))
                 .arg(number(d.bgNbd.r, 3), number(d.bgNbd.alpha, 3), number(d.bgNbd.a, 3),
                      number(d.bgNbd.b, 3))
                 .arg(number(d.gammaGamma.p, 3), number(d.gammaGamma.q, 3),
                      number(d.gammaGamma.v, 3))
                 .toStdString()});
    } else {
        steps.push_back({"clv", missingClvReason(s, d).toStdString()});
    }
    return steps;
}

} // namespace tessera::domain
