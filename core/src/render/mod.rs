//! Pictures and tables for people, as self-contained SVG and HTML in Indonesian or English:
//! the readiness report and the export ranking ([`report`]) and the charts a regional office
//! puts in its reports ([`chart`]). Every text is escaped; nothing is fetched.

pub mod chart;
pub mod report;

pub use report::{escape, DateStyle, HtmlOptions, STYLESHEET};
