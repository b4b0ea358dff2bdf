//! Personal data kept out of messages, paths and logs (UU No. 27 Tahun 2022 tentang
//! Pelindungan Data Pribadi).
//!
//! A NIK is personal data; an NPWP of a person is a NIK; NITKU, NIB and telephone numbers
//! identify people and firms too. Error messages and paths end up in logs, so the library
//! never copies such a number into them: wherever a message shows a piece of the caller's
//! input (an unknown value, a key, a product name), it goes through [`mask_digits`], which
//! hides every run of eight or more digits. Messages otherwise name the field and the rule
//! (`/npwp: invalid type: integer ****************, expected a string`).
//!
//! For joining datasets without the number itself, [`crate::id::nik::pseudonym`] gives a
//! keyed pseudonym (HMAC-SHA-256), and [`crate::id::nik::mask`] / [`crate::id::npwp::mask`]
//! a masked form for display.

use std::borrow::Cow;

/// Fewest digits in a run that is hidden: a NIB has 13, a NIK and an NPWP 15 or 16, a
/// mobile number 10 to 13, a landline with its area code 9 or more. Years (4 digits) and
/// short codes (a 5-digit KBLI) stay readable.
pub const MIN_DIGIT_RUN: usize = 8;

/// Longest piece of input a message shows, in characters; a longer one is cut with `…`.
pub const MAX_SHOWN_CHARS: usize = 64;

fn separator(c: char) -> bool {
    matches!(c, ' ' | '.' | '-' | '/')
}

/// `text` with the digits of every run of at least [`MIN_DIGIT_RUN`] digits replaced by `*`.
/// A run may have single separators (space, `.`, `-`, `/`) between its digits, as numbers are
/// written (`01.312.166.0-091.000`, `0812-3456-7890`); the separators stay.
///
/// ```
/// use umkm::text::privacy::mask_digits;
/// assert_eq!(mask_digits("NIK 3275014101900001"), "NIK ****************");
/// assert_eq!(mask_digits("01.312.166.0-091.000"), "**.***.***.*-***.***");
/// assert_eq!(mask_digits("tahun 2025, KBLI 10792"), "tahun 2025, KBLI 10792");
/// ```
pub fn mask_digits(text: &str) -> Cow<'_, str> {
    // Most texts (field names, codes, words) have too few digits to hold a run at all.
    if text.bytes().filter(u8::is_ascii_digit).count() < MIN_DIGIT_RUN {
        return Cow::Borrowed(text);
    }
    // Digits and separators are ASCII, and no byte of a multi-byte character is ASCII: the
    // runs are found, and their digits replaced, byte by byte.
    let mut bytes = text.as_bytes().to_vec();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        // The run from i: digits, or one separator between two digits.
        let (start, mut end, mut digits) = (i, i + 1, 1);
        loop {
            match (bytes.get(end), bytes.get(end + 1)) {
                (Some(c), _) if c.is_ascii_digit() => {
                    digits += 1;
                    end += 1;
                }
                (Some(&s), Some(d)) if separator(char::from(s)) && d.is_ascii_digit() => {
                    digits += 1;
                    end += 2;
                }
                _ => break,
            }
        }
        if digits >= MIN_DIGIT_RUN {
            for b in bytes.get_mut(start..end).into_iter().flatten() {
                if b.is_ascii_digit() {
                    *b = b'*';
                }
            }
        }
        i = end;
    }
    match String::from_utf8(bytes) {
        Ok(masked) if masked != text => Cow::Owned(masked),
        _ => Cow::Borrowed(text),
    }
}

