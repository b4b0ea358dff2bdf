//! `umkm._umkm`: the Python extension module. Registration only: every function hands its
//! arguments, converted to JSON ([`convert`]), to the core's facade (`umkm::api::call`) or
//! batch functions, with the GIL released while Rust works, and turns errors into the
//! package's exceptions ([`errors`]). The Python package `umkm` (python/umkm) gives it typed
//! classes and Pythonic names.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
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

/// The core error an exception of the package stands for; any other exception as it is.
fn package_error(py: Python<'_>, e: PyErr) -> PyResult<CallError> {
    let class = py.import("umkm.errors")?.getattr("UmkmError")?;
    let value = e.value(py);
    if !value.is_instance(&class)? {
        return Err(e);
    }
    let text = |name: &str| -> PyResult<String> { value.getattr(name)?.extract() };
    let kind = serde_json::Value::String(text("kind")?);
    Ok(CallError {
        kind: serde_json::from_value(kind).unwrap_or(api::ErrorKind::Argument),
        code: text("code")?,
        message_id: text("message_id")?,
        message_en: text("message_en")?,
        path: text("path")?,
        issues: Vec::new(),
    })
}

/// `validate` of every row of a DataFrame, the records assembled here from its columns
/// (`columns`: field name → list of cells, all of `rows` length; the fields in
/// `money_fields` hold amounts in `currency` unless a cell is a Money dict or object) and
/// validated in one call into the core (`api::validate_records`) with the GIL released.
/// Answers a dict of equal-length lists `codes`, `issues` (the package's typed `Issue`
/// objects), `error_code`, `error_path`, `error_message_id`, `error_message_en`, and under
/// `words` the columns `valid`, `errors`, `warnings` as (bytes, NumPy type). A row is answered as `call("validate", {"record": row})` answers it;
/// a cell that cannot be read (a float with a fraction) fails its row alone, at its field.
#[pyfunction]
fn validate_columns<'py>(
    py: Python<'py>,
    columns: &Bound<'py, PyDict>,
    money_fields: Vec<String>,
    currency: &str,
    rows: usize,
    as_of: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let fail = |e: CallError| errors::to_py(py, &e);
    // A date that cannot be converted fails every row, as it fails every row's call.
    let (date, date_error) = match convert::to_json_at(as_of, &mut "/as_of".to_string(), 1) {
        Ok(date) => (date, None),
        Err(e) => (serde_json::Value::Null, Some(package_error(py, e)?)),
    };
    let mut columns_in = Vec::with_capacity(columns.len());
    for (name, cells) in columns.iter() {
        let name: String = name.extract()?;
        let cells = cells.cast_into::<PyList>()?;
        if cells.len() != rows {
            return Err(fail(CallError::argument(
                "argument.invalid",
                format!("/{name}"),
                "the column's length differs from the frame's",
            )));
        }
        let money = money_fields.contains(&name);
        let path = format!("/record/{}", name.replace('~', "~0").replace('/', "~1"));
        columns_in.push((name, cells, money, path));
    }
    // Cells go to the core in key order (the order of a JSON object's entries); a row's
    // failing cell is still the first in the order the columns were given (`_record`'s).
    let mut order: Vec<usize> = (0..columns_in.len()).collect();
    order.sort_by(|&a, &b| columns_in[a].0.cmp(&columns_in[b].0));
    let fields: Vec<String> = order.iter().map(|&c| columns_in[c].0.clone()).collect();
    // Column by column, each cell to JSON (strings and integers directly; anything else as
    // `umkm.pandas` reads a cell). Per row, the first cell `_cell` refuses (in field order)
    // fails it, else the first the conversion refuses, as in a row-by-row record.
    let cell = convert::FrameCells::new(py)?;
    let out = PyDict::new(py);
    let names = [
        "codes",
        "issues",
        "error_code",
        "error_path",
        "error_message_id",
        "error_message_en",
    ];
    let lists: Vec<Bound<'py, PyList>> = names.iter().map(|_| PyList::empty(py)).collect();
    let mut valid_flags: Vec<u8> = Vec::with_capacity(rows);
    let mut error_counts: Vec<Option<usize>> = Vec::with_capacity(rows);
    let mut warning_counts: Vec<Option<usize>> = Vec::with_capacity(rows);
    let keys =
        ["code", "message_en", "message_id", "path", "severity"].map(|k| PyString::intern(py, k));
    let severities = ["error", "warning"].map(|k| PyString::intern(py, k));
    // Issues repeat from row to row (the same code, path and message): each is made once as
    // the package's typed `Issue` (immutable), shared by the rows that have it.
    let wrap = py
        .import("umkm._model")?
        .getattr("CLASSES")?
        .get_item("Issue")?
        .getattr("_wrap")?;
    let mut made: std::collections::HashMap<
        umkm::validate::Issue,
        (Bound<'py, PyString>, Bound<'py, PyAny>),
    > = std::collections::HashMap::new();
    let none = py.None();
    // A chunk of rows at a time: its records are made, validated and answered before the
    // next is read, so memory stays that of one chunk (a million records held at once would
    // be a gigabyte) and warm in the caches.
    const CHUNK: usize = 32_768;
    let mut first = 0;
    while first < rows {
        let last = rows.min(first + CHUNK);
        let n = last - first;
        let mut table: Vec<Vec<(usize, serde_json::Value)>> =
            (0..n).map(|_| Vec::with_capacity(fields.len())).collect();
        let mut refused: Vec<Option<(usize, CallError)>> = vec![None; n];
        let mut unconverted: Vec<Option<(usize, CallError)>> = vec![None; n];
        // The first failure in the columns' given order wins.
        let keep = |slot: Option<&mut Option<(usize, CallError)>>, rank: usize, e: CallError| {
            if let Some(slot) = slot {
                if slot.as_ref().is_none_or(|(r, _)| rank < *r) {
                    *slot = Some((rank, e));
                }
            }
        };
        for (k, &rank) in order.iter().enumerate() {
            let Some((_, cells, money, path)) = columns_in.get_mut(rank) else {
                continue;
            };
            for (j, row) in table.iter_mut().enumerate() {
                let item = cells.get_item(first + j)?;
                if let Some(value) = convert::plain(&item, *money)? {
                    row.push((k, value));
                    continue;
                }
                let prepared = match cell.prepare(&fields[k], item, *money) {
                    Ok(Some(prepared)) => prepared,
                    Ok(None) => continue,
                    Err(e) => {
                        let e = match e {
                            convert::CellError::Row(e) => *e,
                            convert::CellError::Raise(e) => package_error(py, e)?,
                        };
                        keep(refused.get_mut(j), rank, e);
                        continue;
                    }
                };
                match cell.convert(path, &prepared, *money, currency) {
                    Ok(value) => row.push((k, value)),
                    Err(e) => {
                        let e = package_error(py, e)?;
                        keep(unconverted.get_mut(j), rank, e);
                    }
                }
            }
        }
        let bad: Vec<Option<CallError>> = refused
            .into_iter()
            .zip(unconverted)
            .map(|(a, b)| a.or(b).map(|(_, e)| e).or_else(|| date_error.clone()))
            .collect();
        let (fields_ref, date_ref, table_ref) = (&fields, &date, &table);
        let answers = py.detach(move || {
            errors::guarded(|| {
                Ok::<_, Box<CallError>>(api::validate_rows(fields_ref, table_ref, date_ref))
            })
        });
        // Freed here, in the thread that made it.
        drop(table);
        let answers = answers.map_err(|e| errors::to_py(py, &e))?;
        for (answer, row_error) in answers.into_iter().zip(bad) {
            let answer = match row_error {
                Some(e) => Err(e),
                None => answer,
            };
            let [codes, issues, code, path, message_id, message_en] = &lists[..] else {
                continue;
            };
            match answer {
                Ok(report) => {
                    let row_codes = PyList::empty(py);
                    let row_issues = PyList::empty(py);
                    for issue in &report.issues {
                        if let Some((code, typed)) = made.get(issue) {
                            row_codes.append(code)?;
                            row_issues.append(typed)?;
                            continue;
                        }
                        let code = PyString::intern(py, &issue.code);
                        // The issue's JSON object as `call` hands it over (keys in JSON order).
                        let dict = PyDict::new(py);
                        dict.set_item(&keys[0], &code)?;
                        dict.set_item(&keys[1], issue.message_en.as_str())?;
                        dict.set_item(&keys[2], issue.message_id.as_str())?;
                        dict.set_item(&keys[3], issue.path.as_str())?;
                        let severity = match issue.severity {
                            umkm::validate::Severity::Error => &severities[0],
                            umkm::validate::Severity::Warning => &severities[1],
                        };
                        dict.set_item(&keys[4], severity)?;
                        let typed = wrap.call1((dict,))?;
                        row_codes.append(&code)?;
                        row_issues.append(&typed)?;
                        if made.len() < 100_000 {
                            made.insert(issue.clone(), (code, typed));
                        }
                    }
                    valid_flags.push(u8::from(report.valid));
                    error_counts.push(Some(report.errors));
                    warning_counts.push(Some(report.warnings));
                    codes.append(row_codes)?;
                    issues.append(row_issues)?;
                    for list in [code, path, message_id, message_en] {
                        list.append(&none)?;
                    }
                }
                Err(e) => {
                    valid_flags.push(0);
                    error_counts.push(None);
                    warning_counts.push(None);
                    for list in [codes, issues] {
                        list.append(&none)?;
                    }
                    code.append(&e.code)?;
                    if e.path.is_empty() {
                        path.append(&none)?;
                    } else {
                        path.append(&e.path)?;
                    }
                    message_id.append(&e.message_id)?;
                    message_en.append(&e.message_en)?;
                }
            }
        }
        first = last;
    }
    for (name, list) in names.iter().zip(lists) {
        out.set_item(name, list)?;
    }
    // The number columns as machine words for NumPy (`numpy.frombuffer`), typed as pandas
    // types a column of Python values: counts as int64, or float64 with NaN where a row
    // failed ("none" when every row failed); valid as bool.
    let words = PyDict::new(py);
    words.set_item("valid", (PyBytes::new(py, &valid_flags), "bool"))?;
    for (name, counts) in [("errors", error_counts), ("warnings", warning_counts)] {
        let column = if !counts.is_empty() && counts.iter().all(Option::is_none) {
            // Every row failed: a column of None, as pandas keeps one (no bytes).
            (PyBytes::new(py, &[]), "none")
        } else if counts.iter().all(Option::is_some) {
            let bytes: Vec<u8> = counts
                .iter()
                .flat_map(|c| (c.unwrap_or(0) as i64).to_le_bytes())
                .collect();
            (PyBytes::new(py, &bytes), "<i8")
        } else {
            let bytes: Vec<u8> = counts
                .iter()
                .flat_map(|c| c.map_or(f64::NAN, |c| c as f64).to_le_bytes())
                .collect();
            (PyBytes::new(py, &bytes), "<f8")
        };
        words.set_item(name, column)?;
    }
    out.set_item("words", words)?;
    Ok(out)
}

