//! The enterprise record as regional offices, cooperatives, banks and coaching programmes keep
//! it: identity and legality, size figures, products, certificates, sales channels, export
//! shipments and management facts.
//!
//! JSON shape: snake_case fields, ISO dates (`2024-11-05`), amounts as decimal strings inside
//! [`Money`] objects, enums as snake_case strings. Unknown fields are an error (a misspelt
//! field must not silently vanish). Optional fields may be omitted or `null`; lists may be
//! omitted or empty. Output always writes every field, so a record read and written again has
//! one canonical form. The JSON Schema is `api::schema::enterprise_schema` (feature `schema`).
//!
//! Identifier fields hold the text as recorded; [`crate::validate()`] says what is wrong with them.

use crate::classify::size::{SizeClass, SizeInput};
use crate::money::Money;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Legal form of the business.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LegalForm {
    /// Individual business without a separate legal form.
    Perorangan,
    /// Usaha Dagang: sole proprietorship with a trade name.
    Ud,
    /// Commanditaire Vennootschap (limited partnership).
    Cv,
    /// Firma (general partnership).
    Firma,
    /// Perseroan Terbatas (limited liability company).
    Pt,
    /// PT Perorangan: one-person company for micro and small businesses (UU 11/2020, PP 8/2021).
    PtPerorangan,
    /// Koperasi (cooperative).
    Koperasi,
}

impl LegalForm {
    /// True for forms that are entities with their own (0-prefixed) NPWP: CV, firma, PT,
    /// PT perorangan, koperasi. Perorangan and UD use the owner's NIK as NPWP.
    pub fn is_entity(self) -> bool {
        !matches!(self, LegalForm::Perorangan | LegalForm::Ud)
    }
}

/// Product category, as export requirements differ by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProductCategory {
    /// Processed food (snacks, sambal, bakery, frozen food).
    ProcessedFood,
    /// Processed fish and seafood (kerupuk ikan, frozen or dried seafood).
    ProcessedSeafood,
    /// Fresh fruit and vegetables.
    FreshProduce,
    /// Beverages (coffee, tea, herbal drinks).
    Beverage,
    /// Handicrafts not made of wood (woven, ceramic, metal).
    Craft,
    /// Wooden goods and wooden crafts (SVLK/V-Legal applies).
    WoodenGoods,
    /// Fashion, batik and other textiles.
    FashionTextile,
    /// Anything else.
    Other,
}

/// Unit in which a product is counted, priced and produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Pieces (buah, pcs).
    Piece,
    /// Packs (bungkus, pak).
    Pack,
    /// Boxes or cartons (dus, karton).
    Box,
    /// Bottles (botol).
    Bottle,
    /// Jars (toples).
    Jar,
    /// Sets.
    Set,
    /// Pairs (pasang).
    Pair,
    /// Dozens (lusin).
    Dozen,
    /// Sheets or lengths of cloth (lembar).
    Sheet,
    /// Metres.
    Metre,
    /// Kilograms.
    Kg,
    /// Grams.
    Gram,
    /// Tonnes.
    Tonne,
    /// Litres.
    Litre,
    /// Millilitres.
    Millilitre,
}

impl Unit {
    /// Name of the unit in a language: `bungkus` / `pack`.
    pub fn label(self, lang: crate::Lang) -> &'static str {
        let (id, en) = match self {
            Unit::Piece => ("buah", "piece"),
            Unit::Pack => ("bungkus", "pack"),
            Unit::Box => ("dus", "box"),
            Unit::Bottle => ("botol", "bottle"),
            Unit::Jar => ("toples", "jar"),
            Unit::Set => ("set", "set"),
            Unit::Pair => ("pasang", "pair"),
            Unit::Dozen => ("lusin", "dozen"),
            Unit::Sheet => ("lembar", "sheet"),
            Unit::Metre => ("meter", "metre"),
            Unit::Kg => ("kg", "kg"),
            Unit::Gram => ("gram", "gram"),
            Unit::Tonne => ("ton", "tonne"),
            Unit::Litre => ("liter", "litre"),
            Unit::Millilitre => ("ml", "ml"),
        };
        match lang {
            crate::Lang::Id => id,
            crate::Lang::En => en,
        }
    }
}

