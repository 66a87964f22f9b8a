#!/usr/bin/python3
"""Writes the import benchmark's input files, deterministically:

    make_import_files.py FOLDER [--customers N] [--transactions M]

customers.csv     code,name,kind                      (N rows)
transactions.csv  customer,date,amount,quantity       (M rows, in date order,
                  as an order system exports them; customers drawn at random)
"""

import argparse
import datetime
import os
import random


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--transactions", type=int, default=10_000_000)
    args = parser.parse_args()
    os.makedirs(args.folder, exist_ok=True)
    rng = random.Random(20261123)
    with open(os.path.join(args.folder, "customers.csv"), "w") as f:
        f.write("code,name,kind\n")
        for i in range(args.customers):
            f.write(f"C{i:07d},Customer {i},{'company' if i % 3 == 0 else 'person'}\n")
    start = datetime.date(2024, 11, 1)
    days = 730
    per_day = args.transactions / days
    with open(os.path.join(args.folder, "transactions.csv"), "w") as f:
        f.write("customer,date,amount,quantity\n")
        written = 0
        for d in range(days):
            date = (start + datetime.timedelta(days=d)).isoformat()
            target = round(per_day * (d + 1)) if d < days - 1 else args.transactions
            lines = []
            while written < target:
                customer = rng.randrange(args.customers)
                amount = rng.lognormvariate(4.0, 1.0)
                lines.append(f"C{customer:07d},{date},{amount:.2f},{1 + rng.randrange(4)}\n")
                written += 1
            f.writelines(lines)


if __name__ == "__main__":
    main()
