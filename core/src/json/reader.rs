//! Reads typed values out of a parsed JSON document and says where reading failed, as a JSON
//! pointer (`/products/0/unit`).
//!
//! Every input of the library read from JSON (the facade's arguments, records, rule sets,
//! export records, options) goes through [`read`]: one serde deserializer over a
//! `serde_json::Value` that keeps the path it is at in a side stack. Its answers and messages
//! are serde_json's own, with one deliberate difference: a record, a product, an amount — any
//! struct — must be a JSON object. serde_json would also take a list of the fields' values in
//! declaration order; nobody sends that on purpose, it makes field order a hidden contract,
//! and refusing it lets the compiler leave out a second reader for every type (18 KB of the
//! gzipped WebAssembly module).
//!
//! Why not a generic path tracker around serde_json's reader (serde_path_to_error, which the
//! tests still compare with): tracking by wrapping every visitor compiles each type's reader
//! with a wrapper around it; keeping the path beside one reader compiles it once, and the
//! push and pop of a path step are two small functions shared by all. A table's rows are read
//! through [`read_fields`] without building a JSON object per row.

use super::problem::{heard, said, DateKind, Found, Problem};
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Expected, MapAccess, SeqAccess, Unexpected,
    VariantAccess, Visitor,
};
use serde::Deserialize;
use serde_json::{Map, Number, Value};
use std::cell::RefCell;
use std::fmt;

/// Why a value could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReadError {
    /// JSON pointer to the value that failed (`""` for the document itself).
    pub(crate) path: String,
    /// What was wrong, in parts: [`Problem::message`] says it in both languages.
    pub(crate) problem: Problem,
}

impl ReadError {
    /// What was wrong, in serde_json's words (`invalid type: string "x", expected u32`).
    #[cfg(test)]
    pub(crate) fn message(&self) -> String {
        self.problem.en()
    }
}

/// Reads a `T` from `value`.
pub(crate) fn read<'a, T: Deserialize<'a>>(value: &'a Value) -> Result<T, ReadError> {
    tracked(|path| T::deserialize(At { value, path }))
}

/// Runs a read with a fresh path; a failure says where it stopped.
fn tracked<'a, T>(read: impl FnOnce(Path<'a, '_>) -> Result<T, Error>) -> Result<T, ReadError> {
    let path = RefCell::new(Vec::new());
    read(&path).map_err(|e| ReadError {
        path: pointer(&path.borrow()),
        problem: e.0,
    })
}

/// Why JSON text could not be parsed.
#[derive(Debug)]
pub(crate) enum ParseError {
    /// Not JSON: serde_json's error (its line and column).
    Json(serde_json::Error),
    /// An object with the same key twice; the path is that of the second entry.
    DuplicateKey {
        /// JSON pointer to the repeated key.
        path: String,
    },
}

/// Parses JSON text as serde_json does, except that an object with the same key twice is an
/// error ([`ParseError::DuplicateKey`]) instead of its last value silently winning: a record
/// whose `npwp` appears twice is a mistake worth seeing.
pub(crate) fn parse(text: &str) -> Result<Value, ParseError> {
    let state = RefCell::new(ParseState::default());
    let mut de = serde_json::Deserializer::from_str(text);
    let value = match Node(&state).deserialize(&mut de) {
        Ok(value) => value,
        Err(e) => {
            return Err(match state.into_inner().duplicate {
                Some(path) => ParseError::DuplicateKey { path },
                None => ParseError::Json(e),
            })
        }
    };
    de.end().map_err(ParseError::Json)?;
    Ok(value)
}

impl ParseError {
    /// Stable code: `input.duplicate_key`, or `json` for text that is not JSON.
    pub(crate) fn code(&self) -> &'static str {
        match self {
            ParseError::Json(_) => "json",
            ParseError::DuplicateKey { .. } => "input.duplicate_key",
        }
    }

    /// JSON pointer to the repeated key; `""` for text that is not JSON.
    pub(crate) fn path(&self) -> &str {
        match self {
            ParseError::Json(_) => "",
            ParseError::DuplicateKey { path } => path,
        }
    }

    /// What is wrong, in both languages.
    pub(crate) fn message(&self) -> crate::text::Message {
        match self {
            ParseError::Json(e) => crate::text::Message::new(
                format!("JSON tidak sah: {}", json_id(e)),
                format!("invalid JSON: {e}"),
            ),
            ParseError::DuplicateKey { path } => crate::text::Message::new(
                format!("Kunci {path} muncul dua kali dalam satu objek"),
                format!("The key {path} appears twice in one object"),
            ),
        }
    }
}

