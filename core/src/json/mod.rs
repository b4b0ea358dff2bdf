//! Reading JSON input: values into typed records with the path of what failed, and the serde
//! names of enum variants. Private: the public ways in are `Enterprise::from_json` and
//! [`crate::api`].

pub(crate) mod problem;
pub(crate) mod reader;
pub(crate) mod variant;