/// A range of amounts of money, e.g. a price of Rp40,000 to Rp100,000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MoneyRange {
    /// Lowest.
    pub min: Money,
    /// Highest.
    pub max: Money,
}

/// A range of quantities in the product's unit, e.g. 2 to 8 pieces a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuantityRange {
    /// Lowest.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub min: Decimal,
    /// Highest.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub max: Decimal,
}

/// One product line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Product {
    /// Product name as sold.
    pub name: String,
    /// Category.
    pub category: ProductCategory,
    /// HS or BTKI code.
    #[serde(default)]
    pub hs_code: Option<String>,
    /// Unit of sale and production.
    pub unit: Unit,
    /// Price per unit.
    #[serde(default)]
    pub price: Option<MoneyRange>,
    /// Daily production capacity in `unit`.
    #[serde(default)]
    pub daily_capacity: Option<QuantityRange>,
    /// Quantity a buyer asks for in a first export order, in `unit` (from an enquiry, or the
    /// coaching programme's estimate for the product).
    #[serde(default, with = "crate::money::decimal::option")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::money::decimal::DecimalString>")
    )]
    pub first_order_quantity: Option<Decimal>,
    /// Shelf life in days (food and beverages).
    #[serde(default)]
    pub shelf_life_days: Option<u32>,
    /// Languages on the label, ISO 639-1 (`id`, `en`, `ja`).
    #[serde(default)]
    pub label_languages: Vec<String>,
    /// Packaging fit for export shipping.
    #[serde(default)]
    pub export_packaging: Option<bool>,
    /// A documented quality-control procedure (written checks, records) for this product.
    #[serde(default)]
    pub quality_control: Option<bool>,
    /// Raw-material supply secured for steady output (contracts or several suppliers).
    #[serde(default)]
    pub raw_material_secured: Option<bool>,
    /// Contains meat or poultry, or an ingredient derived from them (gelatine, animal fat,
    /// rennet, meat extract). Saudi Arabia (SFDA) and the UAE require a halal certificate for
    /// such food; fish and seafood are not meat here.
    #[serde(default)]
    pub contains_meat: Option<bool>,
    /// The label claims halal (a halal logo or the word). Such food needs a halal certificate
    /// in Saudi Arabia and the UAE whatever it contains.
    #[serde(default)]
    pub halal_claim: Option<bool>,
}

impl Product {
    /// A product with its name, category and unit, and nothing else recorded yet; set the
    /// other fields as they become known (the struct grows with the readiness model, so it is
    /// built here rather than field by field).
    ///
    /// ```
    /// use umkm::record::enterprise::{Product, ProductCategory, QuantityRange, Unit};
    /// let mut batik = Product::new("Batik tulis", ProductCategory::FashionTextile, Unit::Piece);
    /// batik.daily_capacity = Some(QuantityRange { min: 2.into(), max: 8.into() });
    /// batik.export_packaging = Some(true);
    /// assert_eq!(batik.label_languages.len(), 0);
    /// ```
    pub fn new(name: impl Into<String>, category: ProductCategory, unit: Unit) -> Self {
        Product {
            name: name.into(),
            category,
            hs_code: None,
            unit,
            price: None,
            daily_capacity: None,
            first_order_quantity: None,
            shelf_life_days: None,
            label_languages: Vec::new(),
            export_packaging: None,
            quality_control: None,
            raw_material_secured: None,
            contains_meat: None,
            halal_claim: None,
        }
    }
}

/// A fact about a product that decides whether a requirement applies to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProductFact {
    /// [`Product::contains_meat`] is true.
    ContainsMeat,
    /// [`Product::halal_claim`] is true.
    HalalClaim,
}

