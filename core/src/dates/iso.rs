//! Dates (`2025-11-01`) in JSON, as chrono reads them (`NaiveDate::from_str`: white space
//! allowed around the parts, a signed year of any length, a month and day of one or two
//! digits), with chrono's own messages ("input is out of range", "premature end of input").
//! Every date field and argument is read by chrono's own `Deserialize`, which parses the same
//! way; this module names the rule and holds it to its tests.
//!
//! It was a hand-written parser of the one pattern to save 19 KB of WebAssembly; with the
//! identifiers in a module of their own (`umkm/id`), the full module holds chrono's parser
//! within its budget, so the standard part is back (BENCHMARKS.md).

use chrono::NaiveDate;

/// A date written `YYYY-MM-DD`, read by `chrono::NaiveDate::from_str`; the error says what is
/// wrong in chrono's words.
///
/// # Errors
///
/// chrono's [`ParseError`](chrono::ParseError) for text that is not a real date in this form.
pub fn parse(text: &str) -> Result<NaiveDate, chrono::ParseError> {
    text.parse()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chrono(s: &str) -> Result<NaiveDate, String> {
        s.parse::<NaiveDate>().map_err(|e| e.to_string())
    }

    fn read(s: &str) -> Result<NaiveDate, String> {
        parse(s).map_err(|e| e.to_string())
    }

    const OUT_OF_RANGE: &str = "input is out of range";
    const INVALID: &str = "input contains invalid characters";
    const TOO_SHORT: &str = "premature end of input";
    const TOO_LONG: &str = "trailing input";

    #[test]
    fn by_hand() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(read("2024-02-29"), Ok(d(2024, 2, 29)));
        assert_eq!(read("2025-02-29"), Err(OUT_OF_RANGE.to_string()));
        assert_eq!(read(" 2025 - 1 -  7 "), Ok(d(2025, 1, 7)));
        assert_eq!(read("+12025-01-07"), Ok(d(12025, 1, 7)));
        assert_eq!(read("-0001-12-31"), Ok(d(-1, 12, 31)));
        assert_eq!(read(""), Err(TOO_SHORT.to_string()));
        assert_eq!(read("2025-13-01"), Err(OUT_OF_RANGE.to_string()));
        assert_eq!(read("2025-01-01T00:00"), Err(TOO_LONG.to_string()));
        assert_eq!(read("01/02/2025"), Err(INVALID.to_string()));
        assert_eq!(read("2025-01"), Err(TOO_SHORT.to_string()));
        for s in [
            "2024-02-29",
            "2025-02-29",
            " 2025 - 1 -  7 ",
            "",
            "2025-13-01",
            "x",
            "2025-1-1-",
        ] {
            assert_eq!(read(s), chrono(s), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn reads_as_chrono_reads(s in "[ \u{a0}\u{3000}\t+-]{0,2}[0-9]{0,6}[ -]{0,2}[0-9]{0,3}[ \u{a0}-]{0,2}[0-9]{0,3}[ xT:0-9-]{0,2}") {
            prop_assert_eq!(read(&s), chrono(&s));
        }

        #[test]
        fn reads_any_text_as_chrono_reads(s in "[0-9 +\\-a\u{a0}]{0,14}") {
            prop_assert_eq!(read(&s), chrono(&s));
        }

        #[test]
        fn reads_every_written_date(days in -1_000_000i32..1_000_000) {
            let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            prop_assert_eq!(read(&date.to_string()), Ok(date));
        }
    }
}
