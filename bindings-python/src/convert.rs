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
fn refuse(py: Python<'_>, path: &str, why: &str) -> PyErr {
    let error = umkm::api::CallError::argument("argument.invalid", path.to_string(), why);
    crate::errors::to_py(py, &error)
}

/// Converts a Python value to JSON; `path` is the JSON pointer of `obj` for error messages.
pub fn to_json(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    convert(obj, &mut String::new(), 0)
}

fn convert(obj: &Bound<'_, PyAny>, path: &mut String, depth: usize) -> PyResult<Value> {
    let py = obj.py();
    if depth > MAX_DEPTH {
        return Err(refuse(py, path, "nested too deeply"));
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
            )),
            None => Err(refuse(py, path, "an infinite number cannot be used here")),
        };
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::with_capacity(d.len());
        for (k, v) in d.iter() {
            let key = k
                .cast::<PyString>()
                .map_err(|_| refuse(py, path, "dictionary keys must be str"))?
                .to_cow()?
                .into_owned();
            let len = path.len();
            path.push('/');
            path.push_str(&key.replace('~', "~0").replace('/', "~1"));
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
    Err(refuse(py, path, &format!("a {name} cannot be used here")))
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

/// The text of each item of a column for the batch identifier functions: `str` as is, `int`
/// as its digits, anything else (None, NaN, other objects) as empty, which every identifier
/// rejects as `<kind>.empty`.
pub fn texts(numbers: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    let one = |item: &Bound<'_, PyAny>| -> PyResult<String> {
        if let Ok(s) = item.cast::<PyString>() {
            Ok(s.to_cow()?.into_owned())
        } else if item.is_instance_of::<PyInt>() && !item.is_instance_of::<PyBool>() {
            Ok(item.str()?.to_cow()?.into_owned())
        } else {
            Ok(String::new())
        }
    };
    if let Ok(list) = numbers.cast::<PyList>() {
        let mut out = Vec::with_capacity(list.len());
        for item in list.iter() {
            out.push(one(&item)?);
        }
        return Ok(out);
    }
    if numbers.is_instance_of::<PyString>() {
        return Err(refuse(
            numbers.py(),
            "",
            "pass a list, tuple, Series or array of numbers, not one str",
        ));
    }
    let mut out = Vec::new();
    for item in numbers.try_iter()? {
        out.push(one(&item?)?);
    }
    Ok(out)
}

/// One cell of an amount column: missing, an exact amount, or why it cannot be one.
pub enum Cell {
    Missing,
    Amount(rust_decimal::Decimal),
    Bad(String),
}

/// Largest integer a float holds exactly (2^53).
const EXACT_FLOAT: f64 = 9_007_199_254_740_992.0;

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
        if let Ok(f) = item.cast::<PyFloat>() {
            let v = f.value();
            return Ok(if v.is_nan() {
                Cell::Missing
            } else if v.fract() == 0.0 && v.abs() < EXACT_FLOAT {
                Cell::Amount(rust_decimal::Decimal::from(v as i64))
            } else {
                Cell::Bad(format!(
                    "float {v} cannot hold Rupiah exactly: read the column as str or Decimal"
                ))
            });
        }
        if item.is_instance_of::<PyInt>() && !item.is_instance_of::<PyBool>() {
            if let Ok(i) = item.extract::<i64>() {
                return Ok(Cell::Amount(i.into()));
            }
        }
        let text = if let Ok(s) = item.cast::<PyString>() {
            s.to_cow()?.into_owned()
        } else if item.is_instance(decimal_class)? {
            match plain_decimal(item)? {
                Some(text) => text,
                None => return Ok(Cell::Missing),
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
                Cell::Bad(format!("a {name} is not an amount"))
            });
        };
        if text.trim().is_empty() {
            return Ok(Cell::Missing);
        }
        Ok(match umkm::decimal::parse_decimal(text.trim()) {
            Ok(d) => Cell::Amount(d),
            Err(e) => Cell::Bad(e),
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
