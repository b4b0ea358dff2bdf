//! Every sentence the readiness engine writes into a report, in Indonesian and English, in one
//! place: the checks ([`super::checks`]) and the plan say *which* sentence applies and with what
//! figures, this catalogue says *how* it reads. What a rule set says (a rule's `unmet` and
//! `action`, a certificate's name and note, a market's notes) stays in the rule set.
//!
//! A sentence never repeats an identifier's number: an NPWP of 16 digits is a NIK, personal
//! data (UU 27/2022), and a report is shown, printed and saved.

use super::terms::snake_name;
use crate::money::{Currency, Money};
use crate::record::enterprise::Bookkeeping;
use crate::text::{text, Lang, Message};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// "<what> tidak tercatat." / "<what> not recorded.", written at compile time.
macro_rules! not_recorded {
    ($id:literal, $en:literal $(,)?) => {
        Message::fixed(
            concat!($id, " tidak tercatat."),
            concat!($en, " not recorded."),
        )
    };
}

/// What a record may leave out, each with its "not recorded" sentence.
pub(crate) mod missing {
    use crate::text::Message;

    /// NIB.
    pub(crate) const NIB: Message = not_recorded!("NIB", "NIB");
    /// NPWP.
    pub(crate) const NPWP: Message = not_recorded!("NPWP", "NPWP");
    /// Legal form.
    pub(crate) const LEGAL_FORM: Message = not_recorded!("Bentuk usaha", "Legal form");
    /// Business bank account.
    pub(crate) const BANK_ACCOUNT: Message =
        not_recorded!("Rekening bank usaha", "Business bank account");
    /// Export packaging.
    pub(crate) const EXPORT_PACKAGING: Message =
        not_recorded!("Kelayakan kemasan ekspor", "Export packaging");
    /// Quality control.
    pub(crate) const QUALITY_CONTROL: Message =
        not_recorded!("Pengendalian mutu", "Quality control");
    /// Daily capacity.
    pub(crate) const DAILY_CAPACITY: Message = not_recorded!("Kapasitas harian", "Daily capacity");
    /// The buyer's first order.
    pub(crate) const FIRST_ORDER: Message = not_recorded!(
        "Besar pesanan pertama pembeli",
        "The buyer's first-order quantity",
    );
    /// Raw-material supply.
    pub(crate) const RAW_MATERIAL: Message =
        not_recorded!("Pasokan bahan baku", "Raw-material supply");
    /// Trade fairs.
    pub(crate) const TRADE_FAIRS: Message = not_recorded!("Pameran dagang", "Trade fairs");
    /// Incoterms.
    pub(crate) const INCOTERMS: Message = not_recorded!("Incoterms", "Incoterms");
    /// Bookkeeping.
    pub(crate) const BOOKKEEPING: Message = not_recorded!("Pembukuan", "Bookkeeping");
    /// Working capital.
    pub(crate) const WORKING_CAPITAL: Message = not_recorded!("Modal kerja", "Working capital");
    /// Credit access.
    pub(crate) const CREDIT: Message = not_recorded!("Akses pembiayaan", "Credit access");
    /// Export-skilled staff.
    pub(crate) const EXPORT_STAFF: Message = not_recorded!("Staf ekspor", "Export-skilled staff");
    /// Buyer contacts.
    pub(crate) const BUYER_CONTACTS: Message = not_recorded!("Kontak pembeli", "Buyer contacts");
}

// Certificates.

/// A market without recommended certificates for the category.
pub(crate) const NO_RECOMMENDED_CERTIFICATE: Message = Message::fixed(
    "Pasar ini tidak menganjurkan sertifikat tambahan untuk kategori produk ini.",
    "This market recommends no further certificate for this product category.",
);
/// A market without required certificates for the category.
pub(crate) const NO_REQUIRED_CERTIFICATE: Message = Message::fixed(
    "Pasar ini tidak mensyaratkan sertifikat untuk kategori produk ini.",
    "This market requires no certificate for this product category.",
);

