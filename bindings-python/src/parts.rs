//! A DataFrame cell of lists and dicts read straight into a record's nested field
//! ([`umkm::record::RecordPart`]), without making JSON of it first.
//!
//! Why: `assess_frame` reads a register's nested cells (each row's list of product dicts, its
//! management answers) in the one thread that holds the GIL. Made into JSON, each cell became
//! a tree of values that the assessing threads then walked for the limits, read into the
//! record and freed, which cost more than the assessment itself (BENCHMARKS.md). Here serde's
//! derived readers of the record's own types read the Python objects directly.
//!
//! The rule that keeps the answers those of `call`: this reader takes only what the JSON path
//! ([`crate::convert`], then the core's reader) would read to the same value, and gives up on
//! anything else, which then goes the JSON way and fails or succeeds there with `call`'s own
//! error. It takes exact `dict` (string keys, `None` values left out as the JSON path leaves
//! them out), exact `list`, exact `str` without lone surrogates, exact `int` within 64 bits,
//! `bool` and `None`, within the limits of [`umkm::limits`] and a depth far below them; it
//! presents them to serde as the core's reader presents the same JSON (a non-negative integer
//! as `u64`, a negative one as `i64`, a struct only from an object, an enum only from its
//! name). Any serde error, however worded, only means "give up": the message is never shown.
//! The tests of `assess_frame` compare every answer with `call`'s, including cells built to
//! fail.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyInt, PyList, PyString};
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// Deeper than this (containers within the cell), a cell goes the JSON way: real records nest
/// four levels, the limits allow 64.
const MAX_PART_DEPTH: usize = 16;

/// The part for column `field` read from its cell, or `None` when the cell must go the JSON
/// way (not a field a part holds, or anything this reader does not take).
pub fn read(field: &str, cell: &Bound<'_, PyAny>) -> Option<umkm::record::RecordPart> {
    if !(cell.is_exact_instance_of::<PyList>() || cell.is_exact_instance_of::<PyDict>()) {
        return None;
    }
    umkm::record::RecordPart::read(
        field,
        Cell {
            obj: cell,
            depth: 0,
        },
    )?
    .ok()
}

/// This reader gives up: the cell goes the JSON way, which says what is wrong.
#[derive(Debug)]
pub struct GiveUp;

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("read as JSON instead")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    #[cold]
    fn custom<T: fmt::Display>(_: T) -> Self {
        GiveUp
    }
}

/// One Python value inside a cell, `depth` containers down.
struct Cell<'a, 'py> {
    obj: &'a Bound<'py, PyAny>,
    depth: usize,
}

/// The text of an exact `str` within the string limit; lone surrogates give up.
fn text<'a>(obj: &'a Bound<'_, PyAny>) -> Result<Cow<'a, str>, GiveUp> {
    let s = obj.cast_exact::<PyString>().map_err(|_| GiveUp)?;
    // A code point is at least one byte: more code points than the limit is over it.
    if s.len().map_err(|_| GiveUp)? > umkm::limits::MAX_STRING_BYTES {
        return Err(GiveUp);
    }
    let text = s.to_cow().map_err(|_| GiveUp)?;
    if text.len() > umkm::limits::MAX_STRING_BYTES {
        return Err(GiveUp);
    }
    Ok(text)
}

fn visit_text<'de, V: Visitor<'de>>(text: Cow<'_, str>, visitor: V) -> Result<V::Value, GiveUp> {
    match text {
        Cow::Borrowed(s) => visitor.visit_str(s),
        Cow::Owned(s) => visitor.visit_string(s),
    }
}

impl<'a, 'py> Cell<'a, 'py> {
    /// A container one level down, or give up past [`MAX_PART_DEPTH`].
    fn deeper(&self) -> Result<usize, GiveUp> {
        let depth = self.depth + 1;
        if depth > MAX_PART_DEPTH {
            return Err(GiveUp);
        }
        Ok(depth)
    }

