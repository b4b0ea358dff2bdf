//! DataFrame helpers of `umkm.pandas`: the cells of a frame's columns read into records in
//! Rust ([`crate::convert::FrameCells`]), validated, classified or assessed in one call into
//! the core with the GIL released, and the answers handed back as columns.

use crate::{convert, errors, parts};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use umkm::api::{self, CallError, RowCells};
use umkm::id::IdentifierKind;

/// The core error an exception of the package stands for; any other exception as it is.
pub fn package_error(py: Python<'_>, e: PyErr) -> PyResult<CallError> {
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

/// Size classes of a whole register from two amount columns (business capital, annual
/// sales) in `currency`, for `purpose`, on `as_of`: a dict of equal-length lists `class`,
/// `decided_by`, `basis`, `by_capital`, `by_sales`, `error_code`, `error_path`,
/// `error_message_id`, `error_message_en`. One call into the core (`classify_size_many`) with
/// the GIL released; see [`convert::amounts`] for what a cell may hold.
#[pyfunction]
pub fn classify_columns<'py>(
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
    let arg = |v: &Bound<'py, PyAny>| -> PyResult<serde_json::Value> { convert::to_json(v) };
    let date: chrono::NaiveDate =
        umkm::api::read_argument(&arg(as_of)?, "/as_of").map_err(|e| fail(*e))?;
    let purpose: Purpose =
        umkm::api::read_argument(&arg(purpose)?, "/purpose").map_err(|e| fail(*e))?;
    let currency = umkm::Currency::from_code(currency).map_err(|e| {
        fail(CallError::argument(
            "argument.invalid",
            "/currency".into(),
            e.message(),
        ))
    })?;
    let capital = convert::amounts(capital)?;
    let sales = convert::amounts(sales)?;
    if capital.len() != sales.len() {
        return Err(fail(CallError::argument(
            "argument.invalid",
            "/sales".into(),
            umkm::Message::fixed(
                "panjang kedua kolom berbeda",
                "the two columns differ in length",
            ),
        )));
    }
    // Rows with a cell that is no amount keep their own error; the rest go to the core.
    let mut inputs = Vec::with_capacity(capital.len());
    let mut bad: Vec<Option<(&'static str, umkm::Message)>> = Vec::with_capacity(capital.len());
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
                let e = CallError::argument("argument.invalid", path.into(), why);
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

/// Record fields a frame may hold as numbers that are identifiers: read back as their digits.
const IDENTIFIER_FIELDS: [(&str, IdentifierKind); 2] =
    [("nib", IdentifierKind::Nib), ("npwp", IdentifierKind::Npwp)];

/// Rows of a frame read a chunk at a time: that many records are made, answered and freed
/// before the next are read, so memory stays that of one chunk and warm in the caches.
const CHUNK: usize = 32_768;

/// The chunk of [`assess_columns`]: an assessment holds a record, a report and its plan while
/// it works (about 8 KB a row), so fewer rows at a time keep its memory near 64 MB.
const ASSESS_CHUNK: usize = 8_192;

/// One column of a frame: its field, cells, whether it holds amounts, the path `call` gives
/// a conversion error in it, and the identifier it holds if any.
struct Column<'py> {
    name: String,
    cells: Cells<'py>,
    money: bool,
    path: String,
    identifier: Option<IdentifierKind>,
    /// The field is a nested one ([`umkm::record::RecordPart`]): its lists and dicts may be
    /// read straight into their types ([`parts`]).
    part: bool,
}

/// The cells of a column: Python objects, or JSON texts in Arrow buffers.
enum Cells<'py> {
    Objects(Bound<'py, PyList>),
    /// A nested column of a Polars frame encoded by Polars as one JSON object a row,
    /// `{"<field>": <cell>}` (`struct.json_encode`), given as the buffers of a `large_string`
    /// array: read without a Python object a cell, parsed on the assessing cores. `true`: its
    /// type has no list where the record has an object, so its texts may be read straight into
    /// the record's types ([`typed_part`]).
    Json(JsonColumn<'py>, bool),
}

/// One cell of a JSON column in a chunk: its field's index, its text, and whether it may be
/// read straight into the record's types.
type JsonText = (usize, String, bool);

/// The bytes of a JSON column and where each row's text is in them (`None`: a null row).
struct JsonColumn<'py> {
    data: Bound<'py, PyBytes>,
    spans: Vec<Option<(usize, usize)>>,
}

/// A frame's columns, ready to be read into records a chunk of rows at a time.
struct Frame<'py> {
    py: Python<'py>,
    /// Field names in key order (the order of a JSON object's entries).
    fields: Vec<String>,
    /// The columns as given.
    columns: Vec<Column<'py>>,
    /// For each field in key order, its column's place as given.
    order: Vec<usize>,
    cells: convert::FrameCells<'py>,
    currency: String,
    /// Whether nested cells are read into parts ([`parts`]) where they can be, or all as JSON.
    parts: bool,
}

