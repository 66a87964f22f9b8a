#!/usr/bin/python3
"""Python peer of `tessera-cli report tiers`: reads one scoring run (and the run
it is compared with) from a Tessera database file with pandas, computes the
same sections as Tessera's tier report (tier distribution with shares, revenue
= the run's M, average CLV and P(alive); the same per account manager; the
from -> to tier matrix; the promoted and demoted customers; every customer
best tier first, then by TierScore and code) and writes them as one CSV
(DataFrame.to_csv, UTF-8 with BOM) or as an XLSX with one sheet per section
(openpyxl in write-only mode, rows streamed, numbers as numbers; pandas'
to_excel builds every cell object in memory first, which needs gigabytes for a
million rows).

    tier_report_peer.py --db FILE --run ID [--compare ID] --format csv|xlsx --out FILE
                        [--check TESSERA_CSV]

--check compares the tier distribution with the [tiers] section of a CSV that
tessera-cli wrote and fails when a count, revenue or share differs. Prints
key=value timings. Run it with Debian's /usr/bin/python3.
"""

import argparse
import csv
import sqlite3
import sys
import time

import pandas as pd
from openpyxl import Workbook

TIERS = ["Diamond", "Platinum", "Gold", "Silver", "Bronze"]


def read_rows(path, run, compare):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = pd.read_sql(
        "SELECT c.code, c.name, c.kind, coalesce(u.display_name, '') AS owner, "
        "c.owner_id IS NULL AS unowned, s.monetary AS revenue, s.tier, p.tier AS previous_tier, "
        "s.score_r, s.score_f, s.score_m, s.score_s, s.segment, s.rfms, s.crmv, s.tier_score, "
        "s.clv, s.p_alive, p.rfms AS previous_rfms "
        "FROM customer_scores s JOIN customers c ON c.id = s.customer_id "
        "LEFT JOIN users u ON u.id = c.owner_id "
        "LEFT JOIN customer_scores p ON p.run_id = ? AND p.customer_id = s.customer_id "
        "WHERE s.run_id = ?", db, params=(compare if compare else -1, run))
    db.close()
    return rows


def totals(frame, whole):
    grouped = frame.agg(customers=("revenue", "size"), revenue=("revenue", "sum"),
                        average_clv=("clv", "mean"), average_p_alive=("p_alive", "mean"))
    grouped.insert(1, "customer_share", grouped["customers"] / len(whole))
    grouped.insert(3, "revenue_share", grouped["revenue"] / whole["revenue"].sum())
    return grouped


def sections(rows, compare):
    rank = rows["tier"].map({t: i for i, t in enumerate(TIERS)})
    rows = rows.assign(rank=rank).sort_values(["rank", "tier_score", "code"],
                                              ascending=[True, False, True], kind="mergesort")
    by_tier = totals(rows.groupby("tier"), rows).reindex(TIERS)
    by_tier[["customers", "customer_share", "revenue", "revenue_share"]] = \
        by_tier[["customers", "customer_share", "revenue", "revenue_share"]].fillna(0)
    overall = totals(rows.assign(all="total").groupby("all"), rows)
    tiers = pd.concat([by_tier, overall]).rename_axis("tier").reset_index()

    owner_key = rows["owner"].where(~rows["unowned"].astype(bool), "(no owner)")
    owners = totals(rows.groupby(owner_key), rows)
    counts = pd.crosstab(owner_key, rows["tier"]).reindex(columns=TIERS, fill_value=0)
    counts.columns = [t.lower() for t in TIERS]
    owners = owners.join(counts).rename_axis("owner").reset_index()

    rows["rfm_code"] = (rows["score_r"].astype(str) + "-" + rows["score_f"].astype(str) + "-" +
                        rows["score_m"].astype(str) + "-" + rows["score_s"].astype(str))
    out = [("tiers", tiers), ("owners", owners)]
    if compare:
        scored = rows[rows["previous_tier"].notna()]
        matrix = pd.crosstab(scored["previous_tier"], scored["tier"]) \
            .reindex(index=TIERS, columns=TIERS, fill_value=0)
        matrix.columns = ["to_" + t.lower() for t in TIERS]
        out.append(("movements", matrix.rename_axis("from_tier").reset_index()))
        moved = scored[scored["previous_tier"] != scored["tier"]]
        promoted = moved["tier"].map(TIERS.index) < moved["previous_tier"].map(TIERS.index)
        out.append(("moved_customers", pd.DataFrame({
            "code": moved["code"], "name": moved["name"], "owner": moved["owner"],
            "from_tier": moved["previous_tier"], "to_tier": moved["tier"],
            "rfms_before": moved["previous_rfms"], "rfms_after": moved["rfms"],
            "change": promoted.map({True: "promotion", False: "demotion"})})))
    columns = ["code", "name", "kind", "owner", "revenue", "tier"] + \
        (["previous_tier"] if compare else []) + \
        ["rfm_code", "segment", "rfms", "crmv", "tier_score", "clv", "p_alive"]
    out.append(("customers", rows[columns]))
    return out


def write_csv(path, parts):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        for key, frame in parts:
            f.write(f"[{key}]\r\n")
            frame.to_csv(f, index=False, lineterminator="\r\n", float_format="%.4f")
            f.write("\r\n")


def write_xlsx(path, parts):
    book = Workbook(write_only=True)
    for key, frame in parts:
        sheet = book.create_sheet(key)
        sheet.append(list(frame.columns))
        for row in frame.itertuples(index=False, name=None):
            sheet.append([None if isinstance(v, float) and v != v else v for v in row])
    book.save(path)


def check(parts, tessera_csv):
    ours = dict(parts)["tiers"].set_index("tier")
    section = None
    theirs = {}
    with open(tessera_csv, encoding="utf-8-sig", newline="") as f:
        for row in csv.reader(f):
            if len(row) == 1 and row[0].startswith("["):
                section = row[0]
            elif section == "[tiers]" and row and row[0] != "tier":
                theirs[row[0]] = row
    for tier, row in theirs.items():
        mine = ours.loc[tier]
        same = (int(row[1]) == int(mine["customers"]) and
                abs(float(row[3]) - mine["revenue"]) < 0.01 and
                abs(float(row[2]) - mine["customer_share"]) < 1e-4 and
                abs(float(row[4]) - mine["revenue_share"]) < 1e-4)
        if not same:
            sys.exit(f"tier {tier} differs: tessera {row[1:5]}, peer "
                     f"{[mine['customers'], mine['customer_share'], mine['revenue'], mine['revenue_share']]}")
    print(f"check=same tier distribution as {tessera_csv} ({len(theirs)} rows)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--run", type=int, required=True)
    parser.add_argument("--compare", type=int)
    parser.add_argument("--format", choices=["csv", "xlsx"], required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--check")
    args = parser.parse_args()
    clock = time.perf_counter()
    rows = read_rows(args.db, args.run, args.compare)
    read = time.perf_counter() - clock
    clock = time.perf_counter()
    parts = sections(rows, args.compare)
    assemble = time.perf_counter() - clock
    clock = time.perf_counter()
    (write_csv if args.format == "csv" else write_xlsx)(args.out, parts)
    write = time.perf_counter() - clock
    print(f"customers={len(rows)} read_s={read:.2f} assemble_s={assemble:.2f} "
          f"write_{args.format}_s={write:.2f}")
    if args.check:
        check(parts, args.check)


if __name__ == "__main__":
    main()
