//! The lookup index: token postings with exact prefix, length and count filters.
//!
//! One index covers the variants of one locale. Each variant is a *document*: its
//! token sequence (norms interned to `u32`), its unit id and its memory. A lookup
//!
//! 1. tokenises the query the same way,
//! 2. keeps only documents whose length can still reach the minimum score (the length
//!    filter: `t·n ≤ m ≤ n/t`),
//! 3. takes the postings of the query's rarest tokens only (the prefix filter: a
//!    document that reaches `t` shares at least `⌈t·max(n, m)/100⌉` token occurrences
//!    with the query, so it holds one of the rarest tokens),
//! 4. adds the next posting lists to each candidate's count and drops those that can
//!    no longer reach their bound (the count filter),
//! 5. verifies the rest with the exact token Levenshtein distance.
//!
//! Both filters are exact: no document whose base score reaches the minimum is missed,
//! and no document is scanned unless it shares a rare token with the query.
//!
//! An index has two parts. The *base* is a snapshot file (`tm/snapshot.rs`),
//! read lazily: documents numbered by length, so the length filter is one range of each
//! posting list. The *delta* holds, in memory, the documents added or replaced since the
//! snapshot was written; the base documents they replace are marked dead. A search
//! reads both. [`Index::save`] writes base and delta as one new snapshot.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;

pub use super::snapshot::SnapshotError;
use super::snapshot::{Docs, Snapshot};
use crate::model::TmUnit;
use crate::text::tokens_for;

/// An index over the variants of one locale.
#[derive(Debug, Default)]
pub struct Index {
    /// The locale tag it covers.
    pub lang: String,
    /// The store generation it reflects.
    pub generation: u64,
    /// Words that are not in the base's vocabulary, with ids that follow its ids.
    vocab: HashMap<String, u32>,
    /// Memory names; documents refer to them by position.
    memories: Vec<String>,
    base: Option<Snapshot>,
    /// Base documents replaced or removed since the snapshot.
    dead: HashSet<u32>,
    /// Unit → base document, built on the first change.
    base_units: Option<HashMap<u64, u32>>,
    delta: Delta,
    scratch: Mutex<Scratch>,
}

/// Documents added since the snapshot, in memory.
#[derive(Debug, Default)]
struct Delta {
    /// Token id → documents, ascending.
    postings: HashMap<u32, Vec<u32>>,
    unit: Vec<u64>,
    memory: Vec<u16>,
    start: Vec<u32>,
    tokens: Vec<u32>,
    dead: Vec<bool>,
    live: usize,
    unit_doc: HashMap<u64, u32>,
}

impl Delta {
    fn doc(&self, d: usize) -> &[u32] {
        let start = self.start[d] as usize;
        let end = self
            .start
            .get(d + 1)
            .map_or(self.tokens.len(), |e| *e as usize);
        &self.tokens[start..end]
    }
}

/// Reusable memory of the searches: a counter per document (zero between searches)
/// and the documents touched.
#[derive(Debug, Default)]
struct Scratch {
    counts: Vec<u16>,
    delta_counts: Vec<u16>,
    touched: Vec<u32>,
    list: Vec<u32>,
    doc: Vec<u32>,
}

/// A candidate that passed the exact verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// The unit.
    pub unit: u64,
    /// Its base score (token Levenshtein only).
    pub base: u8,
    /// Index of its memory in [`Index::memories`].
    pub memory: u16,
}

/// Figures about one lookup, for benchmarks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LookupStats {
    /// Documents taken from the postings (after the length filter).
    pub candidates: usize,
    /// Documents whose distance was computed.
    pub verified: usize,
}

/// The bounds of one search: query length `n`, minimum `t` percent.
#[derive(Clone, Copy)]
struct Bounds {
    n: usize,
    t: usize,
}

impl Bounds {
    fn new(n: usize, min: u8) -> Bounds {
        Bounds {
            n,
            t: usize::from(min.clamp(1, 100)),
        }
    }

    /// Length filter: floor(100·(1 − |n−m|/max)) ≥ t needs t·max ≤ 100·min.
    fn lengths(self) -> (usize, usize) {
        ((self.n * self.t).div_ceil(100), self.n * 100 / self.t)
    }

    /// Shared token occurrences a document of `m` tokens needs.
    fn need(self, m: usize) -> usize {
        (self.t * self.n.max(m)).div_ceil(100)
    }
}

/// A query token's posting list: its length (inside the length window), the token id,
/// how often the query holds it, and where the list (or window) starts.
type List = (u64, u32, usize, u64);

