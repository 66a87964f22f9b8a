#!/usr/bin/python3
"""Python peer of Tessera's lifetime-value fits: the per-customer summary with
pandas, then BG/NBD and Gamma-Gamma by maximum likelihood with
scipy.optimize.minimize (L-BFGS-B over the log-parameters, analytic
gradients, vectorised over customers as the `lifetimes` package does).

    clv_peer.py --transactions T.csv --calibration-end DAY
    clv_peer.py --cdnow tests/data/CDNOW_sample.txt --calibration-end 1997-09-30

Prints the fits and the time of each step (key=value lines).
Run it with Debian's /usr/bin/python3.
"""

import argparse
import time

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import digamma, gammaln

DAYS_PER_WEEK = 7.0


def read_cdnow(path):
    rows = pd.read_csv(path, sep=r"\s+", header=None,
                       names=["id", "customer", "date", "cds", "amount"])
    days = (pd.to_datetime(rows["date"].astype(str)) - pd.Timestamp("1970-01-01")).dt.days
    return pd.DataFrame({"customer": rows["customer"] - 1, "day": days, "amount": rows["amount"]})


def summarise(tx, calibration_end):
    """x, t_x, T (weeks) and m per customer with a purchase day by the end."""
    tx = tx[tx["day"] <= calibration_end].assign(purchase=lambda t: t["amount"] >= 0)
    daily = tx.groupby(["customer", "day"], sort=True).agg(total=("amount", "sum"),
                                                           purchase=("purchase", "max"))
    daily = daily[daily["purchase"]].reset_index()
    per = daily.groupby("customer").agg(first=("day", "min"), last=("day", "max"),
                                        days=("day", "size"), total=("total", "sum"),
                                        first_total=("total", "first"))
    x = (per["days"] - 1).to_numpy(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        m = np.where(x > 0, (per["total"] - per["first_total"]).to_numpy() / x, 0.0)
    tx_weeks = (per["last"] - per["first"]).to_numpy() / DAYS_PER_WEEK
    T = (calibration_end - per["first"]).to_numpy() / DAYS_PER_WEEK
    return x, tx_weeks, T, m


def bgnbd_negative_mean_loglik(log_params, x, tx, T):
    r, alpha, a, b = np.exp(log_params)
    rx = r + x
    a1 = gammaln(rx) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -rx * np.log(alpha + T)
    repeat = x > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        a4 = np.where(repeat, np.log(a) - np.log(b + x - 1) - rx * np.log(alpha + tx), -np.inf)
    bracket = np.logaddexp(a3, a4)
    share = np.exp(a4 - bracket)  # weight of the "dropped out" term (0 when x = 0)
    d_r = digamma(rx) - digamma(r) + np.log(alpha) - (1 - share) * np.log(alpha + T) \
        - share * np.log(alpha + tx)
    d_alpha = r / alpha - rx * ((1 - share) / (alpha + T) + share / (alpha + tx))
    d_a = digamma(a + b) - digamma(a + b + x) + share / a
    with np.errstate(divide="ignore", invalid="ignore"):
        d_b = digamma(a + b) + digamma(b + x) - digamma(b) - digamma(a + b + x) \
            - np.where(repeat, share / (b + x - 1), 0.0)
    n = len(x)
    gradient = -np.array([r * d_r.sum(), alpha * d_alpha.sum(), a * d_a.sum(), b * d_b.sum()]) / n
    return -(a1 + a2 + bracket).sum() / n, gradient


def gammagamma_negative_mean_loglik(log_params, x, m):
    p, q, v = np.exp(log_params)
    px = p * x
    ll = gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(v) + (px - 1) * np.log(m) \
        + px * np.log(x) - (px + q) * np.log(x * m + v)
    d_p = x * (digamma(px + q) - digamma(px) + np.log(m) + np.log(x) - np.log(x * m + v))
    d_q = digamma(px + q) - digamma(q) + np.log(v) - np.log(x * m + v)
    d_v = q / v - (px + q) / (x * m + v)
    n = len(x)
    return -ll.sum() / n, -np.array([p * d_p.sum(), q * d_q.sum(), v * d_v.sum()]) / n


def fit(objective, start, data):
    result = minimize(objective, np.log(start), args=data, jac=True, method="L-BFGS-B",
                      options={"gtol": 1e-7, "ftol": 1e-15, "maxiter": 2000})
    return np.exp(result.x), -result.fun * len(data[0]), result.nit


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--transactions")
    source.add_argument("--cdnow")
    parser.add_argument("--calibration-end", required=True, help="day number, or a date for --cdnow")
    args = parser.parse_args()

    start = time.perf_counter()
    if args.cdnow:
        tx = read_cdnow(args.cdnow)
        end = (pd.Timestamp(args.calibration_end) - pd.Timestamp("1970-01-01")).days
    else:
        tx = pd.read_csv(args.transactions, float_precision="round_trip")
        end = int(args.calibration_end)
    loaded = time.perf_counter()
    x, tx_weeks, T, m = summarise(tx, end)
    summarised = time.perf_counter()
    # The engine's starting points: r / alpha at the observed rate; p v / (q - 1) at mean m.
    bg, bg_ll, bg_it = fit(bgnbd_negative_mean_loglik,
                           np.array([1.0, T.sum() / x.sum(), 1.0, 1.0]), (x, tx_weeks, T))
    used = (x > 0) & (m > 0)
    gg, gg_ll, gg_it = fit(gammagamma_negative_mean_loglik,
                           np.array([1.0, 2.0, m[used].mean()]), (x[used], m[used]))
    fitted = time.perf_counter()
    print(f"peer_clv_customers={len(x)}")
    print(f"peer_load_seconds={loaded - start:.6f}")
    print(f"peer_clv_summary_seconds={summarised - loaded:.6f}")
    print(f"peer_clv_fit_seconds={fitted - summarised:.6f}")
    print(f"peer bgnbd r={bg[0]:.6f} alpha={bg[1]:.6f} a={bg[2]:.6f} b={bg[3]:.6f} "
          f"loglik={bg_ll:.4f} iterations={bg_it}")
    print(f"peer gammagamma p={gg[0]:.6f} q={gg[1]:.6f} v={gg[2]:.6f} loglik={gg_ll:.4f} "
          f"customers={int(used.sum())} iterations={gg_it}")


if __name__ == "__main__":
    main()
