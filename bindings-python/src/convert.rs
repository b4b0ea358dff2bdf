//! Python values to the JSON the core reads, and JSON back to Python values.
//!
//! In: `None`, `bool`, `int`, `str`, `dict`, `list`/`tuple` as themselves; `decimal.Decimal`
//! as its plain decimal string; `datetime.date` as its ISO date (a `datetime` only at
//! midnight without a time zone, as pandas timestamps of dates are); `enum.Enum` members by
//! their value; the package's typed classes by their `_umkm_json()`; other mappings and
//! sequences as objects and arrays. A `float` goes as a JSON number, which the core refuses
//! wherever an exact amount is read (it loses Rupiah precision), so the error's code and path
//! are those of every other language; NaN and infinity are refused here. Out: plain `dict`, `list`, `str`, `int`, `bool`,
//! `None`; the Python package turns decimal strings and dates into `Decimal` and `date`.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType};
use serde_json::{Map, Number, Value};

/// Nesting deeper than this is refused (hostile input), well above any real record.
const MAX_DEPTH: usize = 128;

static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DATETIME: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static ENUM: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static MAPPING: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static SEQUENCE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

fn class<'py>(
    py: Python<'py>,
    cell: &'static PyOnceLock<Py<PyType>>,
    module: &str,
    name: &str,
) -> PyResult<&'py Bound<'py, PyType>> {
    cell.import(py, module, name)
}

/// The error raised for a value that cannot be used, with where it is: an `ArgumentError`
/// (code `argument.invalid`) like every other argument error.
fn refuse(py: Python<'_>, path: &str, why_en: &str, why_id: &str) -> PyErr {
    let shown = if path.is_empty() { "/" } else { path };
    argument_error(
        py,
        path,
        "argument.invalid",
        format!("Invalid argument at {shown}: {why_en}"),
        format!("Argumen tidak sah di {shown}: {why_id}"),
    )
}

/// An argument refused before conversion (a limit of `umkm::limits` broken, a value no JSON
/// can hold), with its message in each language: the value is never copied.
fn argument_error(
    py: Python<'_>,
    path: &str,
    code: &str,
    what_en: String,
    what_id: String,
) -> PyErr {
    let error = umkm::api::CallError {
        kind: umkm::api::ErrorKind::Argument,
        code: code.to_string(),
        message_id: what_id,
        message_en: what_en,
        path: path.to_string(),
        issues: Vec::new(),
    };
    crate::errors::to_py(py, &error)
}

/// The text of a Python `str` within the string limit, checked before it is copied; a lone
/// surrogate (`'\ud800'`, which no UTF-8 text can hold) is refused with its path.
fn text_of(s: &Bound<'_, PyString>, path: &str, max: usize, code: &str) -> PyResult<String> {
    let py = s.py();
    // A code point is at least one byte: more code points than the limit is over it.
    let chars = s.len()?;
    let too_long = |bytes: usize| {
        argument_error(
            py,
            path,
            code,
            format!("A text of {bytes} bytes or more is over the limit of {max} bytes"),
            format!("Teks {bytes} bita atau lebih melebihi batas {max} bita"),
        )
    };
    if chars > max {
        return Err(too_long(chars));
    }
    let text = match s.to_cow() {
        Ok(text) => text.into_owned(),
        Err(_) => {
            return Err(refuse(
                py,
                path,
                "the text holds a lone surrogate, which is not valid Unicode: clean the text (str.encode(errors=\"replace\"))",
                "teks memuat surrogate tunggal, yang bukan Unicode sah: bersihkan teksnya (str.encode(errors=\"replace\"))",
            ))
        }
    };
    if text.len() > max {
        return Err(too_long(text.len()));
    }
    Ok(text)
}

/// A list of texts (a column, as the parsers take it): the list limit checked before any item
/// is copied, each item a `str` within the string limit without lone surrogates, refused at
/// its path (`/texts/3`) otherwise.
pub fn texts_of(list: &Bound<'_, PyList>, path: &str) -> PyResult<Vec<String>> {
    let py = list.py();
    check_items(py, path, list.len())?;
    list.iter()
        .enumerate()
        .map(|(i, item)| {
            let at = format!("{path}/{i}");
            let s = item.cast::<PyString>().map_err(|_| {
                refuse(py, &at, "a text (str) is expected", "diharapkan teks (str)")
            })?;
            text_of(s, &at, umkm::limits::MAX_STRING_BYTES, "limit.string")
        })
        .collect()
}

