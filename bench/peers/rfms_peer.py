#!/usr/bin/python3
"""Python peer of Tessera's scoring pipeline (docs/scoring.md, scoring.md).

Implements the same definitions with pandas, NumPy, scikit-learn (KMeans) and
SciPy (nnls), to compare results and speed with the C++ engine:

    rfms_peer.py --transactions T.csv --interactions I.csv [--surveys S.csv
                 --recommend R.csv] --as-of DAY [--window DAYS|all]
                 [--customers N] --out scores.csv

Writes one row per customer (raw values, scores, RFMS, segment, cluster,
CRMV, TierScore, tier) and prints timings as key=value lines on stderr.
Run it with Debian's /usr/bin/python3 (python3-pandas, -sklearn, -scipy).

Where floating-point order matters for an exact comparison, the peer sums in
the engine's order: per-customer sums in row order (np.bincount), the RFMS
and CRMV terms left to right, standardisation from the counts of each score.
"""

import argparse
import sys
import time

import numpy as np
import pandas as pd
from scipy.optimize import nnls
from sklearn.cluster import KMeans

RFMS_WEIGHTS = (0.25, 0.25, 0.30, 0.20)
SOCIAL_WEIGHT_BY_KIND = np.zeros(256)
SOCIAL_WEIGHT_BY_KIND[[1, 2, 3, 4]] = [3.0, 2.0, 1.0, 1.0]  # referral, review, share, comment
TIER_SHARES = (0.08, 0.20, 0.40, 0.70, 1.0)
TIER_NAMES = ("Diamond", "Platinum", "Gold", "Silver", "Bronze")
K, KMEANS_SEED, MAX_ITERATIONS = 4, 20240917, 100
LIKERT_MAX, MIN_RESPONDENTS, LAMBDA = 7, 30, 0.6

# (segment, R min, R max, F/M mean min, F/M mean max), first match wins.
SEGMENT_RULES = (
    ("Champions", 5, 5, 4.0, 5.0), ("Loyal", 3, 4, 4.0, 5.0),
    ("Potential loyalist", 4, 5, 2.0, 3.5), ("New", 5, 5, 1.0, 1.5),
    ("Promising", 4, 4, 1.0, 1.5), ("Need attention", 3, 3, 3.0, 3.5),
    ("About to sleep", 3, 3, 1.0, 2.5), ("Can't lose", 1, 2, 4.5, 5.0),
    ("At risk", 1, 2, 3.0, 4.0), ("Hibernating", 2, 2, 1.0, 2.5), ("Lost", 1, 1, 1.0, 2.5),
)


def in_window(days, as_of, window):
    inside = days <= as_of
    return inside if window is None else inside & (days > as_of - window)


def raw_values(tx, ix, n, as_of, window):
    tx = tx[in_window(tx["day"].to_numpy(), as_of, window)]
    spend = np.bincount(tx["customer"].to_numpy(), weights=tx["amount"].to_numpy(), minlength=n)
    monetary = np.maximum(spend, 0.0)
    purchase_days = tx.loc[tx["amount"] >= 0, ["customer", "day"]].drop_duplicates()
    by_customer = purchase_days.groupby("customer")["day"]
    frequency = np.zeros(n)
    frequency[by_customer.size().index] = by_customer.size().to_numpy()
    recency = np.full(n, np.inf)
    last = by_customer.max()
    recency[last.index] = as_of - last.to_numpy()
    ix = ix[in_window(ix["day"].to_numpy(), as_of, window)]
    social = np.bincount(ix["customer"].to_numpy(),
                         weights=SOCIAL_WEIGHT_BY_KIND[ix["kind"].to_numpy()], minlength=n)
    return recency, frequency, monetary, social


