//! Translation-memory benchmark, end to end, that checks its own results.
//!
//! 1. Generates a deterministic synthetic memory (en + az) with a Zipf-like vocabulary
//!    of 50,000 pseudo-words, sentences of 5 to 40 words, numbers in about 20% of them
//!    and `<b>…</b>` inline codes in some, and writes it as TMX (`TmxWriter`, unit by
//!    unit: what `write_tmx` does, without holding the memory in RAM).
//! 2. Imports the TMX the way `korpu tm import` does (TmxReader → `Store::tm_import`, as
//!    `cli/tm.rs::file_units`) into a fresh store and prints the rate, parsing included.
//! 3. Looks up generated queries (a third near-duplicates, a third with 30–50% of the
//!    words replaced, a third unrelated) with `Matcher::lookup` (top 5, min 70,
//!    en → az), each phase in a fresh process: cold with the snapshot missing
//!    (rebuild), cold with the snapshot present (load), then warm passes (p50/p95/p99,
//!    candidates and verified documents from `Matcher.stats`, resident memory).
//! 4. Checks the filters against the exhaustive scan: `Index::search` must return
//!    exactly the units of `Index::scan` (the program exits non-zero otherwise), and
//!    the lookup's top 5 must have the scores of the exhaustive top 5 re-scored with
//!    `score::score` ("filter recall", "top-5 recall").
//! 5. Breaks the lookup path down, and measures prototypes of proposed changes on the
//!    same data, each checked against the exhaustive scan or `Matcher::lookup`: a
//!    search with documents numbered by length (the length filter becomes one range of
//!    each posting list); a lookup built on it; a faster snapshot load; an index file
//!    read lazily by a cold process; sled opens; and (`--import-proto`) import write
//!    paths on raw sled.
//!
//! Run: `cargo run --release --example tm_bench -- [--units N] [--queries Q] [--seed S]
//! [--repeat R] [--keep DIR] [--cli PATH] [--no-proto] [--import-proto] [--import-only]
//! [--proto-only]`. Defaults: 20,000 units and 200 queries (5,000 and 99 in a debug
//! build, as CI runs it); `--units 1000000 --queries 1000` is the big run. Latencies
//! are the best of `--repeat` passes per query (default 3). `--keep DIR` keeps the TMX
//! and the store in DIR, and reuses them when DIR holds a run of the same size and seed;
//! `--cli PATH` also times cold `korpu tm search` calls of the binary at PATH (build it
//! with `cargo build --release`) on that store.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use korpu::formats::tmx::{render_text, TmxHeader, TmxReader, TmxWriter};
use korpu::formats::Severity;
use korpu::locale::Locale;
use korpu::model::{CodeKind, InlineCode, InlinePart, TmUnit, TmVariant};
use korpu::store::{Store, StoreError};
use korpu::tm::index::{Index, LookupStats};
use korpu::tm::lookup::{load_index, snapshot_path, Matcher, Query};
use korpu::tm::score;

type Error = Box<dyn std::error::Error>;

const MIN: u8 = 70;
const LIMIT: usize = 5;
const VOCAB: usize = 50_000;

// ---------------------------------------------------------------------------------
// Deterministic generation
// ---------------------------------------------------------------------------------

/// SplitMix64: tiny, fast, good enough for synthetic text, the same on every platform.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

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

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn mix(seed: u64, i: u64) -> u64 {
    Rng::new(seed ^ i.wrapping_mul(0xd6e8_feb8_6659_fd93)).next()
}

/// Parallel en and az vocabularies, ranked by frequency, and the Zipf CDF over ranks.
struct Vocab {
    en: Vec<String>,
    az: Vec<String>,
    cdf: Vec<f64>,
}

impl Vocab {
    fn new(seed: u64) -> Vocab {
        const EN_ON: &[&str] = &[
            "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w",
            "y", "z", "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gr", "pl", "pr", "sh", "sl",
            "st", "str", "th", "tr", "",
        ];
        const EN_V: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ee", "oo", "ou", "y"];
        const EN_CODA: &[&str] = &[
            "", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng", "ck",
        ];
        const AZ_ON: &[&str] = &[
            "b", "c", "ç", "d", "f", "g", "ğ", "h", "x", "j", "k", "q", "l", "m", "n", "p", "r",
            "s", "ş", "t", "v", "y", "z", "",
        ];
        const AZ_V: &[&str] = &["a", "ə", "ı", "i", "o", "ö", "u", "ü", "e"];
        const AZ_CODA: &[&str] = &["", "", "r", "n", "l", "m", "q", "z", "ş", "t", "y", "ğ"];
        let mut rng = Rng::new(mix(seed, 0x0076_6f63_6162));
        let mut make = |on: &[&str],
                        v: &[&str],
                        coda: &[&str],
                        rank: usize,
                        seen: &mut HashSet<String>| loop {
            // Frequent words are short, as in natural languages.
            let syllables = match rank {
                0..=150 => 1 + rng.below(2),
                151..=3000 => 1 + rng.below(3),
                _ => 2 + rng.below(3),
            };
            let mut w = String::new();
            for _ in 0..syllables {
                w.push_str(rng.pick(on));
                w.push_str(rng.pick(v));
                w.push_str(rng.pick(coda));
            }
            if w.chars().count() >= 2 && seen.insert(w.clone()) {
                break w;
            }
        };
        let (mut seen_en, mut seen_az) = (HashSet::new(), HashSet::new());
        let mut en = Vec::with_capacity(VOCAB);
        let mut az = Vec::with_capacity(VOCAB);
        for rank in 0..VOCAB {
            en.push(make(EN_ON, EN_V, EN_CODA, rank, &mut seen_en));
            az.push(make(AZ_ON, AZ_V, AZ_CODA, rank, &mut seen_az));
        }
        // Zipf, s = 1: the most frequent word is ~9% of running words.
        let mut cdf = Vec::with_capacity(VOCAB);
        let mut sum = 0.0;
        for rank in 0..VOCAB {
            sum += 1.0 / (rank as f64 + 1.0);
            cdf.push(sum);
        }
        for c in &mut cdf {
            *c /= sum;
        }
        Vocab { en, az, cdf }
    }

    fn word(&self, rng: &mut Rng) -> u32 {
        let u = rng.unit();
        self.cdf.partition_point(|&c| c < u).min(VOCAB - 1) as u32
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Num {
    int: u32,
    frac: u32,
    digits: u8,
    percent: bool,
}

impl Num {
    fn random(rng: &mut Rng) -> Num {
        let n = |int, frac, digits, percent| Num {
            int,
            frac,
            digits,
            percent,
        };
        match rng.below(5) {
            0 => n(1990 + rng.below(40) as u32, 0, 0, false),
            1 => n(rng.below(4) as u32, rng.below(10_000) as u32, 4, false),
            2 => n(rng.below(40) as u32, rng.below(10) as u32, 1, true),
            3 => n(1 + rng.below(999) as u32, 0, 0, false),
            _ => n(1 + rng.below(500) as u32, rng.below(100) as u32, 2, false),
        }
    }

    fn render(&self, az: bool, out: &mut String) {
        out.push_str(&self.int.to_string());
        if self.digits > 0 {
            out.push(if az { ',' } else { '.' });
            out.push_str(&format!(
                "{:0width$}",
                self.frac,
                width = self.digits as usize
            ));
        }
        if self.percent {
            out.push('%');
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Word(u32),
    Num(Num),
    Open,
    Close,
    Comma,
}

/// A sentence of 5 to 40 words; ~20% with one or two numbers, ~5% with `<b>…</b>`
/// around one to three words, ~30% with a comma.
fn sentence(v: &Vocab, rng: &mut Rng) -> Vec<Piece> {
    let len = 5 + rng.below(19) + rng.below(18);
    let mut p: Vec<Piece> = (0..len).map(|_| Piece::Word(v.word(rng))).collect();
    if rng.chance(0.2) {
        for _ in 0..1 + rng.below(2) {
            let at = 1 + rng.below(len - 1);
            p[at] = Piece::Num(Num::random(rng));
        }
    }
    if rng.chance(0.05) {
        let start = 1 + rng.below(len - 2);
        let end = (start + 1 + rng.below(3)).min(len);
        p.insert(end, Piece::Close);
        p.insert(start, Piece::Open);
    }
    if rng.chance(0.3) {
        let at = 2 + rng.below(p.len() - 3);
        if matches!(p[at - 1], Piece::Word(_) | Piece::Num(_)) && p[at] != Piece::Close {
            p.insert(at, Piece::Comma);
        }
    }
    p
}

fn capitalise(word: &str, az: bool, out: &mut String) {
    let mut chars = word.chars();
    if let Some(c) = chars.next() {
        match c {
            'i' if az => out.push('İ'),
            c => out.extend(c.to_uppercase()),
        }
        out.push_str(chars.as_str());
    }
}

/// The text of a sentence in en or az; with inline codes when it has `<b>…</b>`.
fn render(v: &Vocab, pieces: &[Piece], az: bool) -> TmVariant {
    let mut parts: Vec<InlinePart> = Vec::new();
    let mut cur = String::new();
    let mut first = true;
    let mut space = false;
    let code = |kind, content: &str| {
        InlinePart::Code(InlineCode {
            kind,
            attrs: vec![("i".into(), "1".into())],
            content: content.into(),
        })
    };
    for p in pieces {
        match p {
            Piece::Word(w) => {
                if space {
                    cur.push(' ');
                }
                let word = if az {
                    &v.az[*w as usize]
                } else {
                    &v.en[*w as usize]
                };
                if first {
                    capitalise(word, az, &mut cur);
                } else {
                    cur.push_str(word);
                }
                first = false;
                space = true;
            }
            Piece::Num(n) => {
                if space {
                    cur.push(' ');
                }
                n.render(az, &mut cur);
                first = false;
                space = true;
            }
            Piece::Open => {
                if space {
                    cur.push(' ');
                }
                parts.push(InlinePart::Text(std::mem::take(&mut cur)));
                parts.push(code(CodeKind::Bpt, "<b>"));
                space = false;
            }
            Piece::Close => {
                parts.push(InlinePart::Text(std::mem::take(&mut cur)));
                parts.push(code(CodeKind::Ept, "</b>"));
                space = true;
            }
            Piece::Comma => cur.push(','),
        }
    }
    cur.push('.');
    if parts.is_empty() {
        return TmVariant::plain(cur);
    }
    parts.push(InlinePart::Text(cur));
    parts.retain(|p| !matches!(p, InlinePart::Text(t) if t.is_empty()));
    TmVariant {
        text: render_text(&parts),
        parts,
        ..TmVariant::default()
    }
}

fn unit_pieces(v: &Vocab, seed: u64, i: usize) -> Vec<Piece> {
    sentence(v, &mut Rng::new(mix(seed, i as u64)))
}

fn make_unit(v: &Vocab, seed: u64, i: usize) -> TmUnit {
    let pieces = unit_pieces(v, seed, i);
    let date = format!(
        "20{:02}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        15 + i % 10,
        1 + (i / 10) % 12,
        1 + (i / 120) % 28,
        (i / 7) % 24,
        (i / 3) % 60,
        i % 60
    );
    let mut unit = TmUnit {
        author: "bench".into(),
        created: date.clone(),
        changed: date,
        ..TmUnit::default()
    };
    unit.variants.insert("en".into(), render(v, &pieces, false));
    unit.variants.insert("az".into(), render(v, &pieces, true));
    unit
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Near,
    Moderate,
    Unrelated,
}

const KINDS: [Kind; 3] = [Kind::Near, Kind::Moderate, Kind::Unrelated];

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Near => "near-duplicate",
            Kind::Moderate => "30-50% replaced",
            Kind::Unrelated => "unrelated",
        }
    }
}

struct Q {
    kind: Kind,
    text: String,
}

fn queries(v: &Vocab, seed: u64, units: usize, count: usize) -> Vec<Q> {
    let mut rng = Rng::new(mix(seed, 0x0071_7565_7279));
    (0..count)
        .map(|qi| {
            let kind = KINDS[qi % 3];
            let pieces = match kind {
                Kind::Near => {
                    let mut p = unit_pieces(v, seed, rng.below(units));
                    for _ in 0..1 + rng.below(2) {
                        let words: Vec<usize> = (1..p.len())
                            .filter(|&i| matches!(p[i], Piece::Word(_)))
                            .collect();
                        let nums: Vec<usize> = (0..p.len())
                            .filter(|&i| matches!(p[i], Piece::Num(_)))
                            .collect();
                        match rng.below(4) {
                            3 if !nums.is_empty() => {
                                let at = nums[rng.below(nums.len())];
                                p[at] = Piece::Num(Num::random(&mut rng));
                            }
                            2 if words.len() > 5 => {
                                p.remove(words[rng.below(words.len())]);
                            }
                            1 => {
                                let at = 1 + rng.below(p.len() - 1);
                                p.insert(at, Piece::Word(v.word(&mut rng)));
                            }
                            _ if !words.is_empty() => {
                                let at = words[rng.below(words.len())];
                                p[at] = Piece::Word(v.word(&mut rng));
                            }
                            _ => {}
                        }
                    }
                    p
                }
                Kind::Moderate => {
                    let mut p = unit_pieces(v, seed, rng.below(units));
                    let mut words: Vec<usize> = (0..p.len())
                        .filter(|&i| matches!(p[i], Piece::Word(_)))
                        .collect();
                    let share = 0.3 + 0.2 * rng.unit();
                    let replace = ((words.len() as f64) * share).round() as usize;
                    for k in 0..replace.min(words.len()) {
                        let j = k + rng.below(words.len() - k);
                        words.swap(k, j);
                        p[words[k]] = Piece::Word(v.word(&mut rng));
                    }
                    p
                }
                Kind::Unrelated => sentence(v, &mut rng),
            };
            Q {
                kind,
                text: render(v, &pieces, false).text,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------
// Measuring helpers
// ---------------------------------------------------------------------------------

/// A value in kB from /proc/self/status (`VmHWM`, `VmRSS`).
fn proc_kb(key: &str) -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with(key) && l[key.len()..].starts_with(':'))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// CPU time of the whole process (all threads), from /proc/self/stat (clock ticks of
/// 10 ms).
fn cpu_time() -> Duration {
    let Ok(stat) = fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<u64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0))
        .collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    let ticks = f.get(11).copied().unwrap_or(0) + f.get(12).copied().unwrap_or(0);
    Duration::from_millis(ticks * 10)
}

fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "n/a".into())
}

