//! Checking a number while it is typed: `valid`, `incomplete` (nothing wrong yet, more to
//! come) or `invalid` (no more typing can make it valid), with the text masked as far as it
//! goes (`013121` → `01.312.1`), so a form can say "NPWP belum lengkap" rather than "NPWP must
//! have 15 or 16 digits, not 1" at the first keystroke.
//!
//! A text is incomplete when `validate` finds it empty, or too short with every character
//! allowed so far, or when it is the start of the number's written prefix (`M` of `MD`, `P-IRT`
//! of `P-IRT No.`). Rules that need the whole number (the check digit, the region of a NIK,
//! the date inside it) are judged when it is whole.

use super::error::Reason;
use super::kind::IdentifierKind;
use serde::{Deserialize, Serialize};

/// Where a number being typed stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum InputState {
    /// A whole, valid number.
    Valid,
    /// Nothing wrong so far; more characters are needed.
    Incomplete,
    /// Wrong whatever comes next (a character not allowed, too long, a failed check digit).
    Invalid,
}

/// The answer of [`check`]: the state, the rule's code where not valid (`npwp.length` while
/// incomplete, `npwp.checksum` when invalid), and the text as far as typed, masked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PartialCheck {
    /// Valid, incomplete or invalid.
    pub state: InputState,
    /// The code of the rule not (yet) met; `null` when valid.
    pub code: Option<String>,
    /// The text as typed so far, written the official way as far as it goes.
    pub formatted: String,
}

/// The written prefixes a number may begin with, upper case: typing one of them is progress.
fn leads(kind: IdentifierKind) -> &'static [&'static str] {
    match kind {
        IdentifierKind::Bpom => &["BPOMRIMD", "BPOMRIML", "MD", "ML"],
        IdentifierKind::Halal => &["ID"],
        IdentifierKind::Pirt => &["P-IRTNO.", "PIRTNO.", "P-IRTNO", "PIRTNO"],
        _ => &[],
    }
}

/// The official mask, `9` for a digit, for the identifiers written with separators.
fn mask(kind: IdentifierKind, digits: usize) -> Option<&'static str> {
    match kind {
        IdentifierKind::Npwp if digits <= 15 => Some("99.999.999.9-999.999"),
        IdentifierKind::Hs => Some("9999.99.99.99"),
        IdentifierKind::Wilayah => Some("99.99.99.9999"),
        IdentifierKind::Pirt => Some("P-IRT No. 9999999999999-99"),
        _ => None,
    }
}

/// The digits laid into the mask as far as they go: separators only between digits.
fn masked(mask: &str, digits: &str) -> String {
    let mut out = String::with_capacity(mask.len());
    let mut rest = digits.chars().peekable();
    let mut pending = String::new();
    for m in mask.chars() {
        if rest.peek().is_none() {
            break;
        }
        if m == '9' {
            out.push_str(&pending);
            pending.clear();
            out.extend(rest.next());
        } else {
            pending.push(m);
        }
    }
    out
}

/// The largest length an `expected` such as `"15 or 16"` or `"8 to 30"` allows.
fn longest(expected: &str) -> usize {
    expected
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .max()
        .unwrap_or(0)
}

/// Whether the text is the start of a written prefix (`M`, `BPOM R`, `P-IRT N`).
fn starts_a_lead(kind: IdentifierKind, text: &str) -> bool {
    let squeezed: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    !squeezed.is_empty() && leads(kind).iter().any(|l| l.starts_with(&squeezed))
}

/// Checks a number as typed so far.
///
/// ```
/// use umkm::id::{check, IdentifierKind, InputState};
/// let c = check(IdentifierKind::Npwp, "013121");
/// assert_eq!((c.state, c.code.as_deref(), c.formatted.as_str()), (InputState::Incomplete, Some("npwp.length"), "01.312.1"));
/// assert_eq!(check(IdentifierKind::Npwp, "01.312.166.0-091.000").state, InputState::Valid);
/// assert_eq!(check(IdentifierKind::Npwp, "01.312.166.1-091.000").code.as_deref(), Some("npwp.checksum"));
/// assert_eq!(check(IdentifierKind::Npwp, "0131x").state, InputState::Invalid);
/// assert_eq!(check(IdentifierKind::Bpom, "M").state, InputState::Incomplete);
/// ```
pub fn check(kind: IdentifierKind, text: &str) -> PartialCheck {
    let error = match kind.validate(text) {
        Ok(_) => {
            return PartialCheck {
                state: InputState::Valid,
                code: None,
                formatted: kind.format(text),
            }
        }
        Err(e) => e,
    };
    let state = if is_incomplete(kind, text, &error.reason) {
        InputState::Incomplete
    } else {
        InputState::Invalid
    };
    PartialCheck {
        state,
        code: Some(error.code_text()),
        formatted: kind.format(text),
    }
}

