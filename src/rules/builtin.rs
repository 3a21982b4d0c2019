//! The default rule packs, built into the binary with `include_str!` (cargo
//! tracks every file, no build script needed).

/// `(file name, source)` of every built-in pack, in load order.
pub const BUILTIN: &[(&str, &str)] = &[
    ("ids.yaml", include_str!("../../rules/ids.yaml")),
    ("contact.yaml", include_str!("../../rules/contact.yaml")),
    ("financial.yaml", include_str!("../../rules/financial.yaml")),
    ("assets.yaml", include_str!("../../rules/assets.yaml")),
    ("addresses.yaml", include_str!("../../rules/addresses.yaml")),
    ("names.yaml", include_str!("../../rules/names.yaml")),
    (
        "dictionaries.yaml",
        include_str!("../../rules/dictionaries.yaml"),
    ),
    ("world.yaml", include_str!("../../rules/world.yaml")),
];

#[cfg(test)]
mod tests {
    use super::BUILTIN;

    #[test]
    fn builtin_lists_every_pack_in_rules_dir() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".yaml"))
            .collect();
        on_disk.sort();
        let mut built: Vec<String> = BUILTIN.iter().map(|(n, _)| n.to_string()).collect();
        built.sort();
        assert_eq!(built, on_disk);
    }
}
