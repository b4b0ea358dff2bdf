//! Where a product goes: a country (ISO 3166-1 alpha-2) or the European Union (`EU`, one
//! market under one set of rules).

use super::error::ReadinessError;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A destination as the readiness model reads it: an ISO 3166-1 alpha-2 country code or `EU`,
/// upper case, checked against the embedded country list.
///
/// ```
/// use umkm::readiness::Destination;
/// let nz: Destination = " nz ".parse().unwrap();
/// assert_eq!(nz.as_str(), "NZ");
/// assert!("EU".parse::<Destination>().unwrap().is_eu());
/// let e = "Selandia Baru".parse::<Destination>().unwrap_err();
/// assert_eq!(e.code(), "readiness.unknown_country");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(into = "String")]
pub struct Destination(String);

/// Read as [`Destination::from_str`] reads text.
impl<'de> Deserialize<'de> for Destination {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Destination, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        text.parse()
            .map_err(|e: ReadinessError| crate::json::problem::said(e.message()))
    }
}

impl Destination {
    /// The code: `NZ`, `JP`, `EU`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The European Union as one market.
    pub fn is_eu(&self) -> bool {
        self.0 == "EU"
    }
}

impl FromStr for Destination {
    type Err = ReadinessError;

    /// A country code or `EU`, in any case, spaces around it ignored.
    ///
    /// # Errors
    ///
    /// `readiness.unknown_country` for anything else (shown as messages show input).
    fn from_str(text: &str) -> Result<Destination, ReadinessError> {
        let code = text.trim().to_ascii_uppercase();
        if code == "EU" || crate::reference::country::is_country(&code) {
            Ok(Destination(code))
        } else {
            Err(ReadinessError::UnknownCountry {
                destination: crate::text::privacy::shown(text),
            })
        }
    }
}

impl From<Destination> for String {
    fn from(d: Destination) -> String {
        d.0
    }
}

impl fmt::Display for Destination {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What [`assess`](super::assess) and [`origin_forms`](super::origin_forms) take as a
/// destination: a [`Destination`], or text that is read as one (`"NZ"`, `"eu"`). Sealed: the
/// crate decides what reads as a destination.
pub trait IntoDestination: sealed::Sealed {
    /// The destination, or `readiness.unknown_country`.
    ///
    /// # Errors
    ///
    /// As [`Destination::from_str`].
    fn into_destination(self) -> Result<Destination, ReadinessError>;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for crate::readiness::destination::Destination {}
    impl Sealed for &crate::readiness::destination::Destination {}
    impl Sealed for &str {}
    impl Sealed for String {}
    impl Sealed for &String {}
}

impl IntoDestination for Destination {
    fn into_destination(self) -> Result<Destination, ReadinessError> {
        Ok(self)
    }
}

impl IntoDestination for &Destination {
    fn into_destination(self) -> Result<Destination, ReadinessError> {
        Ok(self.clone())
    }
}

impl IntoDestination for &str {
    fn into_destination(self) -> Result<Destination, ReadinessError> {
        self.parse()
    }
}

impl IntoDestination for String {
    fn into_destination(self) -> Result<Destination, ReadinessError> {
        self.parse()
    }
}

impl IntoDestination for &String {
    fn into_destination(self) -> Result<Destination, ReadinessError> {
        self.parse()
    }
}
