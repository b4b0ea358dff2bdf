//! `umkm._umkm`: the Python extension module, registration only ([`facade`]: `call` and what
//! the docs are made from; [`columns`]: whole columns; [`frame`]: DataFrames, whose nested
//! cells [`parts`] reads straight into the record's types). Every function hands its
//! arguments, converted to JSON ([`convert`]), to the core's facade (`umkm::api::call`) or
//! batch functions, with the GIL released while Rust works, and turns errors into the
//! package's exceptions ([`errors`]). The Python package `umkm` (python/umkm) gives it typed
//! classes and Pythonic names.

use pyo3::prelude::*;

/// mimalloc rather than the C library's allocator: a frame helper makes millions of small
/// values in the thread that reads the cells and frees them in the threads that assess them,
/// where glibc's per-thread arenas take the most time of the whole call (measured in
/// BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod columns;
mod convert;
mod errors;
mod facade;
mod frame;
mod parts;

#[pymodule]
fn _umkm(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(facade::call, m)?)?;
    m.add_function(wrap_pyfunction!(columns::is_valid, m)?)?;
    m.add_function(wrap_pyfunction!(columns::kbli_is_valid_in, m)?)?;
    m.add_function(wrap_pyfunction!(columns::identifier_text, m)?)?;
    m.add_function(wrap_pyfunction!(facade::shown, m)?)?;
    m.add_function(wrap_pyfunction!(columns::is_valid_many, m)?)?;
    m.add_function(wrap_pyfunction!(columns::is_valid_joined, m)?)?;
    m.add_function(wrap_pyfunction!(columns::is_valid_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(columns::format_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(columns::validate_arrow_indexed, m)?)?;
    m.add_function(wrap_pyfunction!(columns::format_many, m)?)?;
    m.add_function(wrap_pyfunction!(columns::validate_many_columns, m)?)?;
    m.add_function(wrap_pyfunction!(columns::validate_many_indexed, m)?)?;
    m.add_function(wrap_pyfunction!(columns::validate_joined_indexed, m)?)?;
    m.add_function(wrap_pyfunction!(columns::parse_money_many, m)?)?;
    m.add_function(wrap_pyfunction!(frame::classify_columns, m)?)?;
    m.add_function(wrap_pyfunction!(frame::validate_columns, m)?)?;
    m.add_function(wrap_pyfunction!(frame::assess_columns, m)?)?;
    m.add_function(wrap_pyfunction!(facade::schema, m)?)?;
    m.add_function(wrap_pyfunction!(facade::input_types, m)?)?;
    m.add_function(wrap_pyfunction!(facade::functions, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