/// A list longer than the list limit, refused before any item is converted.
pub(crate) fn check_items(py: Python<'_>, path: &str, len: usize) -> PyResult<()> {
    let max = umkm::limits::MAX_LIST_ITEMS;
    if len > max {
        return Err(argument_error(
            py,
            path,
            "limit.list",
            format!("A list of {len} items is over the limit of {max}"),
            format!("Daftar {len} butir melebihi batas {max}"),
        ));
    }
    Ok(())
}

/// The text of an identifier cell however it came: a `str` as it is (a lone surrogate made
/// U+FFFD, which every identifier refuses as a character); a whole number (an `int`, or a
/// float below 2^53 that is whole: a column `pandas.read_csv` read as numbers) as its digits,
/// the leading zeros it lost put back (`true` then); anything else (`None`, NaN, `bool`,
/// objects) as the empty text, which every identifier refuses as `<kind>.empty`.
pub fn identifier_text(
    kind: umkm::id::IdentifierKind,
    item: &Bound<'_, PyAny>,
) -> PyResult<(String, bool)> {
    if let Ok(s) = item.cast::<PyString>() {
        return Ok((s.to_string_lossy().into_owned(), false));
    }
    if item.is_instance_of::<PyBool>() {
        return Ok((String::new(), false));
    }
    if item.is_instance_of::<PyInt>() {
        return Ok(match item.extract::<u128>() {
            Ok(v) => kind.from_integer(v),
            Err(_) => (String::new(), false),
        });
    }
    if let Ok(f) = item.cast::<PyFloat>() {
        return Ok(match exact_integer(f.value()) {
            Some(v) if v >= 0 => kind.from_integer(v as u128),
            _ => (String::new(), false),
        });
    }
    // NumPy integers and floats.
    let name = item.get_type().name()?.to_cow()?.into_owned();
    if name.starts_with("int") || name.starts_with("uint") || name.starts_with("float") {
        if let Ok(inner) = item.call_method0("item") {
            return identifier_text(kind, &inner);
        }
    }
    Ok((String::new(), false))
}

/// Converts a Python value to JSON; `path` is the JSON pointer of `obj` for error messages.
pub fn to_json(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    convert(obj, &mut String::new(), 0)
}

/// [`to_json`] of a value found at `path`, `depth` levels down in the arguments (`path` is
/// left as it was).
pub fn to_json_at(obj: &Bound<'_, PyAny>, path: &mut String, depth: usize) -> PyResult<Value> {
    convert(obj, path, depth)
}

/// Reads the cells of a DataFrame's columns as `umkm.pandas` reads a row into a record (its
/// `_record` and `_cell`), so a frame validated in one call answers as row by row: a missing
/// cell (`None`, NaN, `pd.NA`, `pd.NaT`) leaves its field out; a float is used only as a whole
/// number below 2^53 and otherwise fails its row at its field; a pandas `Timestamp` is read
/// as its `datetime`, a NumPy scalar as its Python value; an amount column's number becomes
/// `{"amount": …, "currency": …}`. Conversion errors carry the path `call` would give them
/// (`/record/<field>/…`).
pub struct FrameCells<'py> {
    missing: Vec<Bound<'py, PyAny>>,
}

/// A cell that is a plain `str` or `int` (not an amount), as JSON, directly; `None` for any
/// other cell (it takes the general way, [`FrameCells`]).
pub fn plain(item: &Bound<'_, PyAny>, money: bool) -> PyResult<Option<Value>> {
    if money {
        return Ok(None);
    }
    if let Ok(s) = item.cast_exact::<PyString>() {
        // A text with a lone surrogate takes the general way, which fails its row at its
        // field (raising here failed the whole frame with Python's UnicodeEncodeError).
        return Ok(s.to_cow().ok().map(|text| Value::String(text.into_owned())));
    }
    if item.is_exact_instance_of::<PyInt>() {
        if let Ok(i) = item.extract::<i64>() {
            return Ok(Some(Value::Number(i.into())));
        }
    }
    Ok(None)
}

/// One of the package's typed objects (it has `_umkm_json`); plain values are not asked.
fn typed(item: &Bound<'_, PyAny>) -> PyResult<bool> {
    if item.is_exact_instance_of::<PyString>()
        || item.is_exact_instance_of::<PyInt>()
        || item.is_exact_instance_of::<PyFloat>()
    {
        return Ok(false);
    }
    item.hasattr("_umkm_json")
}

