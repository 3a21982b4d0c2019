//! Throughput of the engine on a generated corpus of invented judgments
//! (`depersonalize::synth`), in MB/s: `cargo bench --bench scan`.
//! One thread: each benchmark scans documents one after another.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use depersonalize::rules::Category;
use depersonalize::{CategoryFilter, Engine, RuleSet};

/// About 16 MB of judgments, generated once.
fn corpus() -> Vec<String> {
    depersonalize::synth::corpus(42, 16 << 20)
}

fn engine(filter: CategoryFilter) -> Engine {
    Engine::new(RuleSet::builtin().expect("built-in rules"), filter).expect("compile")
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let identifiers = CategoryFilter::default().except(&[
        Category::Name,
        Category::Address,
        Category::BirthDate,
        Category::BirthPlace,
    ]);
    let no_names = CategoryFilter::default().except(&[Category::Name]);
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    let names = CategoryFilter::only(&[Category::Name]);
    for (name, filter) in [
        ("identifiers", identifiers),
        ("names-only", names),
        ("all-but-names", no_names),
        ("all", CategoryFilter::default()),
    ] {
        let engine = engine(filter);
        let mut scratch = engine.scratch();
        let mut findings = Vec::new();
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut n = 0;
                for d in &docs {
                    scratch.new_document();
                    engine.scan(d, &mut scratch, &mut findings);
                    n += findings.len();
                }
                n
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