fn mib(kb: Option<u64>) -> String {
    kb.map_or("n/a".into(), |k| format!("{:.0} MiB", k as f64 / 1024.0))
}

/// Resets the peak resident set size (VmHWM) of this process.
fn reset_peak() -> bool {
    fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn pct(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1e3)
}

/// `p50 / p95 / p99 / max` in ms.
fn dist(times: &[Duration]) -> String {
    let mut v = times.to_vec();
    v.sort();
    format!(
        "{:>8} {:>8} {:>8} {:>8}",
        ms(pct(&v, 0.5)),
        ms(pct(&v, 0.95)),
        ms(pct(&v, 0.99)),
        ms(v.last().copied().unwrap_or_default())
    )
}

fn dir_size(path: &Path) -> u64 {
    let Ok(entries) = fs::read_dir(path) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

fn row(name: &str, value: impl std::fmt::Display) {
    println!("  {name:<44} {value}");
}

// ---------------------------------------------------------------------------------
// The import, as `korpu tm import` does it for TMX (cli/tm.rs, file_units)
// ---------------------------------------------------------------------------------

/// Imports a TMX file into the memory `main`; also returns the time spent reading
/// units (in the iterator that `tm_import` pulls from).
fn import_tmx(
    store: &Store,
    path: &Path,
) -> Result<(korpu::store::ImportOutcome, Duration), Error> {
    let name = path.display().to_string();
    let file = fs::File::open(path)?;
    let mut reader = TmxReader::new(BufReader::new(file)).map_err(|d| d.display_in(&name))?;
    let mut stopped = false;
    let mut warnings = 0usize;
    // As cli/tm.rs::file_units without --keep-going: an error diagnostic or a malformed
    // document stops the import (and nothing is imported); warnings are counted.
    let mut units = std::iter::from_fn(|| {
        if stopped {
            return None;
        }
        let item = reader.next();
        for d in reader.take_diagnostics() {
            if d.severity == Severity::Error {
                stopped = true;
                return Some(Err(StoreError::Invalid(format!(
                    "{}; nothing was imported",
                    d.display_in(&name)
                ))));
            }
            warnings += 1;
        }
        match item? {
            Ok(unit) => Some(Ok(unit)),
            Err(d) => {
                stopped = true;
                Some(Err(StoreError::Invalid(format!(
                    "{}; nothing was imported",
                    d.display_in(&name)
                ))))
            }
        }
    });
    let mut reading = Duration::ZERO;
    let outcome = {
        let mut timed = std::iter::from_fn(|| {
            let t = Instant::now();
            let next = units.next();
            reading += t.elapsed();
            next
        });
        store.tm_import("main", &mut timed, &mut |_| {})?
    };
    if warnings > 0 {
        return Err(format!("{warnings} warnings while reading the generated TMX").into());
    }
    Ok((outcome, reading))
}

// ---------------------------------------------------------------------------------
// Prototype: the import's store writes, on raw sled (no change to src/ needed)
// ---------------------------------------------------------------------------------

/// A unit as `store/tm.rs` wrote it in store format 1: the import id, then the unit, as
/// JSON.
#[derive(serde::Serialize)]
struct ProtoRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    import: Option<u64>,
    #[serde(flatten)]
    unit: &'a TmUnit,
}

/// FNV-1a over the NFC form, as `store::tm::text_hash`; `fast` skips the per-char NFC
/// iterator when the text is already NFC (the usual case).
fn proto_hash(text: &str, fast: bool) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    if fast {
        for b in korpu::text::nfc(text).bytes() {
            eat(b);
        }
    } else {
        use unicode_normalization::UnicodeNormalization;
        let mut buf = [0u8; 4];
        for c in text.nfc() {
            for b in c.encode_utf8(&mut buf).bytes() {
                eat(b);
            }
        }
    }
    h
}

fn proto_exact_key(memory: &str, tag: &str, hash: u64, id: Option<u64>) -> Vec<u8> {
    let mut k = Vec::with_capacity(memory.len() + tag.len() + 18);
    k.extend_from_slice(memory.as_bytes());
    k.push(0);
    k.extend_from_slice(tag.as_bytes());
    k.push(0);
    k.extend_from_slice(&hash.to_be_bytes());
    if let Some(id) = id {
        k.extend_from_slice(&id.to_be_bytes());
    }
    k
}

/// How the prototype import writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ImportModel {
    /// What `Store::tm_import` did in store format 1: the NFC hash of a text computed 3 times per
    /// variant through the per-char iterator, a `scan_prefix` per variant in the store,
    /// one `tm_staged` key per unit, written and later removed one by one.
    Current,
    /// The proposal: one NFC hash per variant with the NFC quick check, no store probe
    /// when the memory was empty when the import began, one staging key per batch.
    Proposed,
    /// `Proposed`, and a compact binary unit record instead of JSON, and no `tm_exact`
    /// keys (exact matches and merging through a text hash kept in the index instead).
    Compact,
    /// `Compact`, with 64 units per sled value (keyed by the first unit's id; a unit is
    /// read with one `range(..=id).next_back()`).
    Blocks,
}

/// A compact unit record: length-prefixed fields, no field names.
fn compact_record(import: u64, unit: &TmUnit) -> Vec<u8> {
    fn put(out: &mut Vec<u8>, s: &str) {
        let n = s.len();
        // Varint length.
        let mut v = n as u64;
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(b);
                break;
            }
            out.push(b | 0x80);
        }
        out.extend_from_slice(s.as_bytes());
    }
    let mut out = Vec::with_capacity(
        64 + unit
            .variants
            .values()
            .map(|v| v.text.len() + 8)
            .sum::<usize>(),
    );
    out.push(2);
    out.extend_from_slice(&import.to_le_bytes());
    put(&mut out, &unit.memory);
    put(&mut out, &unit.origin);
    put(&mut out, &unit.author);
    put(&mut out, &unit.created);
    put(&mut out, &unit.changed);
    out.extend_from_slice(&unit.usage.to_le_bytes());
    out.push(unit.variants.len() as u8);
    for (tag, v) in &unit.variants {
        put(&mut out, tag);
        put(&mut out, &v.text);
        // Inline codes, props and notes are rare: JSON only when present.
        if v.parts.is_empty() && v.props.is_empty() && v.notes.is_empty() {
            put(&mut out, "");
        } else {
            let extra = serde_json::json!([v.parts, v.props, v.notes]).to_string();
            put(&mut out, &extra);
        }
    }
    let rest = serde_json::json!([unit.props, unit.notes, unit.context, unit.key]).to_string();
    put(
        &mut out,
        if rest == "[[],[],null,null]" {
            ""
        } else {
            &rest
        },
    );
    out
}