impl Product {
    /// Whether the product is recorded as having the fact (an unrecorded fact is not had).
    pub fn has(&self, fact: ProductFact) -> bool {
        match fact {
            ProductFact::ContainsMeat => self.contains_meat == Some(true),
            ProductFact::HalalClaim => self.halal_claim == Some(true),
        }
    }
}

/// Kind of certificate or licence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CertificateKind {
    /// P-IRT / SPP-IRT home-industry food certificate (domestic only).
    Pirt,
    /// BPOM MD registration (food made in Indonesia).
    BpomMd,
    /// BPOM ML registration (imported food).
    BpomMl,
    /// Halal certificate from BPJPH.
    Halal,
    /// SNI product certificate.
    Sni,
    /// HACCP certificate.
    Haccp,
    /// SKP (Sertifikat Kelayakan Pengolahan) from KKP for fish processing units.
    Skp,
    /// ISO 22000.
    Iso22000,
    /// FSSC 22000.
    Fssc22000,
    /// SVLK / V-Legal timber legality.
    Svlk,
    /// Organic certificate.
    Organic,
    /// GAP (good agricultural practice) for fresh produce.
    Gap,
    /// Any other certificate, kept as text.
    Other,
}

/// A certificate held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Certification {
    /// Kind.
    pub kind: CertificateKind,
    /// Number as printed.
    #[serde(default)]
    pub number: Option<String>,
    /// Date issued.
    #[serde(default)]
    pub issued: Option<NaiveDate>,
    /// Date it expires; `None` for certificates without expiry.
    #[serde(default)]
    pub expires: Option<NaiveDate>,
    /// Names of the products it covers; empty means the whole enterprise or plant.
    #[serde(default)]
    pub products: Vec<String>,
}

impl Certification {
    /// A certificate of a kind, with no number, dates or products recorded yet (covering the
    /// whole enterprise, without expiry).
    ///
    /// ```
    /// use umkm::record::enterprise::{CertificateKind, Certification};
    /// use umkm::NaiveDate;
    /// let mut halal = Certification::new(CertificateKind::Halal);
    /// halal.expires = NaiveDate::from_ymd_opt(2029, 3, 1);
    /// assert!(halal.is_valid_on(NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()));
    /// ```
    pub fn new(kind: CertificateKind) -> Self {
        Certification {
            kind,
            number: None,
            issued: None,
            expires: None,
            products: Vec::new(),
        }
    }

    /// Valid on a date: issued on or before it (if the issue date is known) and not expired.
    pub fn is_valid_on(&self, date: NaiveDate) -> bool {
        self.issued.is_none_or(|i| i <= date) && self.expires.is_none_or(|e| date <= e)
    }
}

/// Where the enterprise sells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SalesChannel {
    /// Traditional market (pasar).
    TraditionalMarket,
    /// Own shop or outlet.
    OwnShop,
    /// Resellers and agents.
    Reseller,
    /// Modern retail (minimarket and supermarket chains).
    ModernRetail,
    /// Online marketplace.
    Marketplace,
    /// Social media selling.
    SocialMedia,
    /// Own website.
    Website,
    /// Export through a trader or aggregator.
    ExportIndirect,
    /// Export in its own name.
    ExportDirect,
}

/// Certificate-of-origin (SKA, Surat Keterangan Asal) form used for a shipment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SkaForm {
    /// Non-preferential Form B.
    FormB,
    /// ATIGA (ASEAN).
    FormD,
    /// ACFTA (China).
    FormE,
    /// AKFTA (Korea).
    FormAk,
    /// AJCEP (ASEAN–Japan).
    FormAj,
    /// IJEPA (Indonesia–Japan).
    Ijepa,
    /// AIFTA (India).
    FormAi,
    /// AANZFTA (Australia, New Zealand).
    FormAanz,
    /// IA-CEPA (Australia).
    IaCepa,
    /// RCEP.
    Rcep,
    /// IK-CEPA (Korea).
    IkCepa,
    /// IUAE-CEPA (United Arab Emirates).
    IuaeCepa,
    /// IC-CEPA (Chile), from 10 August 2019.
    IcCepa,
    /// IP-PTA (Pakistan), from September 2013.
    IpPta,
    /// AHKFTA (Hong Kong), for Indonesia from 4 July 2020.
    Ahkfta,
    /// IE-CEPA (Switzerland, Norway, Iceland, Liechtenstein), from 1 November 2021: an origin
    /// declaration made out by the exporter.
    IeCepa,
    /// IM-PTA (Mozambique), from 6 June 2022.
    ImPta,
}