/// A chunk's records as cells, and per row the error that fails it or the warnings the
/// reading adds.
struct Chunk {
    table: Vec<RowCells>,
    /// Per row, the JSON texts of its cells in JSON columns (field index, text).
    texts: Vec<Vec<JsonText>>,
    bad: Vec<Option<CallError>>,
    warnings: Vec<Vec<umkm::Issue>>,
}

impl<'py> Frame<'py> {
    fn new(
        py: Python<'py>,
        columns: &Bound<'py, PyDict>,
        money_fields: &[String],
        currency: &str,
        rows: usize,
        parts: bool,
    ) -> PyResult<Self> {
        let mut given = Vec::with_capacity(columns.len());
        for (name, cells) in columns.iter() {
            let name: String = name.extract()?;
            let cells = match cells.cast_into::<PyList>() {
                Ok(list) => Cells::Objects(list),
                Err(e) => {
                    let (kind, buffers): (String, Bound<'py, PyAny>) = e.into_inner().extract()?;
                    Cells::Json(json_column(py, &buffers)?, kind == "json-typed")
                }
            };
            let len = match &cells {
                Cells::Objects(list) => list.len(),
                Cells::Json(column, _) => column.spans.len(),
            };
            if len != rows {
                return Err(errors::to_py(
                    py,
                    &CallError::argument(
                        "argument.invalid",
                        format!("/{}", umkm::text::privacy::pointer_token(&name)),
                        umkm::Message::fixed(
                            "panjang kolom berbeda dengan panjang tabel",
                            "the column's length differs from the frame's",
                        ),
                    ),
                ));
            }
            let path = format!("/record/{}", umkm::text::privacy::pointer_token(&name));
            let money = money_fields.contains(&name);
            given.push(Column {
                part: !money && umkm::record::RecordPart::FIELDS.contains(&name.as_str()),
                money,
                identifier: IDENTIFIER_FIELDS
                    .iter()
                    .find(|(f, _)| *f == name)
                    .map(|(_, k)| *k),
                name,
                cells,
                path,
            });
        }
        let mut order: Vec<usize> = (0..given.len()).collect();
        order.sort_by(|&a, &b| given[a].name.cmp(&given[b].name));
        Ok(Frame {
            py,
            fields: order.iter().map(|&c| given[c].name.clone()).collect(),
            columns: given,
            order,
            cells: convert::FrameCells::new(py)?,
            currency: currency.to_string(),
            parts,
        })
    }

    /// Rows `first..last`, column by column, each cell to JSON (strings and integers
    /// directly; a nested cell of plain lists and dicts into its part where the frame reads
    /// parts; anything else as `umkm.pandas` reads a cell). Per row, the first cell the
    /// reading refuses (in the order the columns were given) fails it, else the first the
    /// conversion refuses, else `date_error`, as in a row-by-row record. A number in an
    /// identifier column is read as its digits, with a warning where leading zeros were lost.
    fn chunk(
        &mut self,
        first: usize,
        last: usize,
        date_error: &Option<CallError>,
    ) -> PyResult<Chunk> {
        let py = self.py;
        let n = last - first;
        let mut table: Vec<RowCells> = (0..n)
            .map(|_| RowCells {
                json: Vec::with_capacity(self.fields.len()),
                parts: Vec::new(),
            })
            .collect();
        let mut refused: Vec<Option<(usize, CallError)>> = vec![None; n];
        let mut unconverted: Vec<Option<(usize, CallError)>> = vec![None; n];
        let mut warnings: Vec<Vec<umkm::Issue>> = vec![Vec::new(); n];
        let mut texts: Vec<Vec<JsonText>> = vec![Vec::new(); n];
        let keep = |slot: Option<&mut Option<(usize, CallError)>>, rank: usize, e: CallError| {
            if let Some(slot) = slot {
                if slot.as_ref().is_none_or(|(r, _)| rank < *r) {
                    *slot = Some((rank, e));
                }
            }
        };
        for (k, &rank) in self.order.iter().enumerate() {
            let Some(column) = self.columns.get_mut(rank) else {
                continue;
            };
            if let Cells::Json(json, typed) = &column.cells {
                let data = json.data.as_bytes();
                for (j, row) in texts.iter_mut().enumerate() {
                    if let Some(Some((start, end))) = json.spans.get(first + j) {
                        let text = data.get(*start..*end).unwrap_or_default();
                        row.push((k, String::from_utf8_lossy(text).into_owned(), *typed));
                    }
                }
                continue;
            }
            let Cells::Objects(cells) = &column.cells else {
                continue;
            };
            for (j, row) in table.iter_mut().enumerate() {
                let item = cells.get_item(first + j)?;
                if let Some(kind) = column.identifier {
                    if let Some((text, restored)) = number_as_identifier(kind, &item)? {
                        if restored {
                            if let Some(w) = warnings.get_mut(j) {
                                w.push(leading_zeros(kind, &column.name));
                            }
                        }
                        row.json.push((k, serde_json::Value::String(text)));
                        continue;
                    }
                }
                if let Some(value) = convert::plain(&item, column.money)? {
                    row.json.push((k, value));
                    continue;
                }
                if self.parts && column.part {
                    if let Some(part) = parts::read(&column.name, &item) {
                        row.parts.push(part);
                        continue;
                    }
                }
                let prepared = match self.cells.prepare(&column.name, item, column.money) {
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
                match self
                    .cells
                    .convert(&mut column.path, &prepared, column.money, &self.currency)
                {
                    Ok(value) => row.json.push((k, value)),
                    Err(e) => {
                        let e = package_error(py, e)?;
                        keep(unconverted.get_mut(j), rank, e);
                    }
                }
            }
        }
        let bad = refused
            .into_iter()
            .zip(unconverted)
            .map(|(a, b)| a.or(b).map(|(_, e)| e).or_else(|| date_error.clone()))
            .collect();
        Ok(Chunk {
            table,
            texts,
            bad,
            warnings,
        })
    }
}

/// A JSON column given as Arrow buffers (rows, offset, validity, offsets, data), read as
/// the identifier columns' buffers are ([`crate::columns::arrow_cells`]); refused when they
/// are not a valid `large_string` array.
fn json_column<'py>(py: Python<'py>, given: &Bound<'py, PyAny>) -> PyResult<JsonColumn<'py>> {
    let (rows, offset, validity, offsets, data): crate::columns::ArrowColumn<'py> =
        given.extract()?;
    convert::check_items(py, "", rows)?;
    let bytes = data.as_bytes();
    let spans = crate::columns::arrow_cells(
        rows,
        offset,
        validity.as_ref().map(|v| v.as_bytes()),
        offsets.as_bytes(),
        bytes,
    )
    .map(|cells| {
        cells
            .into_iter()
            .map(|text| {
                let start = (text.as_ptr() as usize).wrapping_sub(bytes.as_ptr() as usize);
                (!text.is_empty()).then_some((start, start + text.len()))
            })
            .collect()
    })
    .ok_or_else(|| {
        errors::to_py(
            py,
            &CallError::internal("a JSON column's Arrow buffers are not a valid array"),
        )
    })?;
    Ok(JsonColumn { data, spans })
}

/// The cells of a chunk's JSON columns parsed into its rows (on all cores), into parts where
/// `parts` and the column allow it: the first text a row cannot use is that row's error.
fn parse_texts(
    table: &mut [RowCells],
    texts: Vec<Vec<JsonText>>,
    fields: &[String],
    parts: bool,
) -> Vec<Option<CallError>> {
    use rayon::prelude::*;
    table
        .par_iter_mut()
        .zip(texts)
        .map(|(row, texts)| {
            for (k, text, typed) in texts {
                let field = fields.get(k).map_or("", String::as_str);
                if let Some(part) = (parts && typed).then(|| typed_part(field, &text)).flatten() {
                    row.parts.push(part);
                    continue;
                }
                match json_cell(&text) {
                    Ok(Some(value)) => row.json.push((k, value)),
                    Ok(None) => {}
                    Err(why) => return Some(CallError::internal(why)),
                }
            }
            None
        })
        .collect()
}

/// The cell of a JSON column's text read straight into its record part by serde_json, or
/// `None` for the JSON way ([`json_cell`]) to answer: a null cell, a text over the string
/// limit (which bounds every string and list in it), and any text the part's reader refuses
/// (a null where a list belongs, a field the record does not have, a wrong value). What it
/// reads is what the core reads from the same JSON with its null entries left out: serde_json
/// and the core's reader differ where a struct is given as an array and where an enum is given
/// as an object, which the caller has ruled out from the column's type against the record's
/// schema (a column where either could be is never typed).
fn typed_part(field: &str, text: &str) -> Option<umkm::record::RecordPart> {
    if text.len() > umkm::limits::MAX_STRING_BYTES {
        return None;
    }
    let inner = text
        .strip_prefix("{\"")?
        .strip_prefix(field)?
        .strip_prefix("\":")?
        .strip_suffix('}')?;
    if inner == "null" {
        return None;
    }
    let mut de = serde_json::Deserializer::from_str(inner);
    let part = umkm::record::RecordPart::read(field, &mut de)?.ok()?;
    de.end().ok()?;
    Some(part)
}

/// The JSON of one cell of a JSON column (`{"<field>": <cell>}`): `None` for a null row or
/// a null cell (a missing cell, its field left out), else the cell with its null entries
/// left out at every depth, as an object cell is read ([`convert::absent_nulls`]).
fn json_cell(text: &str) -> Result<Option<serde_json::Value>, &'static str> {
    if text.is_empty() {
        return Ok(None);
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|_| "a JSON column's cell is not JSON")?;
    let serde_json::Value::Object(map) = value else {
        return Err("a JSON column's cell is not an object");
    };
    let Some(mut cell) = map.into_iter().next().map(|(_, v)| v) else {
        return Err("a JSON column's cell is empty");
    };
    if cell.is_null() {
        return Ok(None);
    }
    convert::absent_nulls(&mut cell);
    Ok(Some(cell))
}

/// The answers with a row's JSON-text error in place of its answer.
#[allow(clippy::result_large_err)] // the core's answers, as they come
fn with_unread<T>(
    answers: Vec<Result<T, CallError>>,
    unread: Vec<Option<CallError>>,
) -> Vec<Result<T, CallError>> {
    answers
        .into_iter()
        .zip(unread)
        .map(|(answer, e)| e.map_or(answer, Err))
        .collect()
}

/// A whole number in an identifier column (an int, a NumPy int, or a float that is whole
/// and below 2^53: a column read as numbers) as the identifier's text, and whether leading
/// zeros were put back ([`convert::identifier_text`]); `None` for any other cell, which is
/// read as every cell is (text as it is, a missing cell left out, a fraction refused).
fn number_as_identifier(
    kind: IdentifierKind,
    item: &Bound<'_, PyAny>,
) -> PyResult<Option<(String, bool)>> {
    if item.is_instance_of::<pyo3::types::PyBool>() || item.is_instance_of::<PyString>() {
        return Ok(None);
    }
    let (text, restored) = convert::identifier_text(kind, item)?;
    Ok((!text.is_empty()).then_some((text, restored)))
}

/// The warning for an identifier column read as numbers that lost its leading zeros.
fn leading_zeros(kind: IdentifierKind, field: &str) -> umkm::Issue {
    let code = match kind {
        IdentifierKind::Npwp => "npwp.leading_zeros",
        IdentifierKind::Nitku => "nitku.leading_zeros",
        IdentifierKind::Nib => "nib.leading_zeros",
        _ => "kbli.leading_zeros",
    };
    let label = kind.label();
    let width = kind.digit_width().unwrap_or(0);
    umkm::Issue::warning(
        format!("/{}", umkm::text::privacy::pointer_token(field)),
        code,
        umkm::Message::new(
            format!(
                "Kolom {field} terbaca sebagai angka dan kehilangan nol di depan; {label} dibaca ulang sebagai {width} digit. Baca kolom sebagai teks (dtype=str)."
            ),
            format!(
                "The {field} column was read as numbers and lost its leading zeros; the {label} was read back as {width} digits. Read the column as text (dtype=str)."
            ),
        ),
    )
}

/// The typed `Issue` objects of a row, each distinct issue made once and shared.
struct Issues<'py> {
    py: Python<'py>,
    wrap: Bound<'py, PyAny>,
    made: std::collections::HashMap<umkm::Issue, (Bound<'py, PyString>, Bound<'py, PyAny>)>,
    keys: [Bound<'py, PyString>; 5],
    severities: [Bound<'py, PyString>; 2],
}

impl<'py> Issues<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        Ok(Issues {
            py,
            wrap: py
                .import("umkm._model")?
                .getattr("CLASSES")?
                .get_item("Issue")?
                .getattr("_wrap")?,
            made: std::collections::HashMap::new(),
            keys: ["code", "message_en", "message_id", "path", "severity"]
                .map(|k| PyString::intern(py, k)),
            severities: ["error", "warning"].map(|k| PyString::intern(py, k)),
        })
    }

    /// The code and the typed object of an issue.
    fn get(&mut self, issue: &umkm::Issue) -> PyResult<(Bound<'py, PyString>, Bound<'py, PyAny>)> {
        if let Some(found) = self.made.get(issue) {
            return Ok(found.clone());
        }
        let py = self.py;
        let code = PyString::intern(py, &issue.code);
        // The issue's JSON object as `call` hands it over (keys in JSON order).
        let dict = PyDict::new(py);
        dict.set_item(&self.keys[0], &code)?;
        dict.set_item(&self.keys[1], issue.message_en.as_str())?;
        dict.set_item(&self.keys[2], issue.message_id.as_str())?;
        dict.set_item(&self.keys[3], issue.path.as_str())?;
        let severity = match issue.severity {
            umkm::Severity::Error => &self.severities[0],
            umkm::Severity::Warning => &self.severities[1],
        };
        dict.set_item(&self.keys[4], severity)?;
        let typed = self.wrap.call1((dict,))?;
        if self.made.len() < 100_000 {
            self.made
                .insert(issue.clone(), (code.clone(), typed.clone()));
        }
        Ok((code, typed))
    }
}

