#pragma once

// The Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and
// z < 1, as the BG/NBD conditional expectation needs it:
//   - 0 <= z < 1: the power series sum_n (a)_n (b)_n / ((c)_n n!) z^n, or,
//     for z > 0.9 when c - a - b is not close to an integer, the connection
//     formula to 1 - z (Abramowitz and Stegun 15.3.6), which converges fast;
//   - z < 0: Pfaff's transformation (1 - z)^-a 2F1(a, c - b; c; z / (z - 1)),
//     which maps z to (0, 1).
// Returns NaN where the function is undefined here (z >= 1 other than
// Gauss's sum at z = 1, c a non-positive integer) or the series does not
// settle within its term limit.

namespace tessera::scoring {

double hypergeometric2F1(double a, double b, double c, double z);

} // namespace tessera::scoring