/// The Python string of an enum value's JSON name, made once per value.
fn shared<T: Copy + Eq + std::hash::Hash + serde::Serialize>(
    py: Python<'_>,
    cache: &mut std::collections::HashMap<T, Py<PyAny>>,
    value: T,
) -> Py<PyAny> {
    cache
        .entry(value)
        .or_insert_with(|| {
            let name = serde_json::to_value(value).unwrap_or_default();
            PyString::intern(py, name.as_str().unwrap_or_default())
                .into_any()
                .unbind()
        })
        .clone_ref(py)
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
    // Each enum value's name once, shared by every row that has it.
    let mut classes = std::collections::HashMap::new();
    let mut criteria = std::collections::HashMap::new();
    let mut bases = std::collections::HashMap::new();
    let code_of = |code: &str| PyString::intern(py, code).into_any().unbind();
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
                    code_of(&e.code),
                    PyString::new(py, path).into_any().unbind(),
                    PyString::new(py, &e.message_id).into_any().unbind(),
                    PyString::new(py, &e.message_en).into_any().unbind(),
                ]
            }
            (Ok(v), None) => {
                let class = shared(py, &mut classes, v.class);
                let decided_by = shared(py, &mut criteria, v.decided_by);
                let basis = shared(py, &mut bases, v.basis);
                let by_capital = match v.by_capital {
                    Some(c) => shared(py, &mut classes, c),
                    None => none(),
                };
                let by_sales = match v.by_sales {
                    Some(c) => shared(py, &mut classes, c),
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
                    code_of(e.code()),
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
    m.add_function(wrap_pyfunction!(validate_columns, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(input_types, m)?)?;
    m.add_function(wrap_pyfunction!(functions, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