/// The error columns of a failed row, or `None`s.
fn error_cells<'py>(py: Python<'py>, e: Option<&CallError>) -> [Py<PyAny>; 4] {
    match e {
        None => [py.None(), py.None(), py.None(), py.None()],
        Some(e) => [
            PyString::intern(py, &e.code).into_any().unbind(),
            if e.path.is_empty() {
                py.None()
            } else {
                PyString::new(py, &e.path).into_any().unbind()
            },
            PyString::new(py, &e.message_id).into_any().unbind(),
            PyString::new(py, &e.message_en).into_any().unbind(),
        ],
    }
}

/// The date argument of a frame helper: its JSON, or the error that fails every row.
fn frame_date(
    py: Python<'_>,
    as_of: &Bound<'_, PyAny>,
) -> PyResult<(serde_json::Value, Option<CallError>)> {
    match convert::to_json_at(as_of, &mut "/as_of".to_string(), 1) {
        Ok(date) => Ok((date, None)),
        Err(e) => Ok((serde_json::Value::Null, Some(package_error(py, e)?))),
    }
}

/// Count columns as machine words for NumPy (`numpy.frombuffer`): int64, or float64 with NaN
/// where a row failed, or "none" (a column of None) when every row failed.
fn count_words<'py>(
    py: Python<'py>,
    counts: &[Option<usize>],
) -> (Bound<'py, PyBytes>, &'static str) {
    if !counts.is_empty() && counts.iter().all(Option::is_none) {
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
    }
}