    fn seq<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, GiveUp> {
        let list = self.obj.cast_exact::<PyList>().map_err(|_| GiveUp)?;
        if list.len() > umkm::limits::MAX_LIST_ITEMS {
            return Err(GiveUp);
        }
        let mut items = Items {
            list,
            next: 0,
            depth: self.deeper()?,
        };
        let out = visitor.visit_seq(&mut items)?;
        // The core's reader refuses items left unread.
        if items.next < list.len() {
            return Err(GiveUp);
        }
        Ok(out)
    }

    fn map<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, GiveUp> {
        let dict = self.obj.cast_exact::<PyDict>().map_err(|_| GiveUp)?;
        let mut entries = Entries {
            iter: dict.iter(),
            value: None,
            depth: self.deeper()?,
        };
        let out = visitor.visit_map(&mut entries)?;
        // The core's reader refuses entries left unread (a `None` value is no entry).
        if entries.iter.any(|(_, v)| !v.is_none()) {
            return Err(GiveUp);
        }
        Ok(out)
    }
}

impl<'de> de::Deserializer<'de> for Cell<'_, '_> {
    type Error = GiveUp;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        let obj = self.obj;
        if obj.is_none() {
            visitor.visit_unit()
        } else if obj.is_exact_instance_of::<PyString>() {
            visit_text(text(obj)?, visitor)
        } else if obj.is_exact_instance_of::<PyInt>() {
            // As JSON numbers reach the core's reader: u64 when not negative, else i64.
            if let Ok(i) = obj.extract::<i64>() {
                match u64::try_from(i) {
                    Ok(u) => visitor.visit_u64(u),
                    Err(_) => visitor.visit_i64(i),
                }
            } else {
                // Past i64 the JSON path gives a u64 or text: not this reader's to decide.
                Err(GiveUp)
            }
        } else if let Ok(b) = obj.cast_exact::<PyBool>() {
            visitor.visit_bool(b.is_true())
        } else if obj.is_exact_instance_of::<PyList>() {
            self.seq(visitor)
        } else if obj.is_exact_instance_of::<PyDict>() {
            self.map(visitor)
        } else {
            Err(GiveUp)
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        if self.obj.is_none() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    /// An enum from its name only (the core's reader also takes `{name: value}`: that goes
    /// the JSON way).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        let name = text(self.obj)?;
        visitor.visit_enum(IntoDeserializer::<GiveUp>::into_deserializer(name.as_ref()))
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        if self.obj.is_none() {
            visitor.visit_unit()
        } else {
            Err(GiveUp)
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        self.seq(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        self.seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        self.seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        self.map(visitor)
    }

    /// A struct from a dict only, as the core reads it from an object only.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        self.map(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        visit_text(text(self.obj)?, visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        self.deserialize_str(visitor)
    }

    /// An unknown field: the record's types refuse them, so it is never a success here.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, GiveUp> {
        Err(GiveUp)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
    }
}

/// The items of a list, in order.
struct Items<'a, 'py> {
    list: &'a Bound<'py, PyList>,
    next: usize,
    depth: usize,
}

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, GiveUp> {
        if self.next >= self.list.len() {
            return Ok(None);
        }
        let item = self.list.get_item(self.next).map_err(|_| GiveUp)?;
        self.next += 1;
        seed.deserialize(Cell {
            obj: &item,
            depth: self.depth,
        })
        .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.list.len().saturating_sub(self.next))
    }
}

/// The entries of a dict whose value is not `None`, each key an exact `str` within the key
/// limit.
struct Entries<'py> {
    iter: pyo3::types::dict::BoundDictIterator<'py>,
    value: Option<Bound<'py, PyAny>>,
    depth: usize,
}

impl<'de> MapAccess<'de> for Entries<'_> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, GiveUp> {
        for (key, value) in self.iter.by_ref() {
            if value.is_none() {
                continue;
            }
            let key = text(&key)?;
            if key.len() > umkm::limits::MAX_KEY_BYTES {
                return Err(GiveUp);
            }
            self.value = Some(value);
            return seed
                .deserialize(IntoDeserializer::<GiveUp>::into_deserializer(key.as_ref()))
                .map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, GiveUp> {
        let value = self.value.take().ok_or(GiveUp)?;
        seed.deserialize(Cell {
            obj: &value,
            depth: self.depth,
        })
    }
}