/// Certificate names held and missing, joined per language.
pub(crate) struct Names {
    /// Indonesian names, comma separated.
    pub(crate) id: String,
    /// English names, comma separated.
    pub(crate) en: String,
}

/// "2 of 3 certificates valid on <date>: A, B. Missing or expired: C."
pub(crate) fn certificates_valid(
    held: usize,
    of: usize,
    as_of: NaiveDate,
    held_names: &Names,
    missing_names: &Names,
) -> Message {
    let colon = if held == 0 { "" } else { ": " };
    let mut id = text!(
        held,
        " dari ",
        of,
        " sertifikat berlaku pada ",
        as_of,
        colon,
        held_names.id,
        "."
    );
    let mut en = text!(
        held,
        " of ",
        of,
        " certificates valid on ",
        as_of,
        colon,
        held_names.en,
        "."
    );
    if !missing_names.id.is_empty() {
        id.push_str(&text!(" Belum ada/berlaku: ", missing_names.id, "."));
        en.push_str(&text!(" Missing or expired: ", missing_names.en, "."));
    }
    Message::new(id, en)
}

/// A certificate that expired before the date of the assessment.
pub(crate) fn certificate_expired(name: &Message, expired: NaiveDate) -> Message {
    Message::new(
        text!(name.id, " kedaluwarsa sejak ", expired, "."),
        text!(name.en, " expired on ", expired, "."),
    )
}

/// A certificate never held.
pub(crate) fn certificate_missing(name: &Message) -> Message {
    Message::new(
        text!(name.id, " belum dimiliki."),
        text!("No ", name.en, "."),
    )
}

/// A sentence followed by a rule set's note.
pub(crate) fn with_note(message: Message, note: &Message) -> Message {
    Message::new(
        text!(message.id, " ", note.id),
        text!(message.en, " ", note.en),
    )
}

/// The action that closes a certificate gap.
pub(crate) fn obtain(certificate: &Message, agency: &Message) -> Message {
    Message::new(
        text!("Urus ", certificate.id, " di ", agency.id, "."),
        text!("Obtain the ", certificate.en, " from ", agency.en, "."),
    )
}

/// "Quality system shown by a valid <certificate>."
pub(crate) fn quality_system(certificate: &Message) -> Message {
    Message::new(
        text!(
            "Sistem mutu ditunjukkan oleh ",
            certificate.id,
            " yang berlaku."
        ),
        text!("Quality system shown by a valid ", certificate.en, "."),
    )
}

// Legality.

/// A recorded identifier that is valid (the number is not repeated).
pub(crate) fn identifier_valid(label: &str) -> Message {
    Message::new(text!(label, " sah."), text!(label, " is valid."))
}

/// A recorded identifier that is invalid: its shown form (never the number of a person) and
/// the error code.
pub(crate) fn identifier_invalid(label: &str, shown: &str, code: &str) -> Message {
    Message::new(
        format!("{label} {shown:?} tidak sah ({code})."),
        format!("{label} {shown:?} is invalid ({code})."),
    )
}

/// The legal form, and whether it is an entity (badan usaha).
pub(crate) fn legal_form(name: &str, entity: bool) -> Message {
    if entity {
        Message::new(
            text!("Bentuk usaha ", name, ": badan usaha."),
            text!("Legal form ", name, ": an entity."),
        )
    } else {
        Message::new(
            text!("Bentuk usaha ", name, ": bukan badan usaha."),
            text!("Legal form ", name, ": not an entity."),
        )
    }
}

/// Business bank account held.
pub(crate) const BANK_ACCOUNT: Message =
    Message::fixed("Rekening bank usaha ada.", "Business bank account held.");
/// No business bank account.
pub(crate) const NO_BANK_ACCOUNT: Message = Message::fixed(
    "Tidak ada rekening bank usaha.",
    "No business bank account.",
);

// Product.

