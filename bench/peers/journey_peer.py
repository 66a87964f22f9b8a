#!/usr/bin/python3
"""The journey map of docs/journeys.md for one period, computed with pandas
from a Tessera database file (read with sqlite3), as the peer of
`tessera-cli --json journey --period P [--tier T]` in bench/journey_vs_peer.sh.

    journey_peer.py --db FILE --period 2026Q3 [--tier T] [--paths N] [--json OUT]

Covers every customer (what an administrator sees), or with --tier the
customers of that tier in the latest scoring run. The tables are read with
plain SELECTs and every count is done by pandas. Prints one summary line;
--json writes the CLI's document: period, population, customers,
interactions, pain_point_rate, stages (with their touchpoints), dropoffs and
paths. Run it with Debian's /usr/bin/python3.
"""
import argparse
import datetime
import functools
import json
import math
import sqlite3
import time
import zoneinfo

import numpy as np
import pandas as pd

# The period and the database's days and instants as the KPI peer reads them.
from kpi_peer import day, period_bounds, start_ms

TIERS = ["Diamond", "Platinum", "Gold", "Silver", "Bronze"]
RISK_LIFECYCLES = ["churned", "declining"]  # JourneyService's kRiskLifecycles
HEALTH_WARNING_BELOW = 40  # WarningThresholds' defaults, for a profile without them
PAIN_POINT_COMPLAINT_RATE = 0.10
TIE = 1e-12  # rankPriorities' tolerance
NAN = float("nan")


def thresholds(body):
    """(health_warning_below, pain_point_complaint_rate) of the profile's JSON body."""
    try:
        warnings = json.loads(body).get("warnings", {}) if body else {}
    except ValueError:
        warnings = {}
    return (warnings.get("health_warning_below", HEALTH_WARNING_BELOW),
            warnings.get("pain_point_complaint_rate", PAIN_POINT_COMPLAINT_RATE))


def population_of(customers, scores, tier, health_below):
    """The population's customers as a Series id -> at risk now (JourneyActivityRepository)."""
    c = customers
    if tier is not None:  # the run's scores of that tier, for customers that exist
        c = c[c["id"].isin(scores.loc[scores["tier"] == tier, "customer_id"])]
    # Health is an INTEGER column (sqlite3_column_int would truncate anything
    # else); no health score (NaN) is never under the threshold.
    health = np.trunc(c["health"].astype(float))
    at_risk = c["lifecycle"].isin(RISK_LIFECYCLES) | (health < health_below)
    return pd.Series(at_risk.values, index=c["id"].values)


def journey_layout(stages, touchpoints):
    """Stages in position order (index = place on the map) and touchpoints by stage
    position, stage id, position, id (JourneyRepository), with their stage index."""
    stages = stages.sort_values(["position", "id"], kind="stable").reset_index(drop=True)
    stages["index"] = range(len(stages))
    stages["retired"] = stages["retired_at"].notna()
    t = touchpoints.merge(stages[["id", "position", "index", "retired"]].rename(
        columns={"id": "stage_id", "position": "stage_position", "retired": "stage_retired"}),
        on="stage_id")  # JOIN journey_stages
    t = t.sort_values(["stage_position", "stage_id", "position", "id"], kind="stable")
    t = t[t["id"] > 0].reset_index(drop=True)
    t["retired"] = t["retired_at"].notna() | t["stage_retired"]
    return stages, t.set_index("id")


def touchpoint_figures(tp, rows, surveys, tickets, all_interactions, population_size, rate):
    """Per touchpoint (tp's index): the figures of computeJourneyMap."""
    f = pd.DataFrame(index=tp.index)
    by_tp = rows.groupby("touchpoint_id")
    f["volume"] = by_tp.size().reindex(f.index, fill_value=0)
    f["reach_n"] = by_tp["customer_id"].nunique().reindex(f.index, fill_value=0)
    complaint_interactions = by_tp["complaint"].sum().reindex(f.index, fill_value=0)

    csat = surveys[surveys["csat"].fillna(0) > 0].groupby("touchpoint_id")["csat"]
    f["responses"] = csat.size().reindex(f.index, fill_value=0)
    f["satisfaction"] = csat.mean().reindex(f.index)
    nps = surveys[surveys["nps"].fillna(-1) >= 0].groupby("touchpoint_id")["nps"]
    f["nps"] = nps.mean().reindex(f.index)

    f["complaints"] = (complaint_interactions
                       + tickets.groupby("touchpoint_id").size().reindex(f.index, fill_value=0))
    f = f.astype({"volume": "int64", "reach_n": "int64", "responses": "int64",
                  "complaints": "int64"})
    delays = tickets["first_response_ms"].dropna()
    f["first_response_hours"] = (delays.groupby(tickets.loc[delays.index, "touchpoint_id"])
                                 .median().reindex(f.index) / 3_600_000.0)

    f["volume_share"] = f["volume"] / all_interactions if all_interactions > 0 else 0.0
    f["reach"] = f["reach_n"] / population_size if population_size > 0 else NAN
    f["satisfaction_normalised"] = (f["satisfaction"] - 1.0) / 4.0
    f["priority"] = (1.0 - f["satisfaction_normalised"]) * f["volume_share"]
    f["complaint_rate"] = (f["complaints"] / f["volume"]).where(f["volume"] > 0)
    f["pain_point"] = (f["complaint_rate"].notna() & (f["complaints"] > 0)
                       & (f["complaint_rate"] >= rate))
    return f


