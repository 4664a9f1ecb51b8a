//! Match score benchmarks: 1,000 pairs of realistic newsroom sentences (en, az, ru)
//! scored from text and from prepared [`Analyzed`] values, and the Levenshtein distance
//! on interned token ids at 10, 30 and 60 tokens. Each bench checks its results before
//! it measures anything, so a bench that scores wrongly fails instead of reporting a
//! fast time.
//!
//! Run: `cargo bench --bench score`.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use korpu::tm::score::{
    analyze, base_score_ids, levenshtein_ids, max_possible_score, score, score_texts, Analyzed,
};

/// Sentences of the kind the newsroom translates, with the language they are in.
const SENTENCES: &[(&str, &str)] = &[
    ("en", "The Central Bank of Azerbaijan set the official euro rate at 1.8968 manat for Tuesday."),
    ("en", "Exports of non-oil products grew by 12.4% in the first quarter, the State Customs Committee said."),
    ("en", "The meeting of the intergovernmental commission will be held in Baku on 15 May at 15.00."),
    ("en", "According to the ministry, 1,234 new jobs were created in the regions last year."),
    ("en", "Click <b>Save</b> to keep the translation of %s before you publish it."),
    ("en", "President Ilham Aliyev received a delegation led by the Minister of Foreign Affairs of Hungary."),
    ("az", "Azərbaycan Mərkəzi Bankı çərşənbə axşamı üçün avronun rəsmi məzənnəsini 1,8968 manat müəyyən edib."),
    ("az", "Qeyri-neft məhsullarının ixracı birinci rübdə 12,4% artıb, Dövlət Gömrük Komitəsi bildirib."),
    ("az", "Hökumətlərarası komissiyanın iclası mayın 15-də saat 15:00-da Bakıda keçiriləcək."),
    ("az", "Nazirliyin məlumatına görə, ötən il regionlarda 1.234 yeni iş yeri yaradılıb."),
    ("az", "Prezident İlham Əliyev Macarıstanın xarici işlər nazirinin başçılıq etdiyi nümayəndə heyətini qəbul edib."),
    ("ru", "Центральный банк Азербайджана установил официальный курс евро на вторник на уровне 1,8968 маната."),
    ("ru", "Экспорт ненефтяной продукции в первом квартале вырос на 12,4%, сообщил Государственный таможенный комитет."),
    ("ru", "Заседание межправительственной комиссии пройдёт в Баку 15 мая в 15:00."),
    ("ru", "По данным министерства, в прошлом году в регионах было создано 1\u{a0}234 новых рабочих места."),
    ("ru", "Президент Ильхам Алиев принял делегацию во главе с министром иностранных дел Венгрии."),
];

/// Words to insert or substitute, one list per language.
fn filler(lang: &str) -> &'static [&'static str] {
    match lang {
        "az" => &["rəsmi", "yeni", "əlavə", "həmçinin", "sabah"],
        "ru" => &["также", "новый", "ещё", "официально", "завтра"],
        _ => &["also", "new", "sharply", "officially", "tomorrow"],
    }
}

/// A fixed linear congruential generator: the pairs are the same on every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

/// What a generated source is, compared with its query.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Variant {
    Identical,
    Number,
    Case,
    Punctuation,
    Insert,
    Delete,
    Substitute,
    Unrelated,
}

