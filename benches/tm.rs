//! Translation-memory lookup benchmarks on a generated memory of 10,000 units, built
//! directly with `Index::upsert` (no store), searched in memory and through its
//! snapshot file (saved, then opened as a cold process opens it): the index search plus
//! the exact re-scoring of the survivors (the part of `Matcher::lookup` that grows with
//! the memory), the exhaustive scan it replaces, and `score::score` on the pairs a
//! lookup re-scores.
//!
//! Before it measures anything each bench checks its results: the filtered search must
//! return exactly the units of the exhaustive scan for every query, a near-duplicate
//! query must find the unit it was made from, and the scores of the pairs must be the
//! ones the edits imply. A bench that filters or scores wrongly fails instead of
//! reporting a fast time.
//!
//! Run: `cargo bench --bench tm`. The end-to-end figures at 1,000,000 units (import,
//! cold lookups, memory) come from `cargo run --release --example tm_bench`.

use std::collections::HashSet;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use korpu::model::{TmUnit, TmVariant};
use korpu::tm::index::{Index, LookupStats};
use korpu::tm::score::{analyze, base_score_ids, score, Analyzed};

const UNITS: usize = 10_000;
const QUERIES: usize = 300;
const MIN: u8 = 70;
const LIMIT: usize = 5;

/// SplitMix64: the memory and the queries are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        ((self.unit() * n as f64) as usize).min(n.saturating_sub(1))
    }
}

/// Pseudo-words from syllables, ranked by frequency, with a Zipf (s = 1) sampler.
struct Vocab {
    words: Vec<String>,
    cdf: Vec<f64>,
}

impl Vocab {
    fn new(size: usize) -> Vocab {
        const ON: &[&str] = &[
            "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
            "br", "ch", "cr", "dr", "fl", "gr", "pl", "sh", "st", "th", "tr", "",
        ];
        const V: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ee", "oo", "ou"];
        const CODA: &[&str] = &["", "", "n", "r", "s", "t", "l", "nd", "st", "ng"];
        let mut rng = Rng(0x0076_6f63_6162);
        let mut seen = HashSet::new();
        let mut words = Vec::with_capacity(size);
        while words.len() < size {
            let syllables = if words.len() < 200 {
                1
            } else {
                2 + rng.below(2)
            };
            let mut w = String::new();
            for _ in 0..syllables {
                w.push_str(ON[rng.below(ON.len())]);
                w.push_str(V[rng.below(V.len())]);
                w.push_str(CODA[rng.below(CODA.len())]);
            }
            if w.len() >= 2 && seen.insert(w.clone()) {
                words.push(w);
            }
        }
        let mut sum = 0.0;
        let mut cdf: Vec<f64> = (0..size)
            .map(|r| {
                sum += 1.0 / (r as f64 + 1.0);
                sum
            })
            .collect();
        for c in &mut cdf {
            *c /= sum;
        }
        Vocab { words, cdf }
    }

    fn word(&self, rng: &mut Rng) -> usize {
        let u = rng.unit();
        self.cdf
            .partition_point(|&c| c < u)
            .min(self.words.len() - 1)
    }

    /// A word other than `not`.
    fn other(&self, rng: &mut Rng, not: usize) -> usize {
        loop {
            let w = self.word(rng);
            if w != not {
                return w;
            }
        }
    }
}

/// A token of a generated sentence: a word (vocabulary rank) or a number.
#[derive(Clone, Copy, PartialEq)]
enum Tok {
    Word(usize),
    Num(u32),
}

fn sentence(v: &Vocab, rng: &mut Rng) -> Vec<Tok> {
    let len = 5 + rng.below(19) + rng.below(18);
    let mut s: Vec<Tok> = (0..len).map(|_| Tok::Word(v.word(rng))).collect();
    if rng.unit() < 0.2 {
        let at = 1 + rng.below(len - 1);
        s[at] = Tok::Num(rng.below(100_000) as u32);
    }
    s
}

fn render(v: &Vocab, s: &[Tok]) -> String {
    let mut out = String::new();
    for (i, t) in s.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match t {
            Tok::Word(w) if i == 0 => {
                let w = &v.words[*w];
                out.push_str(&w[..1].to_uppercase());
                out.push_str(&w[1..]);
            }
            Tok::Word(w) => out.push_str(&v.words[*w]),
            Tok::Num(n) => out.push_str(&format!("{}.{:04}", n / 10_000, n % 10_000)),
        }
    }
    out.push('.');
    out
}

/// The memory: sentences, their texts and the index over them.
struct Memory {
    texts: Vec<String>,
    analyzed: Vec<Analyzed>,
    index: Index,
    /// The same index saved as a snapshot and opened again (searches read the file).
    snapshot: Index,
    _dir: tempfile::TempDir,
}