/// Whether a text that failed with `reason` is only unfinished.
fn is_incomplete(kind: IdentifierKind, text: &str, reason: &Reason) -> bool {
    match reason {
        Reason::Empty => true,
        Reason::InvalidLength { length, expected } => *length < longest(expected),
        Reason::InvalidPrefix | Reason::InvalidCharacter { .. } => starts_a_lead(kind, text),
        _ => false,
    }
}

/// An unfinished number laid into its official mask as far as it goes (`013121` →
/// `01.312.1`); `None` when the text is not unfinished or the identifier has no mask. The
/// modules' `format` answers this for unfinished input, so a form can format as the user
/// types.
pub(crate) fn progressive(kind: IdentifierKind, text: &str) -> Option<String> {
    let Err(error) = kind.validate(text) else {
        return None;
    };
    if !is_incomplete(kind, text, &error.reason) {
        return None;
    }
    let compact = kind.compact(text);
    let digits: String = compact.chars().filter(char::is_ascii_digit).collect();
    let whole_digits = digits.len() == compact.len();
    match mask(kind, digits.len()) {
        Some(m) if !digits.is_empty() && (whole_digits || kind == IdentifierKind::Pirt) => {
            Some(masked(m, &digits))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdentifierKind::*;

    fn state(kind: IdentifierKind, text: &str) -> (InputState, String) {
        let c = check(kind, text);
        (c.state, c.formatted)
    }

    #[test]
    fn npwp_as_typed_keystroke_by_keystroke() {
        let full = "013121660091000";
        let expect = [
            "0",
            "01",
            "01.3",
            "01.31",
            "01.312",
            "01.312.1",
            "01.312.16",
            "01.312.166",
            "01.312.166.0",
            "01.312.166.0-0",
            "01.312.166.0-09",
            "01.312.166.0-091",
            "01.312.166.0-091.0",
            "01.312.166.0-091.00",
        ];
        for (i, want) in expect.iter().enumerate() {
            assert_eq!(
                state(Npwp, &full[..=i]),
                (InputState::Incomplete, want.to_string()),
                "{i}"
            );
        }
        assert_eq!(
            state(Npwp, full),
            (InputState::Valid, "01.312.166.0-091.000".into())
        );
        // Typed with its separators, the same.
        assert_eq!(
            state(Npwp, "01.312.1"),
            (InputState::Incomplete, "01.312.1".into())
        );
        assert_eq!(check(Npwp, "").code.as_deref(), Some("npwp.empty"));
        // 16 digits is the new form, still complete; 17 is too long.
        assert_eq!(check(Npwp, "0013121660091000").state, InputState::Valid);
        assert_eq!(check(Npwp, "00131216600910001").state, InputState::Invalid);
    }

    #[test]
    fn other_identifiers() {
        assert_eq!(
            state(Hs, "03061"),
            (InputState::Incomplete, "0306.1".into())
        );
        assert_eq!(check(Hs, "0306").state, InputState::Valid); // a heading is whole
        assert_eq!(
            state(Wilayah, "32750"),
            (InputState::Incomplete, "32.75.0".into())
        );
        assert_eq!(
            state(Pirt, "2063275"),
            (InputState::Incomplete, "P-IRT No. 2063275".into())
        );
        assert_eq!(check(Pirt, "P-IR").state, InputState::Incomplete);
        assert_eq!(check(Bpom, "BPOM R").state, InputState::Incomplete);
        assert_eq!(check(Bpom, "MD2245").state, InputState::Incomplete);
        assert_eq!(check(Bpom, "MX").state, InputState::Invalid);
        assert_eq!(check(Halal, "I").state, InputState::Incomplete);
        assert_eq!(check(Nik, "327601").state, InputState::Incomplete);
        assert_eq!(check(Nik, "3276011708850003").state, InputState::Valid);
        assert_eq!(check(Nik, "32760117088500031").state, InputState::Invalid);
        assert_eq!(check(Nib, "12a").state, InputState::Invalid);
    }

    #[test]
    fn masks_stop_at_the_last_digit() {
        assert_eq!(masked("99.999", ""), "");
        assert_eq!(masked("99.999", "12"), "12");
        assert_eq!(masked("99.999", "123"), "12.3");
        assert_eq!(longest("2, 4, 6, 8 or 10"), 10);
        assert_eq!(longest("8 to 30"), 30);
    }
}
