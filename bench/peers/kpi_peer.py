#!/usr/bin/python3
"""The KPIs of docs/kpis.md section 2 for one period, broken down by owner
(or team or tier), computed with pandas from a Tessera database file (read
with sqlite3), as the peer of `tessera-cli kpi --by owner --json` in
bench/kpi_vs_peer.sh.

    kpi_peer.py --db FILE --period 2026Q3 [--by owner|team|tier] [--json OUT]

Covers every customer (what an administrator sees). The tables are read with
plain SELECTs and every count is done by pandas. Prints one summary line;
--json writes the CLI's document: the total's figures, `by` and `groups`.
Run it with Debian's /usr/bin/python3.
"""
import argparse
import datetime
import json
import math
import re
import sqlite3
import time
import zoneinfo

import pandas as pd

Z95 = 1.959963984540054  # scoring::kZ95, so the intervals match to the last digit
EPOCH = datetime.date(1970, 1, 1)
DIMENSIONS = ["personalised", "emotional", "rights", "value", "ease"]
NAN = float("nan")


def add_months(date, months):
    years, month = divmod(date.month - 1 + months, 12)
    return datetime.date(date.year + years, month + 1, 1)


def period_bounds(label):
    """(label, first date, first date after, months) of 2026-05, 2026Q2 or 2026 (KpiPeriod)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})|[Qq]([1-4]))?", label.strip())
    if not m or not 1 <= int(m[2] or 1) <= 12 or int(m[1]) < 1900:
        raise SystemExit(f"'{label}' is not a period; give 2026-10, 2026Q3 or 2026")
    months = 1 if m[2] else 3 if m[3] else 12
    first = datetime.date(int(m[1]), int(m[2]) if m[2] else int(m[3]) * 3 - 2 if m[3] else 1, 1)
    label = f"{first:%Y-%m}" if m[2] else f"{first.year}Q{m[3]}" if m[3] else f"{first.year}"
    return label, first, add_months(first, months), months


def day(date):
    return (date - EPOCH).days


def start_ms(date, zone):
    # Midnight in the database's zone (Calendar::startOfDayMs); in a DST gap
    # fold=0 lands on the first instant after it, as Qt's startOfDay does.
    return round(datetime.datetime(date.year, date.month, date.day, tzinfo=zone).timestamp() * 1000)


def customer_keys(customers, users, scores, by):
    """Each customer's group, '' when it has none (the COALESCEs of KpiRepository)."""
    u = users.set_index("id")
    owner = customers["owner_id"].astype("Int64")
    if by == "owner":
        key = owner.map(u["username"])
    elif by == "team":  # the owner's supervisor; a supervisor who owns customers heads their own
        own = owner.map(u["username"]).where(owner.map(u["role"]) == "supervisor")
        key = owner.map(u["supervisor_id"]).astype("Int64").map(u["username"]).fillna(own)
    else:  # tier in the latest run
        key = customers["id"].map(scores.set_index("customer_id")["tier"])
    return pd.Series(key.fillna("").astype(str).values, index=customers["id"].values)


def tally(key, **columns):
    """Sums of the columns (booleans count) per value of key; float, so empty frames add too."""
    frame = pd.DataFrame(columns, index=key.index).astype(float)
    return frame.groupby(key.values).sum()