impl ParseError {
    /// What is wrong where, in both languages, for a message that says "invalid" itself.
    pub(crate) fn detail(&self) -> crate::text::Message {
        match self {
            ParseError::Json(e) => crate::text::Message::new(json_id(e), e.to_string()),
            dup => dup.message(),
        }
    }
}

/// serde_json's error in Indonesian, from its category and place (never its English text).
fn json_id(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Eof => "teks JSON terpotong",
        Category::Syntax => "sintaks JSON salah",
        Category::Data => "isi JSON tidak sah",
        Category::Io => "JSON tidak terbaca",
    };
    format!("{what} di baris {} kolom {}", e.line(), e.column())
}

#[derive(Default)]
struct ParseState {
    /// Indices and keys down to the value being parsed (a key is held here while its value
    /// is parsed, then moved into its object: no copy).
    path: Vec<ParseStep>,
    /// Where a repeated key was found.
    duplicate: Option<String>,
}

enum ParseStep {
    Index(usize),
    Key(String),
}

/// A JSON value being parsed, refusing repeated keys.
struct Node<'s>(&'s RefCell<ParseState>);

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            self.0.borrow_mut().path.push(ParseStep::Index(items.len()));
            let next = seq.next_element_seed(Node(self.0))?;
            self.0.borrow_mut().path.pop();
            match next {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let mut state = self.0.borrow_mut();
            if out.contains_key(&key) {
                state.path.push(ParseStep::Key(key));
                let path = state
                    .path
                    .iter()
                    .map(|step| match step {
                        ParseStep::Index(i) => format!("/{i}"),
                        ParseStep::Key(k) => format!("/{}", pointer_token(k)),
                    })
                    .collect();
                state.duplicate = Some(path);
                return Err(de::Error::custom("duplicate key"));
            }
            state.path.push(ParseStep::Key(key));
            drop(state);
            let value = map.next_value_seed(Node(self.0))?;
            if let Some(ParseStep::Key(key)) = self.0.borrow_mut().path.pop() {
                out.insert(key, value);
            }
        }
        Ok(Value::Object(out))
    }
}

/// Reads a `T` from the object made of `fields` (key, value), given in key order: as [`read`]
/// reads it from a JSON object with those entries, without building the object.
pub(crate) fn read_fields<'a, T: Deserialize<'a>>(
    fields: &'a [(&'a str, &'a Value)],
) -> Result<T, ReadError> {
    tracked(|path| T::deserialize(Fields { fields, path }))
}

/// An object given as its fields.
struct Fields<'a, 'p> {
    fields: &'a [(&'a str, &'a Value)],
    path: Path<'a, 'p>,
}

impl<'a> Deserializer<'a> for Fields<'a, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        let source = Source::Fields(self.fields.iter());
        visit_entries(source, self.fields.len(), self.path, visitor)
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    serde::forward_to_deserialize_any! {
        <W: Visitor<'a>>
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

/// One step of a path: an array index or an object key (also an enum variant's name).
#[derive(Clone, Copy)]
enum Step<'a> {
    Index(usize),
    Key(&'a str),
}

fn pointer(steps: &[Step<'_>]) -> String {
    let mut out = String::new();
    for step in steps {
        out.push('/');
        match step {
            Step::Index(i) => out.push_str(&i.to_string()),
            Step::Key(k) => out.push_str(&pointer_token(k)),
        }
    }
    out
}

use crate::text::privacy::pointer_token;

type Path<'a, 'p> = &'p RefCell<Vec<Step<'a>>>;

/// Puts a step on the path. A failure leaves its steps on, so the path ends where the
/// deepest failure was; a success takes its step off with [`leave`].
#[inline(never)]
fn enter<'a>(path: Path<'a, '_>, step: Step<'a>) {
    path.borrow_mut().push(step);
}

#[inline(never)]
fn leave(path: Path<'_, '_>) {
    path.borrow_mut().pop();
}

/// serde's error, carrying what was wrong (the path is in the side stack).
#[derive(Debug)]
pub(crate) struct Error(Problem);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.en())
    }
}

impl std::error::Error for Error {}

