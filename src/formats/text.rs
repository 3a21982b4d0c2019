//! Text documents (being written).

use super::{Document, Edit, FormatError, Location};

/// A text document read for scanning.
pub struct TextDoc {
    text: String,
}

/// Reads a text file.
///
/// # Errors
/// Not yet implemented.
pub fn read(_bytes: Vec<u8>) -> Result<TextDoc, FormatError> {
    Err(FormatError::new("not implemented"))
}

impl Document for TextDoc {
    fn text(&self) -> &str {
        &self.text
    }

    fn write(&self, edits: &[Edit]) -> Result<Vec<u8>, FormatError> {
        super::apply_edits(&self.text, edits).map(String::into_bytes)
    }

    fn locate(&self, _offset: usize) -> Location {
        Location::default()
    }
}
