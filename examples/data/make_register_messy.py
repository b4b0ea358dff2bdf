"""Writes register_messy.csv: an invented register of 36 IKM of West Java and Pangkalpinang,
typed the way regional registers are typed (NPWP with and without dots, amounts as "Rp
1.250.000", "1,25 M" or "131,9 juta", dates as "17/08/2019" or "17 Agt 2019", region names
instead of codes). Every value is invented; see README.md. Deterministic: run it again and the
file is the same."""

import csv
import pathlib
import random

random.seed(20251203)
HERE = pathlib.Path(__file__).resolve().parent

REGIONS = ["KAB. BOGOR", "Kab Bogor", "Kota Bekasi", "KOTA BEKASI", "Kab. Bekasi", "Kota Depok", "Depok", "Pangkalpinang", "Kota Bandung", "Kab. Cirebon"]
NAMES = ["Batik", "Kerupuk", "Anyaman", "Keripik", "Kopi", "Sambal", "Tenun", "Dodol", "Rotan", "Madu", "Sepatu", "Kriya"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]


def luhn_digit(digits: str) -> str:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def npwp(i: int) -> str:
    body = f"{random.randrange(10**7, 10**8):08d}"
    tail = f"{random.randrange(0, 1000):03d}" + "000"
    n = body + luhn_digit(body) + tail
    if i % 11 == 5:  # a mistyped check digit
        n = n[:8] + str((int(n[8]) + 1) % 10) + n[9:]
    style = i % 4
    if style == 0:
        return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"
    if style == 1:
        return n
    if style == 2:
        return "0" + n  # the 16-digit form
    return "" if i % 8 == 3 else n


def rupiah(amount: int, style: int) -> str:
    if style == 0:
        return "Rp " + f"{amount:,}".replace(",", ".")
    if style == 1:
        return f"{amount / 1_000_000:.1f} juta".replace(".", ",").replace(",0 juta", " juta")
    if style == 2 and amount >= 1_000_000_000:
        return f"{amount / 1_000_000_000:.2f} M".replace(".", ",")
    return "Rp" + f"{amount:,}".replace(",", ".") + ",-"


rows = []
for i in range(36):
    capital = random.choice([150, 400, 900, 1_800, 3_500, 6_000]) * 1_000_000 + random.randrange(0, 50) * 1_000_000
    sales = capital * random.choice([1, 2, 3])
    founded_year = random.randrange(2005, 2023)
    day, month = random.randrange(1, 29), random.randrange(1, 13)
    founded = f"{day:02d}/{month:02d}/{founded_year}" if i % 2 else f"{day} {MONTHS[month - 1]} {founded_year}"
    export_2021 = random.choice([0, 0, 1, 2, 5]) * 100_000_000
    export_2024 = int(export_2021 * random.choice([0.8, 1.2, 1.5, 2.0])) if export_2021 else random.choice([0, 150_000_000])
    rows.append({
        "nama_usaha": f"IKM {random.choice(NAMES)} {i + 1:02d}",
        "npwp": npwp(i),
        "kabupaten_kota": REGIONS[i % len(REGIONS)],
        "tanggal_berdiri": founded if i != 7 else "",
        "modal_usaha": rupiah(capital, i % 4) if i != 12 else "",
        "omzet_tahunan": rupiah(sales, (i + 1) % 4),
        "nilai_ekspor_2021": rupiah(export_2021, 0) if export_2021 else "",
        "nilai_ekspor_2024": rupiah(export_2024, 0) if export_2024 else "",
    })

with open(HERE / "register_messy.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.DictWriter(f, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
print("wrote", HERE / "register_messy.csv")
