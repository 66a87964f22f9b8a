#!/usr/bin/python3
"""The churn and over-contact warnings of scoring.md section 5, computed with
pandas from a Tessera database file (read with sqlite3), as the peer of
`tessera-cli warnings` in bench/warnings_vs_peer.sh.

    warnings_peer.py --db FILE --as-of yyyy-mm-dd [--churn-days 90]
                     [--max-contacts 3] [--window-days 7]

Prints key=value lines: the number of warnings of each kind and the seconds
spent reading and computing.
"""
import argparse
import datetime
import sqlite3
import time

import pandas as pd


def day_number(text):
    return (datetime.date.fromisoformat(text) - datetime.date(1970, 1, 1)).days


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--as-of", required=True)
    parser.add_argument("--churn-days", type=int, default=90)
    parser.add_argument("--max-contacts", type=int, default=3)
    parser.add_argument("--window-days", type=int, default=7)
    args = parser.parse_args()
    as_of = day_number(args.as_of)

    started = time.perf_counter()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    customers = pd.read_sql_query(
        "SELECT id, created_at FROM customers WHERE archived = 0", con)
    transactions = pd.read_sql_query("SELECT customer_id, day FROM transactions", con)
    interactions = pd.read_sql_query(
        "SELECT customer_id, day, direction FROM interactions", con)
    read = time.perf_counter()

    # Churn: the newest purchase or interaction up to the as-of day, else the
    # day the customer was added (the database's zone is UTC in the demo file).
    activity = pd.concat([transactions, interactions[["customer_id", "day"]]])
    activity = activity[activity["day"] <= as_of]
    last = activity.groupby("customer_id")["day"].max()
    frame = customers.set_index("id")
    frame["last"] = last.reindex(frame.index)
    frame["base"] = frame["last"].fillna(frame["created_at"] // 86_400_000)
    churn = int((frame["base"] <= as_of - args.churn_days).sum())

    # Over-contact: more outbound contacts than the limit in the window
    # ending on the as-of day.
    window = interactions[(interactions["direction"] == "outbound")
                          & (interactions["day"] > as_of - args.window_days)
                          & (interactions["day"] <= as_of)]
    counts = window.groupby("customer_id").size()
    counts = counts[counts.index.isin(frame.index)]
    over_contact = int((counts > args.max_contacts).sum())
    computed = time.perf_counter()

    print(f"churn={churn}")
    print(f"over_contact={over_contact}")
    print(f"read_s={read - started:.2f}")
    print(f"compute_s={computed - read:.2f}")
    print(f"total_s={computed - started:.2f}")


if __name__ == "__main__":
    main()
