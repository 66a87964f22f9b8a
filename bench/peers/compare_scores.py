#!/usr/bin/python3
"""Compares the engine's per-customer scores (scoring_synth --scores) with the
peer's (rfms_peer.py --out), column by column.

    compare_scores.py ours.csv peer.csv [--exact-tiers]

Raw values, the four scores, RFMS and the segment must agree exactly (same
bits); so must the tiers with --exact-tiers (populations without surveys,
where the TierScore is the RFMS). Clusters, CRMV and TierScore are reported:
they pass through k-means and NNLS, whose floating-point paths differ
(scikit-learn's Lloyd, SciPy's NNLS on the full matrix). Exit status 1 when an
exact column differs.
"""

import argparse
import sys

import numpy as np
import pandas as pd

EXACT = ["r_days", "f", "m", "s", "score_r", "score_f", "score_m", "score_s", "rfms", "segment"]


def load(path):
    return pd.read_csv(path, float_precision="round_trip", keep_default_na=False,
                       na_values={"crmv": [""]}).sort_values("customer").reset_index(drop=True)


def same(a, b):
    if a.dtype.kind == "f" or b.dtype.kind == "f":
        a, b = a.astype(float).to_numpy(), b.astype(float).to_numpy()
        return (a == b) | (np.isnan(a) & np.isnan(b))
    return (a == b).to_numpy()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ours")
    parser.add_argument("peer")
    parser.add_argument("--exact-tiers", action="store_true")
    args = parser.parse_args()
    ours, peer = load(args.ours), load(args.peer)
    if len(ours) != len(peer):
        print(f"different customer counts: {len(ours)} vs {len(peer)}")
        return 1
    exact = EXACT + (["tier"] if args.exact_tiers else [])
    failed = False
    for column in exact:
        mismatches = int((~same(ours[column], peer[column])).sum())
        print(f"{column:>10}: {'identical' if mismatches == 0 else f'{mismatches} differ'}")
        failed |= mismatches > 0
    clusters = (ours["cluster"] == peer["cluster"]).mean()
    crmv = (ours["crmv"] - peer["crmv"]).abs().max()
    tier_score = (ours["tier_score"] - peer["tier_score"]).abs().max()
    tiers = (ours["tier"] == peer["tier"]).mean()
    print(f"   cluster: {100 * clusters:.4f}% equal")
    print(f"      crmv: max |difference| {0.0 if np.isnan(crmv) else crmv:.3g}")
    print(f"tier_score: max |difference| {tier_score:.3g}")
    print(f"      tier: {100 * tiers:.4f}% equal")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