def counts_by_group(tables, keys, days, prev, ms):
    """One row of additive counts per group, and each group's first-response delays (ms)."""
    first, last = days
    tx, responses, answers, tickets, scores, customers = tables

    # Surveys: the responses dated in the period; each figure counts the
    # responses that answered its question (NaN compares false).
    r = responses[responses["day"].between(first, last)]
    r = r.assign(key=r["customer_id"].map(keys)).dropna(subset=["key"])  # JOIN customers
    nps, csat, ces = r["nps"], r["csat"], r["ces"]
    surveys = tally(r["key"], responses=1, promoters=nps >= 9, passives=nps.between(7, 8),
                    detractors=nps <= 6, csat_n=csat.notna(), csat_hits=csat >= 4,
                    ces_n=ces.notna(), ces_sum=ces.fillna(0))

    # Dimensions: each response's mean over its items, then summed per group
    # with their number, so groups add up to the total.
    a = answers.merge(r[["id", "key"]], left_on="response_id", right_on="id")
    per_response = a.groupby(["key", "response_id", "dimension"])["value"].mean().reset_index()
    dims = per_response.groupby(["key", "dimension"])["value"].agg(["size", "sum"]).unstack()
    dims.columns = [f"dim_{'n' if stat == 'size' else 'sum'}{d}" for stat, d in dims.columns]

    # Purchases: transactions up to the period's last day. A purchase day is a
    # day with a non-negative amount; revenue sums every amount (refunds too).
    t = tx[tx["day"] <= last]
    revenue = t["amount_cents"].where(t["day"] >= first, 0).groupby(t["customer_id"]).sum()
    bought = t.loc[t["amount_cents"] >= 0, ["customer_id", "day"]].drop_duplicates()
    now = bought[bought["day"] >= first].groupby("customer_id").size()
    before = bought[bought["day"].between(*prev)].groupby("customer_id").size()
    ids = customers["id"]  # LEFT JOIN from customers: everyone counts, buyer or not
    now = now.reindex(ids, fill_value=0).values
    before = before.reindex(ids, fill_value=0).values
    first_buy = bought.groupby("customer_id")["day"].min().reindex(ids).values
    created_before_end = (customers["created_at"] < ms[1]).values
    purchases = tally(
        keys, previous_buyers=before > 0, retained=(before > 0) & (now > 0), buyers=now > 0,
        repeat_buyers=now > 1,
        # Prospects: no purchase before the period, and added by its end or bought in it.
        prospects=(first_buy >= first) | (pd.isna(first_buy) & created_before_end),
        converted=first_buy >= first, revenue_cents=revenue.reindex(ids, fill_value=0).values)

    # Value: the latest run's lifetime values of existing customers.
    v = scores[scores["customer_id"].isin(keys.index)]
    values = tally(v["customer_id"].map(keys), clv_n=v["clv"].notna(),
                   clv_sum=v["clv"].fillna(0).values)

    # Service: tickets opened in [start, end) of the period in the zone.
    k = tickets[(tickets["opened_at"] >= ms[0]) & (tickets["opened_at"] < ms[1])]
    k = k.assign(key=k["customer_id"].map(keys)).dropna(subset=["key"])
    service = tally(k["key"], tickets=1, complaints=k["is_complaint"] == 1,
                    resolved=k["resolved_at"].notna())
    delays = (k["first_response_at"] - k["opened_at"]).dropna()
    delays = pd.DataFrame({"key": k.loc[delays.index, "key"], "ms": delays})

    counts = pd.concat([surveys, dims, purchases, values, service], axis=1).fillna(0)
    for d in range(1, 6):
        for col in (f"dim_n{d}", f"dim_sum{d}"):
            counts[col] = counts[col] if col in counts else 0.0
    return counts.sort_index(), delays


def share(part, whole):
    return part / whole if whole > 0 else NAN


def interval(value, se, lo, hi):
    return min(max(value - Z95 * se, lo), hi), min(max(value + Z95 * se, lo), hi)