fn memory(v: &Vocab, sentences: &[Vec<Tok>]) -> Memory {
    let mut index = Index::new("en");
    let texts: Vec<String> = sentences.iter().map(|s| render(v, s)).collect();
    for (i, text) in texts.iter().enumerate() {
        let mut unit = TmUnit {
            id: i as u64 + 1,
            memory: "main".into(),
            ..TmUnit::default()
        };
        unit.variants
            .insert("en".into(), TmVariant::plain(text.clone()));
        unit.variants
            .insert("az".into(), TmVariant::plain(text.clone()));
        index
            .upsert(&unit)
            .expect("an index in memory takes every unit");
    }
    assert_eq!(index.len(), UNITS, "every unit is indexed");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("en.idx");
    index.save(&path).expect("the snapshot is written");
    let snapshot = Index::load(&path).expect("the snapshot opens");
    assert_eq!(snapshot.len(), UNITS, "every unit is in the snapshot");
    let analyzed = texts.iter().map(|t| analyze(t, "en")).collect();
    Memory {
        texts,
        analyzed,
        index,
        snapshot,
        _dir: dir,
    }
}

/// Queries of one kind, each with the unit it was made from (if any).
struct Queries {
    name: &'static str,
    items: Vec<(String, Option<usize>)>,
}

fn queries(v: &Vocab, sentences: &[Vec<Tok>]) -> Vec<Queries> {
    let mut rng = Rng(0x0071_7565_7279);
    let mut near = Vec::new();
    let mut moderate = Vec::new();
    let mut unrelated = Vec::new();
    for _ in 0..QUERIES / 3 {
        // One or two words substituted, inserted or deleted, or a number changed.
        let from = rng.below(sentences.len());
        let mut s = sentences[from].clone();
        for _ in 0..1 + rng.below(2) {
            let at = 1 + rng.below(s.len() - 1);
            match (rng.below(3), s[at]) {
                (_, Tok::Num(n)) => s[at] = Tok::Num((n + 1 + rng.below(99) as u32) % 100_000),
                (0, Tok::Word(w)) => s[at] = Tok::Word(v.other(&mut rng, w)),
                (1, _) => s.insert(at, Tok::Word(v.word(&mut rng))),
                _ if s.len() > 5 => {
                    s.remove(at);
                }
                _ => {}
            }
        }
        near.push((render(v, &s), Some(from)));
        // 30–50% of the words replaced.
        let from = rng.below(sentences.len());
        let mut s = sentences[from].clone();
        let share = 0.3 + 0.2 * rng.unit();
        let mut positions: Vec<usize> = (0..s.len()).collect();
        let replace = (s.len() as f64 * share).round() as usize;
        for k in 0..replace {
            let j = k + rng.below(positions.len() - k);
            positions.swap(k, j);
            if let Tok::Word(w) = s[positions[k]] {
                s[positions[k]] = Tok::Word(v.other(&mut rng, w));
            }
        }
        moderate.push((render(v, &s), Some(from)));
        unrelated.push((render(v, &sentence(v, &mut rng)), None));
    }
    vec![
        Queries {
            name: "near-duplicate",
            items: near,
        },
        Queries {
            name: "30-50% replaced",
            items: moderate,
        },
        Queries {
            name: "unrelated",
            items: unrelated,
        },
    ]
}