/// `validate` of every row of a DataFrame, the records assembled here from its columns
/// (`columns`: field name → list of cells, all of `rows` length; the fields in
/// `money_fields` hold amounts in `currency` unless a cell is a Money dict or object) and
/// validated by the core (`api::validate_rows`) with the GIL released, a chunk of rows at a
/// time. Answers a dict of equal-length lists `codes`, `issues` (the package's typed `Issue`
/// objects), `error_code`, `error_path`, `error_message_id`, `error_message_en`, and under
/// `words` the columns `valid`, `errors`, `warnings` as (bytes, NumPy type). A row is
/// answered as `call("validate", {"record": row})` answers it, plus a warning where an
/// identifier column read as numbers lost its leading zeros; a cell that cannot be read (a
/// float with a fraction) fails its row alone, at its field.
#[pyfunction]
pub fn validate_columns<'py>(
    py: Python<'py>,
    columns: &Bound<'py, PyDict>,
    money_fields: Vec<String>,
    currency: &str,
    rows: usize,
    as_of: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let (date, date_error) = frame_date(py, as_of)?;
    let mut frame = Frame::new(py, columns, &money_fields, currency, rows, false)?;
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
    let mut issues = Issues::new(py)?;
    let mut first = 0;
    while first < rows {
        let last = rows.min(first + CHUNK);
        let Chunk {
            mut table,
            texts,
            bad,
            warnings,
        } = frame.chunk(first, last, &date_error)?;
        let (fields, date_ref) = (&frame.fields, &date);
        let answers = py.detach(move || {
            errors::guarded(|| {
                let unread = parse_texts(&mut table, texts, fields, false);
                let rows: Vec<_> = table.into_iter().map(|row| row.json).collect();
                let answers = api::validate_rows(fields, &rows, date_ref);
                Ok::<_, Box<CallError>>(with_unread(answers, unread))
            })
        });
        let answers = answers.map_err(|e| errors::to_py(py, &e))?;
        for ((answer, row_error), extra) in answers.into_iter().zip(bad).zip(warnings) {
            let answer = match row_error {
                Some(e) => Err(e),
                None => answer,
            };
            let [codes, issue_list, rest @ ..] = &lists[..] else {
                continue;
            };
            match answer {
                Ok(mut report) => {
                    report.warnings += extra.len();
                    report.issues.extend(extra);
                    let row_codes = PyList::empty(py);
                    let row_issues = PyList::empty(py);
                    for issue in &report.issues {
                        let (code, typed) = issues.get(issue)?;
                        row_codes.append(code)?;
                        row_issues.append(typed)?;
                    }
                    valid_flags.push(u8::from(report.valid));
                    error_counts.push(Some(report.errors));
                    warning_counts.push(Some(report.warnings));
                    codes.append(row_codes)?;
                    issue_list.append(row_issues)?;
                    for list in rest {
                        list.append(py.None())?;
                    }
                }
                Err(e) => {
                    valid_flags.push(0);
                    error_counts.push(None);
                    warning_counts.push(None);
                    codes.append(py.None())?;
                    issue_list.append(py.None())?;
                    for (list, cell) in rest.iter().zip(error_cells(py, Some(&e))) {
                        list.append(cell)?;
                    }
                }
            }
        }
        first = last;
    }
    let out = PyDict::new(py);
    for (name, list) in names.iter().zip(lists) {
        out.set_item(name, list)?;
    }
    let words = PyDict::new(py);
    words.set_item("valid", (PyBytes::new(py, &valid_flags), "bool"))?;
    words.set_item("errors", count_words(py, &error_counts))?;
    words.set_item("warnings", count_words(py, &warning_counts))?;
    out.set_item("words", words)?;
    Ok(out)
}

