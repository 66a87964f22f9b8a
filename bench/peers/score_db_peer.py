#!/usr/bin/python3
"""End-to-end Python peer of `tessera-cli score`: reads the population from a
Tessera database file with pandas, scores it with the same definitions as the
engine (rfms_peer.py: RFM-S, k-means with scikit-learn, NNLS CRMV, tiers;
clv_peer.py: BG/NBD and Gamma-Gamma fits with SciPy), predicts P(alive),
expected purchases (scipy.special.hyp2f1) and CLV, and writes one row per
customer back into the file (table peer_scores), like a scoring run does.

    score_db_peer.py --db FILE --as-of YYYY-MM-DD [--window DAYS|all]

Prints key=value timings. Run it with Debian's /usr/bin/python3.
"""

import argparse
import datetime
import os
import sqlite3
import sys
import time

import numpy as np
import pandas as pd
from scipy.special import hyp2f1

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clv_peer  # noqa: E402
import rfms_peer  # noqa: E402

KIND_CODES = {"other": 0, "referral": 1, "review": 2, "share": 3, "comment": 4, "call": 5,
              "meeting": 6, "email": 7, "complaint": 8}
HORIZON_WEEKS = 52.0


def read_population(path, as_of):
    db = sqlite3.connect(path)
    ids = pd.read_sql("SELECT id FROM customers WHERE archived = 0 ORDER BY id", db)["id"]
    index = pd.Series(np.arange(len(ids)), index=ids.to_numpy())
    tx = pd.read_sql(f"SELECT customer_id, day, amount_cents FROM transactions WHERE day <= {as_of}", db)
    ix = pd.read_sql(f"SELECT customer_id, day, kind FROM interactions WHERE day <= {as_of}", db)
    sv = pd.read_sql("SELECT r.customer_id, r.day, a.dimension, a.value FROM survey_responses r "
                     f"JOIN survey_answers a ON a.response_id = r.id WHERE r.day <= {as_of}", db)
    rc = pd.read_sql(f"SELECT customer_id, day, nps AS value FROM survey_responses "
                     f"WHERE nps IS NOT NULL AND day <= {as_of}", db)
    db.close()

    def dense(frame):
        frame = frame[frame["customer_id"].isin(index.index)]
        return frame.assign(customer=index.loc[frame["customer_id"]].to_numpy()).drop(columns="customer_id")

    tx = dense(tx).assign(amount=lambda t: t["amount_cents"] / 100.0).drop(columns="amount_cents")
    ix = dense(ix).assign(kind=lambda t: t["kind"].map(KIND_CODES).fillna(0).astype(np.int64))
    sv = dense(sv).assign(dimension=lambda t: t["dimension"] - 1, value=lambda t: t["value"].astype(float))
    rc = dense(rc).assign(value=lambda t: t["value"].astype(float))
    return ids.to_numpy(), tx, ix, sv, rc


def predictions(x, tx, T, m, bg, gg):
    r, alpha, a, b = bg
    p, q, v = gg
    ratio = ((alpha + T) / (alpha + tx)) ** (r + x)
    dropout = np.where(x > 0, a / (b + x - 1) * ratio, 0.0)
    alive = 1.0 / (1.0 + dropout)
    t = HORIZON_WEEKS
    z = t / (alpha + T + t)
    with np.errstate(all="ignore"):
        expected = (a + b + x - 1) / (a - 1) * (
            1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)
        ) / (1 + dropout)
        population_mean = p * v / (q - 1) if q > 1 else np.nan
        value = np.where((x > 0) & (m > 0), p * (v + x * m) / (p * x + q - 1), population_mean)
    return alive, expected, value, expected * value


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--as-of", required=True)
    parser.add_argument("--window", default="365")
    args = parser.parse_args()
    as_of = (datetime.date.fromisoformat(args.as_of) - datetime.date(1970, 1, 1)).days
    window = None if args.window == "all" else int(args.window)

    start = time.perf_counter()
    ids, tx, ix, sv, rc = read_population(args.db, as_of)
    loaded = time.perf_counter()
    scores, _ = rfms_peer.score_population(tx, ix, sv, rc, len(ids), as_of, window)
    scored = time.perf_counter()
    summary_tx = tx.rename(columns={})[["customer", "day", "amount"]]
    x, tx_weeks, T, m = clv_peer.summarise(summary_tx, as_of)
    bg, _, _ = clv_peer.fit(clv_peer.bgnbd_negative_mean_loglik,
                            np.array([1.0, T.sum() / x.sum(), 1.0, 1.0]), (x, tx_weeks, T))
    used = (x > 0) & (m > 0)
    gg, _, _ = clv_peer.fit(clv_peer.gammagamma_negative_mean_loglik,
                            np.array([1.0, 2.0, m[used].mean()]), (x[used], m[used]))
    alive, expected, value, clv = predictions(x, tx_weeks, T, m, bg, gg)
    buyers = np.sort(summary_tx[summary_tx["day"] <= as_of]["customer"].unique())
    for name, column in (("p_alive", alive), ("expected_purchases", expected), ("clv", clv)):
        full = np.full(len(ids), np.nan)
        full[buyers] = column
        scores[name] = full
    fitted = time.perf_counter()
    scores["customer_id"] = ids
    db = sqlite3.connect(args.db)
    scores.drop(columns="customer").to_sql("peer_scores", db, if_exists="replace", index=False,
                                           chunksize=50000)
    db.commit()
    db.close()
    written = time.perf_counter()
    print(f"peer_read_seconds={loaded - start:.3f}")
    print(f"peer_score_seconds={scored - loaded:.3f}")
    print(f"peer_clv_seconds={fitted - scored:.3f}")
    print(f"peer_write_seconds={written - fitted:.3f}")
    print(f"peer_total_seconds={written - start:.3f}")
    print(f"peer_bgnbd={bg.round(4).tolist()} peer_gamma_gamma={gg.round(4).tolist()}")


if __name__ == "__main__":
    main()