/// 1,000 `(lang, query, source, variant)`: each query a sentence, each source an edited
/// copy of it (or another sentence in the same language).
fn pairs() -> Vec<(&'static str, String, String, Variant)> {
    let mut rng = Lcg(0x5eed);
    let variants = [
        Variant::Identical,
        Variant::Number,
        Variant::Case,
        Variant::Punctuation,
        Variant::Insert,
        Variant::Delete,
        Variant::Substitute,
        Variant::Unrelated,
    ];
    (0..1000)
        .map(|i| {
            let variant = variants[i % variants.len()];
            let (lang, query) = loop {
                let (lang, query) = SENTENCES[rng.below(SENTENCES.len())];
                // A number can only change in a sentence that has one.
                if variant != Variant::Number || query.contains('1') {
                    break (lang, query);
                }
            };
            let words: Vec<&str> = query.split(' ').collect();
            let at = 1 + rng.below(words.len() - 2);
            let fill = loop {
                let f = filler(lang)[rng.below(filler(lang).len())];
                if !words.contains(&f) {
                    break f;
                }
            };
            let source = match variant {
                Variant::Identical => query.to_string(),
                Variant::Number => query.replacen("1", "2", 1),
                Variant::Case => {
                    // Shout the words that are only letters (not markup); in az
                    // the Azerbaijani way, i → İ and ı → I.
                    let upper = |w: &str| -> String {
                        w.chars()
                            .map(|c| match c {
                                'i' if lang == "az" => "İ".to_string(),
                                'ı' => "I".to_string(),
                                c => c.to_uppercase().collect(),
                            })
                            .collect()
                    };
                    words
                        .iter()
                        .map(|w| {
                            if w.chars().all(char::is_alphabetic) {
                                upper(w)
                            } else {
                                w.to_string()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                }
                Variant::Punctuation => query.trim_end_matches('.').replace(", ", "; "),
                Variant::Insert => {
                    let mut w = words.clone();
                    w.insert(at, fill);
                    w.join(" ")
                }
                Variant::Delete => {
                    let mut w = words.clone();
                    w.remove(at);
                    w.join(" ")
                }
                Variant::Substitute => {
                    let mut w = words.clone();
                    w[at] = fill;
                    w.join(" ")
                }
                Variant::Unrelated => loop {
                    let (l, other) = SENTENCES[rng.below(SENTENCES.len())];
                    if l == lang && other != query {
                        break other.to_string();
                    }
                },
            };
            (lang, query.to_string(), source, variant)
        })
        .collect()
}

fn check_pairs(pairs: &[(&str, String, String, Variant)]) {
    let euro = "The euro rose to 1.8968 manat.";
    assert_eq!(
        score_texts(euro, "The euro rose to 1.9011 manat.", "en"),
        99
    );
    assert_eq!(score_texts(euro, "the euro rose to 1.8968 manat", "en"), 98);
    assert_eq!(
        score_texts("The euro rose sharply to 1.8968 manat.", euro, "en"),
        85
    );
    for (lang, q, s, variant) in pairs {
        let (qa, sa) = (analyze(q, lang), analyze(s, lang));
        let got = score(&qa, &sa);
        assert!(got <= max_possible_score(qa.len(), sa.len()), "{q} / {s}");
        match variant {
            Variant::Identical => assert_eq!(got, 100, "{q}"),
            Variant::Number | Variant::Case | Variant::Punctuation => {
                assert!((95..=99).contains(&got), "{got}: {q} / {s}")
            }
            Variant::Insert | Variant::Delete | Variant::Substitute => {
                assert!((75..=95).contains(&got), "{got}: {q} / {s}")
            }
            Variant::Unrelated => assert!(got < 50, "{got}: {q} / {s}"),
        }
    }
}

fn bench_scores(c: &mut Criterion) {
    let pairs = pairs();
    check_pairs(&pairs);
    let analyzed: Vec<(Analyzed, Analyzed)> = pairs
        .iter()
        .map(|(lang, q, s, _)| (analyze(q, lang), analyze(s, lang)))
        .collect();

    let mut group = c.benchmark_group("score");
    group.throughput(Throughput::Elements(pairs.len() as u64));
    group.bench_function("1,000 pairs from text (analyze + score)", |b| {
        b.iter(|| {
            pairs
                .iter()
                .map(|(lang, q, s, _)| u32::from(score_texts(black_box(q), black_box(s), lang)))
                .sum::<u32>()
        })
    });
    group.bench_function("1,000 pairs pre-analyzed (score)", |b| {
        b.iter(|| {
            analyzed
                .iter()
                .map(|(q, s)| u32::from(score(black_box(q), black_box(s))))
                .sum::<u32>()
        })
    });
    group.bench_function("1,000 sentences (analyze)", |b| {
        b.iter(|| {
            pairs
                .iter()
                .map(|(lang, _, s, _)| analyze(black_box(s), lang).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

/// The textbook dynamic program, to check the fast distance against.
fn reference_distance(a: &[u32], b: &[u32]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, &x) in a.iter().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, &y) in b.iter().enumerate() {
            row[j + 1] = (prev[j] + usize::from(x != y))
                .min(prev[j + 1] + 1)
                .min(row[j] + 1);
        }
        prev = row;
    }
    prev[b.len()]
}

/// 1,000 pairs of id sequences of about `n` tokens that differ by a few edits, with
/// ids interned from real sentences so that their distribution is realistic.
fn id_pairs(n: usize) -> Vec<(Vec<u32>, Vec<u32>)> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut corpus: Vec<u32> = Vec::new();
    for (lang, s) in SENTENCES {
        for norm in analyze(s, lang).norms() {
            let next = ids.len() as u32;
            corpus.push(*ids.entry(norm.to_string()).or_insert(next));
        }
    }
    let mut rng = Lcg(n as u64);
    (0..1000)
        .map(|_| {
            let start = rng.below(corpus.len() - n);
            let a = corpus[start..start + n].to_vec();
            let mut b = a.clone();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(b.len());
                match rng.below(3) {
                    0 => b[at] = corpus[rng.below(corpus.len())],
                    1 => b.insert(at, corpus[rng.below(corpus.len())]),
                    _ => {
                        b.remove(at);
                    }
                }
            }
            (a, b)
        })
        .collect()
}

fn bench_levenshtein(c: &mut Criterion) {
    let mut group = c.benchmark_group("levenshtein ids");
    for n in [10, 30, 60] {
        let pairs = id_pairs(n);
        for (a, b) in &pairs {
            assert_eq!(
                levenshtein_ids(a, b),
                reference_distance(a, b),
                "{a:?} {b:?}"
            );
        }
        group.throughput(Throughput::Elements(pairs.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("1,000 pairs", n),
            &pairs,
            |bench, pairs| {
                bench.iter(|| {
                    pairs
                        .iter()
                        .map(|(a, b)| u32::from(base_score_ids(black_box(a), black_box(b))))
                        .sum::<u32>()
                })
            },
        );
    }
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
        targets = bench_scores, bench_levenshtein
    }
}

criterion_main!(group::benches);