/// The text of a product or destination cell: a `str`, else empty (which the core refuses).
fn cell_text(item: &Bound<'_, PyAny>) -> String {
    item.cast::<PyString>()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The rows of one chunk of [`assess_columns`], read: their records, the error that fails
/// each row before the core sees it, and each row's product and destination.
struct ReadChunk {
    table: Vec<RowCells>,
    texts: Vec<Vec<JsonText>>,
    bad: Vec<Option<CallError>>,
    products: Vec<String>,
    destinations: Vec<String>,
}

/// The answer of one chunk's assessment: a summary or an error a row.
type Assessed = Result<Vec<Result<umkm::readiness::ReadinessSummary, CallError>>, Box<CallError>>;

/// The summary columns of [`assess_columns`] as they are built, row after row: shared text
/// objects, and machine words for the columns NumPy and pandas read as buffers.
struct Summaries<'py> {
    py: Python<'py>,
    /// `level`, `blockers` and the four `error_*` columns.
    objects: [Vec<Py<PyAny>>; 6],
    scores: Vec<u8>,
    dates: Vec<u8>,
    /// `export_ready` and `blocked` (one byte a row), and which rows have no answer.
    export_ready: Vec<u8>,
    blocked: Vec<u8>,
    missing: Vec<u8>,
    levels: std::collections::HashMap<umkm::readiness::ReadinessLevel, Py<PyAny>>,
    steps: std::collections::HashMap<String, Py<PyAny>>,
}

