//! Scans the generated corpus once per pass on one thread and prints MB/s:
//! `cargo run --release --example scan_speed -- [all|names|no-names|ids] [MB] [passes]`.
//! For profiling (`perf record`); the benchmark of record is `cargo bench`.

use depersonalize::rules::Category;
use depersonalize::{CategoryFilter, Engine, RuleSet};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let which = args.get(1).map_or("all", String::as_str);
    let mb: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(16);
    let passes: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(3);
    let filter = match which {
        "names" => CategoryFilter::only(&[Category::Name]),
        "no-names" => CategoryFilter::default().except(&[Category::Name]),
        "addresses" => {
            CategoryFilter::only(&[Category::Address, Category::BirthDate, Category::BirthPlace])
        }
        "ids" => CategoryFilter::default().except(&[
            Category::Name,
            Category::Address,
            Category::BirthDate,
            Category::BirthPlace,
        ]),
        _ => CategoryFilter::default(),
    };
    let docs = depersonalize::synth::corpus(42, mb << 20);
    let bytes: usize = docs.iter().map(String::len).sum();
    let engine = Engine::new(RuleSet::builtin().expect("rules"), filter).expect("compile");
    let mut scratch = engine.scratch();
    let mut findings = Vec::new();
    for _ in 0..passes {
        let t = std::time::Instant::now();
        let n = scan_all(&engine, &docs, &mut scratch, &mut findings);
        let s = t.elapsed().as_secs_f64();
        println!("{which}: {:.1} MB/s ({n} findings)", bytes as f64 / s / 1e6);
    }
}

/// Scans every document (kept out of line for `valgrind --toggle-collect=*scan_all*`).
#[inline(never)]
fn scan_all(
    engine: &Engine,
    docs: &[String],
    scratch: &mut depersonalize::engine::Scratch,
    findings: &mut Vec<depersonalize::engine::Finding>,
) -> usize {
    let mut n = 0;
    for d in docs {
        scratch.new_document();
        engine.scan(d, scratch, findings);
        n += findings.len();
    }
    n
}