/// Why a cell fails its row: an error of the core's shape, or a Python error to raise.
pub enum CellError {
    Row(Box<umkm::api::CallError>),
    Raise(PyErr),
}

impl From<PyErr> for CellError {
    fn from(e: PyErr) -> Self {
        CellError::Raise(e)
    }
}

impl<'py> FrameCells<'py> {
    pub fn new(py: Python<'py>) -> PyResult<Self> {
        let mut missing = Vec::new();
        if let Ok(pandas) = py.import("pandas") {
            missing.push(pandas.getattr("NA")?);
            missing.push(pandas.getattr("NaT")?);
        }
        Ok(FrameCells { missing })
    }

    /// `None`, NaN, `pd.NA`, `pd.NaT`, and a blank text (as in every frame helper).
    fn is_missing(&self, item: &Bound<'py, PyAny>) -> bool {
        if item.is_none() {
            return true;
        }
        if let Ok(f) = item.cast::<PyFloat>() {
            return f.value().is_nan();
        }
        if let Ok(s) = item.cast::<PyString>() {
            return s.to_string_lossy().trim().is_empty();
        }
        self.missing.iter().any(|m| m.is(item))
    }

    /// The cell as `_cell` leaves it.
    fn cell(&self, field: &str, item: Bound<'py, PyAny>) -> Result<Bound<'py, PyAny>, CellError> {
        let py = item.py();
        // The common cells first, without asking for attributes they do not have (a failed
        // `hasattr` costs an exception).
        if item.is_exact_instance_of::<PyString>()
            || item.is_exact_instance_of::<PyInt>()
            || item.is_exact_instance_of::<PyBool>()
            || item.is_exact_instance_of::<PyList>()
            || item.is_exact_instance_of::<PyDict>()
        {
            return Ok(item);
        }
        if let Ok(f) = item.cast::<PyFloat>() {
            if let Some(i) = exact_integer(f.value()) {
                return Ok(pyo3::types::PyInt::new(py, i).into_any());
            }
            let text = umkm::text::privacy::shown(&item.str()?.to_cow()?);
            return Err(CellError::Row(Box::new(umkm::api::CallError {
                kind: umkm::api::ErrorKind::Argument,
                code: "argument.invalid".into(),
                message_id: format!(
                    "float {text} di kolom '{field}' tidak dapat menyimpan Rupiah dengan tepat: baca kolom sebagai str atau Decimal"
                ),
                message_en: format!(
                    "float {text} in column '{field}' cannot hold Rupiah exactly: read the column as str or Decimal"
                ),
                path: format!("/{field}"),
                issues: Vec::new(),
            })));
        }
        if item.hasattr("to_pydatetime")? && item.hasattr("normalize")? {
            return Ok(item.call_method0("to_pydatetime")?);
        }
        let plain = item.is_instance_of::<PyString>()
            || item.is_instance_of::<pyo3::types::PyBytes>()
            || item.is_instance_of::<PyList>()
            || item.is_instance_of::<PyDict>();
        if !plain && item.hasattr("item")? {
            return match item.call_method0("item") {
                Ok(inner) => self.cell(field, inner),
                Err(e)
                    if e.is_instance_of::<pyo3::exceptions::PyAttributeError>(py)
                        || e.is_instance_of::<pyo3::exceptions::PyValueError>(py) =>
                {
                    Ok(item)
                }
                Err(e) => Err(e.into()),
            };
        }
        Ok(item)
    }

    /// The cell as `_record` leaves it: `None` when missing, else the value to convert (an
    /// amount cell's number already read as `_cell` reads it). The rows' cells are all
    /// prepared before any is converted, as `_record` builds the whole record first.
    pub fn prepare(
        &self,
        field: &str,
        item: Bound<'py, PyAny>,
        money: bool,
    ) -> Result<Option<Bound<'py, PyAny>>, CellError> {
        let container = item.is_instance_of::<PyList>()
            || item.is_instance_of::<PyDict>()
            || item.is_instance_of::<PyTuple>();
        if !container && self.is_missing(&item) {
            return Ok(None);
        }
        if money && (item.is_instance_of::<PyDict>() || typed(&item)?) {
            return Ok(Some(item));
        }
        if money {
            // As classify_frame reads an amount: never a boolean, spaces around it dropped.
            if item.is_instance_of::<PyBool>() || item.get_type().name()?.to_cow()? == "bool_" {
                return Err(CellError::Row(Box::new(umkm::api::CallError::argument(
                    "argument.invalid",
                    format!("/{}", umkm::text::privacy::pointer_token(field)),
                    umkm::Message::fixed("boolean bukan jumlah uang", "a boolean is not an amount"),
                ))));
            }
            if let Ok(s) = item.cast::<PyString>() {
                let text = s.to_string_lossy();
                if text.trim().len() != text.len() {
                    return Ok(Some(PyString::new(item.py(), text.trim()).into_any()));
                }
            }
        }
        self.cell(field, item).map(Some)
    }

