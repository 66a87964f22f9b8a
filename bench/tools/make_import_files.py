#!/usr/bin/python3
"""Writes the import benchmark's input files, deterministically:

    make_import_files.py FOLDER [--customers N] [--transactions M]
                                [--cdnow ROWS --cdnow-customers K]

customers.csv     code,name,kind,phone,email          (N rows: persons and
                  companies with Chinese and English names, a mobile number
                  and an email address each, as a CRM export holds them)
transactions.csv  customer,date,amount,quantity       (M rows, in date order,
                  as an order system exports them; customers drawn at random)
cdnow.txt         the CDNOW layout (id, yyyymmdd date, quantity, amount,
                  separated by blanks), ROWS rows for K customers whose codes
                  are new to the database, in customer order as in CDNOW_master
"""

import argparse
import datetime
import os
import random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
FIRST = ["Emma", "Oliver", "Sophie", "James", "Amelia", "Harry", "Grace", "Jack", "Chloe", "Leo"]
LAST = ["Clark", "Brown", "Turner", "Walker", "Wright", "Green", "Hall", "Wood", "Hughes", "Ward"]
TRADES = ["科技", "贸易", "星辰", "实业", "电子", "物流", "Trading", "Logistics", "Foods", "Pharma"]


def customer_row(rng, i):
    company = i % 3 == 0
    if i % 2 == 0:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if i % 4 else "")
        if company:
            name = name[:2] + rng.choice(TRADES[:6]) + "有限公司"
        email = f"c{i:07d}@example.cn"
    else:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if company:
            name = f"{rng.choice(LAST)} {rng.choice(TRADES[6:])} Ltd."
        email = f"{name.split()[0].lower()}.{i}@example.com"
    phone = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
    return f"C{i:07d},{name},{'company' if company else 'person'},{phone},{email}\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--transactions", type=int, default=10_000_000)
    parser.add_argument("--cdnow", type=int, default=0)
    parser.add_argument("--cdnow-customers", type=int, default=200_000)
    args = parser.parse_args()
    os.makedirs(args.folder, exist_ok=True)
    rng = random.Random(20261123)
    with open(os.path.join(args.folder, "customers.csv"), "w", encoding="utf-8") as f:
        f.write("code,name,kind,phone,email\n")
        for start in range(0, args.customers, 100_000):
            f.writelines(customer_row(rng, i)
                         for i in range(start, min(start + 100_000, args.customers)))
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
    if args.cdnow:
        write_cdnow(os.path.join(args.folder, "cdnow.txt"), rng, args.cdnow, args.cdnow_customers)


def write_cdnow(path, rng, rows, customers):
    """Each customer gets rows // customers purchases (the first ones one more)."""
    first = datetime.date(1997, 1, 1)
    with open(path, "w") as f:
        lines = []
        for c in range(customers):
            count = rows // customers + (1 if c < rows % customers else 0)
            day = rng.randrange(90)
            for _ in range(count):
                date = (first + datetime.timedelta(days=day)).strftime("%Y%m%d")
                amount = rng.lognormvariate(3.0, 0.8)
                lines.append(f" {c + 1:07d} {date} {1 + rng.randrange(4):>2d} {amount:>7.2f}\n")
                day = min(day + 1 + rng.randrange(60), 540)
            if len(lines) >= 100_000:
                f.writelines(lines)
                lines = []
        f.writelines(lines)


if __name__ == "__main__":
    main()