/// One export shipment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Shipment {
    /// Date of export (PEB or bill of lading).
    pub date: NaiveDate,
    /// Destination country, ISO 3166-1 alpha-2 (`JP`, `AU`, `NZ`).
    pub destination: String,
    /// HS code of the goods.
    #[serde(default)]
    pub hs_code: Option<String>,
    /// FOB value.
    pub value: Money,
    /// SKA form issued for it, if any.
    #[serde(default)]
    pub ska_form: Option<SkaForm>,
    /// Sent through a trader rather than in the enterprise's own name.
    #[serde(default)]
    pub indirect: bool,
}

impl Shipment {
    /// A direct shipment on a date to a destination (ISO 3166-1 alpha-2) at an FOB value,
    /// without HS code or SKA form recorded.
    ///
    /// ```
    /// use umkm::record::enterprise::Shipment;
    /// use umkm::{Money, NaiveDate};
    /// let mut s = Shipment::new(NaiveDate::from_ymd_opt(2025, 11, 17).unwrap(), "AU", Money::idr(48_000_000));
    /// s.hs_code = Some("1605.54".into());
    /// assert!(!s.indirect);
    /// ```
    pub fn new(date: NaiveDate, destination: impl Into<String>, value: Money) -> Self {
        Shipment {
            date,
            destination: destination.into(),
            hs_code: None,
            value,
            ska_form: None,
            indirect: false,
        }
    }
}

/// Bookkeeping practice, ordered from none to financial statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Bookkeeping {
    /// No records.
    None,
    /// Simple cash records.
    Simple,
    /// Financial statements (SAK EMKM or better).
    Standard,
}

/// Management and finance facts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Management {
    /// Bookkeeping practice.
    #[serde(default)]
    pub bookkeeping: Option<Bookkeeping>,
    /// Has a bank account in the business's name.
    #[serde(default)]
    pub business_bank_account: Option<bool>,
    /// Working capital available.
    #[serde(default)]
    pub working_capital: Option<Money>,
    /// Staff able to handle export documents and English correspondence.
    #[serde(default)]
    pub export_skilled_staff: Option<u32>,
    /// Has access to credit (KUR or a bank loan).
    #[serde(default)]
    pub credit_access: Option<bool>,
}

/// Incoterms 2020 rule a price can be quoted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Incoterm {
    /// Ex works.
    Exw,
    /// Free carrier.
    Fca,
    /// Free alongside ship.
    Fas,
    /// Free on board.
    Fob,
    /// Cost and freight.
    Cfr,
    /// Cost, insurance and freight.
    Cif,
    /// Carriage paid to.
    Cpt,
    /// Carriage and insurance paid to.
    Cip,
    /// Delivered at place.
    Dap,
    /// Delivered at place unloaded.
    Dpu,
    /// Delivered duty paid.
    Ddp,
}

impl Incoterm {
    /// The export quotations buyers ask an Indonesian seller for: FOB, CFR, CIF (sea) and
    /// FCA, CPT, CIP (any mode). EXW leaves export clearance to the buyer and the D rules
    /// need import clearance abroad, so neither shows the seller can export.
    pub fn is_export_quotation(self) -> bool {
        matches!(
            self,
            Incoterm::Fob
                | Incoterm::Cfr
                | Incoterm::Cif
                | Incoterm::Fca
                | Incoterm::Cpt
                | Incoterm::Cip
        )
    }
}

