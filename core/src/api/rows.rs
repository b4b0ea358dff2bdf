//! Whole tables through the facade: records or rows of cells validated or assessed on all
//! cores, each answered as `call` answers one.

#![allow(clippy::result_large_err)]

use super::args::{read, read_record, unread, within_limits};
use super::errors::CallError;
use crate::readiness::{self, RuleSet};
use crate::record::enterprise::Enterprise;
use crate::record::issue::Report;
use crate::record::RecordPart;
use chrono::NaiveDate;
use serde_json::Value;

/// `validate` of many records on one date: each answered exactly as
/// [`call`](crate::api::call)`("validate", {"record": record, "as_of": as_of})` answers it (the report, or the
/// error with its path under `/record`), in order, on all cores with the `parallel` feature
/// ([`crate::batch`]). The Python DataFrame helpers validate a frame through it.
///
/// ```
/// use umkm::api::validate_records;
/// use serde_json::json;
///
/// let answers = validate_records(&[json!({"name": "Keripik Bu Sri"}), json!({"name": 3})], &json!("2025-11-01"));
/// assert!(answers[0].as_ref().unwrap().valid);
/// assert_eq!(answers[1].as_ref().unwrap_err().path, "/record/name");
/// ```
pub fn validate_records(records: &[Value], as_of: &Value) -> Vec<Result<Report, CallError>> {
    let date = BatchDate::new(as_of);
    crate::batch::map_records(records, |record| date.validate(record))
}

/// [`validate_records`] of records given as the cells of a table: `rows[i]` holds row `i`'s
/// cells that have a value, as (index into `fields`, JSON), and the record of a row is the
/// object of those fields (read as it stands, without building the object).
///
/// ```
/// use umkm::api::validate_rows;
/// use serde_json::json;
///
/// let fields = ["name".to_string(), "workers".to_string()];
/// let rows = vec![vec![(0, json!("Keripik")), (1, json!(4))], vec![(1, json!(-1))]];
/// let answers = validate_rows(&fields, &rows, &json!("2025-11-01"));
/// assert!(answers[0].as_ref().unwrap().valid);
/// assert_eq!(answers[1].as_ref().unwrap_err().path, "/record/workers");
/// ```
pub fn validate_rows(
    fields: &[String],
    rows: &[Vec<(usize, Value)>],
    as_of: &Value,
) -> Vec<Result<Report, CallError>> {
    let date = BatchDate::new(as_of);
    crate::batch::map_records(rows, |cells| {
        date.validate_fields(&row_entries(fields, cells))
    })
}

/// `assess_summary` of the records given as the cells of a table (as for [`validate_rows`]),
/// each for its product and destination (`products[i]`, `destinations[i]`; a list of one
/// serves every row), all on one date with the default rule set: each row answered exactly as
/// [`call`](crate::api::call)`("assess_summary", {"record": row, "product": …, "destination": …, "as_of": …})`
/// answers it, on all cores with the `parallel` feature. The Python `assess_frame` tabulates a
/// register through it.
///
/// ```
/// use umkm::api::assess_rows;
/// use serde_json::json;
///
/// let fields = ["name".to_string(), "products".to_string()];
/// let bag = json!([{"name": "Tas", "category": "craft", "unit": "piece"}]);
/// let rows = vec![vec![(0, json!("Anyaman Sukatenang")), (1, bag)], vec![(0, json!(5))]];
/// let answers = assess_rows(&fields, &rows, &["Tas".into()], &["JP".into()], &json!("2025-11-01"));
/// assert!(answers[0].as_ref().unwrap().blocked);
/// assert_eq!(answers[1].as_ref().unwrap_err().path, "/record/name");
/// ```
pub fn assess_rows(
    fields: &[String],
    rows: &[Vec<(usize, Value)>],
    products: &[String],
    destinations: &[String],
    as_of: &Value,
) -> Vec<Result<readiness::ReadinessSummary, CallError>> {
    let date = BatchDate::new(as_of);
    let indexed: Vec<(usize, &Vec<(usize, Value)>)> = rows.iter().enumerate().collect();
    crate::batch::map_records(&indexed, |(i, cells)| {
        let record = date.record_of_fields(&row_entries(fields, cells))?;
        date.summary(&record, pick(products, *i), pick(destinations, *i))
    })
}

/// The cells of one row of a table for [`assess_row_cells`]: JSON values as (index into the
/// fields, value), and nested fields already read into their types ([`RecordPart`]). The
/// record of the row is the object of the JSON cells with the parts put in; a field given
/// both ways is the part's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowCells {
    /// Cells as JSON, in any order; a repeated field counts once (its last value).
    pub json: Vec<(usize, Value)>,
    /// Nested fields read by the caller, at most one of each.
    pub parts: Vec<RecordPart>,
}

