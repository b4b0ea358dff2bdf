#!/usr/bin/env python3
"""Writes core/data/kbli2020.csv, the KBLI 2020 five-digit codes with their titles.

BPS publishes KBLI 2020 (Peraturan BPS No. 2 Tahun 2020) as a PDF book; no machine-readable
list from BPS or OSS was found. Two independent public transcriptions are merged:

  A: github.com/agusbsi/kbli, kbli.json (commit 4ac92b2 of 2022-12-11): every level with the
     titles in capitals as the book prints them;
  B: github.com/Yada-Ekidanta/yecorporate, database/seeders/MasterSeeder.php (commit 2deb17a
     of 2023-02-25): the five-digit codes in title case.

The list is their union and the titles are A's (B's title differences are B's slips); a code
only B has gets B's title in capitals. Usage, from the repository root:

    git -C <mirror of A> show HEAD:kbli.json > a.json
    git -C <mirror of B> show HEAD:database/seeders/MasterSeeder.php > b.php
    python3 tools/kbli2020.py a.json b.php > core/data/kbli2020.csv
"""

import csv
import json
import re
import sys

HEADER = """\
# KBLI 2020 (Klasifikasi Baku Lapangan Usaha Indonesia), Peraturan BPS No. 2 Tahun 2020: every five-digit code (kelompok) with its Indonesian title as BPS prints it.
# BPS publishes the list as a book only; this file merges two public transcriptions of it (tools/kbli2020.py): github.com/agusbsi/kbli kbli.json (commit 4ac92b2 of 2022-12-11, 1,790 codes, titles used)
# and github.com/Yada-Ekidanta/yecorporate database/seeders/MasterSeeder.php (commit 2deb17a of 2023-02-25, 1,786 codes). Only in the first: 10433, 16291, 35117, 35202, 91035; only in the second: 99000 (section U).
# A regulation is not protected by copyright (UU 28/2014 tentang Hak Cipta, Pasal 42).
"""


def main(a_path: str, b_path: str) -> None:
    a = {e["code"]: " ".join(e["title"].split()) for e in json.load(open(a_path, encoding="utf-8"))}
    b_text = open(b_path, encoding="utf-8").read()
    b = dict(re.findall(r'"kode"\s*=>\s*"(\d{5})",\s*"nama"\s*=>\s*"([^"]*)"', b_text))
    codes = {c: t for c, t in a.items() if len(c) == 5 and c.isdigit()}
    for code, title in b.items():
        codes.setdefault(code, " ".join(title.split()).upper())
    sys.stdout.write(HEADER)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "title"])
    for code in sorted(codes):
        out.writerow([code, codes[code]])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
