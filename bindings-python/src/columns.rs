//! Whole columns of identifiers and amounts: `is_valid_many`, `format_many`,
//! `validate_many_columns`, `parse_money_many`, each reading the column once and answering
//! with the GIL released.

use crate::{convert, errors};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};
use umkm::api::{self, CallError};
use umkm::id::{self, IdentifierKind};

fn kind(name: &str) -> PyResult<IdentifierKind> {
    IdentifierKind::from_name(name)
        .ok_or_else(|| pyo3::exceptions::PyValueError::new_err(format!("no identifier {name:?}")))
}

/// Runs a batch identifier function over the items of a column with the GIL released; each
/// item read as [`convert::identifier_text`] reads a cell. Also answers which items had
/// leading zeros put back.
fn batch<'py, T: Send>(
    py: Python<'py>,
    identifier: &str,
    numbers: &Bound<'py, PyAny>,
    f: fn(IdentifierKind, &[String]) -> Vec<T>,
) -> PyResult<(Vec<T>, Vec<bool>)> {
    let kind = kind(identifier)?;
    let (texts, restored): (Vec<String>, Vec<bool>) = convert::identifier_texts(kind, numbers)?
        .into_iter()
        .unzip();
    let answers = py
        .detach(move || errors::guarded(|| Ok(f(kind, &texts))))
        .map_err(|e| errors::to_py(py, &e))?;
    Ok((answers, restored))
}

/// `is_valid` of one value of any type: a `str` is checked (a lone surrogate makes it not
/// valid), anything else is not valid. Never raises, as python-stdnum's `is_valid`.
#[pyfunction]
pub(crate) fn is_valid(identifier: &str, number: &Bound<'_, PyAny>) -> bool {
    let Some(kind) = IdentifierKind::from_name(identifier) else {
        return false;
    };
    match number.cast::<PyString>() {
        Ok(s) => kind.is_valid(&s.to_string_lossy()),
        Err(_) => false,
    }
}

/// `is_valid` of a KBLI code in the edition `version` names: the edition read first, as the
/// facade reads it (an `ArgumentError` at `/version` when it is not one embedded), then the
/// value as [`is_valid`] reads it, so no value of the number raises.
#[pyfunction]
pub(crate) fn kbli_is_valid_in(
    py: Python<'_>,
    number: &Bound<'_, PyAny>,
    version: &Bound<'_, PyAny>,
) -> PyResult<bool> {
    let mut path = String::from("/version");
    let version: id::kbli::KbliVersion =
        api::read_argument(&convert::to_json_at(version, &mut path, 1)?, "/version")
            .map_err(|e| errors::to_py(py, &e))?;
    Ok(match number.cast::<PyString>() {
        Ok(s) => id::kbli::is_valid_in(&s.to_string_lossy(), version),
        Err(_) => false,
    })
}

/// The text of one identifier cell as the frame helpers read it (see
/// [`convert::identifier_text`]): `(text, leading zeros put back)`.
#[pyfunction]
pub(crate) fn identifier_text(
    identifier: &str,
    value: &Bound<'_, PyAny>,
) -> PyResult<(String, bool)> {
    convert::identifier_text(kind(identifier)?, value)
}

/// `is_valid` of every item: a `str` as it is; a whole number (int, or a float without a
/// fraction below 2^53) as its digits with lost leading zeros put back; anything else is not
/// valid.
#[pyfunction]
pub(crate) fn is_valid_many<'py>(
    py: Python<'py>,
    identifier: &str,
    numbers: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, batch(py, identifier, numbers, id::is_valid_many)?.0)
}

/// `is_valid` of `count` numbers joined by newlines into one string: one conversion instead
/// of one a number. `None` when the text does not split into `count` parts (a number held a
/// newline) or holds a lone surrogate, and the caller takes the item-by-item path.
#[pyfunction]
pub(crate) fn is_valid_joined<'py>(
    py: Python<'py>,
    identifier: &str,
    text: &Bound<'py, PyString>,
    count: usize,
) -> PyResult<Option<Bound<'py, PyList>>> {
    listed(
        py,
        joined(py, identifier, text, count, |k, p| id::is_valid_many(k, p))?,
    )
}

