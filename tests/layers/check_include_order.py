#!/usr/bin/env python3
"""Fails when an #include in src/ points against the layer order.

Layers, bottom up (docs/architecture.md): common; scoring and storage; domain
and i18n; demo; cli and app. A file may include its own layer and any layer
below it, never one above or beside it. Inside domain and app, capability
folders have ranks of their own: a folder may include its own folder and
folders of a lower rank, never one of the same or a higher rank.

  check_include_order.py SRC_DIR [--plant FILE:HEADER ...]

--plant adds an include to a file as if it were written there, so the suite
can prove that the check fails on a wrong include without editing the tree.
"""
import argparse
import pathlib
import re
import sys

LAYER_RANK = {
    "common": 0,
    "scoring": 1, "storage": 1,
    "domain": 2, "i18n": 2,
    "demo": 3,
    "cli": 4, "app": 4,
}

# Capability folders inside a layer, by rank. Files directly in the layer's
# folder (none today) would rank above every folder.
FOLDER_RANK = {
    "domain": {
        "workspace": 0,                 # the open database, session, permissions, audit, calendar
        "files": 1, "records": 1,       # file formats; what a record is and its vocabularies
        "scoring": 2, "journeys": 2,    # scoring with each customer's standing (lifecycle, health)
        "consent": 2,                   # who may be contacted on which channel
        "tickets": 3,                   # service tickets and their service levels
        "kpi": 3, "surveys": 3,         # KPIs, targets and alerts; surveys entered by hand
        "warnings": 4,
        "journeymaps": 4,               # maps computed from interactions, surveys and tickets
        "reports": 5,
        "duplicates": 5,                # duplicate candidates; manual entry and import warn with them
        "customers": 6,                 # the portfolio: filters by warning, exports score columns
        "followups": 7, "interactions": 7,
        "campaigns": 7,                 # targets name customers by code
        "quality": 7,                   # completeness of the customer records, by owner
        "merge": 7,                     # a duplicate merged into its survivor, and undone
        "rights": 7,                    # a person's data on request, and its erasure
        "accessreview": 7,              # reads of personal data per user and day
        "import": 8, "admin": 8,
        "teammode": 8,                  # a file copied to a PostgreSQL server, checked table by table
        "myday": 8,                     # the day's list, from follow-ups, tickets and warnings
        "dashboards": 8,                # KPIs, alerts, drivers and campaigns for one screen
        "setup": 9,                     # creates and opens workspaces with their defaults
    },
    "app": {
        "common": 0,
        "jobs": 1,
        "session": 2, "scoring": 2,
        "portfolio": 3, "customer": 3, "import": 3, "reports": 3, "warnings": 3, "admin": 3,
        "interactions": 4,              # its undo commands build on the customer's
        "tickets": 4, "myday": 4,       # they name the customer shown in the 360 view
        "campaigns": 3,                 # the campaign form
        "teammode": 3,                  # File > Connect to Server, opening through the session's sign-in
        "dashboards": 4,                # the supervisor's satisfaction, service and ROI pages
        "surveys": 4,                   # a survey entered by hand names the customer shown
        "journeys": 4,                  # the journey map tab, its snapshots and stage editor
        "quality": 4, "duplicates": 4,  # the data quality screen; duplicate pairs
        "merge": 4, "rights": 4,        # merging customers; a person's data and its erasure
        "accessreview": 4,              # the administrators' access review
        "shell": 5,
    },
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z0-9_]+)/([^"]+)"', re.M)


def folder_of(layer, rest):
    parts = rest.split("/")
    return parts[0] if len(parts) > 1 else None


def problems_in(path, layer, text, src):
    here = path.relative_to(src / layer).parts
    here_folder = here[0] if len(here) > 1 else None
    found = []
    for match in INCLUDE.finditer(text):
        target_layer, rest = match.group(1), match.group(2)
        if target_layer not in LAYER_RANK:
            continue
        line = text.count("\n", 0, match.start()) + 1
        where = f"{path.relative_to(src.parent)}:{line}: includes {target_layer}/{rest}"
        if target_layer != layer:
            if LAYER_RANK[target_layer] >= LAYER_RANK[layer]:
                found.append(f"{where}: {layer} may not include {target_layer} "
                             f"(same rank or above)")
            continue
        ranks = FOLDER_RANK.get(layer)
        target_folder = folder_of(layer, rest)
        if not ranks or here_folder == target_folder:
            continue
        if here_folder not in ranks or target_folder not in ranks:
            found.append(f"{where}: folder {layer}/{here_folder or '.'} or "
                         f"{layer}/{target_folder or '.'} has no rank in "
                         f"tests/layers/check_include_order.py")
        elif ranks[target_folder] >= ranks[here_folder]:
            found.append(f"{where}: {layer}/{here_folder} may not include "
                         f"{layer}/{target_folder} (same rank or above)")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("src")
    parser.add_argument("--plant", action="append", default=[],
                        help="FILE:HEADER, an include added to FILE (relative to SRC)")
    args = parser.parse_args()
    src = pathlib.Path(args.src).resolve()
    planted = {}
    for item in args.plant:
        file, header = item.split(":", 1)
        planted.setdefault((src / file).resolve(), []).append(header)
    problems, files = [], 0
    for layer in LAYER_RANK:
        for path in sorted((src / layer).rglob("*")):
            if path.suffix not in (".h", ".cpp"):
                continue
            files += 1
            text = path.read_text(encoding="utf-8")
            text += "".join(f'\n#include "{h}"' for h in planted.pop(path, []))
            problems += problems_in(path, layer, text, src)
    if planted:
        sys.exit(f"planted into files that do not exist: {', '.join(map(str, planted))}")
    for problem in problems:
        print(problem)
    print(f"{files} files checked, {len(problems)} includes against the layer order")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
