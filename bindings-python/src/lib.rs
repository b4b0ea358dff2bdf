//! `umkm._umkm`: the Python extension module. Registration only: every function hands its
//! arguments, converted to JSON ([`convert`]), to the core's facade (`umkm::api::call`) or
//! batch functions, with the GIL released while Rust works, and turns errors into the
//! package's exceptions ([`errors`]). The Python package `umkm` (python/umkm) gives it typed
//! classes and Pythonic names.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use umkm::api::{self, CallError};
use umkm::id::{self, IdentifierKind};

mod convert;
mod errors;

fn kind(name: &str) -> PyResult<IdentifierKind> {
    IdentifierKind::from_name(name)
        .ok_or_else(|| pyo3::exceptions::PyValueError::new_err(format!("no identifier {name:?}")))
}

/// Calls a core function by name with named arguments (a dict); returns its JSON result as
/// plain Python values.
#[pyfunction]
fn call<'py>(py: Python<'py>, name: &str, args: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let value = convert::to_json(args)?;
    let name = name.to_owned();
    let outcome = py.detach(move || errors::guarded(|| api::call(&name, &value)));
    match outcome {
        Ok(v) => convert::to_py(py, &v),
        Err(e) => Err(errors::to_py(py, &e)),
    }
}

/// Runs a batch identifier function over the items of a column with the GIL released.
fn batch<'py, T: Send>(
    py: Python<'py>,
    identifier: &str,
    numbers: &Bound<'py, PyAny>,
    f: fn(IdentifierKind, &[String]) -> Vec<T>,
) -> PyResult<Vec<T>> {
    let kind = kind(identifier)?;
    let texts = convert::texts(numbers)?;
    py.detach(move || errors::guarded(|| Ok(f(kind, &texts))))
        .map_err(|e| errors::to_py(py, &e))
}

/// `is_valid` of every item (str; int as its digits; anything else is not valid).
#[pyfunction]
fn is_valid_many<'py>(
    py: Python<'py>,
    identifier: &str,
    numbers: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, batch(py, identifier, numbers, id::is_valid_many)?)
}

/// `is_valid` of `count` numbers joined by newlines into one string: one conversion instead
/// of one a number. `None` when the text does not split into `count` parts (a number held a
/// newline), and the caller takes the item-by-item path.
#[pyfunction]
fn is_valid_joined<'py>(
    py: Python<'py>,
    identifier: &str,
    text: &Bound<'py, PyString>,
    count: usize,
) -> PyResult<Option<Bound<'py, PyList>>> {
    let kind = kind(identifier)?;
    let text = text.to_cow()?.into_owned();
    let answers = py.detach(move || {
        errors::guarded(|| {
            let parts: Vec<&str> = text.split('\n').collect();
            Ok::<_, Box<CallError>>((parts.len() == count).then(|| id::is_valid_many(kind, &parts)))
        })
    });
    match answers {
        Ok(Some(a)) => PyList::new(py, a).map(Some),
        Ok(None) => Ok(None),
        Err(e) => Err(errors::to_py(py, &e)),
    }
}

/// `validate` of every item: a list of `(compact or None, code or None, message_id or None,
/// message_en or None)`.
#[pyfunction]
fn validate_many<'py>(
    py: Python<'py>,
    identifier: &str,
    numbers: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for answer in batch(py, identifier, numbers, id::validate_many)? {
        let row = match answer {
            Ok(value) => PyTuple::new(py, [Some(value.as_str()), None, None, None])?,
            Err(e) => {
                let m = e.message();
                PyTuple::new(
                    py,
                    [
                        None,
                        Some(e.code().as_str()),
                        Some(m.id.as_str()),
                        Some(m.en.as_str()),
                    ],
                )?
            }
        };
        list.append(row)?;
    }
    Ok(list)
}

/// The input types the typed classes check with the core (`normalize`).
#[pyfunction]
fn input_types() -> Vec<&'static str> {
    api::INPUT_TYPES.to_vec()
}