/// [`assess_rows`] of rows whose nested fields may come already read ([`RowCells`]): the
/// answers are those of [`assess_rows`] with each part given as the JSON it was read from,
/// provided each part is what the record's reader makes of that JSON ([`RecordPart::read`]).
/// The rows are taken, and each is freed on the core that assessed it.
///
/// Why: a binding that reads its language's lists and dicts straight into the record's types
/// (the Python DataFrame helpers do) skips making, walking, reading and freeing a JSON tree
/// per cell, which cost more than the assessment itself.
///
/// ```
/// use umkm::api::{assess_row_cells, RowCells};
/// use umkm::record::RecordPart;
/// use serde_json::json;
///
/// let fields = ["name".to_string()];
/// let bag = json!([{"name": "Tas", "category": "craft", "unit": "piece"}]);
/// let rows = vec![RowCells {
///     json: vec![(0, json!("Anyaman Sukatenang"))],
///     parts: vec![RecordPart::read("products", bag).unwrap().unwrap()],
/// }];
/// let answers = assess_row_cells(&fields, rows, &["Tas".into()], &["JP".into()], &json!("2025-11-01"));
/// assert!(answers[0].as_ref().unwrap().blocked);
/// ```
pub fn assess_row_cells(
    fields: &[String],
    rows: Vec<RowCells>,
    products: &[String],
    destinations: &[String],
    as_of: &Value,
) -> Vec<Result<readiness::ReadinessSummary, CallError>> {
    let date = BatchDate::new(as_of);
    crate::batch::map_owned_records(rows, |i, row| {
        let record = date.record_of_cells(fields, row)?;
        date.summary(&record, pick(products, i), pick(destinations, i))
    })
}

/// Row `i`'s entry of a per-row list, or the one entry given for every row.
fn pick(list: &[String], i: usize) -> &str {
    list.get(i)
        .or_else(|| list.first().filter(|_| list.len() == 1))
        .map_or("", String::as_str)
}

/// The object of a table row's cells, as (key, value) in key order, a repeated field once
/// (its last value), as a JSON object would hold them.
fn row_entries<'a>(fields: &'a [String], cells: &'a [(usize, Value)]) -> Vec<(&'a str, &'a Value)> {
    let mut entries: Vec<(&str, &Value)> = Vec::with_capacity(cells.len());
    for (field, value) in cells {
        if let Some(name) = fields.get(*field) {
            entries.push((name.as_str(), value));
        }
    }
    if !entries.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)) {
        entries.sort_by(|a, b| a.0.cmp(b.0));
        let mut unique: Vec<(&str, &Value)> = Vec::with_capacity(entries.len());
        for e in entries {
            match unique.last_mut() {
                Some(last) if last.0 == e.0 => *last = e,
                _ => unique.push(e),
            }
        }
        entries = unique;
    }
    entries
}

/// The date of a batch, read once; the answer for each record as `call` gives it.
struct BatchDate {
    shape: Result<(), CallError>,
    date: Result<NaiveDate, CallError>,
}

impl BatchDate {
    fn new(as_of: &Value) -> Self {
        BatchDate {
            shape: crate::limits::check_value_at(as_of, 2)
                .map_err(|issue| CallError::from_issue(issue, "/as_of")),
            date: read::<NaiveDate>(as_of, "/as_of", "argument.invalid"),
        }
    }

    /// Both are one level down in the arguments of `call`, which checks the record's shape,
    /// then the date's, then reads the record, then the date.
    fn validate(&self, record: &Value) -> Result<Report, CallError> {
        crate::limits::check_value_at(record, 2)
            .map_err(|issue| CallError::from_issue(issue, "/record"))?;
        self.shape.clone()?;
        let record = read_record(record, "record")?;
        Ok(crate::validate(&record, self.date.clone()?))
    }

    /// [`BatchDate::validate`] of the record made of `fields`, in key order.
    fn validate_fields(&self, fields: &[(&str, &Value)]) -> Result<Report, CallError> {
        let record = self.record_of_fields(fields)?;
        Ok(crate::validate(&record, self.date.clone()?))
    }

    /// The record made of `fields`, checked as `call` checks a record argument (its shape,
    /// then the date's, then the record's reading and limits).
    fn record_of_fields(&self, fields: &[(&str, &Value)]) -> Result<Enterprise, CallError> {
        within_limits(self.read_fields(fields)?, "record")
    }

    /// [`BatchDate::record_of_fields`] of a row's JSON cells with its parts put in: the parts
    /// were read already (they passed what the JSON of them would have), so the JSON cells
    /// alone can fail the shape or the reading, as they would first in the whole object.
    fn record_of_cells(&self, fields: &[String], row: RowCells) -> Result<Enterprise, CallError> {
        let mut record = self.read_fields(&row_entries(fields, &row.json))?;
        for part in row.parts {
            part.put(&mut record);
        }
        within_limits(record, "record")
    }

    /// The record of `fields` read, its shape checked first and then the date's.
    fn read_fields(&self, fields: &[(&str, &Value)]) -> Result<Enterprise, CallError> {
        crate::limits::check_fields_at(fields, 2)
            .map_err(|issue| CallError::from_issue(issue, "/record"))?;
        self.shape.clone()?;
        crate::json::reader::read_fields(fields).map_err(|e| unread(e, "/record", "record.json"))
    }

    /// `assess_summary` of a record read, with the default rule set on the batch's date.
    fn summary(
        &self,
        record: &Enterprise,
        product: &str,
        destination: &str,
    ) -> Result<readiness::ReadinessSummary, CallError> {
        Ok(readiness::assess_summary_with(
            RuleSet::default_set()?,
            record,
            product,
            destination,
            self.date.clone()?,
        )?)
    }
}