def stage_sequences(rows, at_risk, stage_count):
    """Each customer's stages in time order, repeats in a row once: per customer
    (rows) and stage (columns) the first and last place of the stage on the
    customer's path (NaN: not on it), and the paths' tallies, most customers first."""
    r = rows.dropna(subset=["stage"]).sort_values(["customer_id", "at", "id"], kind="stable")
    r = r.astype({"stage": "int64"})
    new_step = (r["stage"] != r["stage"].shift()) | (r["customer_id"] != r["customer_id"].shift())
    steps = r.loc[new_step, ["customer_id", "stage"]]
    steps = steps.assign(place=steps.groupby("customer_id").cumcount())
    place = steps.groupby(["customer_id", "stage"])["place"]
    first = place.min().unstack().reindex(columns=range(stage_count))
    last = place.max().unstack().reindex(columns=range(stage_count))

    # std::map<std::vector<int>, ...> order: stage indices compared in turn, a
    # prefix first; fixed-width codes compare the same way as text.
    code = steps["stage"].astype(str).str.zfill(6)
    path = code.groupby(steps["customer_id"]).agg("".join)
    per_customer = pd.DataFrame({"path": path, "at_risk": path.index.map(at_risk).astype(int)})
    paths = per_customer.groupby("path")["at_risk"].agg(["size", "sum"])
    paths = paths.sort_index().sort_values("size", ascending=False, kind="stable")
    return first, last, paths


def rank_priorities(stages_out):
    """rankPriorities: ranks 1..3 on the highest priorities; ties go to the lower
    satisfaction, then the larger volume, then journey order (a stable sort)."""
    ranked = [t for s in stages_out for t in s["touchpoints"] if t["priority"] is not None]

    def before(a, b):
        if abs(a["priority"] - b["priority"]) > TIE:
            return -1 if a["priority"] > b["priority"] else 1
        if abs(a["satisfaction"] - b["satisfaction"]) > TIE:
            return -1 if a["satisfaction"] < b["satisfaction"] else 1
        return -1 if a["volume"] > b["volume"] else 1 if a["volume"] < b["volume"] else 0

    for i, t in enumerate(sorted(ranked, key=functools.cmp_to_key(before))[:3]):
        t["rank"], t["top3"] = i + 1, True


def value(v):
    """A figure as the CLI writes it: NaN is null, numpy numbers are Python's."""
    v = v.item() if hasattr(v, "item") else v
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else v