/// Each of serde's complaints kept in its parts ([`Problem`]), which say it in serde_json's
/// English and in Indonesian; the caller's text shown through `privacy::shown` (a NIK typed
/// into `legal_form` is not copied into the message).
impl de::Error for Error {
    #[cold]
    fn custom<M: fmt::Display>(msg: M) -> Self {
        Error(heard(msg.to_string()))
    }
    #[cold]
    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Error(Problem::InvalidType {
            found: Found::of(unexp),
            expected: exp.to_string(),
        })
    }
    #[cold]
    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
        Error(Problem::InvalidValue {
            found: Found::of(unexp),
            expected: exp.to_string(),
        })
    }
    #[cold]
    fn invalid_length(len: usize, exp: &dyn Expected) -> Self {
        Error(Problem::InvalidLength {
            len,
            expected: exp.to_string(),
        })
    }
    #[cold]
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Error(Problem::UnknownVariant {
            variant: crate::text::privacy::shown(variant),
            expected,
        })
    }
    #[cold]
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Error(Problem::UnknownField {
            field: crate::text::privacy::shown(field),
            expected,
        })
    }
    #[cold]
    fn missing_field(field: &'static str) -> Self {
        Error(Problem::MissingField(field))
    }
    #[cold]
    fn duplicate_field(field: &'static str) -> Self {
        Error(Problem::DuplicateField(field))
    }
}

/// A string visited: a date chrono could not read keeps the kind of chrono's error, found by
/// reading the text again as chrono does (the same error, as its text shows).
fn visit_text<'a, V: Visitor<'a>>(s: &'a str, visitor: V) -> Result<V::Value, Error> {
    visitor.visit_borrowed_str(s).map_err(|e: Error| match e.0 {
        Problem::Foreign(en) => match s.parse::<chrono::NaiveDate>() {
            Err(date) if date.to_string() == en => Error(Problem::Date {
                kind: DateKind::of(date.kind()),
                en,
            }),
            _ => Error(Problem::Foreign(en)),
        },
        other => Error(other),
    })
}

fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                Unexpected::Unsigned(u)
            } else if let Some(i) = n.as_i64() {
                Unexpected::Signed(i)
            } else {
                Unexpected::Float(n.as_f64().unwrap_or(f64::NAN))
            }
        }
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// A value at a place in the document.
struct At<'a, 'p> {
    value: &'a Value,
    path: Path<'a, 'p>,
}

impl<'a> At<'a, '_> {
    /// The value is not of the type `expected`.
    fn invalid(&self, expected: &dyn Expected) -> Error {
        de::Error::invalid_type(unexpected(self.value), expected)
    }

    fn array<V: Visitor<'a>>(&self, items: &'a [Value], visitor: V) -> Result<V::Value, Error> {
        let mut seq = Items {
            iter: items.iter(),
            index: 0,
            path: self.path,
        };
        let out = visitor.visit_seq(&mut seq)?;
        match seq.iter.len() {
            0 => Ok(out),
            _ => Err(too_long(items.len(), "fewer elements in array")),
        }
    }

    fn object<V: Visitor<'a>>(
        &self,
        map: &'a Map<String, Value>,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visit_entries(Source::Map(map.iter()), map.len(), self.path, visitor)
    }
}

/// An object's `len` entries from `source`, read by `visitor`, each at its key.
fn visit_entries<'a, V: Visitor<'a>>(
    source: Source<'a>,
    len: usize,
    path: Path<'a, '_>,
    visitor: V,
) -> Result<V::Value, Error> {
    let mut entries = Entries {
        iter: source,
        pending: None,
        path,
    };
    let out = visitor.visit_map(&mut entries)?;
    match entries.iter.len() {
        0 => Ok(out),
        _ => Err(too_long(len, "fewer elements in map")),
    }
}

#[cold]
fn too_long(len: usize, expected: &'static str) -> Error {
    de::Error::invalid_length(len, &expected)
}

impl<'a> Deserializer<'a> for At<'a, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    visitor.visit_u64(u)
                } else if let Some(i) = n.as_i64() {
                    visitor.visit_i64(i)
                } else {
                    visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            Value::String(s) => visit_text(s, visitor),
            Value::Array(items) => self.array(items, visitor),
            Value::Object(map) => self.object(map, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let (name, value) = match self.value {
            Value::String(name) => (name.as_str(), None),
            Value::Object(map) => {
                let mut iter = map.iter();
                match (iter.next(), iter.next()) {
                    (Some((name, value)), None) => (name.as_str(), Some(value)),
                    _ => {
                        return Err(de::Error::invalid_value(
                            Unexpected::Map,
                            &"map with a single key",
                        ))
                    }
                }
            }
            other => return Err(de::Error::invalid_type(unexpected(other), &"string or map")),
        };
        visitor.visit_enum(Variant {
            name,
            value,
            path: self.path,
        })
    }

    fn deserialize_unit<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Null => visitor.visit_unit(),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Array(items) => self.array(items, visitor),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_tuple<V: Visitor<'a>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::Object(map) => self.object(map, visitor),
            _ => Err(self.invalid(&visitor)),
        }
    }

    /// A struct is read from an object only (see the module's documentation).
    fn deserialize_struct<V: Visitor<'a>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_str<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Value::String(s) => visit_text(s, visitor),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        <W: Visitor<'a>>
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
    }
}