/// The answers of a fast path as a Python list, or `None` where it did not apply.
fn listed<'py, T: IntoPyObject<'py>>(
    py: Python<'py>,
    answers: Option<Vec<T>>,
) -> PyResult<Option<Bound<'py, PyList>>> {
    answers.map(|a| PyList::new(py, a)).transpose()
}

/// `f` of `count` numbers joined by newlines into one string, on the numbers as they stand;
/// `None` when the text does not split into `count` parts or holds a lone surrogate. A column
/// past the list limit is refused as on the item-by-item path.
fn joined<T: Send>(
    py: Python<'_>,
    identifier: &str,
    text: &Bound<'_, PyString>,
    count: usize,
    f: fn(IdentifierKind, &[&str]) -> Vec<T>,
) -> PyResult<Option<Vec<T>>> {
    let kind = kind(identifier)?;
    convert::check_items(py, "", count)?;
    let Ok(text) = text.to_cow().map(|t| t.into_owned()) else {
        return Ok(None);
    };
    py.detach(move || {
        errors::guarded(|| {
            let parts: Vec<&str> = text.split('\n').collect();
            Ok::<_, Box<CallError>>((parts.len() == count).then(|| f(kind, &parts)))
        })
    })
    .map_err(|e| errors::to_py(py, &e))
}

/// A column of texts handed over as the buffers of an Arrow `large_string` array (a pandas
/// `str` Series, a Polars `String` Series or a pyarrow array): `(rows, offset, validity,
/// offsets, data)` with `validity` `None` when no cell is null. The bytes cross once, and no
/// Python object is made a cell.
pub(crate) type ArrowColumn<'py> = (
    usize,
    usize,
    Option<Bound<'py, PyBytes>>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
);

/// The cells of an [`ArrowColumn`] as text, a null cell empty (as a missing item is read on
/// the other paths); `None` when the buffers do not make a valid array (the caller takes the
/// item-by-item path).
pub(crate) fn arrow_cells<'a>(
    rows: usize,
    offset: usize,
    validity: Option<&[u8]>,
    offsets: &[u8],
    data: &'a [u8],
) -> Option<Vec<&'a str>> {
    let data = std::str::from_utf8(data).ok()?;
    let ends: Vec<i64> = offsets
        .chunks_exact(8)
        .skip(offset)
        .take(rows + 1)
        .map(|b| i64::from_le_bytes(b.try_into().unwrap_or_default()))
        .collect();
    if ends.len() != rows + 1 {
        return None;
    }
    let present = |i: usize| {
        validity.is_none_or(|bits| {
            let at = offset + i;
            bits.get(at / 8).is_some_and(|b| b >> (at % 8) & 1 == 1)
        })
    };
    ends.windows(2)
        .enumerate()
        .map(|(i, w)| {
            let (start, end) = (usize::try_from(w[0]).ok()?, usize::try_from(w[1]).ok()?);
            let text = data.get(start..end)?;
            Some(if present(i) { text } else { "" })
        })
        .collect()
}

/// `f` of the cells of an [`ArrowColumn`] with the GIL released; `None` as [`arrow_cells`].
fn arrow_column<T: Send>(
    py: Python<'_>,
    identifier: &str,
    column: &ArrowColumn<'_>,
    f: fn(IdentifierKind, &[&str]) -> Vec<T>,
) -> PyResult<Option<Vec<T>>> {
    let kind = kind(identifier)?;
    let (rows, offset, validity, offsets, data) = column;
    convert::check_items(py, "", *rows)?;
    let (validity, offsets, data) = (
        validity.as_ref().map(|v| v.as_bytes()),
        offsets.as_bytes(),
        data.as_bytes(),
    );
    py.detach(move || {
        errors::guarded(|| {
            Ok::<_, Box<CallError>>(
                arrow_cells(*rows, *offset, validity, offsets, data).map(|cells| f(kind, &cells)),
            )
        })
    })
    .map_err(|e| errors::to_py(py, &e))
}