/// The query's lists sorted rarest first, with `rest[j]` the occurrences lists `j..`
/// can still add, and the prefix: how many lists supply the candidates.
fn plan(mut toks: Vec<List>, b: Bounds) -> (Vec<List>, Vec<usize>, usize) {
    toks.sort_unstable();
    let mut rest = vec![0usize; toks.len() + 1];
    for j in (0..toks.len()).rev() {
        rest[j] = rest[j + 1] + toks[j].2;
    }
    let o_min = b.need(0);
    let prefix = (0..=toks.len())
        .find(|&k| rest[k] < o_min)
        .unwrap_or(toks.len());
    (toks, rest, prefix)
}

impl Index {
    /// An empty index for a locale.
    pub fn new(lang: &str) -> Index {
        Index {
            lang: lang.to_string(),
            ..Index::default()
        }
    }

    /// Live documents.
    pub fn len(&self) -> usize {
        let base = self.base.as_ref().map_or(0, |b| b.docs() as usize);
        base - self.dead.len() + self.delta.live
    }

    /// Whether it holds no live document.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The memory names documents refer to.
    pub fn memories(&self) -> &[String] {
        &self.memories
    }

    /// Documents changed since the snapshot was written (kept in memory).
    pub fn pending(&self) -> usize {
        self.dead.len() + self.delta.unit.len()
    }

    /// The id of a token norm, if the index has seen it.
    fn word_id(&self, norm: &str) -> Option<u32> {
        self.base
            .as_ref()
            .and_then(|b| b.find(norm))
            .or_else(|| self.vocab.get(norm).copied())
    }

    /// How many token ids are in use.
    fn vocab_len(&self) -> u32 {
        self.base.as_ref().map_or(0, Snapshot::words) + self.vocab.len() as u32
    }

    fn intern(&mut self, norm: String) -> u32 {
        if let Some(id) = self.word_id(&norm) {
            return id;
        }
        let id = self.vocab_len();
        self.vocab.insert(norm, id);
        id
    }

    fn memory_id(&mut self, name: &str) -> u16 {
        match self.memories.iter().position(|m| m == name) {
            Some(i) => i as u16,
            None => {
                self.memories.push(name.to_string());
                (self.memories.len() - 1) as u16
            }
        }
    }

    /// Token ids of a text; tokens the index has never seen get ids past the vocabulary
    /// (they match nothing but still count in the distance).
    pub fn query_ids(&self, text: &str) -> Vec<u32> {
        let mut unknown: HashMap<String, u32> = HashMap::new();
        let base = self.vocab_len();
        tokens_for(text, &self.lang)
            .into_iter()
            .map(|t| match self.word_id(&t.norm) {
                Some(id) => id,
                None => {
                    let next = base + unknown.len() as u32;
                    *unknown.entry(t.norm).or_insert(next)
                }
            })
            .collect()
    }

    /// Adds (or replaces) the variant of `unit` in this index's locale; a unit without
    /// one is removed. Fails only when the snapshot under the index is damaged.
    pub fn upsert(&mut self, unit: &TmUnit) -> Result<(), SnapshotError> {
        self.remove(unit.id)?;
        let Some(v) = unit.variants.get(&self.lang) else {
            return Ok(());
        };
        let memory = self.memory_id(&unit.memory);
        let ids: Vec<u32> = tokens_for(&v.text, &self.lang)
            .into_iter()
            .map(|t| self.intern(t.norm))
            .collect();
        let delta = &mut self.delta;
        let doc = delta.unit.len() as u32;
        delta.start.push(delta.tokens.len() as u32);
        for id in ids {
            delta.tokens.push(id);
            let list = delta.postings.entry(id).or_default();
            if list.last() != Some(&doc) {
                list.push(doc);
            }
        }
        delta.unit.push(unit.id);
        delta.memory.push(memory);
        delta.dead.push(false);
        delta.live += 1;
        delta.unit_doc.insert(unit.id, doc);
        Ok(())
    }

    /// Removes a unit's document, if it has one.
    pub fn remove(&mut self, unit: u64) -> Result<(), SnapshotError> {
        if let Some(doc) = self.delta.unit_doc.remove(&unit) {
            let d = doc as usize;
            if !self.delta.dead[d] {
                self.delta.dead[d] = true;
                self.delta.live -= 1;
            }
            return Ok(());
        }
        let Some(base) = &self.base else {
            return Ok(());
        };
        if self.base_units.is_none() {
            let mut map = HashMap::with_capacity(base.docs() as usize);
            for d in 0..base.docs() {
                map.insert(base.unit(d)?, d);
            }
            self.base_units = Some(map);
        }
        if let Some(d) = self.base_units.as_mut().and_then(|m| m.remove(&unit)) {
            self.dead.insert(d);
        }
        Ok(())
    }

