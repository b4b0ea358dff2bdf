//! Core errors to Python exceptions.
//!
//! The exception classes live in `umkm/errors.py` (`UmkmError(ValueError)` at the root,
//! `InvalidIdentifier` with `.code`, `ValidationError` with `.issues`, `ArgumentError`); the
//! error's JSON is handed to `umkm.errors._from_call_error`, which picks the class by its kind.
//! A panic in the core, which the core is built never to have, becomes an `UmkmError` with
//! code `internal.panic` instead of a `PanicException`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use umkm::api::CallError;

/// The Python exception for a core error.
pub fn to_py(py: Python<'_>, error: &CallError) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let json = serde_json::to_value(error).map_err(|e| PyValueError::new_err(e.to_string()))?;
        let value = crate::convert::to_py(py, &json)?;
        let exc = py
            .import("umkm.errors")?
            .getattr("_from_call_error")?
            .call1((value,))?;
        Ok(PyErr::from_value(exc))
    };
    build().unwrap_or_else(|e| {
        PyValueError::new_err(format!("{} ({}); {e}", error.message_en, error.code))
    })
}

/// Runs `f`, turning a panic into an `internal.panic` error.
pub fn guarded<T>(f: impl FnOnce() -> Result<T, Box<CallError>>) -> Result<T, Box<CallError>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(Box::new(CallError::internal(&what)))
    })
}