/// Imports the TMX into a fresh raw sled database the way `model` says; returns wall
/// time, CPU time and the number of units written.
fn import_proto(
    tmx: &Path,
    dir: &Path,
    model: ImportModel,
    cache: Option<u64>,
) -> Result<(Duration, Duration, usize), Error> {
    const BATCH: usize = 2_000;
    let t = Instant::now();
    let cpu = cpu_time();
    let mut config = sled::Config::new().path(dir);
    if let Some(bytes) = cache {
        config = config.cache_capacity(bytes);
    }
    let db = config.open()?;
    let meta = db.open_tree("meta")?;
    let units_t = db.open_tree("tm_units")?;
    let exact_t = db.open_tree("tm_exact")?;
    let staged_t = db.open_tree("tm_staged")?;
    let memory = "main";
    let import = db.generate_id()? + 1;
    meta.insert(b"tm-pending/x", &import.to_be_bytes())?;
    db.flush()?;
    let current = model == ImportModel::Current;
    // The proposal probes the store only when the memory already had units.
    let probe = current
        || exact_t
            .scan_prefix(&proto_exact_key(memory, "", 0, None)[..memory.len() + 1])
            .next()
            .is_some();
    let mut seen: HashMap<Vec<u8>, Vec<u64>> = HashMap::new();
    let mut batch: Vec<(u64, TmUnit, Vec<u64>)> = Vec::with_capacity(BATCH);
    let mut written = 0usize;
    let mut batches = 0u64;
    let flush =
        |batch: &mut Vec<(u64, TmUnit, Vec<u64>)>, batches: &mut u64| -> Result<(), Error> {
            let mut units = sled::Batch::default();
            let mut exact = sled::Batch::default();
            let mut staged = sled::Batch::default();
            let mut ids = Vec::with_capacity(batch.len() * 8);
            let (mut block, mut block_ids, mut block_first) = (Vec::new(), 0usize, 0u64);
            for (id, unit, hashes) in batch.drain(..) {
                for ((tag, v), h) in unit.variants.iter().zip(&hashes) {
                    let h = if current {
                        proto_hash(&v.text, false)
                    } else {
                        *h
                    };
                    if model == ImportModel::Current || model == ImportModel::Proposed {
                        exact.insert(proto_exact_key(memory, tag, h, Some(id)), &[][..]);
                    }
                }
                if current {
                    let mut k = import.to_be_bytes().to_vec();
                    k.extend_from_slice(&id.to_be_bytes());
                    staged.insert(k, &[][..]);
                } else {
                    ids.extend_from_slice(&id.to_be_bytes());
                }
                let bytes = if model == ImportModel::Blocks {
                    let rec = compact_record(import, &unit);
                    block.extend_from_slice(&(rec.len() as u32).to_le_bytes());
                    block.extend_from_slice(&rec);
                    block_ids += 1;
                    if block_ids == 64 {
                        units.insert(&block_first.to_be_bytes(), std::mem::take(&mut block));
                        block_ids = 0;
                    }
                    if block_ids == 1 {
                        block_first = id;
                    }
                    continue;
                } else if model == ImportModel::Compact {
                    compact_record(import, &unit)
                } else {
                    let rec = ProtoRecord {
                        import: Some(import),
                        unit: &unit,
                    };
                    let mut bytes = vec![1u8];
                    serde_json::to_writer(&mut bytes, &rec)?;
                    bytes
                };
                units.insert(&id.to_be_bytes(), bytes);
            }
            if block_ids > 0 {
                units.insert(&block_first.to_be_bytes(), block);
            }
            if !current {
                let mut k = import.to_be_bytes().to_vec();
                k.extend_from_slice(&batches.to_be_bytes());
                staged.insert(k, ids);
            }
            *batches += 1;
            staged_t.apply_batch(staged)?;
            units_t.apply_batch(units)?;
            exact_t.apply_batch(exact)?;
            Ok(())
        };
    let mut reader = TmxReader::new(BufReader::new(fs::File::open(tmx)?))
        .map_err(|d| d.display_in("memory.tmx"))?;
    for unit in reader.by_ref() {
        let mut unit = unit.map_err(|d| d.display_in("memory.tmx"))?;
        unit.memory = memory.to_string();
        let mut hashes = Vec::with_capacity(unit.variants.len());
        let mut duplicate = false;
        for (tag, v) in &unit.variants {
            let h = proto_hash(&v.text, !current);
            hashes.push(h);
            let prefix = proto_exact_key(memory, tag, h, None);
            duplicate |= seen.contains_key(&prefix);
            if probe {
                duplicate |= exact_t.scan_prefix(&prefix).keys().next().is_some();
            }
        }
        if duplicate {
            continue;
        }
        let id = db.generate_id()? + 1;
        for ((tag, v), h) in unit.variants.iter().zip(&hashes) {
            let h = if current {
                proto_hash(&v.text, false)
            } else {
                *h
            };
            seen.entry(proto_exact_key(memory, tag, h, None))
                .or_default()
                .push(id);
        }
        batch.push((id, unit, hashes));
        written += 1;
        if batch.len() >= BATCH {
            flush(&mut batch, &mut batches)?;
        }
    }
    flush(&mut batch, &mut batches)?;
    db.flush()?;
    meta.remove(b"tm-pending/x")?;
    db.flush()?;
    // Forget the staging keys.
    loop {
        let keys: Vec<sled::IVec> = staged_t
            .iter()
            .keys()
            .take(BATCH)
            .collect::<Result<_, _>>()?;
        if keys.is_empty() {
            break;
        }
        let mut b = sled::Batch::default();
        for k in keys {
            b.remove(k);
        }
        staged_t.apply_batch(b)?;
    }
    db.flush()?;
    drop(db);
    Ok((t.elapsed(), cpu_time().saturating_sub(cpu), written))
}

// ---------------------------------------------------------------------------------
// Prototype: tight prefix, count filter, counter array (no hashing)
// ---------------------------------------------------------------------------------

/// The same documents as the index (ids from `Index::query_ids`), laid out for the
/// prototype search: documents numbered by length (so that the length filter is one
/// contiguous range of every posting list, found by binary search), postings in one
/// flat array.
struct Proto {
    doc_unit: Vec<u64>,
    doc_start: Vec<u32>,
    tokens: Vec<u32>,
    doc_len: Vec<u16>,
    /// `len_start[l]`: the first document of length ≥ l.
    len_start: Vec<u32>,
    offsets: Vec<u32>,
    postings: Vec<u32>,
    scratch: Scratch,
}

impl Proto {
    fn build(store: &Store, index: &Index) -> Result<Proto, Error> {
        let mut docs: Vec<(u64, Vec<u32>)> = Vec::new();
        for unit in store.tm_units()? {
            let unit = unit?;
            if let Some(v) = unit.variants.get("en") {
                docs.push((unit.id, index.query_ids(&v.text)));
            }
        }
        docs.sort_by_key(|(id, t)| (t.len(), *id));
        let nwords = docs
            .iter()
            .flat_map(|(_, t)| t.iter())
            .max()
            .map_or(0, |&m| m as usize + 1);
        let longest = docs.last().map_or(0, |(_, t)| t.len());
        let mut p = Proto {
            doc_unit: Vec::with_capacity(docs.len()),
            doc_start: Vec::with_capacity(docs.len() + 1),
            tokens: Vec::new(),
            doc_len: Vec::with_capacity(docs.len()),
            len_start: vec![0; longest + 2],
            offsets: vec![0; nwords + 1],
            postings: Vec::new(),
            scratch: Scratch::default(),
        };
        p.doc_start.push(0);
        for (id, t) in &docs {
            p.doc_unit.push(*id);
            p.tokens.extend_from_slice(t);
            p.doc_start.push(p.tokens.len() as u32);
            p.doc_len.push(t.len().min(u16::MAX as usize) as u16);
        }
        for l in 0..=longest + 1 {
            p.len_start[l] = p.doc_len.partition_point(|&m| (m as usize) < l) as u32;
        }
        drop(docs);
        let mut last = vec![u32::MAX; nwords];
        for pass in 0..2 {
            let mut fill: Vec<u32> = p.offsets[..nwords].to_vec();
            if pass == 1 {
                p.postings = vec![0; p.offsets[nwords] as usize];
                last.fill(u32::MAX);
            }
            for d in 0..p.doc_unit.len() {
                let toks = &p.tokens[p.doc_start[d] as usize..p.doc_start[d + 1] as usize];
                for &t in toks {
                    let t = t as usize;
                    if last[t] == d as u32 {
                        continue;
                    }
                    last[t] = d as u32;
                    if pass == 0 {
                        p.offsets[t + 1] += 1;
                    } else {
                        p.postings[fill[t] as usize] = d as u32;
                        fill[t] += 1;
                    }
                }
            }
            if pass == 0 {
                for t in 0..nwords {
                    p.offsets[t + 1] += p.offsets[t];
                }
            }
        }
        Ok(p)
    }

    /// Exact search (see [`search`]) over this in-memory index.
    fn search(&mut self, q: &[u32], min: u8, stats: &mut LookupStats) -> Vec<(u64, u8)> {
        let mut scratch = std::mem::take(&mut self.scratch);
        let out = search(&*self, &mut scratch, q, min, stats);
        self.scratch = scratch;
        out
    }
}

/// Where the prototype search reads an index from: memory, or a file.
trait Source {
    fn docs(&self) -> usize;
    fn doc_len(&self, d: usize) -> usize;
    /// The first document of length ≥ `l` (documents are numbered by length).
    fn len_start(&self, l: usize) -> u32;
    /// Positions `[a, b)` in the postings of token `id` whose documents are in `[lo, hi)`.
    fn window(&self, id: u32, lo: u32, hi: u32) -> (usize, usize);
    fn postings(&self, a: usize, b: usize) -> std::borrow::Cow<'_, [u32]>;
    fn doc_tokens(&self, d: usize) -> std::borrow::Cow<'_, [u32]>;
    fn doc_unit(&self, d: usize) -> u64;
}

/// Reusable per-search memory: a counter per document and the documents touched.
#[derive(Default)]
struct Scratch {
    counts: Vec<u16>,
    touched: Vec<u32>,
    /// Postings read by the candidate lists and by the count-filter lists.
    read: (usize, usize),
}

impl Source for Proto {
    fn docs(&self) -> usize {
        self.doc_unit.len()
    }

    fn doc_len(&self, d: usize) -> usize {
        self.doc_len[d] as usize
    }

    fn len_start(&self, l: usize) -> u32 {
        self.len_start[l.min(self.len_start.len() - 1)]
    }

    fn window(&self, id: u32, lo: u32, hi: u32) -> (usize, usize) {
        let (Some(&a), Some(&b)) = (
            self.offsets.get(id as usize),
            self.offsets.get(id as usize + 1),
        ) else {
            return (0, 0);
        };
        let list = &self.postings[a as usize..b as usize];
        (
            a as usize + list.partition_point(|&d| d < lo),
            a as usize + list.partition_point(|&d| d < hi),
        )
    }

