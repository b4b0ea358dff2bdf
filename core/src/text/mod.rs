//! Bilingual text: every message the library produces exists in Indonesian and English
//! ([`Lang`], [`Message`], [`Text`]); [`privacy`] keeps identifiers and other personal data
//! out of it.

pub(crate) mod number;
pub mod privacy;

/// An error of the crate: a stable code (one of [`crate::api::codes::all`]) and a message in
/// Indonesian and English. Every error type the crate returns implements it, so a caller
/// reports any of them one way; each type also has the same two methods of its own.
///
/// ```
/// use umkm::{id::npwp, money, CodedError};
///
/// fn report(e: &dyn CodedError) -> String {
///     format!("{}: {}", e.code(), e.message().en)
/// }
/// let e = npwp::validate("01.312.166.1-091.000").unwrap_err();
/// assert_eq!(report(&e), "npwp.checksum: NPWP check digit does not match: a digit is mistyped");
/// let e = money::parse("1.250", None).unwrap_err();
/// assert_eq!(e.code(), "money.ambiguous");
/// ```
pub trait CodedError: std::error::Error {
    /// The stable code (`npwp.checksum`, `growth.negative`).
    fn code(&self) -> &'static str;
    /// What went wrong, in Indonesian and English.
    fn message(&self) -> Message;
}

/// Implements [`CodedError`] for error types by their own `code()` and `message()`.
macro_rules! coded_error {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::text::CodedError for $t {
            fn code(&self) -> &'static str {
                <$t>::code(self)
            }
            fn message(&self) -> $crate::text::Message {
                <$t>::message(self)
            }
        }
    )*};
}
pub(crate) use coded_error;

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// The language a report or a formatted amount is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Bahasa Indonesia, the default.
    #[default]
    Id,
    /// English.
    En,
}

/// The traits of a type that reads as text through its `as_str()`: `Deref<Target = str>`,
/// `AsRef<str>`, `Borrow<str>`, `Display`, `Debug` (as a string), equality, order and hashing
/// by the text, and comparison with `str`, `&str` and `String` either way round.
macro_rules! str_like {
    ($t:ty) => {
        impl std::ops::Deref for $t {
            type Target = str;
            fn deref(&self) -> &str {
                self.as_str()
            }
        }
        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
        impl std::borrow::Borrow<str> for $t {
            fn borrow(&self) -> &str {
                self.as_str()
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(self.as_str(), f)
            }
        }
        impl PartialEq for $t {
            fn eq(&self, other: &$t) -> bool {
                self.as_str() == other.as_str()
            }
        }
        impl Eq for $t {}
        impl std::hash::Hash for $t {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state)
            }
        }
        impl PartialOrd for $t {
            fn partial_cmp(&self, other: &$t) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        impl Ord for $t {
            fn cmp(&self, other: &$t) -> std::cmp::Ordering {
                self.as_str().cmp(other.as_str())
            }
        }
        $crate::text::str_like!(@eq $t, str);
        $crate::text::str_like!(@eq $t, &str);
        $crate::text::str_like!(@eq $t, String);
    };
    (@eq $t:ty, $o:ty) => {
        impl PartialEq<$o> for $t {
            fn eq(&self, other: &$o) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }
        impl PartialEq<$t> for $o {
            fn eq(&self, other: &$t) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    };
}
pub(crate) use str_like;

/// The text of a message, a code or a name.
///
/// Most of what the library writes is fixed text (`"Rekening bank usaha ada."`) or names from
/// a loaded rule set, repeated in every report; only some is formatted with figures. `Text`
/// keeps fixed text borrowed, loaded text shared (cloning a rule set's name into a report
/// counts a reference instead of copying), and formatted text owned, so a readiness report
/// allocates only for what it actually writes. It reads as a `&str`, compares with strings and
/// serialises as a JSON string.
///
/// ```
/// use umkm::text::Text;
/// let fixed = Text::from("NIB belum tercatat");
/// let written = Text::from(format!("{} digit", 13));
/// assert_eq!(fixed, "NIB belum tercatat");
/// assert!(written.ends_with("digit"));
/// assert_eq!(serde_json::to_string(&written).unwrap(), "\"13 digit\"");
/// ```
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Fixed(&'static str),
    Shared(Arc<str>),
    Owned(String),
}

