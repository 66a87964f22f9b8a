#include "scoring/clv/FitSoundness.h"

#include <array>
#include <cmath>
#include <utility>

namespace tessera::scoring {

namespace {

constexpr std::array<std::pair<FitWarningKind, const char*>, 8> kKeys{{
    {FitWarningKind::NotConverged, "not_converged"},
    {FitWarningKind::ShapeTooLarge, "shape_too_large"},
    {FitWarningKind::ShapeTooSmall, "shape_too_small"},
    {FitWarningKind::ScaleOffData, "scale_off_data"},
    {FitWarningKind::NoFiniteMeanSpend, "no_finite_mean_spend"},
    {FitWarningKind::NotPositiveDefinite, "hessian_not_positive_definite"},
    {FitWarningKind::StandardErrorNotFinite, "standard_error_not_finite"},
    {FitWarningKind::TooFewRepeatCustomers, "too_few_repeat_customers"},
}};

} // namespace

std::string fitWarningKey(FitWarningKind kind) {
    for (const auto& [k, key] : kKeys)
        if (k == kind)
            return key;
    return "not_converged";
}

bool fitWarningFromKey(const std::string& key, FitWarningKind& kind) {
    for (const auto& [k, name] : kKeys)
        if (key == name) {
            kind = k;
            return true;
        }
    return false;
}

void checkConvergence(bool converged, std::vector<FitWarning>& warnings) {
    if (!converged)
        warnings.push_back({FitWarningKind::NotConverged, {}});
}

void checkShape(const NamedParameter& shape, std::vector<FitWarning>& warnings) {
    if (!(shape.value <= kMaxShape))
        warnings.push_back({FitWarningKind::ShapeTooLarge, shape.name, shape.value, kMaxShape});
    else if (shape.value < kMinShape)
        warnings.push_back({FitWarningKind::ShapeTooSmall, shape.name, shape.value, kMinShape});
}

void checkScale(const NamedParameter& scale, double dataScale, std::vector<FitWarning>& warnings) {
    if (!(dataScale > 0.0) || !std::isfinite(dataScale))
        return;
    const double ratio = scale.value / dataScale;
    if (!(ratio <= kMaxScaleRatio && ratio >= 1.0 / kMaxScaleRatio))
        warnings.push_back(
            {FitWarningKind::ScaleOffData, scale.name, scale.value, kMaxScaleRatio, dataScale});
}

void checkInformation(const ObservedInformation& information,
                      const std::vector<NamedParameter>& parameters,
                      std::vector<FitWarning>& warnings) {
    if (!information.positiveDefinite) {
        warnings.push_back({FitWarningKind::NotPositiveDefinite, {}});
        return; // no standard errors to judge
    }
    for (const NamedParameter& p : parameters)
        if (!std::isfinite(p.standardError))
            warnings.push_back({FitWarningKind::StandardErrorNotFinite, p.name, p.value});
}

} // namespace tessera::scoring