    /// The JSON of a prepared cell; `path` is `/record/<field>`, the path `call` gives a
    /// conversion error there (left as it was).
    pub fn convert(
        &self,
        path: &mut String,
        prepared: &Bound<'py, PyAny>,
        money: bool,
        currency: &str,
    ) -> PyResult<Value> {
        if money && !prepared.is_instance_of::<PyDict>() && !typed(prepared)? {
            let len = path.len();
            path.push_str("/amount");
            let amount = to_json_at(prepared, path, 3);
            path.truncate(len);
            let mut map = Map::new();
            map.insert("amount".into(), amount?);
            map.insert("currency".into(), Value::String(currency.into()));
            return Ok(Value::Object(map));
        }
        let mut value = to_json_at(prepared, path, 2)?;
        absent_nulls(&mut value);
        Ok(value)
    }
}

/// A record inside a cell with its `None` fields left out, at every depth: a struct read
/// from Arrow, Parquet, Polars or Spark has every field, the absent ones null, and a null
/// where a list belongs (a certificate's `products`) would fail its row. In a frame a missing
/// value is an absent field, inside a cell as in its columns.
pub(crate) fn absent_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(absent_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(absent_nulls),
        _ => {}
    }
}

fn convert(obj: &Bound<'_, PyAny>, path: &mut String, depth: usize) -> PyResult<Value> {
    let py = obj.py();
    if depth > MAX_DEPTH {
        return Err(refuse(
            py,
            path,
            "nested too deeply",
            "bersarang terlalu dalam",
        ));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::Number(i.into()));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::Number(u.into()));
        }
        // Larger integers go as text, which decimal fields read exactly.
        return Ok(Value::String(obj.str()?.to_cow()?.into_owned()));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        // A finite float goes to the core as a JSON number, which refuses it wherever an exact
        // amount is read (with the same code and path as in every language); NaN and infinity
        // have no JSON form.
        let v = f.value();
        return match Number::from_f64(v) {
            Some(n) => Ok(Value::Number(n)),
            None if v.is_nan() => Err(refuse(
                py,
                path,
                "a missing value (NaN) cannot be used here: leave the field out or use None",
                "nilai kosong (NaN) tidak dapat dipakai di sini: hilangkan kolomnya atau pakai None",
            )),
            None => Err(refuse(py, path, "an infinite number cannot be used here", "bilangan tak hingga tidak dapat dipakai di sini")),
        };
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(text_of(
            s,
            path,
            umkm::limits::MAX_STRING_BYTES,
            "limit.string",
        )?));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::with_capacity(d.len());
        for (k, v) in d.iter() {
            let key = k.cast::<PyString>().map_err(|_| {
                refuse(
                    py,
                    path,
                    "dictionary keys must be str",
                    "kunci dict harus str",
                )
            })?;
            // The key is checked before it is copied, and the path stays the object's.
            let key = text_of(key, path, umkm::limits::MAX_KEY_BYTES, "limit.key")?;
            let len = path.len();
            path.push('/');
            umkm::text::privacy::push_pointer_token(path, &key);
            let value = convert(&v, path, depth + 1)?;
            path.truncate(len);
            map.insert(key, value);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        return sequence(obj, path, depth);
    }
    if obj.is_instance(class(py, &DECIMAL, "decimal", "Decimal")?)? {
        return match plain_decimal(obj)? {
            Some(text) => Ok(Value::String(text)),
            None => Err(refuse(
                py,
                path,
                "a Decimal that is NaN or infinite cannot be used",
                "Decimal yang NaN atau tak hingga tidak dapat dipakai",
            )),
        };
    }
    if obj.is_instance(class(py, &DATETIME, "datetime", "datetime")?)? {
        let midnight = obj.getattr("tzinfo")?.is_none()
            && obj
                .call_method0("time")?
                .call_method0("isoformat")?
                .extract::<String>()?
                == "00:00:00";
        if !midnight {
            return Err(refuse(
                py,
                path,
                "a datetime with a time or a time zone is not a date: pass a datetime.date",
                "datetime dengan jam atau zona waktu bukan tanggal: kirim datetime.date",
            ));
        }
        let iso = obj.call_method0("date")?.call_method0("isoformat")?;
        return Ok(Value::String(iso.extract()?));
    }
    if obj.is_instance(class(py, &DATE, "datetime", "date")?)? {
        return Ok(Value::String(obj.call_method0("isoformat")?.extract()?));
    }
    if obj.hasattr("_umkm_json")? {
        let inner = obj.call_method0("_umkm_json")?;
        return convert(&inner, path, depth + 1);
    }
    if obj.is_instance(class(py, &ENUM, "enum", "Enum")?)? {
        return convert(&obj.getattr("value")?, path, depth + 1);
    }
    if obj.is_instance(class(py, &MAPPING, "collections.abc", "Mapping")?)? {
        let as_dict = PyDict::new(py);
        for item in obj.call_method0("items")?.try_iter()? {
            let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
            as_dict.set_item(k, v)?;
        }
        return convert(as_dict.as_any(), path, depth);
    }
    if obj.hasattr("__index__")? {
        // NumPy integers and other int-like values.
        let i = obj.call_method0("__index__")?;
        return convert(&i, path, depth);
    }
    if obj.is_instance(class(py, &SEQUENCE, "collections.abc", "Sequence")?)? {
        return sequence(obj, path, depth);
    }
    let name = obj.get_type().name()?.to_cow()?.into_owned();
    Err(refuse(
        py,
        path,
        &format!("a {name} cannot be used here"),
        &format!("{name} tidak dapat dipakai di sini"),
    ))
}

