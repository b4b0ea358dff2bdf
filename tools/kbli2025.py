#!/usr/bin/env python3
"""Writes core/data/kbli2025.csv, the KBLI 2025 five-digit codes with their titles.

BPS publishes KBLI 2025 (Peraturan BPS No. 7 Tahun 2025, book of 24 December 2025) as a PDF.
The one public machine-readable transcription found is github.com/tiomultazem/kbli-2025, whose
05_kelompok.json (commit 41564b8 of 2026-08-07) was extracted from BPS's PDF by Gilang Wahyu
Prasetyo (BPS Kabupaten Tabalong). Its licence asks that its data not be edited for
redistribution, and errors be reported to its author instead: this script copies the codes and
titles as they are (only runs of white space become one space) and leaves the descriptions out.
Before writing, it checks the five levels against each other: every code's parent exists and is
its prefix, every parent has a child. Usage, from the repository root:

    git -C <mirror> show HEAD:05_kelompok.json > k5.json
    git -C <mirror> show HEAD:04_subgolongan.json > k4.json
    git -C <mirror> show HEAD:03_golongan.json > k3.json
    git -C <mirror> show HEAD:02_golongan_pokok.json > k2.json
    python3 tools/kbli2025.py k2.json k3.json k4.json k5.json > core/data/kbli2025.csv
"""

import csv
import json
import sys

HEADER = """\
# KBLI 2025 (Klasifikasi Baku Lapangan Usaha Indonesia), Peraturan BPS No. 7 Tahun 2025 (BPS book of 24 December 2025): every five-digit code (kelompok) with its Indonesian title as BPS prints it.
# Transcribed from BPS's PDF in github.com/tiomultazem/kbli-2025 05_kelompok.json (commit 41564b8 of 2026-08-07, 1,559 codes; by Gilang Wahyu Prasetyo, BPS Kabupaten Tabalong), copied unedited by tools/kbli2025.py.
# Checked: the five levels (22 sections, 87 divisions, 257 groups, 519 classes, 1,559 codes) nest without a gap; the 236 KBLI 2025 codes read from OSS's conversion pages (oss.go.id/id/kbli/konversi) in the sample kept in tools/kbli2025.py are all here.
# A regulation is not protected by copyright (UU 28/2014 tentang Hak Cipta, Pasal 42); the transcription's licence (MIT, its data not to be edited for redistribution) is kept: titles are as transcribed.
"""

# KBLI 2025 codes that OSS's conversion pages (oss.go.id/id/kbli/konversi/<code>?v=2020, as
# scraped in github.com/NagasaAnandes/Flutter_Notaris_Apps_Frontend, commit 29b2c01) give as
# the targets of KBLI 2020 codes: an independent witness that these codes exist.
OSS_TARGETS = """
01111 01138 01271 01272 01273 01279 01302 01309 01498 01615 01616 02101 02102 02103 02202 02300
02401 03110 03120 03211 03212 03213 03214 03221 03222 03223 03224 03231 03232 03233 03234 03300
05101 07221 07229 08996 10111 10112 10113 10119 10120 10217 10218 10297 10301 10302 10303 10304
10305 10306 10307 10308 10309 10419 10501 10502 10503 10504 10509 10772 10773 10779 10792 10793
10797 10798 10799 11030 11040 11053 11059 12001 12002 12003 12004 12005 12009 13121 13132 13133
13139 13921 13922 13923 13924 13929 14302 16212 16213 16219 17099 18111 19201 19202 19203 19204
19205 19206 19209 20111 20112 20113 20114 20115 20116 20119 20121 20122 20123 20124 20125 20229
20235 20297 20298 22129 22201 22202 22203 22204 22205 22206 22209 23934 23935 23953 23954 23955
23969 23991 23992 23993 23999 24206 25931 25932 25999 26110 26191 26199 26511 26512 26513 26519
26602 26701 26702 26703 26709 27120 27201 27520 28151 28160 28180 28192 28193 28199 28210 28220
28261 28262 28263 29100 30113 30301 30302 30303 30921 31011 31012 31021 31022 31029 32114 32119
32300 32401 32502 32906 32907 32908 33201 33202 33203 35112 35120 35131 35132 35133 35140 35151
35152 35159 37001 37002 38121 38219 38221 38309 39002 39009 41011 42914 42915 42991 42992 42993
42994 42995 42996 42997 42998 43400 46100 46415 46451 46452 46611 46612 46620 46631 46632 46633
47811 47812 47820 47831 47832 47833 82921 91410 95311 95312 95320 95400
""".split()


def load(path: str) -> dict:
    return {e["code"]: e for e in json.load(open(path, encoding="utf-8"))}


def main(k2_path: str, k3_path: str, k4_path: str, k5_path: str) -> None:
    levels = [load(p) for p in (k2_path, k3_path, k4_path, k5_path)]
    for parents, children in zip(levels, levels[1:]):
        for code in children:
            assert code[:-1] in parents, f"{code}: no parent"
        for code in parents:
            assert any(c.startswith(code) for c in children), f"{code}: no child"
    codes = levels[-1]
    assert all(len(c) == 5 and c.isdigit() for c in codes)
    missing = [c for c in OSS_TARGETS if c not in codes]
    assert not missing, f"OSS targets missing: {missing}"
    sys.stdout.write(HEADER)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "title"])
    for code in sorted(codes):
        out.writerow([code, " ".join(codes[code]["title"].split())])


if __name__ == "__main__":
    main(*sys.argv[1:5])