/// The index part of a lookup: candidates at base ≥ `MIN`, re-scored exactly, best
/// `LIMIT` (score descending, then unit id).
fn lookup(m: &Memory, index: &Index, text: &str, stats: &mut LookupStats) -> Vec<(u8, u64)> {
    let ids = index.query_ids(text);
    let query = analyze(text, "en");
    let mut found: Vec<(u8, u64)> = index
        .search(&ids, MIN, stats)
        .into_iter()
        .filter_map(|c| {
            let s = score(&query, &m.analyzed[c.unit as usize - 1]);
            (s >= MIN).then_some((s, c.unit))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.truncate(LIMIT);
    found
}

fn bench_lookup(c: &mut Criterion) {
    let v = Vocab::new(20_000);
    let mut rng = Rng(0x5eed);
    let sentences: Vec<Vec<Tok>> = (0..UNITS).map(|_| sentence(&v, &mut rng)).collect();
    let m = memory(&v, &sentences);
    let kinds = queries(&v, &sentences);

    // Checks: the filters are exact, near-duplicates find their unit, an identical
    // text scores 100.
    for (kind, index) in kinds.iter().flat_map(|k| [(k, &m.index), (k, &m.snapshot)]) {
        for (text, from) in &kind.items {
            // Each index numbers its words in its own way (a snapshot orders its
            // vocabulary as it was written): compare what they find, by unit.
            let ids = index.query_ids(text);
            let own_ids = m.index.query_ids(text);
            assert_eq!(ids.len(), own_ids.len(), "the same tokens");
            let mut stats = LookupStats::default();
            let filtered: HashSet<(u64, u8)> = index
                .search(&ids, MIN, &mut stats)
                .iter()
                .map(|c| (c.unit, c.base))
                .collect();
            let exhaustive: HashSet<(u64, u8)> = m
                .index
                .scan(&own_ids, MIN)
                .iter()
                .map(|c| (c.unit, c.base))
                .collect();
            assert_eq!(filtered, exhaustive, "search = scan for {text:?}");
            if let Some(from) = from {
                let source = m.index.query_ids(&m.texts[*from]);
                let base = base_score_ids(&own_ids, &source);
                let unit = *from as u64 + 1;
                assert_eq!(
                    base >= MIN,
                    exhaustive.contains(&(unit, base)),
                    "{text:?} and its unit"
                );
                let found = lookup(&m, index, text, &mut stats);
                if kind.name == "near-duplicate" && base >= MIN {
                    let s = score(&analyze(text, "en"), &m.analyzed[*from]);
                    assert!(
                        found.first().is_some_and(|f| f.0 >= s),
                        "{text:?} finds its unit ({s}) or better: {found:?}"
                    );
                }
            }
        }
    }
    for index in [&m.index, &m.snapshot] {
        let own = lookup(&m, index, &m.texts[17], &mut LookupStats::default());
        assert_eq!(
            own.first(),
            Some(&(100, 18)),
            "a unit's own text scores 100"
        );
    }

    let mut group = c.benchmark_group("tm lookup, 10k units");
    for (kind, (where_, index)) in kinds
        .iter()
        .flat_map(|k| [("in memory", &m.index), ("snapshot file", &m.snapshot)].map(|i| (k, i)))
    {
        group.throughput(Throughput::Elements(kind.items.len() as u64));
        group.bench_function(
            format!("{} queries, {}, {where_}", kind.items.len(), kind.name),
            |b| {
                b.iter(|| {
                    let mut stats = LookupStats::default();
                    kind.items
                        .iter()
                        .map(|(text, _)| lookup(&m, index, black_box(text), &mut stats).len())
                        .sum::<usize>()
                })
            },
        );
    }
    let unrelated = &kinds[2].items[..10];
    group.throughput(Throughput::Elements(unrelated.len() as u64));
    group.bench_function("10 queries, exhaustive scan (baseline)", |b| {
        b.iter(|| {
            unrelated
                .iter()
                .map(|(text, _)| m.index.scan(&m.index.query_ids(black_box(text)), MIN).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn bench_rescoring(c: &mut Criterion) {
    // The pairs a lookup re-scores: a query and a unit whose base reaches 70.
    let v = Vocab::new(20_000);
    let mut rng = Rng(0x0005_c07e);
    let mut pairs: Vec<(String, String, u8)> = Vec::new();
    while pairs.len() < 1000 {
        let s = sentence(&v, &mut rng);
        let mut q = s.clone();
        let expected = match pairs.len() % 4 {
            // Identical text.
            0 => 100,
            // A number changed: one kind of minor difference.
            1 => match q.iter().position(|t| matches!(t, Tok::Num(_))) {
                Some(at) => {
                    if let Tok::Num(n) = q[at] {
                        q[at] = Tok::Num((n + 1) % 100_000);
                    }
                    99
                }
                None => continue,
            },
            // One word substituted: d = 1 over n tokens.
            2 => {
                let at = 1 + rng.below(q.len() - 1);
                let Tok::Word(w) = q[at] else { continue };
                q[at] = Tok::Word(v.other(&mut rng, w));
                (100 * (q.len() - 1) / q.len()) as u8
            }
            // One word inserted: d = 1 over n + 1 tokens.
            _ => {
                let at = 1 + rng.below(q.len() - 1);
                q.insert(at, Tok::Word(v.word(&mut rng)));
                (100 * (q.len() - 1) / q.len()) as u8
            }
        };
        pairs.push((render(&v, &q), render(&v, &s), expected));
    }
    let analyzed: Vec<(Analyzed, Analyzed)> = pairs
        .iter()
        .map(|(q, s, _)| (analyze(q, "en"), analyze(s, "en")))
        .collect();
    for ((q, s, expected), (qa, sa)) in pairs.iter().zip(&analyzed) {
        assert_eq!(score(qa, sa), *expected, "{q:?} / {s:?}");
    }

    let mut group = c.benchmark_group("tm re-scoring");
    group.throughput(Throughput::Elements(pairs.len() as u64));
    group.bench_function("1,000 query/unit pairs (score)", |b| {
        b.iter(|| {
            analyzed
                .iter()
                .map(|(q, s)| u32::from(score(black_box(q), black_box(s))))
                .sum::<u32>()
        })
    });
    group.bench_function("1,000 units (analyze + score)", |b| {
        b.iter(|| {
            analyzed
                .iter()
                .zip(&pairs)
                .map(|((q, _), (_, s, _))| u32::from(score(q, &analyze(black_box(s), "en"))))
                .sum::<u32>()
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
        targets = bench_lookup, bench_rescoring
    }
}

criterion_main!(group::benches);
