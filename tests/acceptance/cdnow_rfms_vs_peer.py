#!/usr/bin/python3
"""Imports CDNOW_master.txt with tessera-cli, scores it as of 1998-07-01 over
all history, and checks every customer's raw values, scores, RFMS and tier
against the pandas peer (bench/peers/rfms_peer.py) run on the same file.

    cdnow_rfms_vs_peer.py --cli tessera-cli --cdnow CDNOW_master.txt \
        --peer rfms_peer.py --work FOLDER

Exit status 0 when every customer agrees; otherwise the first differences
are printed.
"""

import argparse
import datetime
import json
import math
import os
import shutil
import subprocess
import sys

import pandas as pd

AS_OF = datetime.date(1998, 7, 1)
EPOCH = datetime.date(1970, 1, 1)
PASSWORD = "acceptance-pw"


def cli(args, tool, db):
    env = dict(os.environ, TESSERA_PASSWORD=PASSWORD)
    run = subprocess.run([tool, *args, "--db", db, "--json"] + (["--user", "admin"] if args[0] != "init" else []),
                         env=env, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"tessera-cli {' '.join(args)} failed: {run.stderr.strip()}")
    return json.loads(run.stdout)


def peer_input(cdnow, folder):
    """The CDNOW rows as the peer reads them: dense customer index, day number, amount."""
    codes, rows = {}, []
    with open(cdnow) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 4 or not parts[1].isdigit():
                continue  # the header line
            code, date, _, amount = parts
            index = codes.setdefault(code, len(codes))
            day = (datetime.date(int(date[:4]), int(date[4:6]), int(date[6:])) - EPOCH).days
            rows.append((index, day, amount))
    with open(os.path.join(folder, "transactions.csv"), "w") as f:
        f.write("customer,day,amount\n")
        f.writelines(f"{c},{d},{a}\n" for c, d, a in rows)
    with open(os.path.join(folder, "interactions.csv"), "w") as f:
        f.write("customer,day,kind\n")
    return {index: code for code, index in codes.items()}


def main():
    parser = argparse.ArgumentParser()
    for option in ("--cli", "--cdnow", "--peer", "--work"):
        parser.add_argument(option, required=True)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    db = os.path.join(args.work, "cdnow.tessera")

    cli(["init"], args.cli, db)
    imported = cli(["import", "transactions", "--file", args.cdnow, "--format", "cdnow",
                    "--create-customers"], args.cli, db)
    assert imported["rows_loaded"] == 69659 and imported["customers_created"] == 23570, imported
    cli(["score", "--as-of", AS_OF.isoformat(), "--window", "all"], args.cli, db)
    ours = pd.DataFrame(cli(["customers", "--all"], args.cli, db)).set_index("code")

    code_of = peer_input(args.cdnow, args.work)
    subprocess.run([sys.executable, args.peer,
                    "--transactions", os.path.join(args.work, "transactions.csv"),
                    "--interactions", os.path.join(args.work, "interactions.csv"),
                    "--as-of", str((AS_OF - EPOCH).days), "--window", "all",
                    "--customers", str(len(code_of)), "--out", os.path.join(args.work, "peer.csv")],
                   check=True)
    peer = pd.read_csv(os.path.join(args.work, "peer.csv"), float_precision="round_trip")
    peer["code"] = peer["customer"].map(code_of)
    peer = peer.set_index("code")

    assert len(ours) == len(peer) == 23570, (len(ours), len(peer))
    joined = ours.join(peer, how="inner", rsuffix="_peer")
    assert len(joined) == 23570
    recency_peer = joined["r_days"].replace(math.inf, float("nan"))
    checks = {
        "recency_days": (joined["recency_days"].astype(float), recency_peer, 0.0),
        "frequency": (joined["frequency"].astype(float), joined["f"], 0.0),
        "monetary": (joined["monetary"], joined["m"], 1e-9),
        "social": (joined["social"], joined["s"], 0.0),
        "score_r": (joined["score_r"], joined["score_r_peer"], 0.0),
        "score_f": (joined["score_f"], joined["score_f_peer"], 0.0),
        "score_m": (joined["score_m"], joined["score_m_peer"], 0.0),
        "score_s": (joined["score_s"], joined["score_s_peer"], 0.0),
        "rfms": (joined["rfms"], joined["rfms_peer"], 1e-9),
    }
    failed = False
    for name, (a, b, tolerance) in checks.items():
        a, b = a.astype(float), b.astype(float)
        bad = ~(((a - b).abs() <= tolerance) | (a.isna() & b.isna()))
        print(f"{name}: {int((~bad).sum())} of {len(a)} agree")
        if bad.any():
            failed = True
            print(joined.loc[bad, [name]].assign(peer=b[bad]).head(5))
    tiers = (joined["tier"] == joined["tier_peer"])
    print(f"tier: {int(tiers.sum())} of {len(tiers)} agree")
    failed |= not tiers.all()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