/// A `decimal.Decimal` as plain decimal text (`format(d, "f")`: no exponent); `None` for NaN
/// and infinities.
fn plain_decimal(obj: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    if !obj.call_method0("is_finite")?.is_truthy()? {
        return Ok(None);
    }
    let text = obj
        .py()
        .import("builtins")?
        .getattr("format")?
        .call1((obj, "f"))?;
    Ok(Some(text.extract()?))
}

fn sequence(obj: &Bound<'_, PyAny>, path: &mut String, depth: usize) -> PyResult<Value> {
    if let Ok(len) = obj.len() {
        check_items(obj.py(), path, len)?;
    }
    let mut items = Vec::new();
    for (i, item) in obj.try_iter()?.enumerate() {
        let len = path.len();
        path.push('/');
        path.push_str(&i.to_string());
        items.push(convert(&item?, path, depth + 1)?);
        path.truncate(len);
    }
    Ok(Value::Array(items))
}

/// Converts JSON to plain Python values.
pub fn to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => number(py, n)?,
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

fn number<'py>(py: Python<'py>, n: &Number) -> PyResult<Bound<'py, PyAny>> {
    if let Some(i) = n.as_i64() {
        Ok(i.into_pyobject(py)?.into_any())
    } else if let Some(u) = n.as_u64() {
        Ok(u.into_pyobject(py)?.into_any())
    } else {
        // The core writes amounts as strings; a float here is a count such as a share.
        Ok(n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any())
    }
}

/// The text of each item of a column for the batch identifier functions, as
/// [`identifier_text`] reads a cell (with whether leading zeros were put back). A lone `str`
/// is refused: it is a number, not a column of them.
pub fn identifier_texts(
    kind: umkm::id::IdentifierKind,
    numbers: &Bound<'_, PyAny>,
) -> PyResult<Vec<(String, bool)>> {
    if numbers.is_instance_of::<PyString>() {
        return Err(refuse(
            numbers.py(),
            "",
            "pass a list, tuple, Series or array of numbers, not one str",
            "kirim list, tuple, Series atau larik nomor, bukan satu str",
        ));
    }
    if let Ok(list) = numbers.cast::<PyList>() {
        check_items(numbers.py(), "", list.len())?;
        let mut out = Vec::with_capacity(list.len());
        for item in list.iter() {
            out.push(identifier_text(kind, &item)?);
        }
        return Ok(out);
    }
    if let Ok(len) = numbers.len() {
        check_items(numbers.py(), "", len)?;
    }
    let mut out = Vec::new();
    for item in numbers.try_iter()? {
        out.push(identifier_text(kind, &item?)?);
    }
    Ok(out)
}