    fn postings(&self, a: usize, b: usize) -> std::borrow::Cow<'_, [u32]> {
        std::borrow::Cow::Borrowed(&self.postings[a..b])
    }

    fn doc_tokens(&self, d: usize) -> std::borrow::Cow<'_, [u32]> {
        std::borrow::Cow::Borrowed(
            &self.tokens[self.doc_start[d] as usize..self.doc_start[d + 1] as usize],
        )
    }

    fn doc_unit(&self, d: usize) -> u64 {
        self.doc_unit[d]
    }
}

/// Exact: every document whose base score reaches `min`, with that score.
///
/// A document of m tokens within distance d of the query (n tokens) shares at least
/// max(n, m) − d token occurrences with it (each alignment match is a shared
/// occurrence), so base ≥ t needs an overlap of ⌈t·max(n, m)/100⌉ ≥ ⌈t·n/100⌉. The
/// candidates come from the rarest query tokens that hold more than n − ⌈t·n/100⌉
/// occurrences (tokens the index does not know cannot be shared and count for
/// nothing); the next lists only add to the counts of those candidates; a candidate
/// whose count plus what the unread lists could add stays below its overlap bound is
/// dropped unverified. Only the part of each list inside the length window is read.
fn search<S: Source>(
    src: &S,
    sc: &mut Scratch,
    q: &[u32],
    min: u8,
    stats: &mut LookupStats,
) -> Vec<(u64, u8)> {
    let n = q.len();
    if n == 0 || src.docs() == 0 {
        return Vec::new();
    }
    if sc.counts.len() < src.docs() {
        sc.counts = vec![0; src.docs()];
    }
    let t = min.clamp(1, 100) as usize;
    let min_len = (n * t).div_ceil(100);
    let max_len = n * 100 / t;
    let (lo, hi) = (src.len_start(min_len), src.len_start(max_len + 1));
    let need = |m: usize| (t * n.max(m)).div_ceil(100);
    // Distinct known tokens with their multiplicity, rarest first (by the length of
    // their list inside the window).
    let mut toks: Vec<(usize, u32, usize, usize)> = Vec::with_capacity(n);
    let mut sorted = q.to_vec();
    sorted.sort_unstable();
    for run in sorted.chunk_by(|a, b| a == b) {
        let (a, b) = src.window(run[0], lo, hi);
        if b > a {
            toks.push((b - a, run[0], run.len(), a));
        }
    }
    toks.sort_unstable();
    // rest[j]: occurrences the lists from j on can still add.
    let mut rest = vec![0usize; toks.len() + 1];
    for j in (0..toks.len()).rev() {
        rest[j] = rest[j + 1] + toks[j].2;
    }
    let o_min = need(0);
    if rest[0] < o_min {
        return Vec::new();
    }
    let prefix = (0..=toks.len())
        .find(|&k| rest[k] < o_min)
        .unwrap_or(toks.len());
    let counts = &mut sc.counts;
    let mut touched = std::mem::take(&mut sc.touched);
    touched.clear();
    for &(len, _, mult, from) in &toks[..prefix] {
        for &doc in src.postings(from, from + len).iter() {
            let c = &mut counts[doc as usize];
            if *c == 0 {
                touched.push(doc);
            }
            *c = c.saturating_add(mult as u16);
        }
        sc.read.0 += len;
    }
    stats.candidates += touched.len();
    // Drops the candidates that can no longer reach their overlap bound.
    let prune = |touched: &mut Vec<u32>, counts: &mut [u16], rest: usize| {
        touched.retain(|&doc| {
            let d = doc as usize;
            let keep = counts[d] as usize + rest >= need(src.doc_len(d));
            if !keep {
                counts[d] = 0;
            }
            keep
        });
    };
    let mut read = prefix;
    prune(&mut touched, counts, rest[read]);
    // The count filter: the next lists, rarest first, while reading one costs less
    // than verifying the candidates left (one verification ≈ 32 postings read).
    while read < toks.len() && !touched.is_empty() && toks[read].0 <= 32 * touched.len() {
        let (len, _, mult, from) = toks[read];
        for &doc in src.postings(from, from + len).iter() {
            let c = &mut counts[doc as usize];
            if *c > 0 {
                *c = c.saturating_add(mult as u16);
            }
        }
        sc.read.1 += len;
        read += 1;
        prune(&mut touched, counts, rest[read]);
    }
    touched.sort_unstable();
    let mut out = Vec::new();
    for &doc in touched.iter() {
        let d = doc as usize;
        counts[d] = 0;
        stats.verified += 1;
        let base = score::base_score_ids(q, &src.doc_tokens(d));
        if base >= min {
            out.push((src.doc_unit(d), base));
        }
    }
    sc.touched = touched;
    out
}

/// The vocabulary of a layout-1 snapshot, by id (`None` for another layout).
fn snapshot_words(path: &Path) -> Result<Option<Vec<String>>, Error> {
    let bytes = fs::read(path)?;
    let mut pos = 0usize;
    let mut take = |n: usize| -> Result<&[u8], Error> {
        let s = bytes.get(pos..pos + n).ok_or("truncated snapshot")?;
        pos += n;
        Ok(s)
    };
    let u32_at = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    if take(8)? != b"KORPUIDX" || u32_at(take(4)?) != 1 {
        return Ok(None);
    }
    take(8)?;
    let n = u32_at(take(4)?) as usize;
    take(n)?;
    for _ in 0..u32_at(take(4)?) {
        let n = u32_at(take(4)?) as usize;
        take(n)?;
    }
    let nwords = u32_at(take(4)?) as usize;
    let mut words = Vec::with_capacity(nwords);
    for _ in 0..nwords {
        let n = u32_at(take(4)?) as usize;
        words.push(String::from_utf8(take(n)?.to_vec())?);
    }
    Ok(Some(words))
}

const LAZY_MAGIC: &[u8; 8] = b"KPROTO02";

/// Writes the prototype index as one file: first what a lookup needs at once
/// (vocabulary, list offsets, length starts, document lengths and starts: about 7
/// bytes a document), then the large arrays (unit ids, postings, document tokens) that
/// a cold lookup reads with positioned reads, only where it needs them.
fn write_lazy(proto: &Proto, words: &[String], path: &Path) -> Result<u64, Error> {
    use std::io::Write;
    let mut w = BufWriter::new(fs::File::create(path)?);
    w.write_all(LAZY_MAGIC)?;
    for v in [
        words.len(),
        proto.doc_unit.len(),
        proto.len_start.len(),
        proto.postings.len(),
        proto.tokens.len(),
    ] {
        w.write_all(&(v as u64).to_le_bytes())?;
    }
    for word in words {
        w.write_all(&(word.len() as u32).to_le_bytes())?;
        w.write_all(word.as_bytes())?;
    }
    let mut offsets = proto.offsets.clone();
    let last = offsets.last().copied().unwrap_or(0);
    offsets.resize(words.len() + 1, last);
    for v in [&proto.len_start, &offsets] {
        for x in v.iter() {
            w.write_all(&x.to_le_bytes())?;
        }
    }
    for x in &proto.doc_len {
        w.write_all(&x.to_le_bytes())?;
    }
    for x in &proto.doc_start {
        w.write_all(&x.to_le_bytes())?;
    }
    for x in &proto.doc_unit {
        w.write_all(&x.to_le_bytes())?;
    }
    for v in [&proto.postings, &proto.tokens] {
        for x in v.iter() {
            w.write_all(&x.to_le_bytes())?;
        }
    }
    w.flush()?;
    drop(w);
    Ok(fs::metadata(path)?.len())
}

/// The file written by [`write_lazy`], opened for a cold lookup.
struct LazyIndex {
    file: fs::File,
    vocab: HashMap<String, u32>,
    len_start: Vec<u32>,
    offsets: Vec<u32>,
    doc_len: Vec<u16>,
    doc_start: Vec<u32>,
    unit_at: u64,
    postings_at: u64,
    tokens_at: u64,
}

impl LazyIndex {
    fn open(path: &Path) -> Result<LazyIndex, Error> {
        use std::io::Read;
        let file = fs::File::open(path)?;
        let mut r = BufReader::with_capacity(1 << 20, &file);
        let mut buf = vec![0u8; 48];
        r.read_exact(&mut buf)?;
        if &buf[..8] != LAZY_MAGIC {
            return Err("not a prototype index".into());
        }
        let field = |i: usize| {
            u64::from_le_bytes(buf[8 + 8 * i..16 + 8 * i].try_into().unwrap_or([0; 8])) as usize
        };
        let (nwords, ndocs, nlen, npostings) = (field(0), field(1), field(2), field(3));
        let mut pos = 48u64;
        let mut vocab = HashMap::with_capacity(nwords);
        let mut word = Vec::new();
        for id in 0..nwords {
            let mut len = [0u8; 4];
            r.read_exact(&mut len)?;
            let len = u32::from_le_bytes(len) as usize;
            word.resize(len, 0);
            r.read_exact(&mut word)?;
            vocab.insert(String::from_utf8(word.clone())?, id as u32);
            pos += 4 + len as u64;
        }
        fn read_u32s(r: &mut impl Read, n: usize, pos: &mut u64) -> Result<Vec<u32>, Error> {
            let mut b = vec![0u8; n * 4];
            r.read_exact(&mut b)?;
            *pos += b.len() as u64;
            Ok(b.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect())
        }
        let len_start = read_u32s(&mut r, nlen, &mut pos)?;
        let offsets = read_u32s(&mut r, nwords + 1, &mut pos)?;
        let mut b = vec![0u8; ndocs * 2];
        r.read_exact(&mut b)?;
        pos += b.len() as u64;
        let doc_len: Vec<u16> = b
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        let doc_start = read_u32s(&mut r, ndocs + 1, &mut pos)?;
        drop(r);
        let unit_at = pos;
        let postings_at = unit_at + 8 * ndocs as u64;
        let tokens_at = postings_at + 4 * npostings as u64;
        Ok(LazyIndex {
            file,
            vocab,
            len_start,
            offsets,
            doc_len,
            doc_start,
            unit_at,
            postings_at,
            tokens_at,
        })
    }

    fn u32s(&self, at: u64, n: usize) -> Vec<u32> {
        use std::os::unix::fs::FileExt;
        let mut b = vec![0u8; n * 4];
        self.file
            .read_exact_at(&mut b, at)
            .expect("the prototype index file reads");
        b.chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    }

    /// Token ids of a text, as `Index::query_ids` gives them.
    fn query_ids(&self, text: &str) -> Vec<u32> {
        let mut unknown: HashMap<String, u32> = HashMap::new();
        let base = self.vocab.len() as u32;
        korpu::text::tokens_for(text, "en")
            .into_iter()
            .map(|t| match self.vocab.get(&t.norm) {
                Some(id) => *id,
                None => {
                    let next = base + unknown.len() as u32;
                    *unknown.entry(t.norm).or_insert(next)
                }
            })
            .collect()
    }
}

impl Source for LazyIndex {
    fn docs(&self) -> usize {
        self.doc_len.len()
    }