/// The market sets no label language for the category.
pub(crate) const LABEL_NOT_ASKED: Message = Message::fixed(
    "Pasar ini tidak mensyaratkan bahasa label untuk kategori ini.",
    "This market sets no label language for this category.",
);

/// The label's languages and the market's.
pub(crate) fn label_languages(have: &str, wanted: &str) -> Message {
    Message::new(
        text!("Bahasa label ", have, "; pasar meminta ", wanted, "."),
        text!(
            "Label languages ",
            have,
            "; the market asks for ",
            wanted,
            "."
        ),
    )
}

/// No label language recorded, and the market's.
pub(crate) fn label_languages_missing(wanted: &str) -> Message {
    Message::new(
        text!("Bahasa label tidak tercatat; pasar meminta ", wanted, "."),
        text!(
            "Label languages not recorded; the market asks for ",
            wanted,
            "."
        ),
    )
}

/// Export-grade packaging.
pub(crate) const EXPORT_PACKAGING: Message =
    Message::fixed("Kemasan layak ekspor.", "Export-grade packaging.");
/// Packaging not export grade.
pub(crate) const NO_EXPORT_PACKAGING: Message =
    Message::fixed("Kemasan belum layak ekspor.", "Packaging not export grade.");
/// A written quality-control procedure.
pub(crate) const QUALITY_PROCEDURE: Message = Message::fixed(
    "Prosedur pengendalian mutu tertulis ada.",
    "Written quality-control procedure in place.",
);
/// Neither a procedure nor a quality-system certificate.
pub(crate) const NO_QUALITY_SYSTEM: Message = Message::fixed(
    "Tidak ada prosedur mutu tertulis atau sertifikat sistem mutu.",
    "No written quality procedure or quality-system certificate.",
);

// Capacity.

/// Capacity times working days overflows.
pub(crate) const CAPACITY_TOO_LARGE: Message = Message::fixed(
    "Kapasitas terlalu besar untuk dihitung.",
    "Capacity too large to compute.",
);
/// A minimum daily capacity of zero.
pub(crate) const OUTPUT_NOT_CONTINUOUS: Message = Message::fixed(
    "Kapasitas minimum 0: produksi tidak kontinu.",
    "Minimum capacity 0: output is not continuous.",
);

/// The first order against what the maximum capacity makes in the working days.
pub(crate) struct FirstOrder<'a> {
    /// Units a day at most.
    pub(crate) per_day: Decimal,
    /// The unit's names, Indonesian and English.
    pub(crate) unit: (&'a str, &'a str),
    /// Working days allowed.
    pub(crate) days: u32,
    /// Units made in those days.
    pub(crate) made: Decimal,
    /// The buyer's first order.
    pub(crate) order: Decimal,
}

/// "<cap> pack/day × 20 working days = <made> pack ≥ the first order of <order> pack."
pub(crate) fn first_order(f: &FirstOrder) -> Message {
    let sign = if f.made >= f.order { "≥" } else { "<" };
    let (cap, made, order) = (
        f.per_day.normalize(),
        f.made.normalize(),
        f.order.normalize(),
    );
    let (id, en) = f.unit;
    Message::new(
        text!(
            cap,
            " ",
            id,
            "/hari × ",
            f.days,
            " hari kerja = ",
            made,
            " ",
            id,
            " ",
            sign,
            " pesanan pertama ",
            order,
            " ",
            id,
            "."
        ),
        text!(
            cap,
            " ",
            en,
            "/day × ",
            f.days,
            " working days = ",
            made,
            " ",
            en,
            " ",
            sign,
            " the first order of ",
            order,
            " ",
            en,
            "."
        ),
    )
}

/// The daily range and its max/min ratio against the limit.
pub(crate) fn stable_output(min: Decimal, max: Decimal, ratio: Decimal, limit: Decimal) -> Message {
    let (min, max, limit) = (min.normalize(), max.normalize(), limit.normalize());
    Message::new(
        text!(
            "Kapasitas ",
            min,
            "–",
            max,
            " per hari: maksimum/minimum ",
            ratio,
            " (batas ",
            limit,
            ")."
        ),
        text!(
            "Capacity ",
            min,
            "–",
            max,
            " a day: max/min ",
            ratio,
            " (limit ",
            limit,
            ")."
        ),
    )
}