    /// Units whose base score against the query reaches `min` (1..=100), with that
    /// score. Exact: every such unit is returned. An empty list when the snapshot under
    /// the index turns out to be damaged (see [`Index::try_search`]).
    pub fn search(&self, query: &[u32], min: u8, stats: &mut LookupStats) -> Vec<Candidate> {
        self.try_search(query, min, stats).unwrap_or_default()
    }

    /// [`Index::search`], failing when a part of the snapshot it reads is damaged.
    ///
    /// A document of m tokens within distance d of the query (n tokens) shares at least
    /// max(n, m) − d token occurrences with it, so a base score of t needs a shared
    /// count of ⌈t·max(n, m)/100⌉, at least ⌈t·n/100⌉. Candidates come from the rarest
    /// query tokens, until the remaining ones hold fewer occurrences than that; the
    /// next lists only add to the candidates' counts, and a candidate whose count plus
    /// what the unread lists could add stays below its bound is dropped unverified.
    pub fn try_search(
        &self,
        query: &[u32],
        min: u8,
        stats: &mut LookupStats,
    ) -> Result<Vec<Candidate>, SnapshotError> {
        let mut out = Vec::new();
        if query.is_empty() || self.is_empty() {
            return Ok(out);
        }
        let b = Bounds::new(query.len(), min);
        let mut sorted = query.to_vec();
        sorted.sort_unstable();
        let mut sc = self
            .scratch
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(base) = &self.base {
            self.search_base(base, &sorted, query, min, b, stats, &mut sc, &mut out)?;
        }
        if self.delta.live > 0 {
            self.search_delta(&sorted, query, min, b, stats, &mut sc, &mut out);
        }
        Ok(out)
    }

