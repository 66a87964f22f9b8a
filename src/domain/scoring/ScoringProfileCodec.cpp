#include "domain/scoring/ScoringProfileCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <cmath>

namespace tessera::domain {
namespace {

using scoring::ScoringParameters;

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

QJsonArray numbers(const auto& values) {
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

QJsonObject encodeSegmentRule(const scoring::RfmSegmentRule& rule) {
    return {{"segment", QString::fromLatin1(scoring::rfmSegmentName(rule.segment).data())},
            {"min_r", rule.minRecencyScore},
            {"max_r", rule.maxRecencyScore},
            {"min_fm", rule.minFrequencyMonetaryMean},
            {"max_fm", rule.maxFrequencyMonetaryMean}};
}

// Reads values out of a JSON object and collects what is wrong with them.
class Reader {
public:
    explicit Reader(std::vector<std::string>& problems) : m_problems(problems) {}

    QJsonObject object(const QJsonObject& parent, const char* key) {
        const QJsonValue v = parent.value(QLatin1String(key));
        if (!v.isObject())
            problem(key, ScoringProfileCodec::tr("must be a group of settings"));
        return v.toObject();
    }
    double number(const QJsonObject& o, const char* key, double fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            problem(key, ScoringProfileCodec::tr("must be a number"));
            return fallback;
        }
        return v.toDouble();
    }
    // Settings added after the first profiles were saved: absent means the default.
    int laterInteger(const QJsonObject& o, const char* key, int fallback) {
        return o.contains(QLatin1String(key)) ? integer(o, key, fallback) : fallback;
    }
    double laterNumber(const QJsonObject& o, const char* key, double fallback) {
        return o.contains(QLatin1String(key)) ? number(o, key, fallback) : fallback;
    }
    int integer(const QJsonObject& o, const char* key, int fallback) {
        const double v = number(o, key, fallback);
        if (v != std::floor(v)) {
            problem(key, ScoringProfileCodec::tr("must be a whole number"));
            return fallback;
        }
        return static_cast<int>(v);
    }
    bool boolean(const QJsonObject& o, const char* key, bool fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isBool()) {
            problem(key, ScoringProfileCodec::tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }
    QString text(const QJsonObject& o, const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString())
            problem(key, ScoringProfileCodec::tr("must be text"));
        return v.toString();
    }
    template <std::size_t N>
    void array(const QJsonObject& o, const char* key, std::array<double, N>& out) {
        const QJsonArray a = o.value(QLatin1String(key)).toArray();
        if (a.size() != static_cast<qsizetype>(N)) {
            problem(key, ScoringProfileCodec::tr("must be a list of %1 numbers").arg(N));
            return;
        }
        for (std::size_t i = 0; i < N; ++i)
            out[i] = a[static_cast<qsizetype>(i)].toDouble(out[i]);
    }
    void problem(const char* key, const QString& what) {
        m_problems.push_back(QStringLiteral("%1: %2").arg(QLatin1String(key), what).toStdString());
    }

private:
    std::vector<std::string>& m_problems;
};

template <typename Enum, std::size_t N>
bool enumFromName(const QString& name, Enum& out, std::string_view (*nameOf)(Enum)) {
    for (std::size_t i = 0; i < N; ++i) {
        const Enum candidate = static_cast<Enum>(i);
        if (name == QLatin1String(nameOf(candidate).data()))
            return (out = candidate), true;
    }
    return false;
}

std::string_view tierNameOf(scoring::Tier t) {
    return scoring::tierName(t);
}
std::string_view segmentNameOf(scoring::RfmSegment s) {
    return scoring::rfmSegmentName(s);
}
std::string_view kindNameOf(scoring::InteractionKind k) {
    return scoring::interactionKindName(k);
}

void decodeWarnings(Reader& r, const QJsonObject& w, scoring::WarningThresholds& out) {
    out.churnInactivityDays = r.integer(w, "churn_inactivity_days", out.churnInactivityDays);
    out.overContactMaxContacts =
        r.integer(w, "over_contact_max_contacts", out.overContactMaxContacts);
    out.overContactWindowDays = r.integer(w, "over_contact_window_days", out.overContactWindowDays);
    if (!enumFromName<scoring::Tier, scoring::kTierCount>(r.text(w, "lowest_key_tier"),
                                                          out.lowestKeyTier, tierNameOf))
        r.problem("lowest_key_tier", ScoringProfileCodec::tr("must be Diamond, Platinum, Gold, "
                                                             "Silver or Bronze"));
    out.keyCustomerCadenceDays =
        r.integer(w, "key_customer_cadence_days", out.keyCustomerCadenceDays);
    out.otherCustomerCadenceDays =
        r.integer(w, "other_customer_cadence_days", out.otherCustomerCadenceDays);
    out.demotionTierSteps = r.integer(w, "demotion_tier_steps", out.demotionTierSteps);
    out.rfmsDropPoints = r.number(w, "rfms_drop_points", out.rfmsDropPoints);
    out.kpiDropShare = r.number(w, "kpi_drop_share", out.kpiDropShare);
    out.kpiTargetGapShare = r.number(w, "kpi_target_gap_share", out.kpiTargetGapShare);
    out.cronbachAlphaMinimum = r.number(w, "cronbach_alpha_minimum", out.cronbachAlphaMinimum);
    out.ticketFirstResponseHours =
        r.laterInteger(w, "ticket_first_response_hours", out.ticketFirstResponseHours);
    out.ticketResolutionHours =
        r.laterInteger(w, "ticket_resolution_hours", out.ticketResolutionHours);
    out.healthWarningBelow = r.laterInteger(w, "health_warning_below", out.healthWarningBelow);
    out.painPointComplaintRate =
        r.laterNumber(w, "pain_point_complaint_rate", out.painPointComplaintRate);
}

void decodeStanding(Reader& r, const QJsonObject& s, scoring::StandingSettings& out) {
    out.newCustomerDays = r.laterInteger(s, "new_customer_days", out.newCustomerDays);
    out.churnedAfterDays = r.laterInteger(s, "churned_after_days", out.churnedAfterDays);
    out.churnedBelowPAlive = r.laterNumber(s, "churned_below_p_alive", out.churnedBelowPAlive);
    out.trendWindowDays = r.laterInteger(s, "trend_window_days", out.trendWindowDays);
    out.trendChangeShare = r.laterNumber(s, "trend_change_share", out.trendChangeShare);
    out.evaluationInteractions =
        r.laterInteger(s, "evaluation_interactions", out.evaluationInteractions);
    out.commitmentPurchases = r.laterInteger(s, "commitment_purchases", out.commitmentPurchases);
}

QJsonObject encodeStanding(const scoring::StandingSettings& s) {
    return {{"new_customer_days", s.newCustomerDays},
            {"churned_after_days", s.churnedAfterDays},
            {"churned_below_p_alive", s.churnedBelowPAlive},
            {"trend_window_days", s.trendWindowDays},
            {"trend_change_share", s.trendChangeShare},
            {"evaluation_interactions", s.evaluationInteractions},
            {"commitment_purchases", s.commitmentPurchases}};
}

void decodeGovernance(Reader& r, const QJsonObject& g, scoring::GovernanceSettings& out) {
    out.keyFieldGoal = r.laterNumber(g, "key_field_goal", out.keyFieldGoal);
    out.tagCoverageGoal = r.laterNumber(g, "tag_coverage_goal", out.tagCoverageGoal);
    out.bulkReadThreshold = r.laterInteger(g, "bulk_read_threshold", out.bulkReadThreshold);
    out.workingDayStartHour = r.laterInteger(g, "working_day_start_hour", out.workingDayStartHour);
    out.workingDayEndHour = r.laterInteger(g, "working_day_end_hour", out.workingDayEndHour);
}

QJsonObject encodeGovernance(const scoring::GovernanceSettings& g) {
    return {{"key_field_goal", g.keyFieldGoal},
            {"tag_coverage_goal", g.tagCoverageGoal},
            {"bulk_read_threshold", g.bulkReadThreshold},
            {"working_day_start_hour", g.workingDayStartHour},
            {"working_day_end_hour", g.workingDayEndHour}};
}

QJsonObject encodeWarnings(const scoring::WarningThresholds& w) {
    return {{"churn_inactivity_days", w.churnInactivityDays},
            {"over_contact_max_contacts", w.overContactMaxContacts},
            {"over_contact_window_days", w.overContactWindowDays},
            {"lowest_key_tier", QString::fromLatin1(scoring::tierName(w.lowestKeyTier).data())},
            {"key_customer_cadence_days", w.keyCustomerCadenceDays},
            {"other_customer_cadence_days", w.otherCustomerCadenceDays},
            {"demotion_tier_steps", w.demotionTierSteps},
            {"rfms_drop_points", w.rfmsDropPoints},
            {"kpi_drop_share", w.kpiDropShare},
            {"kpi_target_gap_share", w.kpiTargetGapShare},
            {"cronbach_alpha_minimum", w.cronbachAlphaMinimum},
            {"ticket_first_response_hours", w.ticketFirstResponseHours},
            {"ticket_resolution_hours", w.ticketResolutionHours},
            {"health_warning_below", w.healthWarningBelow},
            {"pain_point_complaint_rate", w.painPointComplaintRate}};
}

void decodeSegments(Reader& r, const QJsonArray& rules, scoring::RfmSegmentTable& table) {
    table.rules.clear();
    for (const QJsonValue& value : rules) {
        const QJsonObject o = value.toObject();
        scoring::RfmSegmentRule rule;
        if (!enumFromName<scoring::RfmSegment, scoring::kRfmSegmentCount>(
                r.text(o, "segment"), rule.segment, segmentNameOf))
            r.problem("segment", ScoringProfileCodec::tr("names no RFM segment"));
        rule.minRecencyScore = r.integer(o, "min_r", 1);
        rule.maxRecencyScore = r.integer(o, "max_r", 5);
        rule.minFrequencyMonetaryMean = r.number(o, "min_fm", 1.0);
        rule.maxFrequencyMonetaryMean = r.number(o, "max_fm", 5.0);
        table.rules.push_back(rule);
    }
}

} // namespace

QJsonObject ScoringProfileCodec::encode(const ScoringParameters& p) {
    QJsonObject social;
    for (int code = 0; code < scoring::kInteractionKindCount; ++code)
        social[QLatin1String(
            scoring::interactionKindName(static_cast<scoring::InteractionKind>(code)).data())] =
            p.socialWeight(static_cast<std::uint8_t>(code));
    QJsonArray segments;
    for (const auto& rule : p.segmentTable.rules)
        segments.append(encodeSegmentRule(rule));
    return {
        {"window", QJsonObject{{"all_history", p.window.allHistory}, {"days", p.window.days}}},
        {"rfms_weights", QJsonObject{{"recency", p.rfmsWeights.recency},
                                     {"frequency", p.rfmsWeights.frequency},
                                     {"monetary", p.rfmsWeights.monetary},
                                     {"social", p.rfmsWeights.social}}},
        {"social_weights", social},
        {"segments", segments},
        {"kmeans", QJsonObject{{"clusters", p.kmeans.clusterCount},
                               {"seed", QString::number(p.kmeans.seed)},
                               {"max_iterations", p.kmeans.maxIterations}}},
        {"crmv", QJsonObject{{"likert_scale_max", p.crmv.likertScaleMax},
                             {"min_segment_respondents", p.crmv.minSegmentRespondents}}},
        {"tiers", QJsonObject{{"lambda", p.tiers.lambda},
                              {"scheme", p.tiers.scheme == scoring::TierSchemeKind::CumulativeShares
                                             ? "shares"
                                             : "thresholds"},
                              {"cumulative_shares", numbers(p.tiers.cumulativeShares)},
                              {"minimum_scores", numbers(p.tiers.minimumScores)}}},
        {"clv", QJsonObject{{"unit", p.clv.unit == scoring::ClvTimeUnit::Weeks ? "weeks" : "days"},
                            {"horizon", p.clv.horizon},
                            {"annual_discount_rate", p.clv.annualDiscountRate}}},
        {"warnings", encodeWarnings(p.warnings)},
        {"standing", encodeStanding(p.standing)},
        {"governance", encodeGovernance(p.governance)},
    };
}

Result<ScoringParameters> ScoringProfileCodec::decode(const QJsonObject& json) {
    std::vector<std::string> problems;
    Reader r(problems);
    ScoringParameters p;
    const QJsonObject window = r.object(json, "window");
    p.window.allHistory = r.boolean(window, "all_history", p.window.allHistory);
    p.window.days = r.integer(window, "days", p.window.days);
    const QJsonObject weights = r.object(json, "rfms_weights");
    p.rfmsWeights.recency = r.number(weights, "recency", p.rfmsWeights.recency);
    p.rfmsWeights.frequency = r.number(weights, "frequency", p.rfmsWeights.frequency);
    p.rfmsWeights.monetary = r.number(weights, "monetary", p.rfmsWeights.monetary);
    p.rfmsWeights.social = r.number(weights, "social", p.rfmsWeights.social);
    const QJsonObject social = r.object(json, "social_weights");
    p.socialWeightByKind.assign(scoring::kInteractionKindCount, 0.0);
    for (auto it = social.begin(); it != social.end(); ++it) {
        scoring::InteractionKind kind;
        if (!enumFromName<scoring::InteractionKind, scoring::kInteractionKindCount>(it.key(), kind,
                                                                                    kindNameOf))
            r.problem("social_weights", tr("'%1' is not an interaction kind").arg(it.key()));
        else
            p.socialWeightByKind[static_cast<std::size_t>(kind)] = it.value().toDouble();
    }
    decodeSegments(r, json.value(QLatin1String("segments")).toArray(), p.segmentTable);
    const QJsonObject kmeans = r.object(json, "kmeans");
    p.kmeans.clusterCount = r.integer(kmeans, "clusters", p.kmeans.clusterCount);
    bool seedOk = false;
    p.kmeans.seed = r.text(kmeans, "seed").toULongLong(&seedOk);
    if (!seedOk)
        r.problem("seed", tr("must be a whole number written as text"));
    p.kmeans.maxIterations = r.integer(kmeans, "max_iterations", p.kmeans.maxIterations);
    const QJsonObject crmv = r.object(json, "crmv");
    p.crmv.likertScaleMax = r.integer(crmv, "likert_scale_max", p.crmv.likertScaleMax);
    p.crmv.minSegmentRespondents =
        r.integer(crmv, "min_segment_respondents", p.crmv.minSegmentRespondents);
    const QJsonObject tiers = r.object(json, "tiers");
    p.tiers.lambda = r.number(tiers, "lambda", p.tiers.lambda);
    const QString scheme = r.text(tiers, "scheme");
    if (scheme != QLatin1String("shares") && scheme != QLatin1String("thresholds"))
        r.problem("scheme", tr("must be shares or thresholds"));
    p.tiers.scheme = scheme == QLatin1String("thresholds")
                         ? scoring::TierSchemeKind::AbsoluteThresholds
                         : scoring::TierSchemeKind::CumulativeShares;
    r.array(tiers, "cumulative_shares", p.tiers.cumulativeShares);
    r.array(tiers, "minimum_scores", p.tiers.minimumScores);
    const QJsonObject clv = r.object(json, "clv");
    const QString unit = r.text(clv, "unit");
    if (unit != QLatin1String("weeks") && unit != QLatin1String("days"))
        r.problem("unit", tr("must be weeks or days"));
    p.clv.unit =
        unit == QLatin1String("days") ? scoring::ClvTimeUnit::Days : scoring::ClvTimeUnit::Weeks;
    p.clv.horizon = r.number(clv, "horizon", p.clv.horizon);
    p.clv.annualDiscountRate = r.number(clv, "annual_discount_rate", p.clv.annualDiscountRate);
    decodeWarnings(r, r.object(json, "warnings"), p.warnings);
    if (json.contains(QLatin1String("standing")))
        decodeStanding(r, r.object(json, "standing"), p.standing);
    if (json.contains(QLatin1String("governance")))
        decodeGovernance(r, r.object(json, "governance"), p.governance);
    for (std::string& problem : p.validate())
        problems.push_back(std::move(problem));
    if (!problems.empty()) {
        QStringList all;
        for (const auto& problem : problems)
            all << q(problem);
        return makeError(ErrorCode::InvalidArgument, tr("The scoring profile is not usable: %1")
                                                         .arg(all.join(QStringLiteral("; ")))
                                                         .toStdString());
    }
    return p;
}

Result<QJsonObject> ScoringProfileCodec::applyEdits(QJsonObject json,
                                                    const std::vector<std::string>& edits) {
    for (const std::string& edit : edits) {
        const QString text = q(edit);
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return makeError(ErrorCode::InvalidArgument,
                             tr("'%1' must look like key=value, e.g. tiers.lambda=0.5.")
                                 .arg(text)
                                 .toStdString());
        const QStringList path = text.left(equals).split(QLatin1Char('.'));
        const QString raw = text.mid(equals + 1);
        // Walk down, remembering each level, then write back up.
        std::vector<QJsonValue> levels{json};
        for (qsizetype i = 0; i + 1 < path.size(); ++i) {
            const QJsonValue& here = levels.back();
            bool isIndex = false;
            const int index = path[i].toInt(&isIndex);
            const QJsonValue next = here.isArray() && isIndex ? here.toArray().at(index)
                                                              : here.toObject().value(path[i]);
            if (next.isUndefined() || (!next.isObject() && !next.isArray()))
                return makeError(
                    ErrorCode::InvalidArgument,
                    tr("The profile has no setting '%1'.").arg(text.left(equals)).toStdString());
            levels.push_back(next);
        }
        const QJsonValue& container = levels.back();
        bool isIndex = false;
        const int lastIndex = path.last().toInt(&isIndex);
        const QJsonValue old = container.isArray() && isIndex
                                   ? container.toArray().at(lastIndex)
                                   : container.toObject().value(path.last());
        if (old.isUndefined() || old.isObject() || old.isArray())
            return makeError(
                ErrorCode::InvalidArgument,
                tr("The profile has no setting '%1'.").arg(text.left(equals)).toStdString());
        QJsonValue value;
        if (old.isBool()) {
            if (raw != QLatin1String("true") && raw != QLatin1String("false"))
                return makeError(
                    ErrorCode::InvalidArgument,
                    tr("%1 must be true or false.").arg(text.left(equals)).toStdString());
            value = raw == QLatin1String("true");
        } else if (old.isDouble()) {
            bool ok = false;
            const double number = raw.toDouble(&ok);
            if (!ok)
                return makeError(
                    ErrorCode::InvalidArgument,
                    tr("%1 must be a number, not '%2'.").arg(text.left(equals), raw).toStdString());
            value = number;
        } else {
            value = raw;
        }
        // Write the new value back through every level.
        for (qsizetype i = path.size() - 1; i >= 0; --i) {
            QJsonValue parent = levels[static_cast<std::size_t>(i)];
            bool index = false;
            const int at = path[i].toInt(&index);
            if (parent.isArray() && index) {
                QJsonArray array = parent.toArray();
                array.replace(at, value);
                value = array;
            } else {
                QJsonObject object = parent.toObject();
                object[path[i]] = value;
                value = object;
            }
        }
        json = value.toObject();
    }
    return json;
}

std::vector<std::pair<std::string, std::string>>
ScoringProfileCodec::flatten(const QJsonObject& json) {
    std::vector<std::pair<std::string, std::string>> out;
    std::function<void(const QString&, const QJsonValue&)> walk = [&](const QString& prefix,
                                                                      const QJsonValue& value) {
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(),
                     it.value());
        } else if (value.isArray()) {
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                walk(prefix + QLatin1Char('.') + QString::number(i), a[i]);
        } else if (value.isBool()) {
            out.emplace_back(prefix.toStdString(), value.toBool() ? "true" : "false");
        } else if (value.isDouble()) {
            out.emplace_back(prefix.toStdString(),
                             QString::number(value.toDouble(), 'g', 12).toStdString());
        } else {
            out.emplace_back(prefix.toStdString(), value.toString().toStdString());
        }
    };
    walk(QString(), json);
    return out;
}

} // namespace tessera::domain