/// The names of [`Summaries::objects`], in order.
const SUMMARY_OBJECTS: [&str; 6] = [
    "level",
    "blockers",
    "error_code",
    "error_path",
    "error_message_id",
    "error_message_en",
];

impl<'py> Summaries<'py> {
    fn new(py: Python<'py>, rows: usize) -> Self {
        Summaries {
            py,
            objects: std::array::from_fn(|_| Vec::with_capacity(rows)),
            scores: Vec::with_capacity(rows * 8),
            dates: Vec::with_capacity(rows * 8),
            export_ready: Vec::with_capacity(rows),
            blocked: Vec::with_capacity(rows),
            missing: Vec::with_capacity(rows),
            levels: std::collections::HashMap::new(),
            steps: std::collections::HashMap::new(),
        }
    }

    /// One row's answer.
    fn push(
        &mut self,
        answer: Result<umkm::readiness::ReadinessSummary, CallError>,
    ) -> PyResult<()> {
        let py = self.py;
        let row: [Py<PyAny>; 6] = match answer {
            Ok(s) => {
                let score = s.score.to_string().parse::<f64>().unwrap_or(f64::NAN);
                self.scores.extend(score.to_le_bytes());
                let days = s
                    .earliest_ready_date
                    .signed_duration_since(EPOCH)
                    .num_days();
                self.dates.extend(days.to_le_bytes());
                self.export_ready.push(u8::from(s.export_ready));
                self.blocked.push(u8::from(s.blocked));
                self.missing.push(0);
                let blockers = PyList::empty(py);
                for step in &s.blockers {
                    let item = self
                        .steps
                        .entry(step.to_string())
                        .or_insert_with(|| PyString::intern(py, step).into_any().unbind());
                    blockers.append(item.clone_ref(py))?;
                }
                let [c, p, mi, me] = error_cells(py, None);
                let level = shared(py, &mut self.levels, s.level);
                [level, blockers.into_any().unbind(), c, p, mi, me]
            }
            Err(e) => {
                self.scores.extend(f64::NAN.to_le_bytes());
                self.dates.extend(i64::MIN.to_le_bytes());
                self.export_ready.push(0);
                self.blocked.push(0);
                self.missing.push(1);
                let [c, p, mi, me] = error_cells(py, Some(&e));
                [py.None(), py.None(), c, p, mi, me]
            }
        };
        for (column, value) in self.objects.iter_mut().zip(row) {
            column.push(value);
        }
        Ok(())
    }

