//! JSON Lines and CSV datasets, record by record (being written).