/// Raw material secured.
pub(crate) const RAW_MATERIAL: Message =
    Message::fixed("Pasokan bahan baku terjamin.", "Raw material secured.");
/// Raw material not secured.
pub(crate) const NO_RAW_MATERIAL: Message = Message::fixed(
    "Pasokan bahan baku belum terjamin.",
    "Raw material not secured.",
);

// Market.

/// The modern-retail partners.
pub(crate) fn retail_partners(partners: &str) -> Message {
    Message::new(
        text!("Mitra ritel modern: ", partners, "."),
        text!("Modern-retail partners: ", partners, "."),
    )
}

/// Sells through modern retail (no partner named).
pub(crate) const MODERN_RETAIL: Message = Message::fixed(
    "Menjual lewat ritel modern.",
    "Sells through modern retail.",
);
/// No modern-retail channel.
pub(crate) const NO_MODERN_RETAIL: Message = Message::fixed(
    "Tidak ada saluran ritel modern.",
    "No modern-retail channel.",
);
/// Present online.
pub(crate) const ONLINE: Message = Message::fixed("Hadir secara daring.", "Present online.");
/// No online channel.
pub(crate) const NOT_ONLINE: Message =
    Message::fixed("Tidak ada saluran daring.", "No online channel.");

/// Trade fairs against the minimum.
pub(crate) fn trade_fairs(n: u32, min: u32) -> Message {
    Message::new(
        text!(n, " pameran dagang (minimal ", min, ")."),
        text!(n, " trade fairs (at least ", min, ")."),
    )
}

/// Quotes in export terms.
pub(crate) fn quotes_in(terms: &str) -> Message {
    Message::new(
        text!("Dapat menawar dalam ", terms, "."),
        text!("Quotes in ", terms, "."),
    )
}

/// Quotes only in terms that are no export quotation.
pub(crate) fn only_terms(terms: &str) -> Message {
    Message::new(
        text!("Hanya ", terms, ": bukan penawaran ekspor."),
        text!("Only ", terms, ": not an export quotation."),
    )
}

// Management.

/// The name of a bookkeeping level, Indonesian and English.
fn bookkeeping_name(b: Bookkeeping) -> (&'static str, &'static str) {
    match b {
        Bookkeeping::None => ("tidak ada", "none"),
        Bookkeeping::Simple => ("sederhana", "simple"),
        Bookkeeping::Standard => ("laporan keuangan", "financial statements"),
    }
}

/// The bookkeeping kept against the level asked.
pub(crate) fn bookkeeping(have: Bookkeeping, want: Bookkeeping) -> Message {
    let (have, want) = (bookkeeping_name(have), bookkeeping_name(want));
    Message::new(
        text!("Pembukuan: ", have.0, " (diminta minimal ", want.0, ")."),
        text!("Bookkeeping: ", have.1, " (at least ", want.1, " asked)."),
    )
}

/// Working capital recorded in another currency than the reference.
pub(crate) fn working_capital_currency(have: &Currency, reference: &Currency) -> Message {
    Message::new(
        text!("Modal kerja dalam ", have, ", acuan dalam ", reference, "."),
        text!(
            "Working capital in ",
            have,
            ", reference in ",
            reference,
            "."
        ),
    )
}

/// Working capital against the reference amount.
pub(crate) fn working_capital(have: &Money, min: &Money) -> Message {
    let sign = if have.amount >= min.amount {
        "≥"
    } else {
        "<"
    };
    Message::new(
        text!(
            "Modal kerja ",
            have.format(Lang::Id),
            " ",
            sign,
            " ",
            min.format(Lang::Id),
            "."
        ),
        text!(
            "Working capital ",
            have.format(Lang::En),
            " ",
            sign,
            " ",
            min.format(Lang::En),
            "."
        ),
    )
}

