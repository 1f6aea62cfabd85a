//! How long `marke check` takes on the real content and on synthetic corpora 10× and 100×
//! its size. Check time must grow linearly with the content.
//!
//! Run: `cargo bench --bench check`. The figures are quoted in README.md.

// Benchmarks may unwrap their setup: a panic is the message (Cargo.toml [lints]).
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn check(dir: &Path) -> usize {
    let marke::model::Checked { model, report } =
        marke::model::Model::load(dir, marke::model::Date::today());
    let report = marke::check::run(&model, report, &Default::default());
    model.len() + report.errors
}

fn bench(c: &mut Criterion) {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let model = marke::model::Model::load(&real, marke::model::Date::today()).model;
    let mut group = c.benchmark_group("check");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    group.throughput(Throughput::Elements(model.len() as u64));
    group.bench_with_input(BenchmarkId::from_parameter("1x"), &real, |b, dir| {
        b.iter(|| check(dir))
    });
    for copies in [10, 100] {
        let tmp = tempfile::tempdir().expect("tempdir");
        let n = marke::synthetic::write_corpus(&model, tmp.path(), copies).expect("corpus");
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{copies}x")),
            tmp.path(),
            |b, dir| b.iter(|| check(dir)),
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
