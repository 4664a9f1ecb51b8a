//! Segmentation benchmarks: the seed article (real copy, if the shared data folder is
//! present) and a generated ~1 MB English article full of hard cases. Each bench checks
//! the number of segments before it measures anything, so a bench that splits wrongly
//! (or finds nothing) fails instead of reporting a fast time.
//!
//! Run: `cargo bench --bench segment`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use korpu::locale::Locale;
use korpu::segment::{DocFormat, Segmenter};

/// Sentences that are each exactly one segment, whatever sentence comes next.
const SENTENCES: &[&str] = &[
    "Mr. Mustafayev met Dr. Smith in Sochi.",
    "The dollar cost 1.7 manat, and the euro 1.8968.",
    "Rates are published at https://cbar.az/currencies every day.",
    "The U.S. State Department issued a statement.",
    "Wheat, cotton, tea, etc. are grown in the region.",
    "V. Putin and I. Aliyev signed the declaration.",
    "The meeting starts at 15.00 in Baku.",
    "He paused... and then read out the agreement.",
    "Who would have thought?!",
    "\"We will continue the reforms.\" Vugar Bayramov said.",
    "(The figures are preliminary.)",
    "Some currencies, e.g. the euro, rose.",
    "The full text is on kaspi.az.",
    "Decree No. 5 was signed on Monday.",
    "Prices rose again…",
    "Exports grew in 2023.",
];

/// A generated English article of about `bytes` bytes and its number of segments.
fn generated_article(bytes: usize) -> (String, usize) {
    let mut text = String::with_capacity(bytes + 1024);
    let mut count = 0;
    // A fixed linear congruential generator: the article is the same on every run.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % n
    };
    while text.len() < bytes {
        // A paragraph of one to three lines, each line of one to six sentences.
        for _ in 0..1 + next(3) {
            for i in 0..1 + next(6) {
                if i > 0 {
                    text.push_str(if next(4) == 0 { "\u{a0} " } else { " " });
                }
                text.push_str(SENTENCES[next(SENTENCES.len())]);
                count += 1;
            }
            text.push('\n');
        }
        text.push('\n');
    }
    (text, count)
}

fn shared_data() -> PathBuf {
    std::env::var_os("KORPU_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

fn bench_seed_article(c: &mut Criterion) {
    let path = shared_data().join("seed_article_kaspi.txt");
    let Ok(article) = std::fs::read_to_string(&path) else {
        eprintln!(
            "skipping the seed article bench: {} is absent",
            path.display()
        );
        return;
    };
    let expected_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/segment/seed_kaspi.expected");
    let expected = std::fs::read_to_string(&expected_path)
        .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()))
        .lines()
        .count();
    let en = Locale::parse("en").expect("valid tag");
    let segmenter = Segmenter::embedded();
    let found = segmenter.split(&article, &en, DocFormat::Text).len();
    assert_eq!(
        found, expected,
        "the seed article splits into {found} segments"
    );

    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(article.len() as u64));
    group.bench_function("seed article (en, text)", |b| {
        b.iter(|| {
            segmenter
                .split(black_box(&article), &en, DocFormat::Text)
                .len()
        })
    });
    group.finish();
}

fn bench_generated_article(c: &mut Criterion) {
    let (article, expected) = generated_article(1 << 20);
    let en = Locale::parse("en").expect("valid tag");
    let segmenter = Segmenter::embedded();
    let found = segmenter.split(&article, &en, DocFormat::Text).len();
    assert_eq!(
        found, expected,
        "the generated article splits into {found} segments"
    );
    assert!(expected > 10_000, "the generated article is too small");

    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(article.len() as u64));
    group.bench_function("generated 1 MB (en, text)", |b| {
        b.iter(|| {
            segmenter
                .split(black_box(&article), &en, DocFormat::Text)
                .len()
        })
    });
    let markdown = article.replace("\n\n", "\n\n- ");
    group.bench_function("generated 1 MB (en, md)", |b| {
        b.iter(|| {
            segmenter
                .split(black_box(&markdown), &en, DocFormat::Markdown)
                .len()
        })
    });
    group.finish();
}

/// The group lives in a private module: `criterion_group!` makes an undocumented `pub fn`.
mod group {
    use super::*;

    criterion_group! {
        name = benches;
        config = Criterion::default()
            .sample_size(10)
            .measurement_time(Duration::from_secs(2))
            .warm_up_time(Duration::from_millis(500));
        targets = bench_seed_article, bench_generated_article
    }
}

criterion_main!(group::benches);