/// One cell of an amount column: missing, an exact amount, or why it cannot be one.
pub enum Cell {
    Missing,
    Amount(rust_decimal::Decimal),
    Bad(umkm::Message),
}

/// Largest integer a float holds exactly (2^53).
const EXACT_FLOAT: f64 = 9_007_199_254_740_992.0;

/// The integer a float holds exactly: a whole number below 2^53 in size; `None` otherwise
/// (a fraction, too large to be exact, NaN or infinite).
fn exact_integer(v: f64) -> Option<i64> {
    (v.fract() == 0.0 && v.abs() < EXACT_FLOAT).then_some(v as i64)
}

/// The cells of an amount column as read from a DataFrame: `None`, NaN, `pd.NA`, `NaT` and ""
/// are missing; `int` (NumPy ints too), `str` and `Decimal` are exact; a float is used only
/// when it is a whole number below 2^53 (exact), and otherwise refused for its row.
pub fn amounts(column: &Bound<'_, PyAny>) -> PyResult<Vec<Cell>> {
    let py = column.py();
    let decimal_class = class(py, &DECIMAL, "decimal", "Decimal")?;
    let one = |item: &Bound<'_, PyAny>| -> PyResult<Cell> {
        if item.is_none() {
            return Ok(Cell::Missing);
        }
        // A boolean is an int to Python, never an amount (True is not Rp1).
        if item.is_instance_of::<PyBool>() || item.get_type().name()?.to_cow()? == "bool_" {
            return Ok(Cell::Bad(umkm::Message::fixed(
                "boolean bukan jumlah uang",
                "a boolean is not an amount",
            )));
        }
        if let Ok(f) = item.cast::<PyFloat>() {
            let v = f.value();
            return Ok(if v.is_nan() {
                // pandas' missing value.
                Cell::Missing
            } else if v.is_infinite() {
                Cell::Bad(umkm::Message::fixed(
                    "bilangan tak hingga bukan jumlah uang",
                    "an infinite number is not an amount",
                ))
            } else if let Some(i) = exact_integer(v) {
                Cell::Amount(rust_decimal::Decimal::from(i))
            } else {
                let v = umkm::text::privacy::shown(&v.to_string());
                Cell::Bad(umkm::Message::new(
                    format!("float {v} tidak dapat menyimpan Rupiah dengan tepat: baca kolomnya sebagai str atau Decimal"),
                    format!("float {v} cannot hold Rupiah exactly: read the column as str or Decimal"),
                ))
            });
        }
        if item.is_instance_of::<PyInt>() && !item.is_instance_of::<PyBool>() {
            if let Ok(i) = item.extract::<i64>() {
                return Ok(Cell::Amount(i.into()));
            }
        }
        let text = if let Ok(s) = item.cast::<PyString>() {
            s.to_string_lossy().into_owned()
        } else if item.is_instance(decimal_class)? {
            match plain_decimal(item)? {
                Some(text) => text,
                None => {
                    return Ok(Cell::Bad(umkm::Message::fixed(
                        "Decimal NaN atau tak hingga bukan jumlah uang",
                        "a Decimal that is NaN or infinite is not an amount",
                    )))
                }
            }
        } else if item.is_instance_of::<PyInt>() || item.hasattr("__index__")? {
            item.call_method0("__index__")?
                .str()?
                .to_cow()?
                .into_owned()
        } else {
            let name = item.get_type().name()?.to_cow()?.into_owned();
            return Ok(if matches!(name.as_str(), "NAType" | "NaTType") {
                Cell::Missing
            } else {
                Cell::Bad(umkm::Message::new(
                    format!("{name} bukan jumlah uang"),
                    format!("a {name} is not an amount"),
                ))
            });
        };
        if text.trim().is_empty() {
            return Ok(Cell::Missing);
        }
        // Blank is missing and spaces around an amount are dropped, in every frame helper.
        Ok(match umkm::money::decimal::parse_decimal(text.trim()) {
            Ok(d) => Cell::Amount(d),
            Err(e) => Cell::Bad(e.message()),
        })
    };
    let mut out = Vec::new();
    if let Ok(list) = column.cast::<PyList>() {
        out.reserve(list.len());
        for item in list.iter() {
            out.push(one(&item)?);
        }
    } else {
        for item in column.try_iter()? {
            out.push(one(&item?)?);
        }
    }
    Ok(out)
}