/// The elements of an array, each read at its index.
struct Items<'a, 'p> {
    iter: std::slice::Iter<'a, Value>,
    index: usize,
    path: Path<'a, 'p>,
}

impl<'a> SeqAccess<'a> for Items<'a, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'a>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(value) = self.iter.next() else {
            return Ok(None);
        };
        let path = self.path;
        enter(path, Step::Index(self.index));
        self.index += 1;
        let out = seed.deserialize(At { value, path })?;
        leave(path);
        Ok(Some(out))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

/// The entries of an object, each key and value read at the key.
struct Entries<'a, 'p> {
    iter: Source<'a>,
    pending: Option<(&'a str, &'a Value)>,
    path: Path<'a, 'p>,
}

/// Where an object's entries come from: a JSON object, or fields given one by one
/// ([`read_fields`]).
enum Source<'a> {
    Map(serde_json::map::Iter<'a>),
    Fields(std::slice::Iter<'a, (&'a str, &'a Value)>),
}

impl<'a> Source<'a> {
    fn next(&mut self) -> Option<(&'a str, &'a Value)> {
        match self {
            Source::Map(iter) => iter.next().map(|(k, v)| (k.as_str(), v)),
            Source::Fields(iter) => iter.next().map(|(k, v)| (*k, *v)),
        }
    }

    fn len(&self) -> usize {
        match self {
            Source::Map(iter) => iter.len(),
            Source::Fields(iter) => iter.len(),
        }
    }
}

impl<'a> MapAccess<'a> for Entries<'a, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'a>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.iter.next() else {
            return Ok(None);
        };
        self.pending = Some((key, value));
        enter(self.path, Step::Key(key));
        let out = seed.deserialize(BorrowedStrDeserializer::<Error>::new(key))?;
        leave(self.path);
        Ok(Some(out))
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some((key, value)) = self.pending.take() else {
            return Err(said(crate::text::Message::fixed(
                "nilai tidak ada",
                "value is missing",
            )));
        };
        let path = self.path;
        enter(path, Step::Key(key));
        let out = seed.deserialize(At { value, path })?;
        leave(path);
        Ok(out)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

/// An enum's variant: its name, and its content for variants that have one.
struct Variant<'a, 'p> {
    name: &'a str,
    value: Option<&'a Value>,
    path: Path<'a, 'p>,
}

impl<'a, 'p> EnumAccess<'a> for Variant<'a, 'p> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'a>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let name = BorrowedStrDeserializer::<Error>::new(self.name);
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'a> Variant<'a, '_> {
    /// Reads the variant's content `value` at the variant's name.
    fn inside<T>(
        &self,
        value: &'a Value,
        read: impl FnOnce(At<'a, '_>) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let path = self.path;
        enter(path, Step::Key(self.name));
        let out = read(At { value, path })?;
        leave(path);
        Ok(out)
    }
}

