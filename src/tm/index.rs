//! The lookup index: token postings with exact prefix and length filters.
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
//! The index is kept on disk as a versioned snapshot beside the store and refreshed from
//! the store's change log, so a cold lookup reads it instead of rebuilding it.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::model::TmUnit;
use crate::text::tokens_for;

/// The snapshot layout this build writes and reads.
const SNAPSHOT_VERSION: u32 = 1;
const MAGIC: &[u8; 8] = b"KORPUIDX";

/// An index over the variants of one locale.
#[derive(Debug, Default)]
pub struct Index {
    /// The locale tag it covers.
    pub lang: String,
    /// The store generation it reflects.
    pub generation: u64,
    vocab: HashMap<String, u32>,
    /// Number of live documents containing each token.
    df: Vec<u32>,
    /// Postings: token id → document numbers, ascending.
    postings: Vec<Vec<u32>>,
    doc_unit: Vec<u64>,
    doc_memory: Vec<u16>,
    doc_start: Vec<u32>,
    doc_tokens: Vec<u32>,
    /// Documents replaced or removed since they were added.
    dead: Vec<bool>,
    live: usize,
    memories: Vec<String>,
    unit_doc: Option<HashMap<u64, u32>>,
    /// A counter per document, zero between searches: the search's scratch space.
    counts: std::sync::Mutex<Vec<u16>>,
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

/// A snapshot that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("index snapshot {}: {message}", .path.display())]
pub struct SnapshotError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong.
    pub message: String,
}

impl Index {
    /// An empty index for a locale.
    pub fn new(lang: &str) -> Index {
        Index {
            lang: lang.to_string(),
            unit_doc: Some(HashMap::new()),
            ..Index::default()
        }
    }

    /// Live documents.
    pub fn len(&self) -> usize {
        self.live
    }