/// `is_valid` of every cell of an [`ArrowColumn`]; `None` when its buffers are not a valid
/// array.
#[pyfunction]
pub(crate) fn is_valid_arrow<'py>(
    py: Python<'py>,
    identifier: &str,
    column: ArrowColumn<'py>,
) -> PyResult<Option<Bound<'py, PyList>>> {
    listed(
        py,
        arrow_column(py, identifier, &column, |k, p| id::is_valid_many(k, p))?,
    )
}

/// `format` of every cell of an [`ArrowColumn`] (a null cell written as empty text, which the
/// caller makes missing again); `None` when its buffers are not a valid array.
#[pyfunction]
pub(crate) fn format_arrow<'py>(
    py: Python<'py>,
    identifier: &str,
    column: ArrowColumn<'py>,
) -> PyResult<Option<Bound<'py, PyList>>> {
    listed(
        py,
        arrow_column(py, identifier, &column, |k, p| id::format_many(k, p))?,
    )
}

/// [`validate_many_indexed`] of the cells of an [`ArrowColumn`]; `None` when its buffers are
/// not a valid array.
#[pyfunction]
#[pyo3(signature = (identifier, column, layout = "lists"))]
pub(crate) fn validate_arrow_indexed<'py>(
    py: Python<'py>,
    identifier: &str,
    column: ArrowColumn<'py>,
    layout: &str,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let layout = Layout::named(layout)?;
    let rows = column.0;
    match arrow_column(py, identifier, &column, |k, p| id::validate_many(k, p))? {
        Some(answers) => indexed(py, answers, &vec![false; rows], layout).map(Some),
        None => Ok(None),
    }
}

/// `format` of every item, each read as [`is_valid_many`] reads it: a list of strings.
#[pyfunction]
pub(crate) fn format_many<'py>(
    py: Python<'py>,
    identifier: &str,
    numbers: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, batch(py, identifier, numbers, id::format_many)?.0)
}

/// `money::parse_many` of a column with the GIL released while Rust reads: its three columns,
/// the amounts as decimal text (`None` where not read), their currencies, the error codes.
#[pyfunction]
#[pyo3(signature = (texts, lang=None))]
#[allow(clippy::type_complexity)]
pub(crate) fn parse_money_many(
    py: Python<'_>,
    texts: &Bound<'_, PyList>,
    lang: Option<String>,
) -> PyResult<(
    Vec<Option<String>>,
    Vec<Option<&'static str>>,
    Vec<Option<String>>,
)> {
    let texts = convert::texts_of(texts, "/texts")?;
    let outcome = py.detach(move || {
        errors::guarded(|| {
            // The convention is read as the facade reads it, so a bad one is the same error.
            let lang = match lang {
                None => None,
                Some(l) => {
                    let v = serde_json::Value::String(l);
                    api::call(
                        "money.parse",
                        &serde_json::json!({"text": "0", "lang": v.clone()}),
                    )?;
                    serde_json::from_value::<umkm::Lang>(v).ok()
                }
            };
            let parsed = umkm::money::parse_many(&texts, lang);
            let amounts = parsed
                .amounts
                .iter()
                .map(|a| a.map(|d| d.to_string()))
                .collect();
            let currencies = parsed
                .currencies
                .iter()
                .map(|c| c.map(|c| c.code()))
                .collect();
            let codes = parsed.codes;
            Ok((amounts, currencies, codes))
        })
    });
    outcome.map_err(|e| errors::to_py(py, &e))
}