/// Marketing facts used by the export-readiness assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Marketing {
    /// Trade fairs (domestic or abroad) attended as an exhibitor.
    #[serde(default)]
    pub trade_fairs: Option<u32>,
    /// Incoterms the enterprise can quote prices in.
    #[serde(default)]
    pub incoterms: Vec<Incoterm>,
    /// Foreign buyers in contact (enquiries, samples sent).
    #[serde(default)]
    pub buyer_contacts: Option<u32>,
}

/// Annual sales of one calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnnualSales {
    /// Calendar year.
    pub year: i32,
    /// Sales (hasil penjualan) in that year.
    pub amount: Money,
}

/// An enterprise record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Enterprise {
    /// Business name.
    pub name: String,
    /// NIB from OSS.
    #[serde(default)]
    pub nib: Option<String>,
    /// NPWP (15 or 16 digits; a NIK for individuals).
    #[serde(default)]
    pub npwp: Option<String>,
    /// Legal form.
    #[serde(default)]
    pub legal_form: Option<LegalForm>,
    /// KBLI codes of its activities: KBLI 2025, or KBLI 2020 for a NIB issued before OSS moved
    /// to KBLI 2025 (a code of either edition is accepted).
    #[serde(default)]
    pub kbli: Vec<String>,
    /// Kemendagri region code of the premises (regency/city or finer).
    #[serde(default)]
    pub region: Option<String>,
    /// Founding date.
    #[serde(default)]
    pub founded: Option<NaiveDate>,
    /// Workers, owner included.
    #[serde(default)]
    pub workers: Option<u32>,
    /// Business capital (modal usaha) without land and buildings.
    #[serde(default)]
    pub business_capital: Option<Money>,
    /// Investment value without land and buildings (for the IKM class).
    #[serde(default)]
    pub investment_value: Option<Money>,
    /// Size class declared at registration (printed on the NIB).
    #[serde(default)]
    pub declared_size: Option<SizeClass>,
    /// Annual sales by year.
    #[serde(default)]
    pub annual_sales: Vec<AnnualSales>,
    /// Products.
    #[serde(default)]
    pub products: Vec<Product>,
    /// Certificates and licences.
    #[serde(default)]
    pub certifications: Vec<Certification>,
    /// Sales channels.
    #[serde(default)]
    pub sales_channels: Vec<SalesChannel>,
    /// Retail partners (Alfamidi, Indomaret, ...).
    #[serde(default)]
    pub retail_partners: Vec<String>,
    /// Export shipments.
    #[serde(default)]
    pub shipments: Vec<Shipment>,
    /// Management and finance.
    #[serde(default)]
    pub management: Management,
    /// Marketing: trade fairs, export quotations, buyer contacts.
    #[serde(default)]
    pub marketing: Marketing,
}

/// A record could not be read from JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{message} at {path}")]
#[non_exhaustive]
pub struct RecordError {
    /// JSON pointer to where reading stopped (`/products/0/unit`), `""` for the whole document.
    pub path: String,
    /// What was wrong, in English as serde_json words it, e.g. an unknown variant or field.
    pub message: String,
    /// The same in Indonesian.
    pub message_id: String,
}

crate::text::coded_error!(RecordError);

impl RecordError {
    /// Stable code.
    pub const CODE: &'static str = "record.json";

    /// Stable code: [`RecordError::CODE`], or the code of the limit a record broke.
    pub fn code(&self) -> &'static str {
        RecordError::CODE
    }

    /// What was wrong, in Indonesian and English (without the path).
    pub fn message(&self) -> crate::text::Message {
        crate::text::Message::new(self.message_id.clone(), self.message.clone())
    }

    /// A limit a record broke, at its path.
    fn of_issue(issue: crate::record::issue::Issue) -> Self {
        RecordError {
            path: issue.path,
            message: issue.message_en.into(),
            message_id: issue.message_id.into(),
        }
    }

    /// A value that could not be read, at its path.
    fn of_read(e: crate::json::reader::ReadError) -> Self {
        let m = e.problem.message();
        RecordError {
            path: e.path,
            message: m.en.into(),
            message_id: m.id.into(),
        }
    }
}