/// Size classes of a whole register from two amount columns (business capital, annual
/// sales) in `currency`, for `purpose`, on `as_of`: a dict of equal-length lists `class`,
/// `decided_by`, `basis`, `by_capital`, `by_sales`, `error_code`, `error_path`,
/// `error_message_id`, `error_message_en`. One call into the core (`classify_size_many`) with
/// the GIL released; see [`convert::amounts`] for what a cell may hold.
#[pyfunction]
fn classify_columns<'py>(
    py: Python<'py>,
    capital: &Bound<'py, PyAny>,
    sales: &Bound<'py, PyAny>,
    currency: &str,
    purpose: &Bound<'py, PyAny>,
    as_of: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    use convert::Cell;
    use umkm::classify::size::{classify_size_many, Purpose, SizeInput};
    let fail = |e: CallError| errors::to_py(py, &e);
    let arg = |name: &str, v: &Bound<'py, PyAny>| -> PyResult<serde_json::Value> {
        let json = convert::to_json(v)?;
        Ok(serde_json::json!({ name: json }))
    };
    let date: chrono::NaiveDate = serde_json::from_value(arg("as_of", as_of)?["as_of"].clone())
        .map_err(|e| {
            fail(CallError::argument(
                "argument.invalid",
                "/as_of".into(),
                &e.to_string(),
            ))
        })?;
    let purpose: Purpose = serde_json::from_value(arg("purpose", purpose)?["purpose"].clone())
        .map_err(|e| {
            fail(CallError::argument(
                "argument.invalid",
                "/purpose".into(),
                &e.to_string(),
            ))
        })?;
    let currency = umkm::Currency::from_code(currency).map_err(|e| {
        fail(CallError::argument(
            "argument.invalid",
            "/currency".into(),
            &e.to_string(),
        ))
    })?;
    let capital = convert::amounts(capital)?;
    let sales = convert::amounts(sales)?;
    if capital.len() != sales.len() {
        return Err(fail(CallError::argument(
            "argument.invalid",
            "/sales".into(),
            "the two columns differ in length",
        )));
    }
    // Rows with a cell that is no amount keep their own error; the rest go to the core.
    let mut inputs = Vec::with_capacity(capital.len());
    let mut bad: Vec<Option<(&'static str, String)>> = Vec::with_capacity(capital.len());
    for (c, s) in capital.into_iter().zip(sales) {
        let money = |cell: Cell| match cell {
            Cell::Amount(a) => Ok(Some(umkm::Money::new(a, currency))),
            Cell::Missing => Ok(None),
            Cell::Bad(why) => Err(why),
        };
        match (money(c), money(s)) {
            (Ok(business_capital), Ok(annual_sales)) => {
                inputs.push(SizeInput {
                    business_capital,
                    annual_sales,
                    purpose,
                });
                bad.push(None);
            }
            (Err(why), _) => {
                inputs.push(SizeInput::default());
                bad.push(Some(("/business_capital", why)));
            }
            (_, Err(why)) => {
                inputs.push(SizeInput::default());
                bad.push(Some(("/annual_sales", why)));
            }
        }
    }
    let answers = py.detach(move || {
        errors::guarded(|| Ok::<_, Box<CallError>>(classify_size_many(&inputs, date)))
    });
    let answers = answers.map_err(|e| errors::to_py(py, &e))?;
    // Each value once as a Python string, then shared: a million rows, a handful of values.
    let mut names: std::collections::HashMap<String, Py<PyAny>> = std::collections::HashMap::new();
    let mut name_of = |v: serde_json::Value| -> Py<PyAny> {
        let key = v.as_str().unwrap_or_default().to_string();
        names
            .entry(key.clone())
            .or_insert_with(|| PyString::intern(py, &key).into_any().unbind())
            .clone_ref(py)
    };
    let columns = [
        "class",
        "decided_by",
        "basis",
        "by_capital",
        "by_sales",
        "error_code",
        "error_path",
        "error_message_id",
        "error_message_en",
    ];
    let mut out: Vec<Vec<Py<PyAny>>> = columns
        .iter()
        .map(|_| Vec::with_capacity(answers.len()))
        .collect();
    let none = || py.None();
    for (answer, bad) in answers.into_iter().zip(bad) {
        let row: [Py<PyAny>; 9] = match (answer, bad) {
            (_, Some((path, why))) => {
                let e = CallError::argument("argument.invalid", path.into(), &why);
                [
                    none(),
                    none(),
                    none(),
                    none(),
                    none(),
                    name_of(serde_json::json!(e.code)),
                    PyString::new(py, path).into_any().unbind(),
                    PyString::new(py, &e.message_id).into_any().unbind(),
                    PyString::new(py, &e.message_en).into_any().unbind(),
                ]
            }
            (Ok(v), None) => {
                let class = name_of(serde_json::json!(v.class));
                let decided_by = name_of(serde_json::json!(v.decided_by));
                let basis = name_of(serde_json::json!(v.basis));
                let by_capital = match v.by_capital {
                    Some(c) => name_of(serde_json::json!(c)),
                    None => none(),
                };
                let by_sales = match v.by_sales {
                    Some(c) => name_of(serde_json::json!(c)),
                    None => none(),
                };
                [
                    class,
                    decided_by,
                    basis,
                    by_capital,
                    by_sales,
                    none(),
                    none(),
                    none(),
                    none(),
                ]
            }
            (Err(e), None) => {
                let m = e.message();
                [
                    none(),
                    none(),
                    none(),
                    none(),
                    none(),
                    name_of(serde_json::json!(e.code())),
                    none(),
                    PyString::new(py, &m.id).into_any().unbind(),
                    PyString::new(py, &m.en).into_any().unbind(),
                ]
            }
        };
        for (column, value) in out.iter_mut().zip(row) {
            column.push(value);
        }
    }
    let dict = PyDict::new(py);
    for (name, values) in columns.iter().zip(out) {
        dict.set_item(name, PyList::new(py, values)?)?;
    }
    Ok(dict)
}

/// The JSON Schema bundle of every input and result type (JSON text).
#[pyfunction]
fn schema() -> String {
    umkm::schema::bundle().to_string()
}

/// Every function of the facade: name, arguments, optional arguments, result type.
#[pyfunction]
fn functions<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    let list = serde_json::to_value(api::functions())
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    convert::to_py(py, &list)
}

#[pymodule]
fn _umkm(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(call, m)?)?;
    m.add_function(wrap_pyfunction!(is_valid_many, m)?)?;
    m.add_function(wrap_pyfunction!(is_valid_joined, m)?)?;
    m.add_function(wrap_pyfunction!(validate_many, m)?)?;
    m.add_function(wrap_pyfunction!(classify_columns, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(input_types, m)?)?;
    m.add_function(wrap_pyfunction!(functions, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