/// `validate` of every item for a frame, with no Python object per row:
/// `(values, errors, codes, messages_id, messages_en, restored)` where `errors` is one
/// little-endian `i32` a row (`-1` for a valid row, else the position of its error among the
/// distinct errors) and `restored` one byte a row (1 where leading zeros were put back).
/// With the layout `"lists"`, `values` is a list (`None` where invalid) and the three text
/// columns are the short lists of distinct errors, for pandas to take from. With
/// `"large_string"` or `"string_view"` ([`Layout`]), `values` and
/// the three text columns are whole columns as the buffers of an Arrow `large_string` array
/// ([`arrow_texts`]): pyarrow wraps them without a copy, and no Python string is made a row.
#[pyfunction]
#[pyo3(signature = (identifier, numbers, layout = "lists"))]
pub(crate) fn validate_many_indexed<'py>(
    py: Python<'py>,
    identifier: &str,
    numbers: &Bound<'py, PyAny>,
    layout: &str,
) -> PyResult<Bound<'py, PyTuple>> {
    let layout = Layout::named(layout)?;
    let (answers, restored) = batch(py, identifier, numbers, id::validate_many)?;
    indexed(py, answers, &restored, layout)
}

/// [`validate_many_indexed`] of `count` numbers joined by newlines into one string (one
/// conversion instead of one a number); `None` as [`is_valid_joined`] answers it.
#[pyfunction]
#[pyo3(signature = (identifier, text, count, layout = "lists"))]
pub(crate) fn validate_joined_indexed<'py>(
    py: Python<'py>,
    identifier: &str,
    text: &Bound<'py, PyString>,
    count: usize,
    layout: &str,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let layout = Layout::named(layout)?;
    match joined(py, identifier, text, count, |k, p| id::validate_many(k, p))? {
        Some(answers) => indexed(py, answers, &vec![false; count], layout).map(Some),
        None => Ok(None),
    }
}

/// The answers as [`validate_many_indexed`] gives them.
fn indexed<'py>(
    py: Python<'py>,
    answers: Vec<Result<id::Compact, umkm::IdentifierError>>,
    restored: &[bool],
    layout: Layout,
) -> PyResult<Bound<'py, PyTuple>> {
    let d = Distinct::of(py, answers)?;
    let errors: Vec<u8> = d.at.iter().flat_map(|at| at.to_le_bytes()).collect();
    let restored = PyBytes::new(
        py,
        &restored.iter().map(|r| u8::from(*r)).collect::<Vec<_>>(),
    );
    let [values, codes, ids, ens] = if layout != Layout::Lists {
        let rows = d.at.len();
        let value = |i: usize| d.values.get(i).and_then(|v| v.as_ref()).map(|v| v.as_str());
        // Column `k` of the distinct errors (code, Indonesian, English), one row per item.
        let said = |k: usize| -> PyResult<Bound<'py, PyAny>> {
            let texts: Vec<&str> = d.texts.iter().map(|t| t[k].as_str()).collect();
            match layout {
                Layout::StringView => indexed_views(py, &d.at, &texts),
                _ => arrow_texts(py, rows, |i| {
                    let at = d.at.get(i).and_then(|at| usize::try_from(*at).ok())?;
                    texts.get(at).copied()
                }),
            }
        };
        let values = match layout {
            Layout::StringView => arrow_views(py, rows, value)?,
            _ => arrow_texts(py, rows, value)?,
        };
        [values, said(0)?, said(1)?, said(2)?]
    } else {
        let values = d.value_list(py)?;
        let (codes, ids, ens) = (PyList::empty(py), PyList::empty(py), PyList::empty(py));
        for (code, id, en) in &d.said {
            codes.append(code)?;
            ids.append(id)?;
            ens.append(en)?;
        }
        [
            values.into_any(),
            codes.into_any(),
            ids.into_any(),
            ens.into_any(),
        ]
    };
    PyTuple::new(
        py,
        [
            values,
            PyBytes::new(py, &errors).into_any(),
            codes,
            ids,
            ens,
            restored.into_any(),
        ],
    )
}