impl Enterprise {
    /// A record with just a name; fill the rest by field.
    pub fn new(name: impl Into<String>) -> Self {
        Enterprise {
            name: name.into(),
            nib: None,
            npwp: None,
            legal_form: None,
            kbli: Vec::new(),
            region: None,
            founded: None,
            workers: None,
            business_capital: None,
            investment_value: None,
            declared_size: None,
            annual_sales: Vec::new(),
            products: Vec::new(),
            certifications: Vec::new(),
            sales_channels: Vec::new(),
            retail_partners: Vec::new(),
            shipments: Vec::new(),
            management: Management::default(),
            marketing: Marketing::default(),
        }
    }

    /// Reads a record from a JSON value a service already holds (a request body parsed once, a
    /// job's payload), with the checks [`Enterprise::from_json`] and the facade apply: the
    /// shape limits of [`crate::limits`] (nesting, list lengths, text sizes), the record's
    /// fields with the JSON pointer of what failed, then the record limits. Reading an
    /// `Enterprise` with plain serde (`serde_json::from_value`) skips all three.
    ///
    /// ```
    /// use umkm::Enterprise;
    /// use serde_json::json;
    ///
    /// let record = Enterprise::from_value(&json!({"name": "Keripik Bu Sri"})).unwrap();
    /// assert_eq!(record.name, "Keripik Bu Sri");
    /// let e = Enterprise::from_value(&json!({"name": "Bu Sri", "products": [{"name": 3}]})).unwrap_err();
    /// assert_eq!(e.path, "/products/0/name");
    /// ```
    ///
    /// # Errors
    ///
    /// A [`RecordError`] with the JSON pointer where reading stopped and what was wrong: a
    /// value past a limit (too deep, a list or text too long), a missing `name`, an unknown
    /// field, a value of the wrong type or an unknown enum word, an amount given as a float.
    pub fn from_value(value: &serde_json::Value) -> Result<Enterprise, RecordError> {
        // A record is read as the facade reads a record argument: one level down.
        crate::limits::check_value_at(value, 2).map_err(RecordError::of_issue)?;
        Self::from_document(value)
    }

    /// The record in a parsed document, then the record limits: what `from_json` and
    /// `from_value` do after their own first checks.
    fn from_document(doc: &serde_json::Value) -> Result<Enterprise, RecordError> {
        let record: Enterprise = crate::json::reader::read(doc).map_err(RecordError::of_read)?;
        match record_issues(&record).into_iter().next() {
            Some(issue) => Err(RecordError::of_issue(issue)),
            None => Ok(record),
        }
    }

    /// Reads a record from JSON; the error names the JSON pointer where reading failed. A
    /// record past the limits of [`crate::limits`] (1 MiB of JSON, fields of 1,000
    /// characters, bounded lists) is refused.
    ///
    /// # Errors
    ///
    /// A [`RecordError`] (`record.json`) with the JSON pointer where reading stopped: text that
    /// is not JSON, a key twice, a value past a limit, a missing `name`, an unknown field, a
    /// value of the wrong type or an unknown word, an amount given as a float.
    pub fn from_json(json: &str) -> Result<Enterprise, RecordError> {
        crate::limits::check_json_size(
            json.len(),
            crate::limits::MAX_RECORD_BYTES,
            "limit.record_size",
        )
        .map_err(RecordError::of_issue)?;
        // Syntax first (its message says the line and column), then the record's shape (its
        // message says the JSON pointer).
        let doc: serde_json::Value = crate::json::reader::parse(json).map_err(|e| RecordError {
            path: e.path().to_string(),
            message: e.detail().en.into(),
            message_id: e.detail().id.into(),
        })?;
        Self::from_document(&doc)
    }

