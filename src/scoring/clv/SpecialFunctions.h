#pragma once

// Log-gamma and digamma that never throw: Boost.Math with a policy that
// returns NaN or infinity instead of raising, and without promotion to long
// double (speed; double accuracy is what the likelihoods need).

#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

namespace tessera::scoring {

namespace detail {
using namespace boost::math::policies;
using QuietPolicy =
    policy<domain_error<ignore_error>, pole_error<ignore_error>, overflow_error<ignore_error>,
           underflow_error<ignore_error>, evaluation_error<ignore_error>,
           rounding_error<ignore_error>, promote_double<false>>;
} // namespace detail

inline double logGamma(double x) {
    return boost::math::lgamma(x, detail::QuietPolicy());
}

// log |Gamma(x)| and the sign of Gamma(x), for negative non-integer x too.
inline double logAbsGamma(double x, int& sign) {
    return boost::math::lgamma(x, &sign, detail::QuietPolicy());
}

inline double digamma(double x) {
    return boost::math::digamma(x, detail::QuietPolicy());
}

} // namespace tessera::scoring