/// How [`indexed`] hands over its text columns: lists for Python, or whole columns as the
/// buffers of an Arrow `large_string` array (what pandas' Arrow-backed `str` holds) or of a
/// `string_view` array (Polars' own text type).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    Lists,
    LargeString,
    StringView,
}

impl Layout {
    fn named(name: &str) -> PyResult<Layout> {
        match name {
            "lists" => Ok(Layout::Lists),
            "large_string" => Ok(Layout::LargeString),
            "string_view" => Ok(Layout::StringView),
            _ => Err(pyo3::exceptions::PyValueError::new_err(
                "no such column layout",
            )),
        }
    }
}

/// The view of `text` in a `string_view` column whose data buffer is `data`: a text longer
/// than 12 bytes is appended to `data` and the view points at it.
fn placed(data: &mut Vec<u8>, text: &str) -> PyResult<[u8; 16]> {
    let at = u32::try_from(data.len())
        .map_err(|_| pyo3::exceptions::PyValueError::new_err("texts over 4 GB"))?;
    if text.len() > 12 {
        data.extend_from_slice(text.as_bytes());
    }
    Ok(view(text, at))
}

/// The 16 bytes of an Arrow `string_view` row: the length, then a text of at most 12 bytes
/// in place, or its first four bytes, buffer 0 and where it starts in that buffer (`at`).
fn view(text: &str, at: u32) -> [u8; 16] {
    let bytes = text.as_bytes();
    let mut v = [0u8; 16];
    v[..4].copy_from_slice(&(bytes.len() as u32).to_le_bytes());
    if bytes.len() <= 12 {
        v[4..4 + bytes.len()].copy_from_slice(bytes);
    } else {
        v[4..8].copy_from_slice(&bytes[..4]);
        v[12..].copy_from_slice(&at.to_le_bytes());
    }
    v
}

/// A column of `rows` texts (`cell(i)`, `None` where a row has none) as the buffers of an
/// Arrow `string_view` array (Polars' own text type): the validity bitmap, one 16-byte view
/// a row, and the bytes of the texts longer than 12 bytes, each written straight into a
/// Python `bytes` for `pyarrow.Array.from_buffers`.
fn arrow_views<'py, 'a>(
    py: Python<'py>,
    rows: usize,
    cell: impl Fn(usize) -> Option<&'a str>,
) -> PyResult<Bound<'py, PyAny>> {
    let mut data: Vec<u8> = Vec::new();
    let views = PyBytes::new_with(py, rows * 16, |out| {
        for (i, slot) in out.chunks_exact_mut(16).enumerate() {
            slot.copy_from_slice(&placed(&mut data, cell(i).unwrap_or(""))?);
        }
        Ok(())
    })?;
    let validity = validity_bits(py, rows, |i| cell(i).is_some())?;
    view_buffers(py, validity, views, &data)
}

/// A column whose row `i` holds `texts[at[i]]` (none where `at[i]` is negative) as the buffers
/// of an Arrow `string_view` array: each distinct text is written once and every row holding
/// it points at it, so a message repeated down the column costs 16 bytes a row.
fn indexed_views<'py>(py: Python<'py>, at: &[i32], texts: &[&str]) -> PyResult<Bound<'py, PyAny>> {
    let mut data: Vec<u8> = Vec::new();
    let table = texts
        .iter()
        .map(|text| placed(&mut data, text))
        .collect::<PyResult<Vec<_>>>()?;
    // A row with no text keeps the zeros `new_with` starts from (and its validity bit unset).
    let views = PyBytes::new_with(py, at.len() * 16, |out| {
        for (slot, a) in out.chunks_exact_mut(16).zip(at) {
            if let Some(v) = usize::try_from(*a).ok().and_then(|i| table.get(i)) {
                slot.copy_from_slice(v);
            }
        }
        Ok(())
    })?;
    let validity = validity_bits(py, at.len(), |i| at.get(i).is_some_and(|a| *a >= 0))?;
    view_buffers(py, validity, views, &data)
}

