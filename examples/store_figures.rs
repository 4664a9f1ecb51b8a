//! Prints figures for the foundation: how fast articles are split and stored, and how
//! long a store takes to open. Medians of several runs, measured in one process.
//!
//! Run: `cargo run --release --example store_figures [-- --kb N --runs R]`
//! (default: a 256 KB article, 5 runs; `--kb 8192` is an 8 MB article).

use std::time::{Duration, Instant};

use korpu::locale::Locale;
use korpu::segment::{DocFormat, Segmenter};
use korpu::store::{NewArticle, Store};

fn article(kb: usize) -> String {
    let sentences = [
        "The Central Bank of Azerbaijan set the official rate at 1.7000 manats per U.S. dollar.",
        "Dr. Aliyev said the euro rose 0.4% to 1.8968 manats on Tuesday.",
        "Trading on the Baku exchange resumes at 15.00, e.g. after the holiday.",
        "Freight on the corridor reached 15.2 million tonnes, up from 12.1 million a year earlier!",
        "Will the lari hold at 0.6294?",
        "Officials from kaspi.az and ady.az declined to comment...",
    ];
    let mut text = String::with_capacity(kb * 1024 + 256);
    let mut i = 0;
    while text.len() < kb * 1024 {
        for _ in 0..4 {
            text.push_str(sentences[i % sentences.len()]);
            text.push(' ');
            i += 1;
        }
        text.push_str("\n\n");
    }
    text
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut kb = 256;
    let mut runs = 5;
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        match (pair[0].as_str(), pair.get(1).and_then(|v| v.parse().ok())) {
            ("--kb", Some(n)) => kb = n,
            ("--runs", Some(n)) => runs = n,
            _ => return Err(format!("unknown argument {}; use --kb N --runs R", pair[0]).into()),
        }
    }
    let text = article(kb);
    let en: Locale = "en".parse()?;
    let rules = Segmenter::embedded();

    let mut split_times = Vec::new();
    let mut spans = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        spans = rules.split(&text, &en, DocFormat::Text);
        split_times.push(t.elapsed());
    }
    // Every generated paragraph holds four sentences; a split that finds fewer is wrong.
    let paragraphs = text.matches("\n\n").count();
    assert_eq!(spans.len(), paragraphs * 4, "unexpected segment count");

    let dir = tempfile::tempdir()?;
    let mut add_times = Vec::new();
    let mut open_times = Vec::new();
    for run in 0..runs {
        let t = Instant::now();
        let store = Store::open(&dir.path().join("store"))?;
        open_times.push(t.elapsed());
        let t = Instant::now();
        let outcome = store.add_article(
            &NewArticle {
                id: "big",
                title: "Generated",
                lang: en.clone(),
                format: DocFormat::Text,
                source: &text,
                spans: &spans,
            },
            run > 0,
        )?;
        add_times.push(t.elapsed());
        assert_eq!(outcome.segments, spans.len());
        let stored = store.article("big")?;
        assert_eq!(stored.segments.len(), spans.len(), "stored segment count");
    }

    let mb = text.len() as f64 / (1024.0 * 1024.0);
    let split = median(split_times);
    let add = median(add_times);
    println!(
        "article: {:.2} MB, {} segments, {runs} runs (medians)",
        mb,
        spans.len()
    );
    println!(
        "split:   {:>8.1} ms  {:>8.1} MB/s  {:>10.0} segments/s",
        split.as_secs_f64() * 1e3,
        mb / split.as_secs_f64(),
        spans.len() as f64 / split.as_secs_f64()
    );
    println!(
        "add:     {:>8.1} ms  {:>8.1} MB/s  {:>10.0} segments/s (staged batches + final transaction + flush)",
        add.as_secs_f64() * 1e3,
        mb / add.as_secs_f64(),
        spans.len() as f64 / add.as_secs_f64()
    );
    println!(
        "open:    {:>8.1} ms (lock, sled open, sweep)",
        median(open_times).as_secs_f64() * 1e3
    );
    Ok(())
}