    /// The dict `assess_columns` answers.
    fn into_dict(self) -> PyResult<Bound<'py, PyDict>> {
        let py = self.py;
        let dict = PyDict::new(py);
        for (name, values) in SUMMARY_OBJECTS.iter().zip(self.objects) {
            dict.set_item(name, PyList::new(py, values)?)?;
        }
        let words = PyDict::new(py);
        words.set_item("score", (PyBytes::new(py, &self.scores), "<f8"))?;
        words.set_item(
            "earliest_ready_date",
            (PyBytes::new(py, &self.dates), "<M8[D]"),
        )?;
        words.set_item(
            "export_ready",
            (PyBytes::new(py, &self.export_ready), "|b1"),
        )?;
        words.set_item("blocked", (PyBytes::new(py, &self.blocked), "|b1"))?;
        words.set_item("missing", (PyBytes::new(py, &self.missing), "|b1"))?;
        dict.set_item("words", words)?;
        Ok(dict)
    }
}

/// 1 January 1970, the day `datetime64` counts from.
const EPOCH: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(1970, 1, 1) {
    Some(d) => d,
    None => chrono::NaiveDate::MIN,
};

/// The texts of a product or destination column for rows `first..last`, or its one cell
/// for every row.
fn chunk_texts(list: &Bound<'_, PyList>, first: usize, last: usize) -> Vec<String> {
    if list.len() == 1 {
        return vec![list.get_item(0).map(|i| cell_text(&i)).unwrap_or_default()];
    }
    (first..last)
        .map(|i| list.get_item(i).map(|c| cell_text(&c)).unwrap_or_default())
        .collect()
}