def quintile_scores(values, higher_is_better):
    """min(5, 1 + floor(5 L / n)), L = customers strictly worse."""
    n = len(values)
    ordered = np.sort(values)
    if higher_is_better:
        worse = np.searchsorted(ordered, values, side="left")
    else:
        worse = n - np.searchsorted(ordered, values, side="right")
    return np.minimum(5, 1 + (5 * worse) // n)


def segments(r, f, m):
    grid = {}
    for rs in range(1, 6):
        for twice in range(2, 11):
            grid[(rs, twice)] = next(name for name, r0, r1, m0, m1 in SEGMENT_RULES
                                     if r0 <= rs <= r1 and m0 <= twice / 2 <= m1)
    return [grid[key] for key in zip(r.tolist(), (f + m).tolist())]


class SplitMix64:
    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = seed & self.MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def next_double(self):
        return (self.next() >> 11) * 2.0 ** -53


def squared_distance(point, centre):
    total = 0.0
    for p, c in zip(point, centre):
        total += (p - c) * (p - c)
    return total


def pick_by_mass(mass, target):
    cumulative, last = 0.0, 0
    for i, value in enumerate(mass):
        if not value > 0.0:
            continue
        cumulative += value
        last = i
        if cumulative > target:
            return i
    return last


def kmeans_plus_plus(points, weights, k, seed):
    """The engine's seeding (src/scoring/KMeans.h), step for step."""
    random = SplitMix64(seed)
    pts = [list(map(float, row)) for row in points]
    chosen = pick_by_mass(weights, random.next_double() * sum_in_order(weights))
    centres = [pts[chosen]]
    nearest = [squared_distance(p, centres[0]) for p in pts]
    for _ in range(1, k):
        mass = [w * d for w, d in zip(weights, nearest)]
        total = sum_in_order(mass)
        chosen = pick_by_mass(mass, random.next_double() * total) if total > 0.0 else 0
        centres.append(pts[chosen])
        nearest = [min(d, squared_distance(p, centres[-1])) for p, d in zip(pts, nearest)]
    return np.array(centres)


def sum_in_order(values):
    total = 0.0
    for v in values:
        total += v
    return total


def standardised_score_vectors(scores):
    """Means and deviations from the counts of each score, then the distinct vectors."""
    n = len(scores[0])
    means, deviations = [], []
    for column in scores:
        count = np.bincount(column, minlength=6).astype(float)
        total = 0.0
        for s in range(1, 6):
            total += s * count[s]
        mean = total / n
        squares = 0.0
        for s in range(1, 6):
            squares += count[s] * (s - mean) * (s - mean)
        deviation = float(np.sqrt(squares / n))
        means.append(mean)
        deviations.append(deviation if deviation > 0.0 else 1.0)
    code = 125 * (scores[0] - 1) + 25 * (scores[1] - 1) + 5 * (scores[2] - 1) + (scores[3] - 1)
    counts = np.bincount(code, minlength=625).astype(float)
    codes = np.nonzero(counts)[0]
    digits = np.stack([codes // 125 + 1, codes // 25 % 5 + 1, codes // 5 % 5 + 1, codes % 5 + 1], 1)
    points = (digits - np.array(means)) / np.array(deviations)
    row_of_code = np.full(625, -1)
    row_of_code[codes] = np.arange(len(codes))
    return points, counts[codes], row_of_code[code]


def clusters(scores):
    points, weights, row = standardised_score_vectors(scores)
    seeds = kmeans_plus_plus(points, weights.tolist(), K, KMEANS_SEED)
    model = KMeans(n_clusters=K, init=seeds, n_init=1, max_iter=MAX_ITERATIONS, tol=0.0,
                   algorithm="lloyd")
    model.fit(points, sample_weight=weights)
    return model.labels_[row], model.n_iter_


def survey_values(sv, rc, n, as_of, window):
    sv = sv[in_window(sv["day"].to_numpy(), as_of, window)]
    key = sv["customer"].to_numpy() * 5 + sv["dimension"].to_numpy()
    sums = np.bincount(key, weights=sv["value"].to_numpy(), minlength=5 * n).reshape(n, 5)
    counts = np.bincount(key, minlength=5 * n).reshape(n, 5).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        q = (sums / counts - 1.0) / (LIKERT_MAX - 1.0)
    rc = rc[in_window(rc["day"].to_numpy(), as_of, window)]
    rsum = np.bincount(rc["customer"].to_numpy(), weights=rc["value"].to_numpy(), minlength=n)
    rcount = np.bincount(rc["customer"].to_numpy(), minlength=n).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        y = (rsum / rcount - 0.0) / 10.0
    return np.where(counts > 0, q, np.nan), np.where(rcount > 0, y, np.nan)


def fitted_weights(q, y):
    """Normalised NNLS weights, or None (too few respondents or an all-zero fit)."""
    if len(y) < MIN_RESPONDENTS:
        return None
    x = nnls(q, y)[0]
    total = x.sum()
    return x / total if total > 0.0 else None


def crmv(q, y, cluster):
    complete = ~np.isnan(q).any(axis=1)
    respondent = complete & ~np.isnan(y)
    population = fitted_weights(q[respondent], y[respondent])
    fallback = population if population is not None else np.full(5, 0.2)
    alpha = np.empty((K, 5))
    for c in range(K):
        rows = respondent & (cluster == c)
        own = fitted_weights(q[rows], y[rows])
        alpha[c] = own if own is not None else fallback
    a = alpha[cluster]
    value = 100.0 * (a[:, 0] * q[:, 0] + a[:, 1] * q[:, 1] + a[:, 2] * q[:, 2]
                     + a[:, 3] * q[:, 3] + a[:, 4] * q[:, 4])
    return np.where(complete, value, np.nan)


def tiers(score):
    n = len(score)
    higher = n - np.searchsorted(np.sort(score), score, side="right")
    position = higher / n
    tier = np.full(n, len(TIER_SHARES) - 1)
    for i in reversed(range(len(TIER_SHARES) - 1)):
        tier[position < TIER_SHARES[i]] = i
    return tier


def score_population(tx, ix, sv, rc, n, as_of, window):
    r, f, m, s = raw_values(tx, ix, n, as_of, window)
    scores = [quintile_scores(r, False), quintile_scores(f, True),
              quintile_scores(m, True), quintile_scores(s, True)]
    sr, sf, sm, ss = scores
    wr, wf, wm, ws = RFMS_WEIGHTS
    rfms = 100.0 * (wr * (sr - 1) + wf * (sf - 1) + wm * (sm - 1) + ws * (ss - 1)) / 4.0
    cluster, iterations = clusters(scores)
    q, y = survey_values(sv, rc, n, as_of, window)
    relationship = crmv(q, y, cluster)
    tier_score = np.where(np.isnan(relationship), rfms,
                          LAMBDA * rfms + (1.0 - LAMBDA) * relationship)
    return pd.DataFrame({
        "customer": np.arange(n), "r_days": r, "f": f, "m": m, "s": s,
        "score_r": sr, "score_f": sf, "score_m": sm, "score_s": ss, "rfms": rfms,
        "segment": segments(sr, sf, sm), "cluster": cluster, "crmv": relationship,
        "tier_score": tier_score, "tier": np.array(TIER_NAMES)[tiers(tier_score)],
    }), iterations


COLUMN_TYPES = {"customer": "int64", "day": "int64", "amount": "float64", "kind": "int64",
                "dimension": "int64", "value": "float64"}


def read(path, columns):
    types = {c: COLUMN_TYPES[c] for c in columns}
    if path is None:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in types.items()})
    return pd.read_csv(path, dtype=types, float_precision="round_trip")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--transactions", required=True)
    parser.add_argument("--interactions", required=True)
    parser.add_argument("--surveys")
    parser.add_argument("--recommend")
    parser.add_argument("--as-of", type=int, required=True)
    parser.add_argument("--window", default="365")
    parser.add_argument("--customers", type=int)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    window = None if args.window == "all" else int(args.window)

    start = time.perf_counter()
    tx = read(args.transactions, ["customer", "day", "amount"])
    ix = read(args.interactions, ["customer", "day", "kind"])
    sv = read(args.surveys, ["customer", "day", "dimension", "value"])
    rc = read(args.recommend, ["customer", "day", "value"])
    loaded = time.perf_counter()
    n = args.customers or int(max(tx["customer"].max(), ix["customer"].max()) + 1)
    result, iterations = score_population(tx, ix, sv, rc, n, args.as_of, window)
    done = time.perf_counter()
    result.to_csv(args.out, index=False, float_format=None)
    print(f"peer_load_seconds={loaded - start:.6f}", file=sys.stderr)
    print(f"peer_compute_seconds={done - loaded:.6f}", file=sys.stderr)
    print(f"peer_kmeans_iterations={iterations}", file=sys.stderr)


if __name__ == "__main__":
    main()
