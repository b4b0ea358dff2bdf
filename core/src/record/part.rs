//! A nested field of a record read on its own: a list of products, the management answers.
//!
//! A binding that reads its language's objects straight into the record's types (the Python
//! DataFrame helpers read a cell of product dicts this way, without making JSON of it first)
//! hands the core such parts beside the JSON cells of a row
//! ([`crate::api::assess_row_cells`]). Each part is read by the same serde code as the whole
//! record, so a part is what that field of a JSON record would have been read as.

use super::enterprise::{
    AnnualSales, Certification, Enterprise, Management, Marketing, Product, SalesChannel, Shipment,
};
use serde::{Deserialize, Deserializer};

/// One nested field of an [`Enterprise`] (a list or an object), already read.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum RecordPart {
    /// `kbli`.
    Kbli(Vec<String>),
    /// `annual_sales`.
    AnnualSales(Vec<AnnualSales>),
    /// `products`.
    Products(Vec<Product>),
    /// `certifications`.
    Certifications(Vec<Certification>),
    /// `sales_channels`.
    SalesChannels(Vec<SalesChannel>),
    /// `retail_partners`.
    RetailPartners(Vec<String>),
    /// `shipments`.
    Shipments(Vec<Shipment>),
    /// `management`.
    Management(Management),
    /// `marketing`.
    Marketing(Marketing),
}

impl RecordPart {
    /// The names of the record fields a part can hold, as in JSON.
    pub const FIELDS: [&'static str; 9] = [
        "kbli",
        "annual_sales",
        "products",
        "certifications",
        "sales_channels",
        "retail_partners",
        "shipments",
        "management",
        "marketing",
    ];

    /// The part for the record field `field`, read from `d` with the record's own reader of
    /// that field; `None` when `field` is not one a part holds ([`RecordPart::FIELDS`]).
    ///
    /// ```
    /// use umkm::record::RecordPart;
    /// use serde_json::json;
    ///
    /// let part = RecordPart::read("sales_channels", json!(["marketplace"])).unwrap().unwrap();
    /// assert_eq!(part.field(), "sales_channels");
    /// assert!(RecordPart::read("name", json!("Tas")).is_none());
    /// ```
    pub fn read<'de, D: Deserializer<'de>>(
        field: &str,
        d: D,
    ) -> Option<Result<RecordPart, D::Error>> {
        Some(match field {
            "kbli" => Vec::deserialize(d).map(RecordPart::Kbli),
            "annual_sales" => Vec::deserialize(d).map(RecordPart::AnnualSales),
            "products" => Vec::deserialize(d).map(RecordPart::Products),
            "certifications" => Vec::deserialize(d).map(RecordPart::Certifications),
            "sales_channels" => Vec::deserialize(d).map(RecordPart::SalesChannels),
            "retail_partners" => Vec::deserialize(d).map(RecordPart::RetailPartners),
            "shipments" => Vec::deserialize(d).map(RecordPart::Shipments),
            "management" => Management::deserialize(d).map(RecordPart::Management),
            "marketing" => Marketing::deserialize(d).map(RecordPart::Marketing),
            _ => return None,
        })
    }

    /// The record field this part holds, as in JSON.
    pub fn field(&self) -> &'static str {
        match self {
            RecordPart::Kbli(_) => "kbli",
            RecordPart::AnnualSales(_) => "annual_sales",
            RecordPart::Products(_) => "products",
            RecordPart::Certifications(_) => "certifications",
            RecordPart::SalesChannels(_) => "sales_channels",
            RecordPart::RetailPartners(_) => "retail_partners",
            RecordPart::Shipments(_) => "shipments",
            RecordPart::Management(_) => "management",
            RecordPart::Marketing(_) => "marketing",
        }
    }

    /// Puts the part into `record`, in place of what that field held.
    pub fn put(self, record: &mut Enterprise) {
        match self {
            RecordPart::Kbli(v) => record.kbli = v,
            RecordPart::AnnualSales(v) => record.annual_sales = v,
            RecordPart::Products(v) => record.products = v,
            RecordPart::Certifications(v) => record.certifications = v,
            RecordPart::SalesChannels(v) => record.sales_channels = v,
            RecordPart::RetailPartners(v) => record.retail_partners = v,
            RecordPart::Shipments(v) => record.shipments = v,
            RecordPart::Management(v) => record.management = v,
            RecordPart::Marketing(v) => record.marketing = v,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    /// Every part's field, read from JSON and put into a record, gives the record read from
    /// the object with that field: the part and the whole reader agree.
    #[test]
    fn a_part_is_the_field_the_whole_record_reads() {
        let values: [(&str, Value); 9] = [
            ("kbli", json!(["10792"])),
            (
                "annual_sales",
                json!([{"year": 2024, "amount": {"amount": "5000000", "currency": "IDR"}}]),
            ),
            (
                "products",
                json!([{"name": "Tas", "category": "craft", "unit": "piece", "label_languages": ["id"]}]),
            ),
            (
                "certifications",
                json!([{"kind": "halal", "number": "ID00410000123450125", "issued": "2025-01-02"}]),
            ),
            ("sales_channels", json!(["marketplace", "export_direct"])),
            ("retail_partners", json!(["Alfamidi"])),
            (
                "shipments",
                json!([{"date": "2025-03-01", "destination": "JP", "value": {"amount": "1000", "currency": "USD"}}]),
            ),
            (
                "management",
                json!({"bookkeeping": "simple", "business_bank_account": true}),
            ),
            ("marketing", json!({"trade_fairs": 2, "incoterms": ["fob"]})),
        ];
        for (field, value) in values {
            let whole: Enterprise =
                serde_json::from_value(json!({"name": "Anyaman", field: value.clone()})).unwrap();
            let part = RecordPart::read(field, value).unwrap().unwrap();
            assert_eq!(part.field(), field);
            let mut record = Enterprise::new("Anyaman");
            part.put(&mut record);
            assert_eq!(record, whole, "{field}");
        }
    }

    /// The parts cover every field of the record that is a list or an object when empty: a
    /// field added to [`Enterprise`] later is named here or this test fails.
    #[test]
    fn the_parts_are_every_nested_field() {
        let Value::Object(empty) = serde_json::to_value(Enterprise::new("x")).unwrap() else {
            panic!("a record is an object");
        };
        let mut nested: Vec<&str> = empty
            .iter()
            .filter(|(_, v)| v.is_array() || v.is_object())
            .map(|(k, _)| k.as_str())
            .collect();
        nested.sort_unstable();
        let mut fields = RecordPart::FIELDS.to_vec();
        fields.sort_unstable();
        assert_eq!(nested, fields);
    }
}
