//! The core's JSON facade from Python: `call` by name with a dict of arguments, and what the
//! typed classes and the docs are generated from (`functions`, `schema`, `input_types`).

use crate::{convert, errors};
use pyo3::prelude::*;
use umkm::api;

/// Calls a core function by name with named arguments (a dict); returns its result as plain
/// Python values (dicts, lists, str, int, float, bool, None), dict keys in the result's field
/// order. The answer goes straight into Python objects (pythonize), not through JSON.
#[pyfunction]
pub(crate) fn call<'py>(
    py: Python<'py>,
    name: &str,
    args: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let value = convert::to_json(args)?;
    let name = name.to_owned();
    let outcome = py.detach(move || errors::guarded(|| api::answer(&name, &value)));
    match outcome {
        Ok(answer) => pythonize::pythonize(py, &answer).map_err(|e| {
            errors::to_py(
                py,
                &api::CallError::internal(&format!("the answer cannot be converted: {e}")),
            )
        }),
        Err(e) => Err(errors::to_py(py, &e)),
    }
}

/// A piece of input as messages show it (`umkm::text::privacy::shown`): runs of 8 or more digits
/// masked, cut after 64 characters. The pure-Python helpers build their messages with it.
#[pyfunction]
pub(crate) fn shown(text: &str) -> String {
    umkm::text::privacy::shown(text)
}

/// The input types the typed classes check with the core (`normalize`).
#[pyfunction]
pub(crate) fn input_types() -> Vec<&'static str> {
    api::INPUT_TYPES.to_vec()
}

/// The JSON Schema bundle of every input and result type (JSON text).
#[pyfunction]
pub(crate) fn schema() -> String {
    umkm::api::schema::bundle().to_string()
}

/// Every function of the facade: name, arguments, optional arguments, result type.
#[pyfunction]
pub(crate) fn functions<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    let list = serde_json::to_value(api::functions())
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    convert::to_py(py, &list)
}