impl<'a> VariantAccess<'a> for Variant<'a, '_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        match self.value {
            None => Ok(()),
            Some(value) => <()>::deserialize(At {
                value,
                path: self.path,
            }),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'a>>(self, seed: T) -> Result<T::Value, Error> {
        match self.value {
            Some(value) => self.inside(value, |at| seed.deserialize(at)),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"newtype variant",
            )),
        }
    }

    fn tuple_variant<V: Visitor<'a>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Some(value @ Value::Array(items)) => self.inside(value, |at| at.array(items, visitor)),
            Some(other) => Err(de::Error::invalid_type(unexpected(other), &"tuple variant")),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"tuple variant",
            )),
        }
    }

    fn struct_variant<V: Visitor<'a>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.value {
            Some(value @ Value::Object(map)) => self.inside(value, |at| at.object(map, visitor)),
            Some(other) => Err(de::Error::invalid_type(
                unexpected(other),
                &"struct variant",
            )),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"struct variant",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::enterprise::Enterprise;
    use proptest::prelude::*;
    use serde_json::json;

    /// serde_json's own reader, for comparison: the same value or the same message.
    fn both<T: serde::de::DeserializeOwned + PartialEq + fmt::Debug>(
        v: &Value,
    ) -> Result<T, String> {
        let ours = read::<T>(v).map_err(|e| e.message());
        let theirs = T::deserialize(v).map_err(|e| e.to_string());
        assert_eq!(ours, theirs, "{v}");
        ours
    }

    #[test]
    fn answers_as_serde_json_with_the_path() {
        let v = json!({"name": "Keripik", "products": [{"name": "A", "category": "processed_food", "unit": "pack"}, {"name": "B", "category": "nope", "unit": "pack"}]});
        let e = read::<Enterprise>(&v).unwrap_err();
        assert_eq!(e.path, "/products/1/category");
        assert!(
            e.message().starts_with("unknown variant `nope`"),
            "{}",
            e.message()
        );
        assert_eq!(both::<Enterprise>(&v).unwrap_err(), e.message());

        let e = read::<Enterprise>(&json!({"name": 3})).unwrap_err();
        assert_eq!(
            (e.path.as_str(), e.message().as_str()),
            ("/name", "invalid type: integer `3`, expected a string")
        );
        let e = read::<Enterprise>(&json!({"nam": "x"})).unwrap_err();
        assert_eq!(e.path, "/nam");
        assert!(
            e.message().starts_with("unknown field `nam`"),
            "{}",
            e.message()
        );
        let e = read::<Enterprise>(&json!({"name": "x", "workers": -1})).unwrap_err();
        assert_eq!(e.path, "/workers");
        let e = read::<Enterprise>(&json!({"name": "x", "annual_sales": [{"year": 2024}]}))
            .unwrap_err();
        assert_eq!(
            (e.path.as_str(), e.message().as_str()),
            ("/annual_sales/0", "missing field `amount`")
        );
        let e = read::<Enterprise>(&json!({"a/b~": {"x": 1}})).unwrap_err();
        assert_eq!(e.path, "/a~1b~0");
        let e = read::<Enterprise>(&json!({"name": "x", "annual_sales": [{"year": 2024, "amount": {"amount": 0.25, "currency": "IDR"}}]})).unwrap_err();
        assert_eq!(e.path, "/annual_sales/0/amount/amount");
        assert!(
            e.message()
                .starts_with("amount 0.25 is a JSON number with a fraction"),
            "{}",
            e.message()
        );
    }

    /// The one difference from serde_json: a struct is an object, never a list of its fields.
    #[test]
    fn a_struct_is_an_object_never_a_list() {
        let e = read::<Enterprise>(&json!(["Keripik"])).unwrap_err();
        assert_eq!(
            (e.path.as_str(), e.message().as_str()),
            ("", "invalid type: sequence, expected struct Enterprise")
        );
        let e = read::<Enterprise>(
            &json!({"name": "x", "annual_sales": [[2024, {"amount": "1", "currency": "IDR"}]]}),
        )
        .unwrap_err();
        assert_eq!(
            (e.path.as_str(), e.message().as_str()),
            (
                "/annual_sales/0",
                "invalid type: sequence, expected struct AnnualSales"
            )
        );
        // serde_json alone would have read it.
        assert!(
            serde_json::from_value::<crate::record::enterprise::AnnualSales>(
                json!([2024, {"amount": "1", "currency": "IDR"}])
            )
            .is_ok()
        );
        let e = read::<crate::Money>(&json!(["1", "IDR"])).unwrap_err();
        assert_eq!(e.message(), "invalid type: sequence, expected struct Money");
    }

    /// JSON made of the words a record uses, nested, right and wrong.
    fn json() -> impl Strategy<Value = Value> {
        let words = prop::sample::select(vec![
            "name",
            "nib",
            "products",
            "category",
            "unit",
            "processed_food",
            "pack",
            "kind",
            "pirt",
            "certifications",
            "annual_sales",
            "year",
            "amount",
            "currency",
            "IDR",
            "1000",
            "workers",
            "management",
            "marketing",
            "incoterms",
            "fob",
            "shipments",
            "date",
            "2025-01-01",
            "value",
            "destination",
            "JP",
            "x",
            "a/b",
            "~",
        ]);
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            words.clone().prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 40, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((words.clone(), inner), 0..6).prop_map(|kv| {
                    Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
                }),
            ]
        })
    }

    /// serde_path_to_error over serde_json's reader, its path written as a JSON pointer.
    fn reference<T: serde::de::DeserializeOwned>(v: &Value) -> Result<T, (String, String)> {
        use serde_path_to_error::Segment;
        serde_path_to_error::deserialize(v).map_err(|e| {
            (
                e.path()
                    .iter()
                    .map(|s| match s {
                        Segment::Seq { index } => format!("/{index}"),
                        Segment::Map { key } => format!("/{}", pointer_token(key)),
                        Segment::Enum { variant } => format!("/{variant}"),
                        Segment::Unknown => "/?".to_string(),
                    })
                    .collect(),
                // The caller's numbers shown as ours shows them (digit runs masked).
                crate::text::privacy::mask_digits(&e.inner().to_string()).into_owned(),
            )
        })
    }

    /// Ours equals the reference, except where ours refused a list in a struct's place: then
    /// the path points at a list in the document.
    fn same<T: serde::de::DeserializeOwned + PartialEq + fmt::Debug>(
        doc: &Value,
    ) -> Result<(), TestCaseError> {
        let ours = read::<T>(doc);
        match &ours {
            Err(e)
                if e.message()
                    .starts_with("invalid type: sequence, expected struct") =>
            {
                prop_assert!(doc.pointer(&e.path).is_some_and(Value::is_array), "{e:?}");
            }
            _ => prop_assert_eq!(
                ours.map_err(|e| (e.path.clone(), e.message())),
                reference::<T>(doc)
            ),
        }
        Ok(())
    }

    proptest! {
        /// An object given as its fields reads, and is checked, as the object itself.
        #[test]
        fn fields_read_as_their_object(v in json()) {
            if let Value::Object(map) = &v {
                let fields: Vec<(&str, &Value)> = map.iter().map(|(k, v)| (k.as_str(), v)).collect();
                prop_assert_eq!(read_fields::<Enterprise>(&fields), read::<Enterprise>(&v));
                prop_assert_eq!(
                    read_fields::<crate::Money>(&fields).map_err(|e| e.message()),
                    read::<crate::Money>(&v).map_err(|e| e.message())
                );
                prop_assert_eq!(
                    crate::limits::check_fields_at(&fields, 60).map_err(|i| (i.path, i.code)),
                    crate::limits::check_value_at(&v, 60).map_err(|i| (i.path, i.code))
                );
            }
        }

        #[test]
        fn same_answer_path_and_message_as_the_path_tracking_reference(v in json()) {
            let mut record = serde_json::json!({"name": "x"});
            if let (Value::Object(r), Value::Object(extra)) = (&mut record, &v) {
                r.extend(extra.clone());
            }
            for doc in [&v, &record] {
                same::<Enterprise>(doc)?;
                same::<Vec<crate::analytics::ranking::ExportRecord>>(doc)?;
                same::<crate::readiness::ruleset::Check>(doc)?;
            }
        }
    }

    #[test]
    fn scalars_options_tuples_and_enums_as_serde_json() {
        for v in [
            json!(1),
            json!(-1),
            json!(1.5),
            json!(1e300),
            json!("x"),
            json!("a\"b\n"),
            json!(null),
            json!(true),
            json!([1]),
            json!({"a": 1}),
        ] {
            let _ = both::<u8>(&v);
            let _ = both::<i32>(&v);
            let _ = both::<String>(&v);
            let _ = both::<Option<u32>>(&v);
            let _ = both::<Vec<u8>>(&v);
            let _ = both::<(u8,)>(&v);
            let _ = both::<()>(&v);
            let _ = both::<bool>(&v);
            let _ = both::<char>(&v);
            let _ = both::<f64>(&v);
            let _ = both::<std::collections::BTreeMap<String, u8>>(&v);
            let _ = both::<crate::record::enterprise::CertificateKind>(&v);
            if !v.is_array() {
                let _ = both::<crate::Money>(&v);
            }
        }
        let _ = both::<(u8, u8)>(&json!([1, 2, 3]));
        let _ = both::<crate::record::enterprise::CertificateKind>(
            &json!({"pirt": null, "halal": null}),
        );
        let _ = both::<crate::record::enterprise::CertificateKind>(&json!({"pirt": 1}));
        let check = json!({"fact": "quality_control", "certificates": ["haccp", "nope"]});
        assert!(both::<crate::readiness::ruleset::Check>(&check).is_err());
    }
}