/// Has access to credit.
pub(crate) const CREDIT: Message = Message::fixed("Akses pembiayaan ada.", "Has access to credit.");
/// No access to credit.
pub(crate) const NO_CREDIT: Message =
    Message::fixed("Belum ada akses pembiayaan.", "No access to credit.");

/// Export-skilled staff against the minimum.
pub(crate) fn export_staff(n: u32, min: u32) -> Message {
    Message::new(
        text!(n, " staf terampil ekspor (minimal ", min, ")."),
        text!(n, " export-skilled staff (at least ", min, ")."),
    )
}

// Experience.

/// Shipments recorded up to the date.
pub(crate) fn exported(n: usize, as_of: NaiveDate) -> Message {
    Message::new(
        text!(n, " pengiriman ekspor tercatat sampai ", as_of, "."),
        text!(n, " export shipments recorded up to ", as_of, "."),
    )
}

/// No export recorded.
pub(crate) const NOT_EXPORTED: Message =
    Message::fixed("Belum ada ekspor tercatat.", "No export recorded.");

/// Shipments in the enterprise's own name.
pub(crate) fn exported_direct(n: usize) -> Message {
    Message::new(
        text!(n, " pengiriman atas nama sendiri."),
        text!(n, " shipments in its own name."),
    )
}

/// No export in its own name.
pub(crate) const NOT_EXPORTED_DIRECT: Message = Message::fixed(
    "Belum ada ekspor atas nama sendiri.",
    "No export in its own name.",
);

/// Shipments with a certificate of origin.
pub(crate) fn ska_issued(n: usize) -> Message {
    Message::new(
        text!(n, " pengiriman dengan SKA."),
        text!(n, " shipments with an SKA."),
    )
}

/// No SKA recorded.
pub(crate) const NO_SKA: Message = Message::fixed("Belum ada SKA tercatat.", "No SKA recorded.");

/// Buyer contacts and shipments.
pub(crate) fn buyer_contacts(contacts: u32, shipments: usize) -> Message {
    Message::new(
        text!(contacts, " kontak pembeli, ", shipments, " pengiriman."),
        text!(contacts, " buyer contacts, ", shipments, " shipments."),
    )
}

/// No buyer contact.
pub(crate) const NO_BUYER: Message =
    Message::fixed("Belum ada kontak pembeli.", "No buyer contact.");

// Plan and warnings.

/// The per-shipment step of a document.
pub(crate) fn per_shipment(document: &Message, agency: &Message) -> Message {
    Message::new(
        text!(
            "Setiap pengiriman: ajukan ",
            document.id,
            " ke ",
            agency.id,
            "."
        ),
        text!(
            "For each shipment: apply for the ",
            document.en,
            " at ",
            agency.en,
            "."
        ),
    )
}

/// No market profile for the destination.
pub(crate) fn generic_market(code: &str) -> Message {
    Message::new(
        text!(
            "Belum ada profil pasar untuk ",
            code,
            ": dinilai dengan profil umum."
        ),
        text!(
            "No market profile for ",
            code,
            ": assessed on the generic profile."
        ),
    )
}

/// A valid certificate that expires within the warning period.
pub(crate) fn expiring(certificate: &Message, expires: NaiveDate, days: i64) -> Message {
    Message::new(
        text!(
            certificate.id,
            " berakhir ",
            expires,
            " (",
            days,
            " hari lagi): perpanjang sebelum pengiriman."
        ),
        text!(
            certificate.en,
            " expires on ",
            expires,
            " (in ",
            days,
            " days): renew before shipping."
        ),
    )
}

/// The name of a certificate kind the rule set does not describe: its snake-case name.
pub(crate) fn unnamed<T: serde::Serialize>(kind: &T) -> Message {
    let name = snake_name(kind);
    Message::new(name, name)
}