    fn doc_len(&self, d: usize) -> usize {
        self.doc_len[d] as usize
    }

    fn len_start(&self, l: usize) -> u32 {
        self.len_start[l.min(self.len_start.len() - 1)]
    }

    fn window(&self, id: u32, lo: u32, hi: u32) -> (usize, usize) {
        let (Some(&a), Some(&b)) = (
            self.offsets.get(id as usize),
            self.offsets.get(id as usize + 1),
        ) else {
            return (0, 0);
        };
        let (a, b) = (a as usize, b as usize);
        if b - a <= 4096 {
            let list = self.u32s(self.postings_at + 4 * a as u64, b - a);
            return (
                a + list.partition_point(|&d| d < lo),
                a + list.partition_point(|&d| d < hi),
            );
        }
        // A long list: binary searches with one 4-byte read per probe.
        let first = |bound: u32| {
            let (mut l, mut r) = (a, b);
            while l < r {
                let mid = (l + r) / 2;
                if self.u32s(self.postings_at + 4 * mid as u64, 1)[0] < bound {
                    l = mid + 1;
                } else {
                    r = mid;
                }
            }
            l
        };
        (first(lo), first(hi))
    }

    fn postings(&self, a: usize, b: usize) -> std::borrow::Cow<'_, [u32]> {
        std::borrow::Cow::Owned(self.u32s(self.postings_at + 4 * a as u64, b - a))
    }

    fn doc_tokens(&self, d: usize) -> std::borrow::Cow<'_, [u32]> {
        let (s, e) = (self.doc_start[d] as usize, self.doc_start[d + 1] as usize);
        std::borrow::Cow::Owned(self.u32s(self.tokens_at + 4 * s as u64, e - s))
    }

    fn doc_unit(&self, d: usize) -> u64 {
        use std::os::unix::fs::FileExt;
        let mut b = [0u8; 8];
        self.file
            .read_exact_at(&mut b, self.unit_at + 8 * d as u64)
            .expect("the prototype index file reads");
        u64::from_le_bytes(b)
    }
}

/// `Matcher::lookup` as it would run with the prototype search and the store's
/// metadata (locales, memories, penalties) cached per generation: query ids, search,
/// then for each survivor the unit from the store, the exact score, the ranking of
/// `Matcher::lookup` (score, most recently changed, lowest id), and the diff and
/// number substitution of each returned match. Stage one (the exact hash) is left out:
/// the index finds identical texts (base 100) anyway.
fn proto_lookup(
    store: &Store,
    index: &Index,
    proto: &mut Proto,
    text: &str,
    en: &Locale,
    az: &Locale,
) -> Result<Vec<(u64, u8)>, Error> {
    let ids = index.query_ids(text);
    let mut stats = LookupStats::default();
    let query = score::analyze(text, "en");
    let mut found: Vec<(u8, TmUnit)> = Vec::new();
    for (unit, _) in proto.search(&ids, MIN, &mut stats) {
        let Some(unit) = store.tm_unit(unit)? else {
            continue;
        };
        let (Some(source), true) = (unit.variants.get("en"), unit.variants.contains_key("az"))
        else {
            continue;
        };
        let s = score::score(&query, &score::analyze(&source.text, "en"));
        if s >= MIN {
            found.push((s, unit));
        }
    }
    found.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| b.1.changed.cmp(&a.1.changed))
            .then_with(|| a.1.id.cmp(&b.1.id))
    });
    found.truncate(LIMIT);
    let mut out = Vec::with_capacity(found.len());
    for (s, unit) in found {
        let source = &unit.variants["en"].text;
        let target = &unit.variants["az"].text;
        black_box_len(korpu::tm::diff::diff(text, source, "en").len());
        black_box_len(korpu::tm::numbers::substitute_numbers(text, source, target, en, az).len());
        out.push((unit.id, s));
    }
    Ok(out)
}

fn black_box_len(n: usize) {
    std::hint::black_box(n);
}

/// A faster `Index::load` of the same snapshot (layout 1): the postings are built with
/// a counting sort into one flat array (two passes, exact sizes, no `Vec` per token, no
/// quadratic duplicate check), document lengths as `u16`. Returns the number of
/// documents and postings, or `None` when the snapshot has another layout.
fn proto_load(path: &Path) -> Result<Option<(usize, usize)>, Error> {
    let bytes = fs::read(path)?;
    let mut pos = 0usize;
    let mut take = |n: usize| -> Result<&[u8], Error> {
        let s = bytes.get(pos..pos + n).ok_or("truncated snapshot")?;
        pos += n;
        Ok(s)
    };
    let u32_at = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    if take(8)? != b"KORPUIDX" || u32_at(take(4)?) != 1 {
        return Ok(None);
    }
    take(8)?; // generation
    let n = u32_at(take(4)?) as usize;
    take(n)?; // lang
    for _ in 0..u32_at(take(4)?) {
        let n = u32_at(take(4)?) as usize;
        take(n)?;
    }
    let nwords = u32_at(take(4)?) as usize;
    let mut vocab: HashMap<String, u32> = HashMap::with_capacity(nwords);
    for id in 0..nwords {
        let n = u32_at(take(4)?) as usize;
        vocab.insert(String::from_utf8(take(n)?.to_vec())?, id as u32);
    }
    let ndocs = u32_at(take(4)?) as usize;
    let doc_unit: Vec<u64> = take(ndocs * 8)?
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
        .collect();
    let doc_memory: Vec<u16> = take(ndocs * 2)?
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let total = u32_at(take(4)?) as usize;
    let doc_len: Vec<u16> = take(ndocs * 4)?
        .chunks_exact(4)
        .map(|c| u32_at(c).min(u32::from(u16::MAX)) as u16)
        .collect();
    let tokens: Vec<u32> = take(total * 4)?.chunks_exact(4).map(u32_at).collect();
    drop(bytes);
    if tokens.iter().any(|&t| t as usize >= nwords) {
        return Err("inconsistent snapshot".into());
    }
    // Pass 1: document frequencies, each document counted once per token.
    let mut last = vec![u32::MAX; nwords];
    let mut offsets = vec![0u32; nwords + 1];
    let mut start = 0usize;
    for (d, &len) in doc_len.iter().enumerate() {
        for &t in &tokens[start..start + len as usize] {
            if last[t as usize] != d as u32 {
                last[t as usize] = d as u32;
                offsets[t as usize + 1] += 1;
            }
        }
        start += len as usize;
    }
    for t in 0..nwords {
        offsets[t + 1] += offsets[t];
    }
    // Pass 2: fill, documents ascending within each list.
    let mut fill: Vec<u32> = offsets[..nwords].to_vec();
    let mut postings = vec![0u32; offsets[nwords] as usize];
    last.fill(u32::MAX);
    let mut start = 0usize;
    for (d, &len) in doc_len.iter().enumerate() {
        for &t in &tokens[start..start + len as usize] {
            if last[t as usize] != d as u32 {
                last[t as usize] = d as u32;
                postings[fill[t as usize] as usize] = d as u32;
                fill[t as usize] += 1;
            }
        }
        start += len as usize;
    }
    std::hint::black_box((&vocab, &doc_unit, &doc_memory));
    Ok(Some((ndocs, postings.len())))
}

// ---------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------

struct Args {
    units: usize,
    queries: usize,
    seed: u64,
    repeat: usize,
    keep: Option<PathBuf>,
    cli: Option<PathBuf>,
    proto: bool,
    import_only: bool,
    import_proto: bool,
    proto_only: bool,
    /// Internal: run one lookup phase in this (fresh) process.
    child: Option<(String, PathBuf)>,
}

fn args() -> Result<Args, Error> {
    // CI runs the examples in debug builds: a smaller default keeps that to seconds.
    let debug = cfg!(debug_assertions);
    let mut a = Args {
        units: if debug { 5_000 } else { 20_000 },
        queries: if debug { 99 } else { 200 },
        seed: 42,
        repeat: 3,
        keep: None,
        cli: None,
        proto: true,
        import_only: false,
        import_proto: false,
        proto_only: false,
        child: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--units" => a.units = value()?.parse()?,
            "--queries" => a.queries = value()?.parse()?,
            "--seed" => a.seed = value()?.parse()?,
            "--repeat" => a.repeat = value()?.parse::<usize>()?.max(1),
            "--keep" => a.keep = Some(value()?.into()),
            "--cli" => a.cli = Some(value()?.into()),
            "--no-proto" => a.proto = false,
            "--import-only" => a.import_only = true,
            "--import-proto" => a.import_proto = true,
            "--proto-only" => a.proto_only = true,
            "--child" => {
                let mode = value()?;
                a.child = Some((mode, value()?.into()));
            }
            _ => {
                return Err(format!(
                    "unknown argument {flag}; use --units N --queries Q --seed S --repeat R \
                     --keep DIR --cli PATH --no-proto --import-only --import-proto --proto-only"
                )
                .into())
            }
        }
    }
    if a.units < 10 || a.queries < 3 {
        return Err("use at least 10 units and 3 queries".into());
    }
    Ok(a)
}