    /// Writes the record as JSON (every field, canonical order).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Sales of the year that measures size on `as_of`: the latest year before `as_of`'s year
    /// (a complete year); failing that, the figure for `as_of`'s own year. `None` if neither.
    pub fn sales_for_size(&self, as_of: NaiveDate) -> Option<&AnnualSales> {
        let year = as_of.year();
        self.annual_sales
            .iter()
            .filter(|s| s.year < year)
            .max_by_key(|s| s.year)
            .or_else(|| self.annual_sales.iter().find(|s| s.year == year))
    }

    /// The [`SizeInput`] this record gives on `as_of` (capital and the sales of
    /// [`Enterprise::sales_for_size`]), for [`crate::classify::size::classify_size`].
    pub fn size_input(&self, as_of: NaiveDate) -> SizeInput {
        SizeInput {
            business_capital: self.business_capital,
            annual_sales: self.sales_for_size(as_of).map(|s| s.amount),
            purpose: Default::default(),
        }
    }
}

/// Every limit of [`crate::limits`] a record breaks (text fields, lists), with its path: what
/// [`Enterprise::from_json`] and the facade refuse a record for, and what
/// [`crate::validate()`] reports for a record built in Rust.
pub fn record_issues(e: &Enterprise) -> Vec<crate::record::issue::Issue> {
    use crate::limits::{check_field as text, check_record_list as list};
    let mut out = Vec::new();
    text(&mut out, || "/name".into(), Some(&e.name));
    for (field, value) in [("nib", &e.nib), ("npwp", &e.npwp), ("region", &e.region)] {
        text(&mut out, || format!("/{field}"), value.as_deref());
    }
    list(&mut out, || "/kbli".into(), "kbli", e.kbli.len());
    for (i, k) in e.kbli.iter().enumerate() {
        text(&mut out, || format!("/kbli/{i}"), Some(k));
    }
    list(
        &mut out,
        || "/annual_sales".into(),
        "annual_sales",
        e.annual_sales.len(),
    );
    list(
        &mut out,
        || "/products".into(),
        "products",
        e.products.len(),
    );
    for (i, p) in e.products.iter().enumerate() {
        text(&mut out, || format!("/products/{i}/name"), Some(&p.name));
        text(
            &mut out,
            || format!("/products/{i}/hs_code"),
            p.hs_code.as_deref(),
        );
        list(
            &mut out,
            || format!("/products/{i}/label_languages"),
            "label_languages",
            p.label_languages.len(),
        );
    }
    list(
        &mut out,
        || "/certifications".into(),
        "certifications",
        e.certifications.len(),
    );
    for (i, c) in e.certifications.iter().enumerate() {
        text(
            &mut out,
            || format!("/certifications/{i}/number"),
            c.number.as_deref(),
        );
        list(
            &mut out,
            || format!("/certifications/{i}/products"),
            "products",
            c.products.len(),
        );
    }
    list(
        &mut out,
        || "/sales_channels".into(),
        "sales_channels",
        e.sales_channels.len(),
    );
    list(
        &mut out,
        || "/retail_partners".into(),
        "retail_partners",
        e.retail_partners.len(),
    );
    for (i, r) in e.retail_partners.iter().enumerate() {
        text(&mut out, || format!("/retail_partners/{i}"), Some(r));
    }
    list(
        &mut out,
        || "/shipments".into(),
        "shipments",
        e.shipments.len(),
    );
    for (i, s) in e.shipments.iter().enumerate() {
        text(
            &mut out,
            || format!("/shipments/{i}/destination"),
            Some(&s.destination),
        );
        text(
            &mut out,
            || format!("/shipments/{i}/hs_code"),
            s.hs_code.as_deref(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_value_reads_as_from_json_and_holds_the_limits() {
        use serde_json::json;
        let text = r#"{"name": "Duo Ayu Sehati", "region": "19.71", "products":
            [{"name": "Ikan asin", "category": "processed_seafood", "unit": "kg"}]}"#;
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            Enterprise::from_value(&value).unwrap(),
            Enterprise::from_json(text).unwrap()
        );
        // A text field past 1,000 characters, at its path, as from_json refuses it.
        let long = "x".repeat(crate::limits::MAX_FIELD_CHARS + 1);
        let e = Enterprise::from_value(&json!({ "name": long })).unwrap_err();
        let f = Enterprise::from_json(&json!({ "name": long }).to_string()).unwrap_err();
        assert_eq!((e.path.as_str(), &e.message), ("/name", &f.message));
        // Nesting past the limit is refused before anything is read.
        let mut deep = json!(1);
        for _ in 0..crate::limits::MAX_DEPTH + 2 {
            deep = json!([deep]);
        }
        let e = Enterprise::from_value(&json!({ "name": "Bu Sri", "products": deep })).unwrap_err();
        assert!(e.path.starts_with("/products"), "{e:?}");
        // The shape first, as the facade: a wrong type names its place.
        let e = Enterprise::from_value(&json!({"name": ["Bu Sri"]})).unwrap_err();
        assert_eq!(e.path, "/name");
    }

    #[test]
    fn minimal_record_reads_and_writes_canonically() {
        let e = Enterprise::from_json(r#"{"name":"Duo Ayu Sehati"}"#).unwrap();
        assert_eq!(e, Enterprise::new("Duo Ayu Sehati"));
        let json = e.to_json();
        assert!(
            json.contains(r#""nib":null"#) && json.contains(r#""products":[]"#),
            "{json}"
        );
        assert_eq!(Enterprise::from_json(&json).unwrap(), e);
    }

    #[test]
    fn errors_point_at_the_field() {
        let err = Enterprise::from_json(
            r#"{"name":"X","products":[{"name":"a","category":"food","unit":"piece"}]}"#,
        )
        .unwrap_err();
        assert_eq!(err.path, "/products/0/category");
        assert!(err.message.contains("unknown variant"), "{}", err.message);
        let err = Enterprise::from_json(r#"{"name":"X","nama":"Y"}"#).unwrap_err();
        assert!(
            err.message.contains("unknown field `nama`"),
            "{}",
            err.message
        );
        let err = Enterprise::from_json(
            r#"{"name":"X","business_capital":{"amount":1.5,"currency":"IDR"}}"#,
        )
        .unwrap_err();
        assert_eq!(err.path, "/business_capital/amount");
        let err = Enterprise::from_json(r#"{"name":"X"} trailing"#).unwrap_err();
        assert_eq!(err.path, "");
        let err = Enterprise::from_json(r#"{"founded":"2024-02-30","name":"X"}"#).unwrap_err();
        assert_eq!(err.path, "/founded");
    }

    #[test]
    fn sales_year_for_size() {
        let mut e = Enterprise::new("x");
        let as_of = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        assert!(e.sales_for_size(as_of).is_none());
        e.annual_sales.push(AnnualSales {
            year: 2025,
            amount: Money::idr(10),
        });
        assert_eq!(e.sales_for_size(as_of).unwrap().year, 2025);
        e.annual_sales.push(AnnualSales {
            year: 2023,
            amount: Money::idr(20),
        });
        e.annual_sales.push(AnnualSales {
            year: 2024,
            amount: Money::idr(30),
        });
        assert_eq!(e.sales_for_size(as_of).unwrap().amount, Money::idr(30));
    }

    #[test]
    fn certificate_validity_on_a_date() {
        let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
        let c = Certification {
            kind: CertificateKind::Halal,
            number: None,
            issued: Some(d(1, 10)),
            expires: Some(d(6, 30)),
            products: vec![],
        };
        assert!(!c.is_valid_on(d(1, 9)));
        assert!(c.is_valid_on(d(1, 10)));
        assert!(c.is_valid_on(d(6, 30)));
        assert!(!c.is_valid_on(d(7, 1)));
    }
}