impl Text {
    /// Fixed text, usable in constants.
    pub const fn fixed(text: &'static str) -> Text {
        Text(Repr::Fixed(text))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Fixed(s) => s,
            Repr::Shared(s) => s,
            Repr::Owned(s) => s,
        }
    }

    /// The same text as fixed text that lives as long as the program (read text is copied out
    /// once and never freed). Only for data that lives as long as the program anyway, such as
    /// the embedded default rule set: a report then neither copies its names nor counts
    /// references to them.
    pub(crate) fn into_static(self) -> Text {
        match self.0 {
            Repr::Fixed(s) => Text(Repr::Fixed(s)),
            Repr::Shared(s) => Text(Repr::Fixed(Box::leak(Box::<str>::from(&*s)))),
            Repr::Owned(s) => Text(Repr::Fixed(Box::leak(s.into_boxed_str()))),
        }
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::fixed("")
    }
}

str_like!(Text);

impl From<&'static str> for Text {
    fn from(s: &'static str) -> Text {
        Text(Repr::Fixed(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Repr::Owned(s))
    }
}

impl From<Arc<str>> for Text {
    fn from(s: Arc<str>) -> Text {
        Text(Repr::Shared(s))
    }
}

impl From<Cow<'static, str>> for Text {
    fn from(s: Cow<'static, str>) -> Text {
        match s {
            Cow::Borrowed(b) => Text(Repr::Fixed(b)),
            Cow::Owned(o) => Text(Repr::Owned(o)),
        }
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        match t.0 {
            Repr::Owned(s) => s,
            other => Text(other).as_str().to_owned(),
        }
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Read text is shared: what is read is usually a rule set, whose names every report repeats.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        let s = Cow::<'de, str>::deserialize(d)?;
        Ok(Text(Repr::Shared(Arc::from(s.as_ref()))))
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for Text {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        String::schema_name()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(g)
    }
}

/// One message in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Bahasa Indonesia.
    pub id: Text,
    /// English.
    pub en: Text,
}

impl Message {
    /// Builds a message from its Indonesian and English text.
    pub fn new(id: impl Into<Text>, en: impl Into<Text>) -> Self {
        Message {
            id: id.into(),
            en: en.into(),
        }
    }

    /// A message of fixed text, usable in constants (a catalogue of sentences).
    pub const fn fixed(id: &'static str, en: &'static str) -> Self {
        Message {
            id: Text::fixed(id),
            en: Text::fixed(en),
        }
    }

    /// Both texts as [`Text::into_static`] makes them.
    pub(crate) fn into_static(self) -> Message {
        Message {
            id: self.id.into_static(),
            en: self.en.into_static(),
        }
    }

    /// The text in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}

/// A part of a sentence the library writes: text, a count, a date or an amount. Sentences are
/// joined with [`text!`](crate::text) into a string sized once, without the formatting
/// machinery `format!` goes through for every part (a readiness report writes about sixty).
pub(crate) trait Piece {
    /// Bytes it will take (a guess for decimals).
    fn size(&self) -> usize;
    /// Appends it.
    fn put(&self, out: &mut String);
}

impl Piece for str {
    fn size(&self) -> usize {
        self.len()
    }
    fn put(&self, out: &mut String) {
        out.push_str(self)
    }
}

impl Piece for String {
    fn size(&self) -> usize {
        self.len()
    }
    fn put(&self, out: &mut String) {
        out.push_str(self)
    }
}

impl Piece for Text {
    fn size(&self) -> usize {
        self.len()
    }
    fn put(&self, out: &mut String) {
        out.push_str(self)
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn size(&self) -> usize {
        (**self).size()
    }
    fn put(&self, out: &mut String) {
        (**self).put(out)
    }
}

/// Decimal digits of `n`, written without `fmt`.
fn put_u64(mut n: u64, out: &mut String) {
    let mut buf = [0u8; 20];
    let mut start = buf.len();
    loop {
        start -= 1;
        if let Some(slot) = buf.get_mut(start) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || start == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(buf.get(start..).unwrap_or(&[])).unwrap_or(""));
}

macro_rules! unsigned_piece {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn size(&self) -> usize {
                20
            }
            fn put(&self, out: &mut String) {
                put_u64(u64::from(*self), out)
            }
        }
    )*};
}
unsigned_piece!(u8, u16, u32, u64);