/// The buffers of a `string_view` array as `pyarrow.Array.from_buffers` takes them.
fn view_buffers<'py>(
    py: Python<'py>,
    validity: Bound<'py, PyAny>,
    views: Bound<'py, PyBytes>,
    data: &[u8],
) -> PyResult<Bound<'py, PyAny>> {
    let data = PyBytes::new(py, data).into_any();
    Ok(PyTuple::new(py, [validity, views.into_any(), data])?.into_any())
}

/// The Arrow validity bitmap of `rows` rows (bit set where `present`), or `None` when every
/// row is present.
fn validity_bits<'py>(
    py: Python<'py>,
    rows: usize,
    present: impl Fn(usize) -> bool,
) -> PyResult<Bound<'py, PyAny>> {
    if (0..rows).all(&present) {
        return Ok(py.None().into_bound(py));
    }
    Ok(PyBytes::new_with(py, rows.div_ceil(8), |bits| {
        for (n, byte) in bits.iter_mut().enumerate() {
            *byte = (0..8).fold(0u8, |b, bit| {
                b | u8::from(n * 8 + bit < rows && present(n * 8 + bit)) << bit
            });
        }
        Ok(())
    })?
    .into_any())
}

/// A column of `rows` texts (`cell(i)`, `None` where a row has none) as the three buffers of
/// an Arrow `large_string` array: the validity bitmap (`None` when no row is missing), the
/// offsets (`rows + 1` little-endian `i64`) and the texts' bytes, each written straight into a
/// Python `bytes` for `pyarrow.Array.from_buffers` to wrap without copying.
fn arrow_texts<'py, 'a>(
    py: Python<'py>,
    rows: usize,
    cell: impl Fn(usize) -> Option<&'a str>,
) -> PyResult<Bound<'py, PyAny>> {
    let total: usize = (0..rows).filter_map(&cell).map(str::len).sum();
    let validity = validity_bits(py, rows, |i| cell(i).is_some())?;
    let offsets = PyBytes::new_with(py, (rows + 1) * 8, |out| {
        let mut end = 0i64;
        let mut slots = out.chunks_exact_mut(8);
        if let Some(first) = slots.next() {
            first.copy_from_slice(&end.to_le_bytes());
        }
        for (i, slot) in slots.enumerate() {
            end += cell(i).map_or(0, |s| s.len() as i64);
            slot.copy_from_slice(&end.to_le_bytes());
        }
        Ok(())
    })?;
    let data = PyBytes::new_with(py, total, |out| {
        let mut rest = out;
        for s in (0..rows).filter_map(&cell) {
            let (head, tail) = rest.split_at_mut(s.len());
            head.copy_from_slice(s.as_bytes());
            rest = tail;
        }
        Ok(())
    })?;
    Ok(PyTuple::new(py, [validity, offsets.into_any(), data.into_any()])?.into_any())
}

/// A distinct error's code and messages as Python strings.
type Said<'py> = (
    Bound<'py, PyString>,
    Bound<'py, PyString>,
    Bound<'py, PyString>,
);

/// The answers of `validate_many` with each distinct error written once (most are a few
/// checksum or length errors repeated): its code and messages are made and turned into Python
/// strings the first time, and every row with the same error points at them.
struct Distinct<'py> {
    /// The compact value of each row, `None` where it is invalid.
    values: Vec<Option<id::Compact>>,
    /// Each row's position in `said`, `-1` for a valid row.
    at: Vec<i32>,
    /// The distinct errors, in the order first met.
    said: Vec<Said<'py>>,
    /// The same as text: code, Indonesian, English.
    texts: Vec<[String; 3]>,
}