    #[allow(clippy::too_many_arguments)]
    fn search_base(
        &self,
        base: &Snapshot,
        sorted: &[u32],
        query: &[u32],
        min: u8,
        b: Bounds,
        stats: &mut LookupStats,
        sc: &mut Scratch,
        out: &mut Vec<Candidate>,
    ) -> Result<(), SnapshotError> {
        let (min_len, max_len) = b.lengths();
        let (lo, hi) = (base.len_start(min_len), base.len_start(max_len + 1));
        if lo >= hi {
            return Ok(());
        }
        let mut toks = Vec::with_capacity(sorted.len());
        for run in sorted.chunk_by(|a, b| a == b) {
            if run[0] >= base.words() {
                continue;
            }
            let (from, to) = base.window(run[0], lo, hi)?;
            if to > from {
                toks.push((to - from, run[0], run.len(), from));
            }
        }
        let (toks, rest, prefix) = plan(toks, b);
        if rest[0] < b.need(0) {
            return Ok(());
        }
        let Scratch {
            counts,
            touched,
            list,
            doc,
            ..
        } = sc;
        if counts.len() < base.docs() as usize {
            *counts = vec![0; base.docs() as usize];
        }
        touched.clear();
        for &(len, _, mult, from) in &toks[..prefix] {
            list.clear();
            if let Err(e) = base.postings(from, from + len, list) {
                // Counters stay zero between searches, even after a failed one.
                for &d in touched.iter() {
                    counts[d as usize] = 0;
                }
                return Err(e);
            }
            for &d in list.iter() {
                let c = &mut counts[d as usize];
                if *c == 0 {
                    touched.push(d);
                }
                *c = c.saturating_add(mult as u16);
            }
        }
        stats.candidates += touched.len();
        let prune = |touched: &mut Vec<u32>, counts: &mut [u16], rest: usize| {
            touched.retain(|&d| {
                let keep = usize::from(counts[d as usize]) + rest >= b.need(base.doc_len(d));
                if !keep {
                    counts[d as usize] = 0;
                }
                keep
            });
        };
        let mut read = prefix;
        prune(touched, counts, rest[read]);
        // The count filter: the next lists, rarest first, while reading one costs less
        // than verifying the candidates left.
        while read < toks.len() && !touched.is_empty() && toks[read].0 <= 32 * touched.len() as u64
        {
            let (len, _, mult, from) = toks[read];
            list.clear();
            if let Err(e) = base.postings(from, from + len, list) {
                for &d in touched.iter() {
                    counts[d as usize] = 0;
                }
                return Err(e);
            }
            for &d in list.iter() {
                let c = &mut counts[d as usize];
                if *c > 0 {
                    *c = c.saturating_add(mult as u16);
                }
            }
            read += 1;
            prune(touched, counts, rest[read]);
        }
        for &d in touched.iter() {
            counts[d as usize] = 0;
        }
        for &d in touched.iter() {
            if self.dead.contains(&d) {
                continue;
            }
            stats.verified += 1;
            doc.clear();
            base.doc_tokens(d, doc)?;
            let score = crate::tm::score::base_score_ids(query, doc);
            if score >= min {
                out.push(Candidate {
                    unit: base.unit(d)?,
                    base: score,
                    memory: base.memory(d)?,
                });
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn search_delta(
        &self,
        sorted: &[u32],
        query: &[u32],
        min: u8,
        b: Bounds,
        stats: &mut LookupStats,
        sc: &mut Scratch,
        out: &mut Vec<Candidate>,
    ) {
        let delta = &self.delta;
        let (min_len, max_len) = b.lengths();
        let mut toks = Vec::with_capacity(sorted.len());
        for run in sorted.chunk_by(|a, b| a == b) {
            if let Some(list) = delta.postings.get(&run[0]) {
                toks.push((list.len() as u64, run[0], run.len(), 0));
            }
        }
        let (toks, rest, prefix) = plan(toks, b);
        if rest[0] < b.need(0) {
            return;
        }
        let counts = &mut sc.delta_counts;
        if counts.len() < delta.unit.len() {
            counts.resize(delta.unit.len(), 0);
        }
        let len = |d: usize| delta.doc(d).len();
        let mut touched: Vec<u32> = Vec::new();
        for &(_, id, mult, _) in &toks[..prefix] {
            for &doc in &delta.postings[&id] {
                let d = doc as usize;
                let m = len(d);
                if delta.dead[d] || m < min_len || m > max_len {
                    continue;
                }
                let c = &mut counts[d];
                if *c == 0 {
                    touched.push(doc);
                }
                *c = c.saturating_add(mult as u16);
            }
        }
        stats.candidates += touched.len();
        let prune = |touched: &mut Vec<u32>, counts: &mut [u16], rest: usize| {
            touched.retain(|&doc| {
                let d = doc as usize;
                let keep = usize::from(counts[d]) + rest >= b.need(len(d));
                if !keep {
                    counts[d] = 0;
                }
                keep
            });
        };
        let mut read = prefix;
        prune(&mut touched, counts, rest[read]);
        while read < toks.len() && !touched.is_empty() && toks[read].0 <= 32 * touched.len() as u64
        {
            let (_, id, mult, _) = toks[read];
            for &doc in &delta.postings[&id] {
                let c = &mut counts[doc as usize];
                if *c > 0 {
                    *c = c.saturating_add(mult as u16);
                }
            }
            read += 1;
            prune(&mut touched, counts, rest[read]);
        }
        for &doc in &touched {
            let d = doc as usize;
            counts[d] = 0;
            stats.verified += 1;
            let score = crate::tm::score::base_score_ids(query, delta.doc(d));
            if score >= min {
                out.push(Candidate {
                    unit: delta.unit[d],
                    base: score,
                    memory: delta.memory[d],
                });
            }
        }
    }

    /// Units whose variant contains every one of these token norms (the postings
    /// intersected, shortest list first): the candidates of a concordance search.
    /// An empty list when the snapshot under the index is damaged.
    pub fn units_with_all(&self, norms: &[String]) -> Vec<u64> {
        self.try_units_with_all(norms).unwrap_or_default()
    }

    /// [`Index::units_with_all`], failing when the snapshot under the index is damaged.
    pub fn try_units_with_all(&self, norms: &[String]) -> Result<Vec<u64>, SnapshotError> {
        let mut ids = Vec::with_capacity(norms.len());
        for norm in norms {
            match self.word_id(norm) {
                Some(id) => ids.push(id),
                None => return Ok(Vec::new()),
            }
        }
        let mut out = Vec::new();
        if let Some(base) = &self.base {
            let mut lists: Vec<Vec<u32>> = Vec::with_capacity(ids.len());
            for &id in &ids {
                let mut list = Vec::new();
                if id < base.words() {
                    let (from, to) = base.list(id);
                    base.postings(from, to, &mut list)?;
                }
                lists.push(list);
            }
            lists.sort_by_key(Vec::len);
            if let Some((first, rest)) = lists.split_first() {
                for d in first {
                    if !self.dead.contains(d) && rest.iter().all(|l| l.binary_search(d).is_ok()) {
                        out.push(base.unit(*d)?);
                    }
                }
            }
        }
        let delta = &self.delta;
        let mut lists: Vec<&Vec<u32>> = Vec::new();
        for id in &ids {
            match delta.postings.get(id) {
                Some(list) => lists.push(list),
                None => return Ok(out),
            }
        }
        lists.sort_by_key(|l| l.len());
        if let Some((first, rest)) = lists.split_first() {
            out.extend(
                first
                    .iter()
                    .filter(|d| !delta.dead[**d as usize])
                    .filter(|d| rest.iter().all(|l| l.binary_search(d).is_ok()))
                    .map(|d| delta.unit[*d as usize]),
            );
        }
        Ok(out)
    }

    /// Every live document: unit, memory and token ids, base first.
    fn live_docs(&self) -> Result<Docs, SnapshotError> {
        let mut words: Vec<String> = Vec::with_capacity(self.vocab_len() as usize);
        if let Some(base) = &self.base {
            for id in 0..base.words() {
                let word = base.word(id).ok_or_else(|| SnapshotError {
                    path: std::path::PathBuf::new(),
                    message: format!("word {id} is missing"),
                })?;
                words.push(word.to_string());
            }
        }
        words.resize(self.vocab_len() as usize, String::new());
        for (w, &id) in &self.vocab {
            words[id as usize] = w.clone();
        }
        let mut docs = Docs {
            words,
            memories: self.memories.clone(),
            ..Docs::default()
        };
        if let Some(base) = &self.base {
            base_docs(base, &self.dead, |unit, memory, toks| {
                docs.push(unit, memory, toks)
            })?;
        }
        let delta = &self.delta;
        for d in 0..delta.unit.len() {
            if !delta.dead[d] {
                docs.push(delta.unit[d], delta.memory[d], delta.doc(d));
            }
        }
        Ok(docs)
    }

    /// Every live document's unit and base score against the query: the exhaustive scan
    /// that benchmarks and tests compare the filtered search with. Empty when the
    /// snapshot under the index is damaged.
    pub fn scan(&self, query: &[u32], min: u8) -> Vec<Candidate> {
        self.try_scan(query, min).unwrap_or_default()
    }

    fn try_scan(&self, query: &[u32], min: u8) -> Result<Vec<Candidate>, SnapshotError> {
        let mut out = Vec::new();
        if let Some(base) = &self.base {
            base_docs(base, &self.dead, |unit, memory, toks| {
                let score = crate::tm::score::base_score_ids(query, toks);
                if score >= min {
                    out.push(Candidate {
                        unit,
                        base: score,
                        memory,
                    });
                }
            })?;
        }
        let delta = &self.delta;
        for d in (0..delta.unit.len()).filter(|&d| !delta.dead[d]) {
            let score = crate::tm::score::base_score_ids(query, delta.doc(d));
            if score >= min {
                out.push(Candidate {
                    unit: delta.unit[d],
                    base: score,
                    memory: delta.memory[d],
                });
            }
        }
        Ok(out)
    }

    /// Writes every live document as a new snapshot at `path` (atomically: a temporary
    /// file, then a rename), reflecting [`Index::generation`].
    pub fn save(&self, path: &Path) -> Result<(), SnapshotError> {
        let docs = self.live_docs()?;
        super::snapshot::write(path, &self.lang, self.generation, &docs).map_err(|e| {
            SnapshotError {
                path: path.to_path_buf(),
                message: format!("cannot be written: {e}"),
            }
        })
    }

    /// Writes documents gathered elsewhere (a rebuild from the store) as the snapshot of
    /// `lang` at `generation`.
    pub(crate) fn write_docs(
        path: &Path,
        lang: &str,
        generation: u64,
        docs: &Docs,
    ) -> Result<(), SnapshotError> {
        super::snapshot::write(path, lang, generation, docs).map_err(|e| SnapshotError {
            path: path.to_path_buf(),
            message: format!("cannot be written: {e}"),
        })
    }

    /// An index held in memory only, from documents gathered elsewhere (used when its
    /// snapshot cannot be written).
    pub(crate) fn from_docs(lang: &str, generation: u64, docs: Docs) -> Index {
        let mut index = Index::new(lang);
        index.generation = generation;
        index.memories = docs.memories;
        index.vocab = docs
            .words
            .into_iter()
            .enumerate()
            .map(|(i, w)| (w, i as u32))
            .collect();
        let delta = &mut index.delta;
        let mut at = 0usize;
        for d in 0..docs.unit.len() {
            let len = docs.len[d] as usize;
            let doc = d as u32;
            delta.start.push(delta.tokens.len() as u32);
            for &t in &docs.tokens[at..at + len] {
                delta.tokens.push(t);
                let list = delta.postings.entry(t).or_default();
                if list.last() != Some(&doc) {
                    list.push(doc);
                }
            }
            at += len;
            delta.unit.push(docs.unit[d]);
            delta.memory.push(docs.memory[d]);
            delta.dead.push(false);
            delta.unit_doc.insert(docs.unit[d], doc);
        }
        delta.live = delta.unit.len();
        index
    }

    /// Opens a snapshot written by [`Index::save`]: its header and head are read and
    /// checked now, the rest when a search needs it (and checked then).
    pub fn load(path: &Path) -> Result<Index, SnapshotError> {
        let snapshot = Snapshot::open(path)?;
        Ok(Index {
            lang: snapshot.lang.clone(),
            generation: snapshot.generation,
            memories: snapshot.memories.clone(),
            base: Some(snapshot),
            ..Index::default()
        })
    }

    /// Reads and checks every part of the snapshot under the index now, instead of when
    /// searches need them.
    pub fn verify(&self) -> Result<(), SnapshotError> {
        self.base.as_ref().map_or(Ok(()), Snapshot::verify)
    }
}

/// Calls `f` with the unit, memory and tokens of every live document of a snapshot, in
/// one sequential read.
fn base_docs(
    base: &Snapshot,
    dead: &HashSet<u32>,
    mut f: impl FnMut(u64, u16, &[u32]),
) -> Result<(), SnapshotError> {
    let super::snapshot::Columns {
        units,
        memories,
        tokens,
    } = base.columns()?;
    let mut at = 0usize;
    for d in 0..base.docs() {
        let len = base.doc_len(d);
        if !dead.contains(&d) {
            f(
                units[d as usize],
                memories[d as usize],
                &tokens[at..at + len],
            );
        }
        at += len;
    }
    Ok(())
}

/// Gathers the documents of one locale for a rebuild: token norms interned as they
/// come.
#[derive(Debug)]
pub(crate) struct Gather {
    pub lang: String,
    vocab: HashMap<String, u32>,
    pub docs: Docs,
    ids: Vec<u32>,
}

impl Gather {
    pub fn new(lang: &str) -> Gather {
        Gather {
            lang: lang.to_string(),
            vocab: HashMap::new(),
            docs: Docs::default(),
            ids: Vec::new(),
        }
    }

    /// Adds the unit's variant in this locale, if it has one.
    pub fn add(&mut self, unit: &TmUnit) {
        let Some(v) = unit.variants.get(&self.lang) else {
            return;
        };
        let memory = match self.docs.memories.iter().position(|m| *m == unit.memory) {
            Some(i) => i as u16,
            None => {
                self.docs.memories.push(unit.memory.clone());
                (self.docs.memories.len() - 1) as u16
            }
        };
        self.ids.clear();
        for t in tokens_for(&v.text, &self.lang) {
            let id = match self.vocab.get(&t.norm) {
                Some(id) => *id,
                None => {
                    let id = self.docs.words.len() as u32;
                    self.docs.words.push(t.norm.clone());
                    self.vocab.insert(t.norm, id);
                    id
                }
            };
            self.ids.push(id);
        }
        self.docs.push(unit.id, memory, &self.ids);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TmVariant;

    const WORDS: &[&str] = &[
        "the", "bank", "rate", "euro", "manat", "rose", "fell", "central", "official", "set", "on",
        "monday", "tuesday", "dollar", "ruble", "market", "trade", "oil", "price", "gas", "export",
        "import", "growth", "percent", "year", "budget", "tax", "minister", "said", "report",
    ];

    /// A deterministic sentence for unit `i`: 4 to 15 words, a number in some.
    fn text(i: u64) -> String {
        let mut x = i.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let n = 4 + (next() % 12) as usize;
        let mut words: Vec<String> = (0..n)
            .map(|_| WORDS[(next() % WORDS.len() as u64) as usize].to_string())
            .collect();
        if i.is_multiple_of(5) {
            words.push(format!("{}.{}", i % 7, i % 100));
        }
        words.join(" ")
    }

    fn unit(id: u64, memory: &str, text: &str) -> TmUnit {
        let mut u = TmUnit {
            id,
            memory: memory.into(),
            ..TmUnit::default()
        };
        u.variants.insert("en".into(), TmVariant::plain(text));
        u
    }

    fn built(n: u64) -> Index {
        let mut index = Index::new("en");
        for i in 1..=n {
            let memory = if i % 3 == 0 { "client" } else { "main" };
            index
                .upsert(&unit(i, memory, &text(i)))
                .expect("an index in memory takes every unit");
        }
        index
    }

    fn found(index: &Index, q: &str, min: u8) -> Vec<(u64, u8, String)> {
        let ids = index.query_ids(q);
        let mut out: Vec<(u64, u8, String)> = index
            .try_search(&ids, min, &mut LookupStats::default())
            .expect("the snapshot reads")
            .into_iter()
            .map(|c| (c.unit, c.base, index.memories()[c.memory as usize].clone()))
            .collect();
        out.sort();
        out
    }

    fn scanned(index: &Index, q: &str, min: u8) -> Vec<(u64, u8, String)> {
        let mut out: Vec<(u64, u8, String)> = index
            .scan(&index.query_ids(q), min)
            .into_iter()
            .map(|c| (c.unit, c.base, index.memories()[c.memory as usize].clone()))
            .collect();
        out.sort();
        out
    }

    fn queries() -> Vec<String> {
        let mut qs: Vec<String> = (1..40).map(|i| text(i * 7)).collect();
        qs.extend((1..20).map(|i| format!("{} extra words", text(i * 11))));
        qs.push("nothing like it at all".into());
        qs
    }

    #[test]
    fn a_snapshot_finds_what_the_memory_index_and_the_scan_find() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("en.idx");
        let mut index = built(600);
        index.generation = 7;
        index.save(&path).expect("saved");
        let loaded = Index::load(&path).expect("loaded");
        assert_eq!(loaded.generation, 7);
        assert_eq!(loaded.lang, "en");
        assert_eq!(loaded.len(), 600);
        let mut hits = 0;
        for q in queries() {
            for min in [50, 70, 95] {
                let want = scanned(&index, &q, min);
                assert_eq!(found(&index, &q, min), want, "{q} at {min}: memory");
                assert_eq!(found(&loaded, &q, min), want, "{q} at {min}: snapshot");
                assert_eq!(scanned(&loaded, &q, min), want, "{q} at {min}: scan");
                hits += want.len();
            }
        }
        assert!(hits > 100, "the queries find something ({hits})");
        let norms = vec!["central".to_string(), "bank".to_string()];
        let mut a = index.units_with_all(&norms);
        let mut b = loaded.try_units_with_all(&norms).expect("reads");
        a.sort_unstable();
        b.sort_unstable();
        assert!(!a.is_empty());
        assert_eq!(a, b);
    }

    #[test]
    fn changes_on_top_of_a_snapshot_are_searched_and_saved() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("en.idx");
        built(300).save(&path).expect("saved");
        let mut index = Index::load(&path).expect("loaded");
        let new_text = "a completely new sentence about quokkas and wombats";
        index.upsert(&unit(5, "main", new_text)).expect("upsert");
        index.remove(6).expect("remove");
        index
            .upsert(&unit(1000, "fresh", "quokkas and wombats"))
            .expect("upsert");
        assert_eq!(index.len(), 300);
        assert_eq!(index.pending(), 4, "two base documents dead, two new ones");
        let old5 = text(5);
        assert!(found(&index, &old5, 100).iter().all(|(u, _, _)| *u != 5));
        assert!(found(&index, &text(6), 100).iter().all(|(u, _, _)| *u != 6));
        assert_eq!(found(&index, new_text, 100), vec![(5, 100, "main".into())]);
        for q in queries()
            .iter()
            .map(String::as_str)
            .chain([new_text, "quokkas and wombats"])
        {
            assert_eq!(found(&index, q, 60), scanned(&index, q, 60), "{q}");
        }
        index.save(&path).expect("saved again");
        let again = Index::load(&path).expect("loaded again");
        assert_eq!(again.len(), 300);
        assert_eq!(again.pending(), 0);
        for q in queries()
            .iter()
            .map(String::as_str)
            .chain([new_text, "quokkas and wombats"])
        {
            assert_eq!(found(&again, q, 60), scanned(&index, q, 60), "{q}");
        }
        let mut a = again.units_with_all(&["wombats".to_string()]);
        let mut b = index.units_with_all(&["wombats".to_string()]);
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!((a, b.len()), (b, 2));
    }

    #[test]
    fn a_truncated_snapshot_is_refused_without_a_panic() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("en.idx");
        built(200).save(&path).expect("saved");
        let bytes = std::fs::read(&path).expect("read");
        let cut = dir.path().join("cut.idx");
        for len in (0..bytes.len()).step_by(97).chain([bytes.len() - 1]) {
            std::fs::write(&cut, &bytes[..len]).expect("write");
            let e = Index::load(&cut).expect_err("a truncated snapshot is refused");
            assert!(e.to_string().contains("cut.idx"), "{e}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        std::fs::write(&cut, &longer).expect("write");
        assert!(Index::load(&cut).is_err(), "a longer file is refused too");
    }

    #[test]
    fn a_damaged_byte_is_detected_where_it_is_read() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("en.idx");
        let index = built(400);
        index.save(&path).expect("saved");
        let bytes = std::fs::read(&path).expect("read");
        let bad = dir.path().join("bad.idx");
        let mut refused_at_open = 0;
        let mut refused_later = 0;
        // Every position class: header, body (units, memories, postings, tokens), head.
        for at in (0..bytes.len()).step_by(173) {
            let mut copy = bytes.clone();
            copy[at] ^= 0x20;
            std::fs::write(&bad, &copy).expect("write");
            match Index::load(&bad) {
                Err(_) => refused_at_open += 1,
                Ok(loaded) => {
                    assert!(loaded.verify().is_err(), "a flipped byte at {at} is found");
                    refused_later += 1;
                    // Searches either fail or answer from checked blocks only: they never
                    // panic and never return a unit the memory does not have.
                    let loaded = Index::load(&bad).expect("opens again");
                    for q in queries().iter().step_by(6) {
                        let ids = loaded.query_ids(q);
                        if let Ok(found) = loaded.try_search(&ids, 60, &mut LookupStats::default())
                        {
                            let want = scanned(&index, q, 60);
                            for c in found {
                                assert!(want.iter().any(|w| w.0 == c.unit && w.1 == c.base));
                            }
                        }
                    }
                }
            }
        }
        assert!(refused_at_open > 0 && refused_later > 0);
    }

    #[test]
    fn another_layout_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("en.idx");
        // The start of a layout-1 snapshot: magic, layout, generation.
        let mut old = b"KORPUIDX".to_vec();
        old.extend_from_slice(&1u32.to_le_bytes());
        old.extend_from_slice(&3u64.to_le_bytes());
        old.resize(200, 0);
        std::fs::write(&path, &old).expect("write");
        let e = Index::load(&path).expect_err("layout 1 is not read");
        assert!(e.to_string().contains("layout 1"), "{e}");
        std::fs::write(&path, b"not an index at all, but long enough to have a header .........................................").expect("write");
        assert!(Index::load(&path).is_err());
    }

    #[test]
    fn a_save_replaces_the_snapshot_whole_or_not_at_all() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("en.idx");
        let mut index = built(50);
        index.generation = 1;
        index.save(&path).expect("saved");
        index.generation = 2;
        index
            .upsert(&unit(51, "main", "one more unit"))
            .expect("upsert");
        index.save(&path).expect("saved again");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            vec!["en.idx".to_string()],
            "no temporary file is left"
        );
        // One left by a process that was killed while writing goes with the next save.
        std::fs::write(dir.path().join("en.idx.tmp4242"), b"half").expect("write");
        index.save(&path).expect("saved a third time");
        assert!(!dir.path().join("en.idx.tmp4242").exists());
        let loaded = Index::load(&path).expect("loaded");
        assert_eq!((loaded.generation, loaded.len()), (2, 51));
        // A save that cannot write leaves the old snapshot as it was.
        let blocked = dir.path().join("file");
        std::fs::write(&blocked, b"x").expect("write");
        assert!(index.save(&blocked.join("en.idx")).is_err());
        let readonly = dir.path().join("sub");
        std::fs::create_dir(&readonly).expect("mkdir");
        let before = std::fs::read(&path).expect("read");
        assert!(Index::new("en")
            .save(&dir.path().join("file/x.idx"))
            .is_err());
        assert_eq!(std::fs::read(&path).expect("read"), before);
    }

    #[test]
    fn an_empty_index_saves_and_loads() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("en.idx");
        Index::new("en").save(&path).expect("saved");
        let loaded = Index::load(&path).expect("loaded");
        assert!(loaded.is_empty());
        assert!(found(&loaded, "the bank", 50).is_empty());
    }
}
