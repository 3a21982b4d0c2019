//! Prints what the name detector knows of each capitalized word of stdin.
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    let engine = depersonalize::Engine::builtin();
    if let Some(n) = engine.names() {
        print!("{}", n.explain(&text));
    }
}