/// What one query found, for the recall check.
struct Checked {
    filter_expected: usize,
    filter_found: usize,
    filter_extra: usize,
    top_expected: usize,
    top_found: usize,
    /// The exhaustive set (unit, base), sorted.
    exhaustive: Vec<(u64, u8)>,
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("tm_bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn query<'a>(text: &'a str, en: &'a Locale, az: &'a Locale) -> Query<'a> {
    Query {
        text,
        from: en,
        to: az,
        min: MIN,
        limit: LIMIT,
        memory: None,
        context: None,
    }
}

/// Runs a lookup phase in a fresh process (this program with `--child`), so that its
/// time and memory are those of a cold process.
fn in_child(a: &Args, mode: &str, work: &Path) -> Result<(), Error> {
    // A copy of this program made at start: a rebuild of the example during a long run
    // must not change (or remove) what the phases run.
    let exe = work.join("tm_bench.exe");
    if !exe.exists() {
        fs::copy(std::env::current_exe()?, &exe)?;
    }
    let status = Command::new(&exe)
        .args(["--child", mode])
        .arg(work)
        .args(["--units", &a.units.to_string()])
        .args(["--queries", &a.queries.to_string()])
        .args(["--seed", &a.seed.to_string()])
        .args(["--repeat", &a.repeat.to_string()])
        .status()?;
    if !status.success() {
        return Err(format!("the {mode} phase failed ({status})").into());
    }
    Ok(())
}

/// The phases that run in their own process: `rebuild` (snapshot missing) and `lookup`
/// (snapshot present: cold first lookup, then warm passes over every query).
fn child(a: &Args, mode: &str, work: &Path) -> Result<(), Error> {
    let en = Locale::parse("en")?;
    let az = Locale::parse("az")?;
    let vocab = Vocab::new(a.seed);
    let qs = queries(&vocab, a.seed, a.units, a.queries);
    drop(vocab);
    let store_dir = work.join("store");
    let first = query(&qs[0].text, &en, &az);
    if let Some(how) = mode.strip_prefix("import:") {
        let (model, cache) = match how {
            "current" => (ImportModel::Current, None),
            "proposed" => (ImportModel::Proposed, None),
            "compact" => (ImportModel::Compact, None),
            "blocks" => (ImportModel::Blocks, None),
            _ => (ImportModel::Proposed, Some(64 << 20)),
        };
        let dir = work.join(format!("proto-{how}"));
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        let (wall, cpu, n) = import_proto(&work.join("memory.tmx"), &dir, model, cache)?;
        assert_eq!(n, a.units, "the prototype import wrote every unit");
        let peak = proc_kb("VmHWM");
        // What the next process pays to open the database this import left behind.
        // sled lets go of its lock from its flusher thread, shortly after the drop.
        let mut tries = 0;
        let (db, reopen) = loop {
            let t = Instant::now();
            match sled::Config::new().path(&dir).open() {
                Ok(db) => break (db, t.elapsed()),
                Err(e) if tries < 50 => {
                    tries += 1;
                    let _ = e;
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(e) => return Err(e.into()),
            }
        };
        let reopen_rss = proc_kb("VmRSS");
        // 1,000 random units read back (ids run from about 2 to units + 1).
        let units_t = db.open_tree("tm_units")?;
        let mut rng = Rng::new(11);
        let t = Instant::now();
        let mut got = 0usize;
        for _ in 0..1000 {
            let key = (2 + rng.below(a.units) as u64).to_be_bytes();
            let hit = if model == ImportModel::Blocks {
                units_t.range(..=key).next_back().transpose()?.is_some()
            } else {
                units_t.get(key)?.is_some()
            };
            got += usize::from(hit);
        }
        let reads = t.elapsed();
        drop(units_t);
        drop(db);
        row(
            how,
            format!(
                "{:.1} s ({:.1} s CPU), {:.0} units/s, peak RSS {}, {:.0} MB; reopen {:.0} ms / {}, 1,000 reads {:.1} ms ({got} found)",
                wall.as_secs_f64(),
                cpu.as_secs_f64(),
                n as f64 / wall.as_secs_f64(),
                mib(peak),
                dir_size(&dir) as f64 / 1e6,
                reopen.as_secs_f64() * 1e3,
                mib(reopen_rss),
                reads.as_secs_f64() * 1e3
            ),
        );
        fs::remove_dir_all(&dir)?;
        return Ok(());
    }
    if mode == "load:current" || mode == "load:proto" {
        let snapshot = store_dir.join("tm-index").join("en.idx");
        let start = proc_kb("VmRSS");
        let t = Instant::now();
        let what = if mode == "load:current" {
            let index = Index::load(&snapshot)?;
            let took = t.elapsed();
            let rss = proc_kb("VmRSS");
            std::hint::black_box(&index);
            format!(
                "{:.1} ms, {} docs, resident {} after (+{})",
                took.as_secs_f64() * 1e3,
                index.len(),
                mib(rss),
                mib(rss.zip(start).map(|(a, b)| a.saturating_sub(b)))
            )
        } else {
            match proto_load(&snapshot)? {
                Some((docs, postings)) => format!(
                    "{:.1} ms, {docs} docs, {postings} postings",
                    t.elapsed().as_secs_f64() * 1e3
                ),
                None => "snapshot layout is not 1: skipped".into(),
            }
        };
        row(
            if mode == "load:current" {
                "Index::load, fresh process"
            } else {
                "prototype load (counting-sort postings)"
            },
            format!("{what}; peak RSS {}", mib(proc_kb("VmHWM"))),
        );
        return Ok(());
    }
    if let Some(cache) = mode.strip_prefix("open:") {
        // Raw sled on the store's database: what an open costs with a given cache.
        let mut config = sled::Config::new().path(store_dir.join("db"));
        let label = match cache.parse::<u64>() {
            Ok(mb) => {
                config = config.cache_capacity(mb << 20);
                format!("sled open, cache_capacity {mb} MiB")
            }
            Err(_) => "sled open, default config (1 GiB cache)".to_string(),
        };
        let t = Instant::now();
        let db = config.open()?;
        let open = t.elapsed();
        let rss = proc_kb("VmRSS");
        let units = db.open_tree("tm_units")?;
        let mut rng = Rng::new(7);
        let t = Instant::now();
        let mut got = 0;
        for _ in 0..1000 {
            let id = 1 + rng.below(a.units) as u64;
            got += usize::from(units.get(id.to_be_bytes())?.is_some());
        }
        row(
            &label,
            format!(
                "{:.1} ms, resident {} after; 1,000 random unit reads {:.1} ms ({got} found), peak RSS {}",
                open.as_secs_f64() * 1e3,
                mib(rss),
                t.elapsed().as_secs_f64() * 1e3,
                mib(proc_kb("VmHWM"))
            ),
        );
        return Ok(());
    }
    if mode == "lazy" {
        // A cold process: open the prototype index file, look up every query.
        let t = Instant::now();
        let lazy = LazyIndex::open(&work.join("proto-lazy.idx"))?;
        let open = t.elapsed();
        let mut scratch = Scratch::default();
        let mut times = Vec::with_capacity(qs.len());
        let mut out = String::new();
        for q in &qs {
            let t = Instant::now();
            let ids = lazy.query_ids(&q.text);
            let mut r = search(&lazy, &mut scratch, &ids, MIN, &mut LookupStats::default());
            times.push(t.elapsed());
            r.sort_unstable();
            let line: Vec<String> = r.iter().map(|(u, s)| format!("{u}:{s}")).collect();
            out.push_str(&line.join(" "));
            out.push('\n');
        }
        fs::write(work.join("lazy.results"), out)?;
        row(
            "cold: open the file + first query",
            format!(
                "{:.1} ms (open {:.1} ms, first query {:.2} ms); peak RSS {}",
                (open + times[0]).as_secs_f64() * 1e3,
                open.as_secs_f64() * 1e3,
                times[0].as_secs_f64() * 1e3,
                mib(proc_kb("VmHWM"))
            ),
        );
        row(
            "every query, positioned reads (page cache warm)",
            dist(&times),
        );
        return Ok(());
    }
    if mode == "rebuild" {
        let snapshot = store_dir.join("tm-index").join("en.idx");
        if snapshot.exists() {
            fs::remove_file(&snapshot)?;
        }
        let t = Instant::now();
        let store = Store::open(&store_dir)?;
        let open = t.elapsed();
        assert_eq!(snapshot_path(&store, "en"), snapshot, "snapshot location");
        let mut matcher = Matcher::new(&store)?;
        let t2 = Instant::now();
        matcher.lookup(&first)?;
        row(
            "snapshot missing (rebuild + save)",
            format!(
                "{:.1} ms (open {:.1} ms, lookup with rebuild {:.1} ms); peak RSS {}",
                t.elapsed().as_secs_f64() * 1e3,
                open.as_secs_f64() * 1e3,
                t2.elapsed().as_secs_f64() * 1e3,
                mib(proc_kb("VmHWM"))
            ),
        );
        return Ok(());
    }
    let rss_start = proc_kb("VmRSS");
    let t = Instant::now();
    let store = Store::open(&store_dir)?;
    let open = t.elapsed();
    let rss_open = proc_kb("VmRSS");
    let mut matcher = Matcher::new(&store)?;
    let t2 = Instant::now();
    let first_matches = matcher.lookup(&first)?;
    let cold = t.elapsed();
    let rss_index = proc_kb("VmRSS");
    row(
        "snapshot present (load)",
        format!(
            "{:.1} ms (open {:.1} ms, lookup with load {:.1} ms)",
            cold.as_secs_f64() * 1e3,
            open.as_secs_f64() * 1e3,
            t2.elapsed().as_secs_f64() * 1e3
        ),
    );

    matcher.stats = LookupStats::default();
    let mut first_pass: Vec<Duration> = Vec::with_capacity(qs.len());
    let mut best: Vec<Duration> = vec![Duration::MAX; qs.len()];
    let mut found: Vec<Vec<(u64, u8)>> = Vec::with_capacity(qs.len());
    let mut stats = LookupStats::default();
    for pass in 0..a.repeat {
        for (i, q) in qs.iter().enumerate() {
            let t = Instant::now();
            let matches = matcher.lookup(&query(&q.text, &en, &az))?;
            let took = t.elapsed();
            best[i] = best[i].min(took);
            if pass == 0 {
                first_pass.push(took);
                found.push(matches.iter().map(|m| (m.unit, m.score)).collect());
            } else {
                let again: Vec<(u64, u8)> = matches.iter().map(|m| (m.unit, m.score)).collect();
                assert_eq!(again, found[i], "a lookup gives the same answer every time");
            }
        }
        if pass == 0 {
            stats = matcher.stats;
        }
    }
    let rss_after = proc_kb("VmRSS");
    let hwm = proc_kb("VmHWM");
    drop(matcher);

    println!(
        "warm lookup (Matcher::lookup, top {LIMIT}, min {MIN})          p50      p95      p99      max  ms"
    );
    row("all queries, first pass", dist(&first_pass));
    row(
        &format!("all queries, best of {} passes", a.repeat),
        dist(&best),
    );
    for kind in KINDS {
        let t: Vec<Duration> = (0..qs.len())
            .filter(|&i| qs[i].kind == kind)
            .map(|i| best[i])
            .collect();
        let hits = (0..qs.len())
            .filter(|&i| qs[i].kind == kind && !found[i].is_empty())
            .count();
        row(
            &format!("  {} ({} of {} matched)", kind.name(), hits, t.len()),
            dist(&t),
        );
    }
    row(
        "candidates / verified per query (Matcher.stats)",
        format!(
            "{:.0} / {:.0}",
            stats.candidates as f64 / qs.len() as f64,
            stats.verified as f64 / qs.len() as f64
        ),
    );
    println!("memory of the lookup process (resident)");
    row(
        "after Store::open (before the index)",
        format!("{} (at start {})", mib(rss_open), mib(rss_start)),
    );
    row("after the first lookup (index loaded)", mib(rss_index));
    row("after all lookups", mib(rss_after));
    row("peak (VmHWM)", mib(hwm));

    let snapshot = snapshot_path(&store, "en");
    let t = Instant::now();
    let loaded = Index::load(&snapshot)?;
    row(
        "Index::load alone (page cache warm)",
        format!(
            "{:.1} ms, {} docs",
            t.elapsed().as_secs_f64() * 1e3,
            loaded.len()
        ),
    );
    drop(loaded);

    let mut out = String::new();
    out.push_str(&format!(
        "{}\n",
        first_matches.first().map_or(0, |m| m.score)
    ));
    for f in &found {
        let line: Vec<String> = f.iter().map(|(u, s)| format!("{u}:{s}")).collect();
        out.push_str(&line.join(" "));
        out.push('\n');
    }
    fs::write(work.join("lookup.results"), out)?;
    Ok(())
}

/// Per query, the (unit, score) of each match, best first.
type Found = Vec<Vec<(u64, u8)>>;

/// Lines of `unit:score` pairs, one per query.
fn read_results_list(path: &Path, count: usize) -> Result<((), Found), Error> {
    let text = fs::read_to_string(path)?;
    let mut found = Vec::with_capacity(count);
    for line in text.lines() {
        let mut f = Vec::new();
        for pair in line.split_whitespace() {
            let (u, s) = pair.split_once(':').ok_or("bad result")?;
            f.push((u.parse()?, s.parse()?));
        }
        found.push(f);
    }
    if found.len() != count {
        return Err(format!("{} results for {count} queries", found.len()).into());
    }
    Ok(((), found))
}

fn read_results(path: &Path, count: usize) -> Result<(u8, Found), Error> {
    let text = fs::read_to_string(path)?;
    let mut lines = text.lines();
    let first: u8 = lines.next().ok_or("empty results")?.parse()?;
    let mut found = Vec::with_capacity(count);
    for line in lines {
        let mut f = Vec::new();
        for pair in line.split_whitespace() {
            let (u, s) = pair.split_once(':').ok_or("bad result")?;
            f.push((u.parse()?, s.parse()?));
        }
        found.push(f);
    }
    if found.len() != count {
        return Err(format!("{} results for {count} queries", found.len()).into());
    }
    Ok((first, found))
}

fn run() -> Result<bool, Error> {
    let a = args()?;
    if let Some((mode, work)) = &a.child {
        child(&a, mode, work)?;
        return Ok(true);
    }
    let temp;
    let work: PathBuf = match &a.keep {
        Some(dir) => {
            fs::create_dir_all(dir)?;
            dir.clone()
        }
        None => {
            temp = tempfile::tempdir()?;
            temp.path().to_path_buf()
        }
    };
    let exe = work.join("tm_bench.exe");
    fs::copy(std::env::current_exe()?, &exe)?;
    let tmx = work.join("memory.tmx");
    let store_dir = work.join("store");
    let marker = work.join("tm_bench.run");
    let stamp = format!("units={} seed={}\n", a.units, a.seed);
    let reuse = fs::read_to_string(&marker).is_ok_and(|s| s == stamp) && store_dir.exists();
    if !reuse && store_dir.exists() {
        return Err(format!(
            "{} holds a store of another run; give an empty --keep folder",
            work.display()
        )
        .into());
    }

    println!(
        "tm_bench: {} units, {} queries, seed {}, min {MIN}, top {LIMIT}, en → az (load average {}){}",
        a.units,
        a.queries,
        a.seed,
        load_average(),
        if cfg!(debug_assertions) {
            "\n  (a debug build: times are not representative; use --release)"
        } else {
            ""
        }
    );
    let t = Instant::now();
    let vocab = Vocab::new(a.seed);
    let qs = queries(&vocab, a.seed, a.units, a.queries);
    let vocab_time = t.elapsed();

    // --- generate + import ------------------------------------------------------
    println!("memory");
    row(
        "vocabulary + queries generated",
        format!("{:.2} s", vocab_time.as_secs_f64()),
    );
    if reuse {
        row("import", format!("reused the store in {}", work.display()));
    } else {
        let t = Instant::now();
        let header = TmxHeader {
            srclang: "en".into(),
            ..TmxHeader::default()
        };
        let mut writer = TmxWriter::new(BufWriter::new(fs::File::create(&tmx)?), &header)?;
        let mut tokens = 0usize;
        for i in 0..a.units {
            let unit = make_unit(&vocab, a.seed, i);
            tokens += korpu::text::tokens_for(&unit.variants["en"].text, "en").len();
            writer.write_unit(&unit)?;
        }
        let mut out = writer.finish()?;
        std::io::Write::flush(&mut out)?;
        drop(out);
        row(
            "TMX written (TmxWriter)",
            format!(
                "{:.2} s, {:.1} MB, {:.1} en tokens/unit",
                t.elapsed().as_secs_f64(),
                fs::metadata(&tmx)?.len() as f64 / 1e6,
                tokens as f64 / a.units as f64
            ),
        );

        let t = Instant::now();
        let mut parsed = 0usize;
        let mut reader = TmxReader::new(BufReader::new(fs::File::open(&tmx)?))
            .map_err(|d| d.display_in("memory.tmx"))?;
        for unit in reader.by_ref() {
            unit.map_err(|d| d.display_in("memory.tmx"))?;
            parsed += 1;
        }
        let parse_time = t.elapsed();
        assert_eq!(parsed, a.units, "the TMX reader read back every unit");
        row(
            "TMX parse only (TmxReader)",
            format!(
                "{:.2} s, {:.0} units/s",
                parse_time.as_secs_f64(),
                a.units as f64 / parse_time.as_secs_f64()
            ),
        );

        reset_peak();
        let t = Instant::now();
        let cpu = cpu_time();
        let store = Store::open(&store_dir)?;
        let (outcome, reading) = import_tmx(&store, &tmx)?;
        let import_time = t.elapsed();
        let import_cpu = cpu_time().saturating_sub(cpu);
        // The import's own peak: the checks below read the whole memory back.
        let import_peak = proc_kb("VmHWM");
        assert_eq!(
            outcome.imported + outcome.merged + outcome.skipped,
            a.units,
            "every unit is accounted for"
        );
        assert_eq!(store.tm_len(), outcome.imported, "units in the store");
        drop(store);
        row(
            "import (parse + tm_import + commit)",
            format!(
                "{:.2} s ({:.2} s CPU), {:.0} units/s ({} new, {} merged, {} skipped)",
                import_time.as_secs_f64(),
                import_cpu.as_secs_f64(),
                a.units as f64 / import_time.as_secs_f64(),
                outcome.imported,
                outcome.merged,
                outcome.skipped
            ),
        );
        row(
            "  of which reading units (TmxReader)",
            format!("{:.2} s", reading.as_secs_f64()),
        );
        row("peak RSS of the import", mib(import_peak));
        row(
            "  peak RSS after reading every unit back",
            mib(proc_kb("VmHWM")),
        );
        fs::write(&marker, &stamp)?;
    }
    row(
        "store on disk",
        format!("{:.0} MB", dir_size(&store_dir) as f64 / 1e6),
    );
    drop(vocab);
    if a.import_proto {
        if !tmx.exists() {
            return Err(format!("{} is missing", tmx.display()).into());
        }
        println!("prototype import on raw sled (TMX parse included)");
        for how in [
            "current",
            "proposed",
            "proposed-64m-cache",
            "compact",
            "blocks",
        ] {
            in_child(&a, &format!("import:{how}"), &work)?;
        }
    }
    if a.import_only {
        let _ = fs::remove_file(&exe);
        return Ok(true);
    }
    let found: Found;
    let first_score: u8;
    if a.proto_only {
        // Quick loop for the prototype: no lookup processes, no exhaustive scan; the
        // prototype is compared with Index::search (which the full run checks against
        // the scan).
        found = vec![Vec::new(); qs.len()];
        first_score = 0;
    } else {
        // --- cold and warm lookups, each in a fresh process ----------------------------
        println!("cold lookup (first query; fresh process: Store::open + Matcher + lookup)");
        in_child(&a, "rebuild", &work)?;
        let snapshot = store_dir.join("tm-index").join("en.idx");
        let snapshot_bytes = fs::metadata(&snapshot)?.len();
        in_child(&a, "lookup", &work)?;
        row(
            "snapshot file",
            format!(
                "{:.1} MB ({:.0} bytes/unit)",
                snapshot_bytes as f64 / 1e6,
                snapshot_bytes as f64 / a.units as f64
            ),
        );
        (first_score, found) = read_results(&work.join("lookup.results"), qs.len())?;
        in_child(&a, "load:current", &work)?;
        if a.proto {
            in_child(&a, "load:proto", &work)?;
            for cache in ["default", "256", "64"] {
                in_child(&a, &format!("open:{cache}"), &work)?;
            }
        }
    }

    // --- lookup path pieces -------------------------------------------------------
    let store = Store::open(&store_dir)?;
    let index = load_index(&store, "en")?;
    let mut search_times = Vec::with_capacity(qs.len());
    let mut ids_times = Vec::with_capacity(qs.len());
    let mut search_stats = LookupStats::default();
    let mut searched: Vec<Vec<(u64, u8)>> = Vec::with_capacity(qs.len());
    let mut qids: Vec<Vec<u32>> = Vec::with_capacity(qs.len());
    for q in &qs {
        let t = Instant::now();
        let ids = index.query_ids(&q.text);
        ids_times.push(t.elapsed());
        let mut best = Duration::MAX;
        let mut c = Vec::new();
        for pass in 0..a.repeat {
            let mut st = LookupStats::default();
            let t = Instant::now();
            c = index.search(&ids, MIN, &mut st);
            best = best.min(t.elapsed());
            if pass == 0 {
                search_stats.candidates += st.candidates;
                search_stats.verified += st.verified;
            }
        }
        search_times.push(best);
        searched.push(c.iter().map(|c| (c.unit, c.base)).collect());
        qids.push(ids);
    }
    let mut probe = Rng::new(mix(a.seed, 0x0070_726f_6265));
    let unit_ids: Vec<u64> = (0..1000)
        .filter_map(|_| searched[probe.below(searched.len())].first().map(|c| c.0))
        .collect();
    let t = Instant::now();
    for id in &unit_ids {
        store.tm_unit(*id)?;
    }
    let unit_read = t.elapsed() / unit_ids.len().max(1) as u32;
    let sample = qs.len().min(200);
    let t = Instant::now();
    for q in qs.iter().take(sample) {
        store.tm_langs()?;
        store.tm_exact(None, "en", &q.text)?;
    }
    let exact_path = t.elapsed() / sample as u32;
    let t = Instant::now();
    for q in qs.iter().take(sample) {
        score::analyze(&q.text, "en");
    }
    let analyze_time = t.elapsed() / sample as u32;
    println!(
        "lookup path pieces (best of {})                              p50      p95      p99      max  ms",
        a.repeat
    );
    row("Index::query_ids", dist(&ids_times));
    row("Index::search (min 70)", dist(&search_times));
    row(
        "Store::tm_unit (sled get + JSON decode), mean",
        format!("{} ms", ms(unit_read)),
    );
    row(
        "tm_langs + tm_exact (stage one), mean",
        format!("{} ms", ms(exact_path)),
    );
    row(
        "score::analyze of a query, mean",
        format!("{} ms", ms(analyze_time)),
    );
    row(
        "units per query re-scored (base ≥ 70)",
        format!(
            "{:.2}",
            searched.iter().map(Vec::len).sum::<usize>() as f64 / qs.len() as f64
        ),
    );

    // --- recall against the exhaustive scan ---------------------------------------
    let (checks, filter_recall, fx) = if a.proto_only {
        let checks: Vec<Checked> = searched
            .iter()
            .map(|s| {
                let mut exhaustive = s.clone();
                exhaustive.sort_unstable();
                Checked {
                    filter_expected: 0,
                    filter_found: 0,
                    filter_extra: 0,
                    top_expected: 0,
                    top_found: 0,
                    exhaustive,
                }
            })
            .collect();
        (checks, 1.0, 0)
    } else {
        let t = Instant::now();
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .max(1);
        let chunk = qs.len().div_ceil(threads);
        let checks: Vec<Result<Checked, String>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads)
                .map(|w| {
                    let (index, store, qs, qids, searched, found) =
                        (&index, &store, &qs, &qids, &searched, &found);
                    s.spawn(move || {
                        let range = (w * chunk).min(qs.len())..((w + 1) * chunk).min(qs.len());
                        range
                            .map(|i| {
                                check(index, store, &qs[i].text, &qids[i], &searched[i], &found[i])
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| {
                    h.join()
                        .unwrap_or_else(|_| vec![Err("a check thread panicked".into())])
                })
                .collect()
        });
        let checks: Vec<Checked> = checks.into_iter().collect::<Result<_, _>>()?;
        let scan_time = t.elapsed();
        let sum = |f: fn(&Checked) -> usize| checks.iter().map(f).sum::<usize>();
        let (fe, ff, fx) = (
            sum(|c| c.filter_expected),
            sum(|c| c.filter_found),
            sum(|c| c.filter_extra),
        );
        let (te, tf) = (sum(|c| c.top_expected), sum(|c| c.top_found));
        let filter_recall = if fe == 0 { 1.0 } else { ff as f64 / fe as f64 };
        let top_recall = if te == 0 { 1.0 } else { tf as f64 / te as f64 };
        println!(
            "recall against Index::scan (exhaustive, {threads} threads, {:.1} s)",
            scan_time.as_secs_f64()
        );
        row(
            "filter recall (search = scan, base ≥ 70)",
            format!("{filter_recall:.4} ({ff} of {fe} units; {fx} extra)"),
        );
        row(
            "top-5 recall (scores of the exhaustive top 5)",
            format!("{top_recall:.4} ({tf} of {te} ranks)"),
        );
        (checks, filter_recall, fx)
    };

    // --- prototype ------------------------------------------------------------------
    if a.proto {
        let t = Instant::now();
        let mut proto = Proto::build(&store, &index)?;
        let build = t.elapsed();
        let mut times = Vec::with_capacity(qs.len());
        let mut pstats = LookupStats::default();
        let mut results = Vec::with_capacity(qs.len());
        for ids in &qids {
            let mut best = Duration::MAX;
            let mut r = Vec::new();
            for pass in 0..a.repeat {
                let mut st = LookupStats::default();
                let t = Instant::now();
                r = proto.search(ids, MIN, &mut st);
                best = best.min(t.elapsed());
                if pass == 0 {
                    pstats.candidates += st.candidates;
                    pstats.verified += st.verified;
                }
            }
            times.push(best);
            r.sort_unstable();
            results.push(r);
        }
        let agree = (0..qs.len())
            .filter(|&i| results[i] == checks[i].exhaustive)
            .count();
        println!(
            "prototype search (docs numbered by length, windowed lists)     p50      p95      p99      max  ms"
        );
        row("prototype search (min 70)", dist(&times));
        for kind in KINDS {
            let t: Vec<Duration> = (0..qs.len())
                .filter(|&i| qs[i].kind == kind)
                .map(|i| times[i])
                .collect();
            row(&format!("  {}", kind.name()), dist(&t));
        }
        row("Index::search, same queries", dist(&search_times));
        for kind in KINDS {
            let t: Vec<Duration> = (0..qs.len())
                .filter(|&i| qs[i].kind == kind)
                .map(|i| search_times[i])
                .collect();
            row(&format!("  {}", kind.name()), dist(&t));
        }
        row(
            "candidates / verified per query: Index::search",
            format!(
                "{:.0} / {:.0}",
                search_stats.candidates as f64 / qs.len() as f64,
                search_stats.verified as f64 / qs.len() as f64
            ),
        );
        row(
            "candidates / verified per query: prototype",
            format!(
                "{:.0} / {:.0} (postings read: {:.0} candidate lists + {:.0} count lists)",
                pstats.candidates as f64 / qs.len() as f64,
                pstats.verified as f64 / qs.len() as f64,
                proto.scratch.read.0 as f64 / (qs.len() * a.repeat) as f64,
                proto.scratch.read.1 as f64 / (qs.len() * a.repeat) as f64
            ),
        );
        row(
            "prototype = Index::scan (same units, bases)",
            format!(
                "{agree} of {} queries (built in {:.1} s)",
                qs.len(),
                build.as_secs_f64()
            ),
        );
        assert_eq!(
            agree,
            qs.len(),
            "the prototype finds exactly what Index::scan finds"
        );
        let en = Locale::parse("en")?;
        let az = Locale::parse("az")?;
        let mut times = Vec::with_capacity(qs.len());
        let mut same = 0;
        for (i, q) in qs.iter().enumerate() {
            let mut best = Duration::MAX;
            let mut r = Vec::new();
            for _ in 0..a.repeat {
                let t = Instant::now();
                r = proto_lookup(&store, &index, &mut proto, &q.text, &en, &az)?;
                best = best.min(t.elapsed());
            }
            times.push(best);
            same += usize::from(a.proto_only || r == found[i]);
        }
        row(
            "prototype lookup (search + store + score + diff)",
            dist(&times),
        );
        row(
            "prototype lookup = Matcher::lookup (units, scores, order)",
            format!("{same} of {} queries", qs.len()),
        );
        assert_eq!(
            same,
            qs.len(),
            "the prototype lookup answers as Matcher::lookup"
        );
        if let Some(words) = snapshot_words(&snapshot_path(&store, "en"))? {
            let path = work.join("proto-lazy.idx");
            let bytes = write_lazy(&proto, &words, &path)?;
            println!(
                "prototype index file read lazily ({:.1} MB; a fresh process)                 p50      p95      p99      max  ms",
                bytes as f64 / 1e6
            );
            in_child(&a, "lazy", &work)?;
            let (_, lazy) = read_results_list(&work.join("lazy.results"), qs.len())?;
            let agree = (0..qs.len())
                .filter(|&i| lazy[i] == checks[i].exhaustive)
                .count();
            row(
                "lazy file search = Index::scan (same units, bases)",
                format!("{agree} of {} queries", qs.len()),
            );
            assert_eq!(
                agree,
                qs.len(),
                "the lazily read index finds what Index::scan finds"
            );
            fs::remove_file(&path)?;
        }
    }
    drop(index);
    drop(store);

    // --- cold CLI -------------------------------------------------------------------
    if let Some(cli) = &a.cli {
        println!("cold CLI: korpu --store DIR --json tm search TEXT --from en --to az (snapshot current)");
        for run in 0..3 {
            let time = Path::new("/usr/bin/time");
            let mut cmd = if time.exists() {
                let mut c = Command::new(time);
                c.arg("-v").arg(cli);
                c
            } else {
                Command::new(cli)
            };
            cmd.arg("--store").arg(&store_dir).args([
                "--json",
                "tm",
                "search",
                &qs[0].text,
                "--from",
                "en",
                "--to",
                "az",
            ]);
            let t = Instant::now();
            let out = cmd.output()?;
            let wall = t.elapsed();
            if !out.status.success() {
                return Err(format!(
                    "{} failed: {}",
                    cli.display(),
                    String::from_utf8_lossy(&out.stderr)
                )
                .into());
            }
            let json: serde_json::Value = serde_json::from_slice(&out.stdout)?;
            let top = json
                .get(0)
                .and_then(|m| m.get("score"))
                .and_then(serde_json::Value::as_u64)
                .unwrap_or(0);
            assert_eq!(
                top,
                u64::from(first_score),
                "the CLI finds the same best score"
            );
            let max_rss = String::from_utf8_lossy(&out.stderr).lines().find_map(|l| {
                l.trim()
                    .strip_prefix("Maximum resident set size (kbytes): ")
                    .and_then(|v| v.parse::<u64>().ok())
            });
            row(
                &format!("run {}", run + 1),
                format!(
                    "{:.1} ms wall, max RSS {}",
                    wall.as_secs_f64() * 1e3,
                    mib(max_rss)
                ),
            );
        }
    }

    println!("(load average at the end {})", load_average());
    let _ = fs::remove_file(&exe);
    if filter_recall < 1.0 || fx > 0 {
        eprintln!("tm_bench: Index::search and Index::scan disagree");
    }
    assert!(filter_recall >= 1.0, "filter recall {filter_recall} < 1.0");
    Ok(fx == 0)
}

/// Compares one query's filtered search with the exhaustive scan, and the lookup's
/// top 5 with the exhaustive top 5 by full score.
fn check(
    index: &Index,
    store: &Store,
    text: &str,
    ids: &[u32],
    searched: &[(u64, u8)],
    found: &[(u64, u8)],
) -> Result<Checked, String> {
    let exhaustive = index.scan(ids, MIN);
    let want: HashSet<(u64, u8)> = exhaustive.iter().map(|c| (c.unit, c.base)).collect();
    let got: HashSet<(u64, u8)> = searched.iter().copied().collect();
    let query = score::analyze(text, "en");
    let mut full: HashMap<u64, u8> = HashMap::new();
    for c in &exhaustive {
        let unit = store
            .tm_unit(c.unit)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("unit {} is in the index but not the store", c.unit))?;
        let Some(v) = unit.variants.get("en") else {
            continue;
        };
        if !unit.variants.contains_key("az") {
            continue;
        }
        let s = score::score(&query, &score::analyze(&v.text, "en"));
        if s >= MIN {
            full.insert(c.unit, s);
        }
    }
    let mut best: Vec<u8> = full.values().copied().collect();
    best.sort_unstable_by(|a, b| b.cmp(a));
    best.truncate(LIMIT);
    let top_found = best
        .iter()
        .zip(found)
        .filter(|(want, (unit, score))| *want == score && full.get(unit) == Some(score))
        .count();
    Ok(Checked {
        filter_expected: want.len(),
        filter_found: want.intersection(&got).count(),
        filter_extra: got.difference(&want).count(),
        top_expected: best.len(),
        top_found,
        exhaustive: {
            let mut v: Vec<(u64, u8)> = want.into_iter().collect();
            v.sort_unstable();
            v
        },
    })
}