impl Piece for usize {
    fn size(&self) -> usize {
        20
    }
    fn put(&self, out: &mut String) {
        put_u64(*self as u64, out)
    }
}

impl Piece for i64 {
    fn size(&self) -> usize {
        20
    }
    fn put(&self, out: &mut String) {
        if *self < 0 {
            out.push('-');
        }
        put_u64(self.unsigned_abs(), out)
    }
}

impl Piece for i32 {
    fn size(&self) -> usize {
        11
    }
    fn put(&self, out: &mut String) {
        i64::from(*self).put(out)
    }
}

/// `YYYY-MM-DD`, as chrono writes dates of years 0 to 9999 (others through chrono).
impl Piece for chrono::NaiveDate {
    fn size(&self) -> usize {
        10
    }
    fn put(&self, out: &mut String) {
        use chrono::Datelike;
        let (y, m, d) = (self.year(), self.month(), self.day());
        if !(0..=9999).contains(&y) {
            use std::fmt::Write as _;
            let _ = write!(out, "{self}");
            return;
        }
        for (value, width) in [(y as u32, 4), (m, 2), (d, 2)] {
            if width == 2 {
                out.push('-');
            }
            let mut div = 10u32.pow(width - 1);
            while div > 0 {
                out.push(char::from(b'0' + ((value / div) % 10) as u8));
                div /= 10;
            }
        }
    }
}

impl Piece for rust_decimal::Decimal {
    fn size(&self) -> usize {
        16
    }
    fn put(&self, out: &mut String) {
        out.push_str(number::DecimalText::new(*self).as_str())
    }
}

/// Joins [`Piece`]s into a `String` sized once: `text!(name, " berakhir ", date, ".")`.
/// Written out at each call site, where the compiler sees each part's type and calls it
/// directly (a shared joining function measured 0.3 µs slower per report).
macro_rules! text {
    ($($p:expr),* $(,)?) => {{
        let parts: &[&dyn $crate::text::Piece] = &[$(&$p),*];
        let mut s = String::with_capacity(parts.iter().map(|p| p.size()).sum());
        for p in parts {
            p.put(&mut s);
        }
        s
    }};
}
pub(crate) use text;

#[cfg(test)]
mod piece_tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn numbers_and_dates_as_display(n in any::<u64>(), i in any::<i64>(), days in -1_000_000i32..3_000_000) {
            prop_assert_eq!(text!(n), n.to_string());
            prop_assert_eq!(text!(i), i.to_string());
            let d = NaiveDate::from_num_days_from_ce_opt(days).unwrap_or_default();
            prop_assert_eq!(text!(d), d.to_string());
        }
    }

    #[test]
    fn joins_parts() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 9).unwrap_or_default();
        let name = Text::from("SKP");
        let s = text!(
            name,
            " berakhir ",
            d,
            " (",
            45usize,
            " hari lagi, ",
            -3i64,
            ")."
        );
        assert_eq!(s, "SKP berakhir 2026-02-09 (45 hari lagi, -3).");
        assert_eq!(text!(rust_decimal::Decimal::new(125, 1)), "12.5");
    }
}