/// Export readiness of every row of a DataFrame as a summary (`api::assess_rows`, the
/// default rule set), the records read as [`validate_columns`] reads them; `products` and
/// `destinations` hold one cell per row, or one for every row. Answers a dict of
/// equal-length lists `level`, `blockers` (step ids) and the `error_*` columns, and under
/// `words` the columns `score` (float64, NaN where the row failed), `earliest_ready_date`
/// (days since 1970 as datetime64[D], NaT where it failed), `export_ready` and `blocked`
/// (bool) and `missing` (bool: the row failed). A row costs about 200 bytes of answer,
/// whatever its report would have held.
///
/// The work is a pipeline: while the core assesses one chunk of rows on the other cores
/// (GIL released), this thread reads the next chunk's cells, which needs the GIL. Nested
/// cells of plain lists and dicts are read straight into the record's types ([`parts`]);
/// `parts=False` reads every cell as JSON instead, the reference the tests compare with.
#[pyfunction]
#[pyo3(signature = (columns, money_fields, currency, rows, products, destinations, as_of, parts=true))]
#[allow(clippy::too_many_arguments)]
pub fn assess_columns<'py>(
    py: Python<'py>,
    columns: &Bound<'py, PyDict>,
    money_fields: Vec<String>,
    currency: &str,
    rows: usize,
    products: &Bound<'py, PyList>,
    destinations: &Bound<'py, PyList>,
    as_of: &Bound<'py, PyAny>,
    parts: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let (date, date_error) = frame_date(py, as_of)?;
    let mut frame = Frame::new(py, columns, &money_fields, currency, rows, parts)?;
    let fields = frame.fields.clone();
    let mut out = Summaries::new(py, rows);
    let mut read = |first: usize| -> PyResult<ReadChunk> {
        let last = rows.min(first + ASSESS_CHUNK);
        let Chunk {
            table, texts, bad, ..
        } = frame.chunk(first, last, &date_error)?;
        Ok(ReadChunk {
            table,
            texts,
            bad,
            products: chunk_texts(products, first, last),
            destinations: chunk_texts(destinations, first, last),
        })
    };
    std::thread::scope(|scope| -> PyResult<()> {
        let (fields, date) = (&fields, &date);
        let mut running: Option<(
            std::thread::ScopedJoinHandle<'_, Assessed>,
            Vec<Option<CallError>>,
        )> = None;
        let mut first = 0;
        while first < rows || running.is_some() {
            let next = if first < rows {
                Some(read(first)?)
            } else {
                None
            };
            first = rows.min(first + ASSESS_CHUNK);
            let done = match running.take() {
                Some((handle, bad)) => Some((
                    py.detach(|| handle.join())
                        .unwrap_or_else(|_| Err(Box::new(CallError::internal("assessment thread"))))
                        .map_err(|e| errors::to_py(py, &e))?,
                    bad,
                )),
                None => None,
            };
            // The next chunk is assessed while this thread turns the last one's answers
            // into Python objects.
            if let Some(ReadChunk {
                mut table,
                texts,
                bad,
                products,
                destinations,
            }) = next
            {
                let handle = scope.spawn(move || {
                    // Each row is freed on the core that assessed it.
                    errors::guarded(|| {
                        let unread = parse_texts(&mut table, texts, fields, parts);
                        let answers =
                            api::assess_row_cells(fields, table, &products, &destinations, date);
                        Ok(with_unread(answers, unread))
                    })
                });
                running = Some((handle, bad));
            }
            if let Some((answers, bad)) = done {
                for (answer, row_error) in answers.into_iter().zip(bad) {
                    out.push(row_error.map_or(answer, Err))?;
                }
            }
        }
        Ok(())
    })?;
    out.into_dict()
}