def journey_map(tables, tier, days, ms, health_below, rate, path_limit):
    customers, scores, stages, touchpoints, interactions, responses, tickets = tables
    first, last = days
    at_risk = population_of(customers, scores, tier, health_below)
    stages, tp = journey_layout(stages, touchpoints)
    stage_of = tp["index"]

    # The population's interactions, responses and tickets of the period; the
    # ones without a touchpoint on the map count only among all interactions.
    i = interactions[interactions["day"].between(first, last)
                     & interactions["customer_id"].isin(at_risk.index)]
    all_interactions = len(i)
    i = i.assign(touchpoint_id=i["touchpoint_id"].astype("Int64"),
                 complaint=(i["kind"] == "complaint").astype(int))
    i = i.assign(stage=i["touchpoint_id"].map(stage_of))
    on_map = i[i["stage"].notna()]
    s = responses[responses["day"].between(first, last)
                  & responses["customer_id"].isin(at_risk.index)
                  & responses["touchpoint_id"].isin(tp.index)]
    k = tickets[(tickets["opened_at"] >= ms[0]) & (tickets["opened_at"] < ms[1])
                & tickets["customer_id"].isin(at_risk.index)
                & tickets["touchpoint_id"].isin(tp.index)]
    k = k.assign(first_response_ms=k["first_response_at"] - k["opened_at"])

    figures = touchpoint_figures(tp, on_map, s, k, all_interactions, len(at_risk), rate)
    stage_customers = on_map.groupby("stage")["customer_id"].nunique()
    first_place, last_place, paths = stage_sequences(on_map, at_risk, len(stages))

    # Drop-offs between stages in use: a retired stage is skipped over.
    active = stages.loc[~stages["retired"], "index"].tolist()
    dropoffs = []
    for here in stages.itertuples():
        later = [a for a in active if a > here.index]
        if here.retired or not later:
            continue
        # Of those who reached it, the ones at the next stage after their first visit.
        nxt = later[0]
        reached = int(first_place[here.index].notna().sum())
        continued = int((last_place[nxt] > first_place[here.index]).sum())
        dropoffs.append({"from": here.name, "to": stages.loc[nxt, "name"], "reached": reached,
                         "continued": continued, "dropped": reached - continued,
                         "drop_share": (reached - continued) / reached if reached > 0 else None})

    names = stages["name"].tolist()
    path_rows = [{"stages": [names[int(code[j:j + 6])] for j in range(0, len(code), 6)],
                  "customers": int(row["size"]), "at_risk": int(row["sum"]),
                  "churn_share": row["sum"] / row["size"] if row["size"] > 0 else 0.0}
                 for code, row in paths.head(path_limit).iterrows()]

    stages_out = []
    for st in stages.itertuples():
        touch = []
        for tid, t in tp[tp["index"] == st.index].iterrows():
            f = figures.loc[tid]
            has_figures = f["volume"] > 0 or f["responses"] > 0 or f["complaints"] > 0
            if t["retired"] and not has_figures:
                continue  # retired ones stay only while they have figures
            touch.append({"name": t["name"], "retired": bool(t["retired"]),
                          **{key: value(f[key]) for key in
                             ["volume", "volume_share", "reach", "responses", "satisfaction",
                              "satisfaction_normalised", "nps", "complaints", "complaint_rate",
                              "first_response_hours", "priority"]},
                          "top3": False, "rank": None, "pain_point": bool(f["pain_point"])})
        n = int(stage_customers.get(st.index, 0))
        if st.retired and n == 0 and not touch:
            continue
        stages_out.append({"name": st.name, "position": int(st.position),
                           "retired": bool(st.retired), "customers": n, "touchpoints": touch})
    rank_priorities(stages_out)
    return {"customers": len(at_risk), "interactions": all_interactions, "pain_point_rate": rate,
            "stages": stages_out, "dropoffs": dropoffs, "paths": path_rows}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--period", required=True)
    parser.add_argument("--tier")
    parser.add_argument("--paths", type=int, default=10)
    parser.add_argument("--json")
    args = parser.parse_args()
    label, first, after, _months = period_bounds(args.period)
    tier = None
    if args.tier is not None:
        tier = next((t for t in TIERS if t.lower() == args.tier.lower()), None)
        if tier is None:
            raise SystemExit(f"'{args.tier}' is not a tier; use {', '.join(TIERS)}")

    started = time.perf_counter()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    read = lambda sql: pd.read_sql_query(sql, con)  # noqa: E731
    zone_row = con.execute("SELECT value FROM settings WHERE key = 'time_zone'").fetchone()
    run = con.execute("SELECT MAX(id) FROM scoring_runs").fetchone()[0]
    profile = con.execute(
        "SELECT body FROM scoring_profiles ORDER BY version DESC LIMIT 1").fetchone()
    customers = read("SELECT id, lifecycle, health FROM customers")
    scores = read(f"SELECT customer_id, tier FROM customer_scores WHERE run_id = {int(run)}"
                  if run is not None and tier is not None
                  else "SELECT 0 AS customer_id, '' AS tier LIMIT 0")
    stages = read("SELECT id, name, position, retired_at FROM journey_stages")
    touchpoints = read("SELECT id, stage_id, name, position, retired_at FROM touchpoints")
    interactions = read("SELECT id, customer_id, at, day, touchpoint_id, kind FROM interactions")
    responses = read("SELECT customer_id, day, touchpoint_id, csat, nps FROM survey_responses")
    tickets = read("SELECT customer_id, opened_at, touchpoint_id, first_response_at FROM tickets")
    con.close()
    loaded = time.perf_counter()

    # Calendar falls back to UTC when the zone is missing or unknown.
    try:
        zone = zoneinfo.ZoneInfo(zone_row[0] if zone_row else "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    health_below, rate = thresholds(profile[0] if profile else None)
    days = (day(first), day(after) - 1)
    ms = (start_ms(first, zone), start_ms(after, zone))
    tables = (customers, scores, stages, touchpoints, interactions, responses, tickets)
    figures = journey_map(tables, tier, days, ms, health_below, rate, args.paths)
    computed = time.perf_counter()

    document = {"period": label, "from": first.isoformat(),
                "to": (after - datetime.timedelta(days=1)).isoformat(),
                "population": f"tier={args.tier}" if args.tier is not None else "", **figures}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(document, out, indent=4)
    touched = sum(len(s["touchpoints"]) for s in figures["stages"])
    print(f"customers={figures['customers']} interactions={figures['interactions']} "
          f"stages={len(figures['stages'])} touchpoints={touched} paths={len(figures['paths'])} "
          f"read_s={loaded - started:.2f} compute_s={computed - loaded:.2f} "
          f"total_s={computed - started:.2f}")


if __name__ == "__main__":
    main()