/// A piece of the caller's input as a message may show it: digit runs masked
/// ([`mask_digits`]) and cut after [`MAX_SHOWN_CHARS`] characters.
///
/// ```
/// use umkm::text::privacy::shown;
/// assert_eq!(shown("3275014101900001"), "****************");
/// assert_eq!(shown(&"x".repeat(100)).chars().count(), 65);
/// ```
pub fn shown(text: &str) -> String {
    let cut = match text.char_indices().nth(MAX_SHOWN_CHARS) {
        Some((at, _)) => text.get(..at).unwrap_or(text),
        None => text,
    };
    let mut out = mask_digits(cut).into_owned();
    if cut.len() < text.len() {
        out.push('…');
    }
    out
}

/// An object key as a JSON pointer token (`~` and `/` escaped, RFC 6901), shown as messages
/// show input: its digit runs masked (a key may be a NIK: a register keyed by person, and
/// paths go into logs) and a key of more than 64 characters cut with `…`.
///
/// ```
/// use umkm::text::privacy::pointer_token;
/// assert_eq!(pointer_token("a/b~c"), "a~1b~0c");
/// assert_eq!(pointer_token("3275014101900001"), "****************");
/// ```
pub fn pointer_token(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    push_pointer_token(&mut out, key);
    out
}

/// [`pointer_token`] written onto the end of `out` (a path being built).
pub fn push_pointer_token(out: &mut String, key: &str) {
    // Nearly every key is a field name: nothing to mask, cut or escape. A path is kept for
    // every key of every record a binding converts, so this is most of that work.
    let plain = key.len() <= MAX_SHOWN_CHARS
        && key
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_digit() && b != b'~' && b != b'/');
    if plain {
        out.push_str(key);
    } else {
        out.push_str(&shown(key).replace('~', "~0").replace('/', "~1"));
    }
}

/// A year from the input as a message shows it: a real year as it is, a number of eight
/// digits or more (a NIK typed as a year) masked.
pub fn shown_year(year: i32) -> String {
    shown(&year.to_string())
}

/// Whether `text` holds a run of digits [`mask_digits`] would hide.
pub fn has_digit_run(text: &str) -> bool {
    matches!(mask_digits(text), Cow::Owned(_))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn runs_with_separators_and_boundaries() {
        assert_eq!(mask_digits("1234567"), "1234567");
        assert_eq!(mask_digits("12345678"), "********");
        assert_eq!(mask_digits("+62 812 3456 7890"), "+** *** **** ****");
        assert_eq!(
            mask_digits("1234-567 and 1.2.3.4.5.6.7.8"),
            "1234-567 and *.*.*.*.*.*.*.*"
        );
        // Two separators in a row end a run.
        assert_eq!(mask_digits("1234..5678"), "1234..5678");
        assert_eq!(mask_digits("a3275014101900001b"), "a****************b");
        assert_eq!(mask_digits("é 12345678 ü"), "é ******** ü");
        assert_eq!(shown("ab"), "ab");
    }

    proptest! {
        #[test]
        fn pointer_token_keeps_its_answer_on_the_plain_path(key in "[ -~]{0,80}|[a-z_0-9/~é]{0,70}") {
            prop_assert_eq!(pointer_token(&key), shown(&key).replace('~', "~0").replace('/', "~1"));
        }
    }

    proptest! {
        #[test]
        fn a_planted_number_never_survives(prefix in "[a-z ]{0,10}", n in "[1-9][0-9]{7,21}", suffix in "[a-z ]{0,10}") {
            let text = format!("{prefix}{n}{suffix}");
            let masked = mask_digits(&text);
            prop_assert!(!masked.contains(&n));
            prop_assert_eq!(masked.chars().count(), text.chars().count());
        }

        #[test]
        fn text_without_long_runs_is_unchanged(text in "[a-z0-9 .-]{0,40}") {
            let longest = text.split(|c: char| !c.is_ascii_digit() && !separator(c))
                .map(|part| part.chars().filter(char::is_ascii_digit).count())
                .max()
                .unwrap_or(0);
            if longest < MIN_DIGIT_RUN {
                prop_assert_eq!(mask_digits(&text), text.as_str());
            }
        }
    }
}
