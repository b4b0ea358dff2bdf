//! Compiles the reference tables in `data/` into static Rust arrays, so the library parses
//! nothing at start-up and carries its data inside the binary (also in WebAssembly).

#![warn(clippy::too_many_lines)]

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// Data rows of a CSV file (read by the `csv` crate): comment lines (`#`, which name each
/// file's source) come back apart, the header row is skipped.
fn rows(name: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let path = Path::new("data").join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let comments = text
        .lines()
        .filter_map(|l| l.strip_prefix('#').map(|c| c.trim().to_string()))
        .collect();
    let rows = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            let record = r.unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            record.iter().map(str::to_string).collect()
        })
        .collect();
    (comments, rows)
}

fn digits(code: &str) -> String {
    code.chars().filter(|c| *c != '.').collect()
}

/// A date as `(year, month, day)`.
type Ymd = (i32, u32, u32);

/// `YYYY-MM-DD` as `(year, month, day)`, checked to be a real date; `None` for an empty field.
fn ymd(text: &str) -> Option<(i32, u32, u32)> {
    if text.is_empty() {
        return None;
    }
    let parts: Vec<&str> = text.split('-').collect();
    assert!(parts.len() == 3, "bad date {text}");
    let (y, m, d): (i32, u32, u32) = (
        parts[0].parse().unwrap(),
        parts[1].parse().unwrap(),
        parts[2].parse().unwrap(),
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    assert!(
        (1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1],
        "impossible date {text}"
    );
    Some((y, m, d))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data");
    let mut out = String::new();
    let regions = regions(&mut out);
    let district_bits = region_bits(&mut out, &regions);
    district_names(&mut out, &district_bits, &regions.districts);
    successors(&mut out, &regions.regencies);
    currencies(&mut out);
    countries_and_languages(&mut out);
    agreements(&mut out);
    hs(&mut out);
    kbli(&mut out);
    sources(&mut out);
    holidays(&mut out);
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("reference_data.rs");
    fs::write(dest, out).unwrap();
}

/// Region codes (as digits) with their names, sorted and unique.
type Coded = Vec<(u32, String)>;

/// The regions of wilayah.csv by level.
struct Regions {
    provinces: Coded,
    regencies: Coded,
    districts: Coded,
}

/// The region tables (Kepmendagri on wilayah.csv's Source line): provinces, regencies and, in
/// test builds, districts with their names.
fn regions(out: &mut String) -> Regions {
    let (comments, regions) = rows("wilayah.csv");
    let source = comments
        .iter()
        .find_map(|c| c.strip_prefix("Source:"))
        .map(str::trim)
        .unwrap_or_else(|| panic!("wilayah.csv has no Source line"));
    writeln!(out, "pub(crate) const REGION_SOURCE: &str = {source:?};").unwrap();
    let mut provinces = Vec::new();
    let mut regencies = Vec::new();
    let mut districts = Vec::new();
    for r in &regions {
        let (code, level, name) = (&r[0], r[1].as_str(), &r[2]);
        let d = digits(code);
        match level {
            "province" => provinces.push((d.parse::<u32>().unwrap(), name.clone())),
            "regency" => regencies.push((d.parse::<u32>().unwrap(), name.clone())),
            "district" => districts.push((d.parse::<u32>().unwrap(), name.clone())),
            other => panic!("unknown level {other} for {code}"),
        }
    }
    for (name, ty, list) in [
        ("PROVINCES", "u8", &mut provinces),
        ("REGENCIES", "u16", &mut regencies),
        ("DISTRICTS", "u32", &mut districts),
    ] {
        list.sort();
        list.dedup_by_key(|(c, _)| *c);
        // The district table (7,285 rows) exists only in test builds, as the reference the
        // compact form below is checked against; the library reads the compact form.
        let cfg = if name == "DISTRICTS" {
            "#[cfg(test)]\n"
        } else {
            ""
        };
        writeln!(
            out,
            "{cfg}pub(crate) static {name}: [({ty}, &str); {}] = [",
            list.len()
        )
        .unwrap();
        for (c, n) in list.iter() {
            writeln!(out, "    ({c}, {n:?}),").unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    Regions {
        provinces,
        regencies,
        districts,
    }
}

/// Existence bitsets of region codes; returns each regency's district bits.
fn region_bits(out: &mut String, r: &Regions) -> Vec<u128> {
    // Constant-time existence checks (NIK and region codes are checked by the million): a
    // bitset of the province codes, a bitset of the regency codes with the count of codes
    // before each word (so a code's bit also gives its row in REGENCIES), and per regency a
    // bitset of its two-digit district numbers.
    let mut province_bits = 0u128;
    for (c, _) in &r.provinces {
        assert!(*c < 100, "province code {c}");
        province_bits |= 1u128 << c;
    }
    writeln!(
        out,
        "pub(crate) static PROVINCE_BITS: u128 = {province_bits:#x};"
    )
    .unwrap();
    let words = 10_000usize.div_ceil(64);
    let mut bits = vec![0u64; words];
    for (c, _) in &r.regencies {
        assert!(*c < 10_000, "regency code {c}");
        bits[*c as usize / 64] |= 1u64 << (c % 64);
    }
    let mut rank = Vec::with_capacity(words);
    let mut before = 0u32;
    for w in &bits {
        rank.push(before);
        before += w.count_ones();
    }
    assert_eq!(before as usize, r.regencies.len());
    writeln!(
        out,
        "pub(crate) static REGENCY_BITS: [u64; {words}] = {bits:?};"
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) static REGENCY_RANK: [u16; {words}] = {rank:?};"
    )
    .unwrap();
    let mut district_bits = vec![0u128; r.regencies.len()];
    for (c, _) in &r.districts {
        let row = r
            .regencies
            .binary_search_by_key(&(c / 100), |(r, _)| *r)
            .unwrap_or_else(|_| panic!("district {c} has no current regency"));
        district_bits[row] |= 1u128 << (c % 100);
    }
    writeln!(
        out,
        "pub(crate) static DISTRICT_BITS: [u128; {}] = {district_bits:?};",
        district_bits.len()
    )
    .unwrap();
    district_bits
}

/// District names, one string with each regency's start.
fn district_names(out: &mut String, district_bits: &[u128], districts: &Coded) {
    // District names without a (code, pointer, length) row each: the code is the bit above, the
    // name is the text between two newlines in one string, and each regency's names start at a
    // known offset. A name is found by skipping the names before it in its regency (at most a
    // few dozen); newlines cost gzip less than a table of lengths.
    let mut names = String::new();
    let mut starts = Vec::with_capacity(district_bits.len());
    let mut row = 0usize;
    for bits in district_bits {
        starts.push(u32::try_from(names.len()).unwrap());
        for _ in 0..bits.count_ones() {
            let n = &districts[row].1;
            assert!(!n.contains('\n'), "a district name with a newline");
            names.push_str(n);
            names.push('\n');
            row += 1;
        }
    }
    assert_eq!(row, districts.len());
    writeln!(out, "pub(crate) static DISTRICT_NAMES: &str = {names:?};").unwrap();
    writeln!(
        out,
        "pub(crate) static DISTRICT_STARTS: [u32; {}] = {starts:?};",
        starts.len()
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) const DISTRICT_COUNT: usize = {};",
        districts.len()
    )
    .unwrap();
}

/// Regencies retired by a split and the regency that took their code's place.
fn successors(out: &mut String, regencies: &Coded) {
    let (_, successors) = rows("region_successors.csv");
    let mut succ: Vec<(u32, u32, String)> = successors
        .iter()
        .map(|r| {
            (
                digits(&r[0]).parse().unwrap(),
                digits(&r[1]).parse().unwrap(),
                r[2].clone(),
            )
        })
        .collect();
    succ.sort();
    writeln!(
        out,
        "pub(crate) static SUCCESSORS: [(u16, u16, &str); {}] = [",
        succ.len()
    )
    .unwrap();
    for (a, b, law) in &succ {
        assert!(
            regencies.iter().any(|(c, _)| c == b),
            "successor {b} is not a current regency"
        );
        assert!(
            !regencies.iter().any(|(c, _)| c == a),
            "retired {a} is still a current regency"
        );
        writeln!(out, "    ({a}, {b}, {law:?}),").unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// ISO 4217 currencies.
fn currencies(out: &mut String) {
    let (_, currencies) = rows("currencies.csv");
    writeln!(
        out,
        "pub(crate) static CURRENCIES: [(&str, u16, i8, &str); {}] = [",
        currencies.len()
    )
    .unwrap();
    for r in &currencies {
        let minor: i8 = if r[2] == "-" {
            -1
        } else {
            r[2].parse().unwrap()
        };
        writeln!(
            out,
            "    ({:?}, {}, {minor}, {:?}),",
            r[0],
            r[1].parse::<u16>().unwrap(),
            r[3]
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// ISO 3166-1 countries and ISO 639-1 languages.
fn countries_and_languages(out: &mut String) {
    let (_, countries) = rows("countries.csv");
    writeln!(
        out,
        "pub(crate) static COUNTRIES: [(&str, &str, &str); {}] = [",
        countries.len()
    )
    .unwrap();
    for r in &countries {
        writeln!(out, "    ({:?}, {:?}, {:?}),", r[0], r[1], r[2]).unwrap();
    }
    writeln!(out, "];").unwrap();

    let (_, languages) = rows("languages.csv");
    writeln!(
        out,
        "pub(crate) static LANGUAGES: [(&str, &str); {}] = [",
        languages.len()
    )
    .unwrap();
    for r in &languages {
        writeln!(out, "    ({:?}, {:?}),", r[0], r[1]).unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// Trade agreements with their SKA forms, partners and dates.
fn agreements(out: &mut String) {
    let (_, agreements) = rows("agreements.csv");
    writeln!(
        out,
        "/// A date as (year, month, day).\npub(crate) type Ymd = (i32, u32, u32);\n\
         /// form, agreement, name, partners (code, joined), from, to, source, status.\n\
         pub(crate) type AgreementRow = (crate::record::enterprise::SkaForm, &'static str, &'static str, &'static [(&'static str, Option<Ymd>)], Option<Ymd>, Option<Ymd>, &'static str, &'static str);\n\
         pub(crate) static AGREEMENTS: [AgreementRow; {}] = [",
        agreements.len()
    )
    .unwrap();
    for r in &agreements {
        assert!(r.len() == 8, "agreements.csv row {r:?}");
        let partners: Vec<String> = r[3]
            .split_whitespace()
            .map(|p| match p.split_once('@') {
                Some((code, date)) => format!("({code:?}, {:?})", ymd(date)),
                None => format!("({p:?}, None)"),
            })
            .collect();
        // The form as the enum variant (`form_aanz` -> `FormAanz`): a form the enum lacks
        // fails the build instead of being skipped at run time.
        let variant: String = r[0]
            .split('_')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect();
        writeln!(
            out,
            "    (crate::record::enterprise::SkaForm::{variant}, {:?}, {:?}, &[{}], {:?}, {:?}, {:?}, {:?}),",
            r[1],
            r[2],
            partners.join(", "),
            ymd(&r[4]),
            ymd(&r[5]),
            r[6],
            r[7]
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// HS 2022 headings and subheadings, descriptions behind the `descriptions` feature.
fn hs(out: &mut String) {
    // HS 2022: the headings and subheadings as sorted numbers (what validation needs, a few
    // KB), and their descriptions only with the `descriptions` feature (about 0.6 MB).
    let (_, hs) = rows("hs2022.csv");
    let mut headings: Vec<u16> = Vec::new();
    let mut subheadings: Vec<u32> = Vec::new();
    for r in &hs {
        assert!(
            r.len() == 2 && r[0].bytes().all(|b| b.is_ascii_digit()),
            "hs2022.csv row {r:?}"
        );
        match r[0].len() {
            2 => {}
            4 => headings.push(r[0].parse().unwrap()),
            6 => subheadings.push(r[0].parse().unwrap()),
            n => panic!("hs2022.csv: a code of {n} digits"),
        }
    }
    headings.sort_unstable();
    subheadings.sort_unstable();
    assert!(
        headings.windows(2).all(|w| w[0] < w[1]) && subheadings.windows(2).all(|w| w[0] < w[1])
    );
    // Subheadings as the last two digits under their heading (HS_SUBHEADING_ENDS[i] is where
    // heading i's run ends): 7 KB where a u32 each was 22 KB, which the identifiers-only
    // WebAssembly module (umkm/id, 50 KB budget) needs.
    let mut ends: Vec<u16> = Vec::with_capacity(headings.len());
    let mut suffixes: Vec<u8> = Vec::with_capacity(subheadings.len());
    for h in &headings {
        suffixes.extend(
            subheadings
                .iter()
                .filter(|s| **s / 100 == u32::from(*h))
                .map(|s| (*s % 100) as u8),
        );
        ends.push(u16::try_from(suffixes.len()).unwrap());
    }
    assert_eq!(
        suffixes.len(),
        subheadings.len(),
        "hs2022.csv: a subheading without its heading"
    );
    writeln!(
        out,
        "pub(crate) static HS_HEADINGS: [u16; {}] = {headings:?};\n\
         pub(crate) static HS_SUBHEADING_ENDS: [u16; {}] = {ends:?};\n\
         pub(crate) static HS_SUBHEADING_SUFFIXES: [u8; {}] = {suffixes:?};",
        headings.len(),
        ends.len(),
        suffixes.len()
    )
    .unwrap();
    let mut described: Vec<&Vec<String>> = hs.iter().collect();
    described.sort_by(|a, b| a[0].cmp(&b[0]));
    writeln!(
        out,
        "#[cfg(feature = \"descriptions\")]\n\
         pub(crate) static HS_TEXT: [(&str, &str); {}] = [",
        described.len()
    )
    .unwrap();
    for r in described {
        writeln!(out, "    ({:?}, {:?}),", r[0], r[1]).unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// The five-digit codes of each embedded KBLI edition (`kbli2020.csv`, `kbli2025.csv`).
fn kbli(out: &mut String) {
    kbli_edition(out, "kbli2020.csv", "KBLI_2020", "kbli-titles-2020");
    kbli_edition(out, "kbli2025.csv", "KBLI_2025", "kbli-titles-2025");
}

/// One edition's five-digit codes, as the four-digit classes (subgolongan) that have any and,
/// for each, which last digits it has: `{P}_CLASSES_PER_DIVISION` counts each division's
/// classes, `{P}_CLASS_ENDS` holds each class's last two digits, `{P}_DIGITS_LOW` and `_HIGH`
/// the low eight and high two bits of the ten-bit mask of last digits. About 2 KB, under 0.8 KB
/// gzipped, an edition, which the identifiers-only WebAssembly module carries (a bitmap of the
/// 100,000 numbers would be 12.5 KB, 1 KB gzipped: over that module's budget). With the
/// edition's titles feature (`kbli-titles-2020`, `kbli-titles-2025`), the titles as one text of
/// sorted `code title` lines.
fn kbli_edition(out: &mut String, file: &str, prefix: &str, titles_feature: &str) {
    let (_, kbli) = rows(file);
    let mut classes: Vec<(u32, u16)> = Vec::new();
    let mut titles = String::new();
    let mut previous = "";
    for r in &kbli {
        assert!(
            r.len() == 2
                && r[0].len() == 5
                && r[0].bytes().all(|b| b.is_ascii_digit())
                && !r[1].is_empty()
                && !r[1].contains('\n')
                && r[0].as_str() > previous,
            "{file} row {r:?}: five digits, a title, in order"
        );
        previous = &r[0];
        let n: u32 = r[0].parse().unwrap();
        match classes.last_mut() {
            Some((class, mask)) if *class == n / 10 => *mask |= 1 << (n % 10),
            _ => classes.push((n / 10, 1 << (n % 10))),
        }
        writeln!(titles, "{} {}", r[0], r[1]).unwrap();
    }
    let mut per_division = [0u8; 100];
    let (mut ends, mut low, mut high) = (Vec::new(), Vec::new(), Vec::new());
    for (class, mask) in classes {
        per_division[class as usize / 100] += 1;
        ends.push((class % 100) as u8);
        low.push((mask & 0xff) as u8);
        high.push((mask >> 8) as u8);
    }
    let high: Vec<u8> = high
        .chunks(4)
        .map(|c| c.iter().rev().fold(0, |byte, &bits| byte << 2 | bits))
        .collect();
    writeln!(
        out,
        "pub(crate) static {prefix}_CLASSES_PER_DIVISION: [u8; 100] = {per_division:?};\n\
         pub(crate) static {prefix}_CLASS_ENDS: [u8; {}] = {ends:?};\n\
         pub(crate) static {prefix}_DIGITS_LOW: [u8; {}] = {low:?};\n\
         pub(crate) static {prefix}_DIGITS_HIGH: [u8; {}] = {high:?};\n\
         #[cfg(feature = \"{titles_feature}\")]\n\
         pub(crate) static {prefix}_TITLES: &str = {titles:?};",
        ends.len(),
        low.len(),
        high.len()
    )
    .unwrap();
}

/// The source of every data file.
fn sources(out: &mut String) {
    // Provenance: every data file has a row in sources.csv, every row's file exists.
    let (_, sources) = rows("sources.csv");
    for entry in fs::read_dir("data").expect("data folder") {
        let name = entry
            .expect("data entry")
            .file_name()
            .into_string()
            .expect("file name");
        if name.ends_with(".csv") && name != "sources.csv" {
            assert!(
                sources.iter().any(|r| r[1] == name),
                "data/{name} has no row in data/sources.csv"
            );
        }
    }
    writeln!(
        out,
        "/// table, file, content, source, version, licence, rows (of a CSV file).\n\
         pub(crate) type SourceRow = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str, Option<u32>);\n\
         pub(crate) static SOURCES: [SourceRow; {}] = [",
        sources.len()
    )
    .unwrap();
    for r in &sources {
        assert!(r.len() == 6, "sources.csv row {r:?}");
        let count = if r[1].starts_with("(code") {
            None
        } else {
            let path = Path::new("data").join(&r[1]);
            assert!(
                path.exists(),
                "sources.csv names {} which does not exist",
                r[1]
            );
            r[1].ends_with(".csv").then(|| rows(&r[1]).1.len() as u32)
        };
        writeln!(
            out,
            "    ({:?}, {:?}, {:?}, {:?}, {:?}, {:?}, {count:?}),",
            r[0], r[1], r[2], r[3], r[4], r[5]
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// National holidays and cuti bersama by joint decree.
fn holidays(out: &mut String) {
    let (_, holidays) = rows("holidays.csv");
    let mut days: Vec<(Ymd, &Vec<String>)> = holidays
        .iter()
        .map(|r| (ymd(&r[0]).expect("holiday date"), r))
        .collect();
    days.sort_by_key(|(d, _)| *d);
    // `embedded_day_off` searches the table by date: one row a date.
    for pair in days.windows(2) {
        assert!(pair[0].0 != pair[1].0, "holiday date {:?} twice", pair[0].0);
    }
    writeln!(
        out,
        "/// date, kind, name (id), name (en), source.\n\
         pub(crate) type HolidayRow = (Ymd, &'static str, &'static str, &'static str, &'static str);\n\
         pub(crate) static HOLIDAYS: [HolidayRow; {}] = [",
        days.len()
    )
    .unwrap();
    for (d, r) in &days {
        assert!(
            r[1] == "holiday" || r[1] == "collective_leave",
            "holiday kind {}",
            r[1]
        );
        writeln!(
            out,
            "    ({d:?}, {:?}, {:?}, {:?}, {:?}),",
            r[1], r[2], r[3], r[4]
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
}