impl<'py> Distinct<'py> {
    fn of(
        py: Python<'py>,
        answers: Vec<Result<id::Compact, umkm::IdentifierError>>,
    ) -> PyResult<Distinct<'py>> {
        let mut values = Vec::with_capacity(answers.len());
        let mut at = Vec::with_capacity(answers.len());
        let mut seen: std::collections::HashMap<umkm::IdentifierError, i32> =
            std::collections::HashMap::new();
        let (mut said, mut texts) = (Vec::new(), Vec::new());
        let mut last: Option<(umkm::IdentifierError, i32)> = None;
        for answer in answers {
            at.push(match answer {
                Ok(value) => {
                    values.push(Some(value));
                    -1
                }
                Err(e) => {
                    values.push(None);
                    // Most rows repeat the error met last: compared before hashing.
                    match last.as_ref().filter(|(l, _)| *l == e).map(|(_, at)| *at) {
                        Some(at) => at,
                        None => {
                            let at =
                                Distinct::place(py, e.clone(), &mut seen, &mut said, &mut texts);
                            last = Some((e, at));
                            at
                        }
                    }
                }
            });
        }
        Ok(Distinct {
            values,
            at,
            said,
            texts,
        })
    }

    /// The position of an error among the distinct ones, added (with its Python strings and
    /// texts) the first time it is met.
    fn place(
        py: Python<'py>,
        e: umkm::IdentifierError,
        seen: &mut std::collections::HashMap<umkm::IdentifierError, i32>,
        said: &mut Vec<Said<'py>>,
        texts: &mut Vec<[String; 3]>,
    ) -> i32 {
        match seen.get(&e) {
            Some(at) => *at,
            None => {
                let position = i32::try_from(said.len()).unwrap_or(i32::MAX);
                let m = e.message();
                said.push((
                    PyString::new(py, e.code()),
                    PyString::new(py, &m.id),
                    PyString::new(py, &m.en),
                ));
                texts.push([e.code().to_string(), m.id.to_string(), m.en.to_string()]);
                seen.insert(e, position);
                position
            }
        }
    }

    /// The compact values as a Python list, `None` where a row is invalid.
    fn value_list(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let none = py.None().into_bound(py);
        let list = PyList::empty(py);
        for v in &self.values {
            match v {
                Some(v) => list.append(v.as_str())?,
                None => list.append(&none)?,
            }
        }
        Ok(list)
    }
}

/// `validate` of every item, each read as [`is_valid_many`] reads it, as five columns (compact
/// values, codes, Indonesian messages, English messages, warnings `<kind>.leading_zeros`
/// where a number had its lost leading zeros put back), each a list with `None` where there
/// is nothing: frames are built from them without a tuple a row, and a message repeated down
/// the column is one string object, not one a row.
#[pyfunction]
pub(crate) fn validate_many_columns<'py>(
    py: Python<'py>,
    identifier: &str,
    numbers: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyTuple>> {
    let (answers, restored) = batch(py, identifier, numbers, id::validate_many)?;
    let warning = PyString::new(py, &format!("{identifier}.leading_zeros"));
    let none = py.None().into_bound(py);
    let d = Distinct::of(py, answers)?;
    let (codes, ids, ens, warnings) = (
        PyList::empty(py),
        PyList::empty(py),
        PyList::empty(py),
        PyList::empty(py),
    );
    for (at, restored) in d.at.iter().zip(restored) {
        match usize::try_from(*at).ok().and_then(|i| d.said.get(i)) {
            Some((code, id, en)) => {
                codes.append(code)?;
                ids.append(id)?;
                ens.append(en)?;
            }
            None => {
                codes.append(&none)?;
                ids.append(&none)?;
                ens.append(&none)?;
            }
        }
        warnings.append(if restored {
            warning.clone().into_any()
        } else {
            none.clone()
        })?;
    }
    PyTuple::new(
        py,
        [
            d.value_list(py)?.into_any(),
            codes.into_any(),
            ids.into_any(),
            ens.into_any(),
            warnings.into_any(),
        ],
    )
}