    /// Whether it holds no live document.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// The memory names documents refer to.
    pub fn memories(&self) -> &[String] {
        &self.memories
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

    fn unit_doc(&mut self) -> &mut HashMap<u64, u32> {
        if self.unit_doc.is_none() {
            let map = self
                .doc_unit
                .iter()
                .enumerate()
                .filter(|(d, _)| !self.dead[*d])
                .map(|(d, u)| (*u, d as u32))
                .collect();
            self.unit_doc = Some(map);
        }
        self.unit_doc.get_or_insert_with(HashMap::new)
    }

    /// Token ids of a text; tokens the index has never seen get ids past the vocabulary
    /// (they match nothing but still count in the distance).
    pub fn query_ids(&self, text: &str) -> Vec<u32> {
        let mut unknown: HashMap<String, u32> = HashMap::new();
        let base = self.vocab.len() as u32;
        tokens_for(text, &self.lang)
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

    /// Adds (or replaces) the variant of `unit` in this index's locale; a unit without
    /// one is removed.
    pub fn upsert(&mut self, unit: &TmUnit) {
        self.remove(unit.id);
        let Some(v) = unit.variants.get(&self.lang) else {
            return;
        };
        let memory = self.memory_id(&unit.memory);
        let doc = self.doc_unit.len() as u32;
        let toks = tokens_for(&v.text, &self.lang);
        self.doc_start.push(self.doc_tokens.len() as u32);
        let mut seen: Vec<u32> = Vec::with_capacity(toks.len());
        for t in toks {
            let next = self.vocab.len() as u32;
            let id = *self.vocab.entry(t.norm).or_insert(next);
            if id as usize == self.postings.len() {
                self.postings.push(Vec::new());
                self.df.push(0);
            }
            self.doc_tokens.push(id);
            if !seen.contains(&id) {
                seen.push(id);
                self.postings[id as usize].push(doc);
                self.df[id as usize] += 1;
            }
        }
        self.doc_unit.push(unit.id);
        self.doc_memory.push(memory);
        self.dead.push(false);
        self.live += 1;
        self.unit_doc().insert(unit.id, doc);
    }

    /// Removes a unit's document, if it has one.
    pub fn remove(&mut self, unit: u64) {
        let Some(doc) = self.unit_doc().remove(&unit) else {
            return;
        };
        let d = doc as usize;
        if self.dead[d] {
            return;
        }
        self.dead[d] = true;
        self.live -= 1;
        let mut seen: Vec<u32> = Vec::new();
        for &t in self.doc(d) {
            if !seen.contains(&t) {
                seen.push(t);
            }
        }
        for t in seen {
            self.df[t as usize] = self.df[t as usize].saturating_sub(1);
        }
    }

    fn doc(&self, d: usize) -> &[u32] {
        let start = self.doc_start[d] as usize;
        let end = self
            .doc_start
            .get(d + 1)
            .map_or(self.doc_tokens.len(), |e| *e as usize);
        &self.doc_tokens[start..end]
    }

    /// Units whose base score against the query reaches `min` (1..=100), with that
    /// score. Exact: every such unit is returned.
    ///
    /// A document of m tokens within distance d of the query (n tokens) shares at least
    /// max(n, m) − d token occurrences with it, so a base score of t needs a shared
    /// count of ⌈t·max(n, m)/100⌉, at least ⌈t·n/100⌉. Candidates come from the rarest
    /// query tokens, until the remaining ones hold fewer occurrences than that; the
    /// next lists only add to the candidates' counts, and a candidate whose count plus
    /// what the unread lists could add stays below its bound is dropped unverified.
    pub fn search(&self, query: &[u32], min: u8, stats: &mut LookupStats) -> Vec<Candidate> {
        let n = query.len();
        if n == 0 || self.live == 0 {
            return Vec::new();
        }
        let t = usize::from(min.clamp(1, 100));
        // Length filter: floor(100·(1 − |n−m|/max)) ≥ t needs t·max ≤ 100·min.
        let min_len = (n * t).div_ceil(100);
        let max_len = n * 100 / t;
        let need = |m: usize| (t * n.max(m)).div_ceil(100);
        // Distinct known tokens with their multiplicity in the query, rarest first.
        let mut sorted = query.to_vec();
        sorted.sort_unstable();
        let mut toks: Vec<(usize, u32, usize)> = Vec::with_capacity(n);
        for run in sorted.chunk_by(|a, b| a == b) {
            if let Some(list) = self.postings.get(run[0] as usize).filter(|l| !l.is_empty()) {
                toks.push((list.len(), run[0], run.len()));
            }
        }
        toks.sort_unstable();
        // rest[j]: the occurrences lists j.. can still add.
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
        let mut counts = self
            .counts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if counts.len() < self.doc_unit.len() {
            counts.resize(self.doc_unit.len(), 0);
        }
        let mut touched: Vec<u32> = Vec::new();
        for &(_, id, mult) in &toks[..prefix] {
            for &doc in &self.postings[id as usize] {
                let d = doc as usize;
                if self.dead[d] {
                    continue;
                }
                let m = self.doc_len(d);
                if m < min_len || m > max_len {
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
                let keep = usize::from(counts[d]) + rest >= need(self.doc_len(d));
                if !keep {
                    counts[d] = 0;
                }
                keep
            });
        };
        let mut read = prefix;
        prune(&mut touched, &mut counts, rest[read]);
        // The count filter: the next lists, rarest first, while reading one costs less
        // than verifying the candidates left.
        while read < toks.len() && !touched.is_empty() && toks[read].0 <= 32 * touched.len() {
            let (_, id, mult) = toks[read];
            for &doc in &self.postings[id as usize] {
                let c = &mut counts[doc as usize];
                if *c > 0 {
                    *c = c.saturating_add(mult as u16);
                }
            }
            read += 1;
            prune(&mut touched, &mut counts, rest[read]);
        }
        let mut out = Vec::new();
        for &doc in &touched {
            let d = doc as usize;
            counts[d] = 0;
            stats.verified += 1;
            let base = crate::tm::score::base_score_ids(query, self.doc(d));
            if base >= min {
                out.push(Candidate {
                    unit: self.doc_unit[d],
                    base,
                    memory: self.doc_memory[d],
                });
            }
        }
        out
    }

    /// Units whose variant contains every one of these token norms (the postings
    /// intersected, shortest list first): the candidates of a concordance search.
    pub fn units_with_all(&self, norms: &[String]) -> Vec<u64> {
        let mut lists: Vec<&Vec<u32>> = Vec::new();
        for norm in norms {
            match self
                .vocab
                .get(norm)
                .and_then(|id| self.postings.get(*id as usize))
            {
                Some(list) => lists.push(list),
                None => return Vec::new(),
            }
        }
        lists.sort_by_key(|l| l.len());
        let Some((first, rest)) = lists.split_first() else {
            return Vec::new();
        };
        first
            .iter()
            .filter(|d| !self.dead[**d as usize])
            .filter(|d| rest.iter().all(|l| l.binary_search(d).is_ok()))
            .map(|d| self.doc_unit[*d as usize])
            .collect()
    }

    fn doc_len(&self, d: usize) -> usize {
        let start = self.doc_start[d] as usize;
        let end = self
            .doc_start
            .get(d + 1)
            .map_or(self.doc_tokens.len(), |e| *e as usize);
        end - start
    }

    /// Every live document's unit and base score against the query: the exhaustive scan
    /// that benchmarks and tests compare the filtered search with.
    pub fn scan(&self, query: &[u32], min: u8) -> Vec<Candidate> {
        (0..self.doc_unit.len())
            .filter(|&d| !self.dead[d])
            .filter_map(|d| {
                let base = crate::tm::score::base_score_ids(query, self.doc(d));
                (base >= min).then_some(Candidate {
                    unit: self.doc_unit[d],
                    base,
                    memory: self.doc_memory[d],
                })
            })
            .collect()
    }

    /// Writes the snapshot to `path` (atomically: a temporary file, then a rename).
    /// Dead documents are compacted away.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let live: Vec<usize> = (0..self.doc_unit.len())
            .filter(|&d| !self.dead[d])
            .collect();
        let mut out: Vec<u8> = Vec::with_capacity(16 + self.doc_tokens.len() * 8);
        out.extend_from_slice(MAGIC);
        put_u32(&mut out, SNAPSHOT_VERSION);
        out.extend_from_slice(&self.generation.to_le_bytes());
        put_str(&mut out, &self.lang);
        put_u32(&mut out, self.memories.len() as u32);
        for m in &self.memories {
            put_str(&mut out, m);
        }
        let mut words: Vec<(&String, &u32)> = self.vocab.iter().collect();
        words.sort_by_key(|(_, id)| **id);
        put_u32(&mut out, words.len() as u32);
        for (w, _) in &words {
            put_str(&mut out, w);
        }
        put_u32(&mut out, live.len() as u32);
        for &d in &live {
            out.extend_from_slice(&self.doc_unit[d].to_le_bytes());
        }
        for &d in &live {
            out.extend_from_slice(&self.doc_memory[d].to_le_bytes());
        }
        let total: usize = live.iter().map(|&d| self.doc_len(d)).sum();
        put_u32(&mut out, total as u32);
        for &d in &live {
            put_u32(&mut out, self.doc_len(d) as u32);
        }
        for &d in &live {
            for &t in self.doc(d) {
                put_u32(&mut out, t);
            }
        }
        // A name of its own per write: two threads of one process (the server's
        // requests) may save the same locale's snapshot at once, and each rename must
        // move a whole file.
        static SAVES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = SAVES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = path.with_extension(format!("idx.{}-{n}.tmp", std::process::id()));
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let written = (|| {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&out)?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written
    }

    /// Reads a snapshot written by [`Index::save`].
    pub fn load(path: &Path) -> Result<Index, SnapshotError> {
        let err = |message: String| SnapshotError {
            path: path.to_path_buf(),
            message,
        };
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| err(e.to_string()))?;
        let mut r = Reader {
            bytes: &bytes,
            pos: 0,
        };
        if r.take(8) != Some(&MAGIC[..]) {
            return Err(err("not a korpu index".into()));
        }
        let version = r.u32().ok_or_else(|| err("truncated".into()))?;
        if version != SNAPSHOT_VERSION {
            return Err(err(format!(
                "layout {version}, this build reads {SNAPSHOT_VERSION}"
            )));
        }
        let truncated = || err("truncated".into());
        let generation = r.u64().ok_or_else(truncated)?;
        let lang = r.string().ok_or_else(truncated)?;
        let mut memories = Vec::new();
        for _ in 0..r.u32().ok_or_else(truncated)? {
            memories.push(r.string().ok_or_else(truncated)?);
        }
        let nwords = r.u32().ok_or_else(truncated)? as usize;
        let mut vocab = HashMap::with_capacity(nwords);
        for id in 0..nwords {
            vocab.insert(r.string().ok_or_else(truncated)?, id as u32);
        }
        let ndocs = r.u32().ok_or_else(truncated)? as usize;
        let doc_unit: Vec<u64> = r
            .array(ndocs, 8)
            .ok_or_else(truncated)?
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
            .collect();
        let doc_memory: Vec<u16> = r
            .array(ndocs, 2)
            .ok_or_else(truncated)?
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes(c.try_into().unwrap_or([0; 2])))
            .collect();
        let total = r.u32().ok_or_else(truncated)? as usize;
        let lens = r.u32s(ndocs).ok_or_else(truncated)?;
        let doc_tokens = r.u32s(total).ok_or_else(truncated)?;
        if lens.iter().map(|&l| l as usize).sum::<usize>() != total
            || doc_tokens.iter().any(|&t| t as usize >= nwords)
            || doc_memory
                .iter()
                .any(|&m| m as usize >= memories.len().max(1))
        {
            return Err(err("inconsistent".into()));
        }
        let mut doc_start = Vec::with_capacity(ndocs);
        let mut pos = 0u32;
        for l in &lens {
            doc_start.push(pos);
            pos += l;
        }
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); nwords];
        let mut df = vec![0u32; nwords];
        for d in 0..ndocs {
            let s = doc_start[d] as usize;
            let doc = &doc_tokens[s..s + lens[d] as usize];
            for (i, &t) in doc.iter().enumerate() {
                if !doc[..i].contains(&t) {
                    postings[t as usize].push(d as u32);
                    df[t as usize] += 1;
                }
            }
        }
        Ok(Index {
            lang,
            generation,
            vocab,
            df,
            postings,
            doc_unit,
            doc_memory,
            doc_start,
            doc_tokens,
            dead: vec![false; ndocs],
            live: ndocs,
            memories,
            unit_doc: None,
            counts: std::sync::Mutex::new(Vec::new()),
        })
    }
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn string(&mut self) -> Option<String> {
        let n = self.u32()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }

    fn array(&mut self, n: usize, width: usize) -> Option<&'a [u8]> {
        self.take(n.checked_mul(width)?)
    }

    fn u32s(&mut self, n: usize) -> Option<Vec<u32>> {
        Some(
            self.array(n, 4)?
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )
    }
}
