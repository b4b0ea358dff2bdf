//! Reading the digits of an identifier: on the stack, in one pass, without allocating where
//! the input is ASCII. Shared by every identifier module.

use super::compact::Compact;
use super::error::Reason;

/// Digits of an identifier on the stack, separators removed.
#[derive(Clone, Copy)]
pub(crate) struct Digits<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Digits<N> {
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }

    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The first `M` digits (all of them when there are fewer).
    pub(crate) fn head<const M: usize>(&self) -> Digits<M> {
        let mut buf = [0u8; M];
        let mut len = 0;
        for (slot, b) in buf.iter_mut().zip(self.as_bytes()) {
            *slot = *b;
            len += 1;
        }
        Digits { buf, len }
    }

    const FITS: () = assert!(N <= Compact::CAPACITY, "Digits longer than a Compact");

    /// The digits as a [`Compact`], behind `prefix` (`MD` for BPOM, empty for the rest).
    pub(crate) fn compact(&self, prefix: &[u8]) -> Compact {
        let () = Self::FITS;
        Compact::checked(&[prefix, self.as_bytes()])
    }

    /// Value of the digits in `range` (at most 9 of them).
    pub(crate) fn number(&self, range: std::ops::Range<usize>) -> u32 {
        self.as_bytes()
            .get(range)
            .unwrap_or(&[])
            .iter()
            .fold(0u32, |acc, d| {
                acc.wrapping_mul(10).wrapping_add(u32::from(d - b'0'))
            })
    }
}

/// Collects the ASCII digits of `input`, skipping `separators`.
///
/// Fails on any other character, on no digit at all, and on more than `N` digits (reporting
/// the full count, so a message can say "17 digits"). Length rules beyond `N` are the caller's.
pub(crate) fn digits<const N: usize>(
    input: &str,
    separators: &[char],
    expected: &'static str,
) -> Result<Digits<N>, Reason> {
    let mut buf = [0u8; N];
    let mut len = 0usize;
    for (position, c) in input.chars().enumerate() {
        if c.is_ascii_digit() {
            if let Some(slot) = buf.get_mut(len) {
                *slot = c as u8;
            }
            len += 1;
        } else if !separators.contains(&c) && !c.is_whitespace() {
            return Err(Reason::InvalidCharacter {
                character: c,
                position,
            });
        }
    }
    collected(buf, len, expected)
}

/// The digits collected: none is `Empty`, more than `N` is a length error with the full count.
fn collected<const N: usize>(
    buf: [u8; N],
    len: usize,
    expected: &'static str,
) -> Result<Digits<N>, Reason> {
    match len {
        0 => Err(Reason::Empty),
        n if n > N => Err(Reason::InvalidLength {
            length: n,
            expected: expected.into(),
        }),
        _ => Ok(Digits { buf, len }),
    }
}

/// `char::is_whitespace` for one ASCII byte (unlike `u8::is_ascii_whitespace`, it includes
/// the vertical tab), so the byte paths below skip exactly what `trim` and the string paths do.
pub(crate) fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// The ASCII path of compacting (upper-case, drop `separators` and spaces) and then collecting
/// digits, in one pass without allocating: positions count characters of the compact form and
/// a wrong character is reported upper-cased, as the string path does.
pub(crate) fn compact_digits<const N: usize>(
    bytes: &[u8],
    separators: &[u8],
    expected: &'static str,
) -> Result<Digits<N>, Reason> {
    let mut buf = [0u8; N];
    let mut len = 0usize;
    for b in bytes.iter().copied() {
        if b.is_ascii_digit() {
            if let Some(slot) = buf.get_mut(len) {
                *slot = b;
            }
            len += 1;
        } else if !separators.contains(&b) && !ascii_space(b) {
            return Err(Reason::InvalidCharacter {
                character: char::from(b.to_ascii_uppercase()),
                position: len,
            });
        }
    }
    collected(buf, len, expected)
}

/// `bytes` after leading spaces, the first of `words` it starts with (any case) and, when
/// `then_trim`, the spaces after that word.
pub(crate) fn strip_word<'a>(bytes: &'a [u8], words: &[&[u8]], then_trim: bool) -> &'a [u8] {
    for word in words {
        if bytes
            .get(..word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
        {
            let rest = bytes.get(word.len()..).unwrap_or(&[]);
            return if then_trim { trim_start(rest) } else { rest };
        }
    }
    bytes
}

/// `bytes` without leading whitespace (as `str::trim_start` for ASCII).
pub(crate) fn trim_start(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().take_while(|b| ascii_space(**b)).count();
    bytes.get(n..).unwrap_or(&[])
}

/// The ASCII path of identifiers written as two letters and digits (BPOM `MD…`, halal `ID…`):
/// the same answer as upper-casing, dropping dots, dashes and spaces, checking the two letters
/// with `prefix_ok` and then the digits, but in one pass over the bytes and without allocating.
/// Positions count characters of that compact form, as the string path reports them.
pub(crate) fn prefixed_digits<const N: usize>(
    bytes: &[u8],
    prefix_ok: impl Fn([u8; 2]) -> bool,
    expected: &'static str,
) -> Result<([u8; 2], Digits<N>), Reason> {
    let mut prefix = [0u8; 2];
    let mut buf = [0u8; N];
    let (mut kept, mut len) = (0usize, 0usize);
    for b in bytes.iter().map(u8::to_ascii_uppercase) {
        if matches!(b, b'.' | b'-') || ascii_space(b) {
            continue;
        }
        match prefix.get_mut(kept) {
            Some(slot) => {
                *slot = b;
                if kept == 1 && !prefix_ok(prefix) {
                    return Err(Reason::InvalidPrefix);
                }
            }
            None if b.is_ascii_digit() => {
                if let Some(slot) = buf.get_mut(len) {
                    *slot = b;
                }
                len += 1;
            }
            None => {
                return Err(Reason::InvalidCharacter {
                    character: char::from(b),
                    position: kept,
                })
            }
        }
        kept += 1;
    }
    match (kept, len) {
        (0, _) => Err(Reason::Empty),
        (1, _) => Err(Reason::InvalidPrefix),
        (_, 0) => Err(Reason::Empty),
        (_, n) if n > N => Err(Reason::InvalidLength {
            length: n,
            expected: expected.into(),
        }),
        _ => Ok((prefix, Digits { buf, len })),
    }
}

/// Luhn (mod 10) check over ASCII digits whose last digit is the check digit.
pub(crate) fn luhn_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            let v = u32::from(d - b'0');
            if i % 2 == 1 {
                let dbl = v * 2;
                if dbl > 9 {
                    dbl - 9
                } else {
                    dbl
                }
            } else {
                v
            }
        })
        .sum();
    sum % 10 == 0
}

/// Keeps only digits (for `compact` of numeric identifiers): separators and whitespace go,
/// anything else stays so `validate` can point at it.
pub(crate) fn strip(input: &str, separators: &[char]) -> String {
    input
        .chars()
        .filter(|c| !separators.contains(c) && !c.is_whitespace())
        .collect()
}