def figures(c, delays_ms, total_revenue):
    """KpiCounts::figures(): a group's (or the total's) figures from its counts."""
    f = {"responses": int(c["responses"])}
    n = c["promoters"] + c["passives"] + c["detractors"]
    nps = lo = hi = NAN
    if n > 0:
        p, d = c["promoters"] / n, c["detractors"] / n
        nps = 100.0 * (c["promoters"] - c["detractors"]) / n
        lo, hi = interval(nps, 100.0 * math.sqrt(max(0.0, (p + d - (p - d) ** 2) / n)), -100, 100)
    f.update(nps=nps, nps_ci_low=lo, nps_ci_high=hi)
    csat = share(c["csat_hits"], c["csat_n"])
    lo, hi = (NAN, NAN) if math.isnan(csat) else \
        interval(csat, math.sqrt(csat * (1 - csat) / c["csat_n"]), 0, 1)
    f.update(csat=csat, csat_ci_low=lo, csat_ci_high=hi, ces=share(c["ces_sum"], c["ces_n"]))
    f["dimensions"] = {name: share(c[f"dim_sum{i + 1}"], c[f"dim_n{i + 1}"])
                       for i, name in enumerate(DIMENSIONS)}
    retention = share(c["retained"], c["previous_buyers"])
    revenue = c["revenue_cents"] / 100.0
    f.update(retention_rate=retention, churn_rate=1.0 - retention,
             repurchase_rate=share(c["repeat_buyers"], c["buyers"]),
             conversion_rate=share(c["converted"], c["prospects"]),
             previous_buyers=int(c["previous_buyers"]), buyers=int(c["buyers"]),
             prospects=int(c["prospects"]), revenue=revenue,
             revenue_share=revenue / total_revenue if total_revenue != 0 else NAN,
             clv_customers=int(c["clv_n"]),
             clv_total=c["clv_sum"] if c["clv_n"] > 0 else NAN,
             clv_mean=share(c["clv_sum"], c["clv_n"]),
             tickets=int(c["tickets"]), complaints=int(c["complaints"]),
             # The median of the answered tickets; pandas takes the mean of the middle two.
             first_response_hours_median=delays_ms.median() / 3_600_000.0
             if len(delays_ms) else NAN,
             resolution_rate=share(c["resolved"], c["tickets"]))
    return f


def jsonable(value):
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return None  # an empty figure is null, as in the CLI
    return value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--period", required=True)
    parser.add_argument("--by", choices=["owner", "team", "tier"], default="owner")
    parser.add_argument("--json")
    args = parser.parse_args()
    label, first, after, months = period_bounds(args.period)
    prev_first = add_months(first, -months)

    started = time.perf_counter()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    read = lambda sql: pd.read_sql_query(sql, con)  # noqa: E731
    zone_row = con.execute("SELECT value FROM settings WHERE key = 'time_zone'").fetchone()
    run = con.execute("SELECT MAX(id) FROM scoring_runs").fetchone()[0]
    customers = read("SELECT id, owner_id, created_at FROM customers")
    users = read("SELECT id, username, role, supervisor_id FROM users")
    tx = read("SELECT customer_id, day, amount_cents FROM transactions")
    responses = read("SELECT id, customer_id, day, nps, csat, ces FROM survey_responses")
    answers = read("SELECT response_id, dimension, value FROM survey_answers")
    tickets = read("SELECT customer_id, opened_at, is_complaint, first_response_at, resolved_at"
                   " FROM tickets")
    scores = read(f"SELECT customer_id, tier, clv FROM customer_scores WHERE run_id = {int(run)}"
                  if run is not None else "SELECT 0 AS customer_id, '' AS tier, 0.0 AS clv LIMIT 0")
    con.close()
    loaded = time.perf_counter()

    # Calendar falls back to UTC when the zone is missing or unknown.
    try:
        zone = zoneinfo.ZoneInfo(zone_row[0] if zone_row else "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    days = (day(first), day(after) - 1)
    prev = (day(prev_first), day(first) - 1)
    ms = (start_ms(first, zone), start_ms(after, zone))
    keys = customer_keys(customers, users, scores, args.by)
    counts, delays = counts_by_group((tx, responses, answers, tickets, scores, customers),
                                    keys, days, prev, ms)
    # Counts add up over the groups; the total's median is over every delay.
    total = figures(counts.sum(), delays["ms"], NAN)
    total["revenue_share"] = 1.0 if total["revenue"] != 0 else NAN
    by_key = dict(tuple(delays.groupby("key")["ms"]))
    empty = pd.Series(dtype=float)
    groups = [{"key": key, **figures(row, by_key.get(key, empty), total["revenue"])}
              for key, row in counts.iterrows()]
    computed = time.perf_counter()

    document = {"period": label, "from": first.isoformat(),
                "to": (after - datetime.timedelta(days=1)).isoformat(), "scoring_run": run,
                **total, "by": args.by, "groups": groups}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(jsonable(document), out, indent=4)
    print(f"groups={len(groups)} responses={total['responses']} revenue={total['revenue']:.2f} "
          f"tickets={total['tickets']} read_s={loaded - started:.2f} "
          f"compute_s={computed - loaded:.2f} total_s={computed - started:.2f}")


if __name__ == "__main__":
    main()
