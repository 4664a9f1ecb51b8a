//! The index snapshot file: what a cold process reads instead of rebuilding the index.
//!
//! Layout 2, little-endian, in three parts:
//!
//! ```text
//! header  96 bytes: magic, layout, block size, generation, counts, head length,
//!         body length, checksum of the header and the head
//! body    doc units (u64 per document), doc memories (u16 per document, padded to 8
//!         bytes), postings (u32 document numbers, one list per token, ascending), doc
//!         tokens (u32 token ids, document after document)
//! head    locale tag, memory names, vocabulary (the norms in sorted order: a token's
//!         id is its rank, so a norm is found by binary search without building a
//!         map), where each posting list starts, how many documents have each length,
//!         a checksum per body block
//! ```
//!
//! Documents are numbered by length (then unit id), so the documents a length filter
//! keeps are one range of numbers, found in every posting list by binary search, and
//! a document's length and the start of its tokens follow from the per-length counts:
//! nothing is stored per document but its unit, memory and tokens.
//!
//! Opening reads the header and the head only (vocabulary, list starts, per-length
//! counts: a few hundred kilobytes for a million units) and checks the head's checksum.
//! The body is read lazily with positioned reads, one block at a time; a block is
//! checked against its checksum the first time it is read and then kept in memory, so
//! no byte of the file is used unchecked and a warm lookup makes no system call.
//! Values are aligned to their width and blocks are a multiple of 8 bytes, so no value
//! straddles two blocks.

use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The layout this build writes and reads.
pub(crate) const LAYOUT: u32 = 2;
const MAGIC: &[u8; 8] = b"KORPUIDX";
const HEADER: u64 = 96;
/// Bytes per checked block of the body.
const BLOCK: u64 = 16 * 1024;

/// A snapshot that cannot be used (missing, of another layout, truncated, damaged).
#[derive(Debug, thiserror::Error)]
#[error("index snapshot {}: {message}", .path.display())]
pub struct SnapshotError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong.
    pub message: String,
}

/// Documents to write, in any order: token ids index `words`, memory numbers index
/// `memories`.
#[derive(Debug, Default)]
pub(crate) struct Docs {
    pub words: Vec<String>,
    pub memories: Vec<String>,
    pub unit: Vec<u64>,
    pub memory: Vec<u16>,
    pub len: Vec<u32>,
    pub tokens: Vec<u32>,
}

impl Docs {
    pub fn push(&mut self, unit: u64, memory: u16, tokens: &[u32]) {
        self.unit.push(unit);
        self.memory.push(memory);
        self.len.push(tokens.len() as u32);
        self.tokens.extend_from_slice(tokens);
    }
}

/// A 64-bit checksum (multiply-rotate over 8-byte words): fast, and any truncation or
/// flipped bit changes it. Not meant to resist a deliberate forgery.
pub(crate) fn checksum(seed: u64, bytes: &[u8]) -> u64 {
    const K1: u64 = 0x9e37_79b9_7f4a_7c15;
    const K2: u64 = 0xc2b2_ae3d_27d4_eb4f;
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K2);
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        h = (h ^ u64::from_le_bytes(b).wrapping_mul(K1))
            .rotate_left(29)
            .wrapping_mul(K2);
    }
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    h = (h ^ u64::from_le_bytes(tail).wrapping_mul(K1))
        .rotate_left(29)
        .wrapping_mul(K2);
    h ^= h >> 32;
    h = h.wrapping_mul(K1);
    h ^ (h >> 29)
}

/// The body as it is written: cut into blocks, each block's checksum noted.
struct BodyWriter<W: Write> {
    out: W,
    block: Vec<u8>,
    sums: Vec<u64>,
    len: u64,
}

impl<W: Write> BodyWriter<W> {
    fn put(&mut self, mut bytes: &[u8]) -> std::io::Result<()> {
        while !bytes.is_empty() {
            let room = BLOCK as usize - self.block.len();
            let (now, later) = bytes.split_at(room.min(bytes.len()));
            self.block.extend_from_slice(now);
            bytes = later;
            if self.block.len() == BLOCK as usize {
                self.end_block()?;
            }
        }
        Ok(())
    }

    fn end_block(&mut self) -> std::io::Result<()> {
        if self.block.is_empty() {
            return Ok(());
        }
        self.sums
            .push(checksum(self.sums.len() as u64, &self.block));
        self.out.write_all(&self.block)?;
        self.len += self.block.len() as u64;
        self.block.clear();
        Ok(())
    }

    fn u32s(&mut self, values: impl Iterator<Item = u32>) -> std::io::Result<()> {
        for v in values {
            self.put(&v.to_le_bytes())?;
        }
        Ok(())
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

/// Writes `docs` as the snapshot of `lang` at `generation`, atomically: a temporary file
/// beside `path`, flushed to disk, then renamed over it. Nothing is left behind on error.
pub(crate) fn write(path: &Path, lang: &str, generation: u64, docs: &Docs) -> std::io::Result<()> {
    let invalid = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidInput, what);
    let n = docs.unit.len();
    if n > u32::MAX as usize || docs.words.len() >= u32::MAX as usize {
        return Err(invalid("too many documents or words for one index"));
    }
    // Document numbers by length, then unit id.
    let mut starts: Vec<u64> = Vec::with_capacity(n + 1);
    let mut at = 0u64;
    for &l in &docs.len {
        starts.push(at);
        at += u64::from(l);
    }
    starts.push(at);
    if at != docs.tokens.len() as u64 {
        return Err(invalid("document lengths and tokens disagree"));
    }
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_unstable_by_key(|&d| (docs.len[d as usize], docs.unit[d as usize]));
    let tokens_of =
        |d: u32| &docs.tokens[starts[d as usize] as usize..starts[d as usize + 1] as usize];
    let longest = docs.len.iter().copied().max().unwrap_or(0) as usize;
    let mut per_len = vec![0u32; longest + 1];
    for &l in &docs.len {
        per_len[l as usize] += 1;
    }
    // Postings by counting sort: sizes first, then the lists, each ascending.
    // Token ids become ranks in the sorted vocabulary.
    let nwords = docs.words.len();
    let mut by_word: Vec<u32> = (0..nwords as u32).collect();
    by_word.sort_unstable_by(|&a, &b| docs.words[a as usize].cmp(&docs.words[b as usize]));
    if by_word
        .windows(2)
        .any(|w| docs.words[w[0] as usize] == docs.words[w[1] as usize])
    {
        return Err(invalid("a word twice in the vocabulary"));
    }
    let mut rank = vec![0u32; nwords];
    for (r, &id) in by_word.iter().enumerate() {
        rank[id as usize] = r as u32;
    }
    let mut offsets = vec![0u64; nwords + 1];
    let mut last = vec![u32::MAX; nwords];
    for (new, &old) in order.iter().enumerate() {
        for &t in tokens_of(old) {
            let Some(&t) = rank.get(t as usize) else {
                return Err(invalid("a token id outside the vocabulary"));
            };
            let t = t as usize;
            if last[t] != new as u32 {
                last[t] = new as u32;
                offsets[t + 1] += 1;
            }
        }
    }
    for t in 0..nwords {
        offsets[t + 1] += offsets[t];
    }
    if offsets[nwords] > u64::from(u32::MAX) {
        return Err(invalid("too many postings for one index"));
    }
    let mut postings = vec![0u32; offsets[nwords] as usize];
    let mut fill: Vec<u64> = offsets[..nwords].to_vec();
    last.fill(u32::MAX);
    for (new, &old) in order.iter().enumerate() {
        for &t in tokens_of(old) {
            let t = rank[t as usize] as usize;
            if last[t] != new as u32 {
                last[t] = new as u32;
                postings[fill[t] as usize] = new as u32;
                fill[t] += 1;
            }
        }
    }
    drop(fill);
    drop(last);

    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
        // Only the process that holds the store writes snapshots: a temporary file of
        // this snapshot from another process was left by one that was killed. (Files
        // of this process belong to saves running on other threads: a server's
        // requests may save the same locale's snapshot at once.)
        if let (Ok(entries), Some(name)) = (std::fs::read_dir(dir), path.file_name()) {
            let prefix = format!("{}.tmp", name.to_string_lossy());
            let mine = format!("{prefix}{}-", std::process::id());
            for entry in entries.flatten() {
                let file = entry.file_name().to_string_lossy().into_owned();
                if file.starts_with(&prefix) && !file.starts_with(&mine) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
    }
    // A name of its own per save, so that each rename moves a whole file.
    static SAVES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let save = SAVES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = path.with_extension(format!("idx.tmp{}-{save}", std::process::id()));
    let result = (|| {
        let file = File::create(&tmp)?;
        let mut out = BufWriter::with_capacity(1 << 20, file);
        out.write_all(&[0u8; HEADER as usize])?;
        let mut body = BodyWriter {
            out,
            block: Vec::with_capacity(BLOCK as usize),
            sums: Vec::new(),
            len: 0,
        };
        for &d in &order {
            body.put(&docs.unit[d as usize].to_le_bytes())?;
        }
        for &d in &order {
            body.put(&docs.memory[d as usize].to_le_bytes())?;
        }
        body.put(&vec![0u8; (8 - (2 * n) % 8) % 8])?;
        body.u32s(postings.iter().copied())?;
        drop(postings);
        for &d in &order {
            body.u32s(tokens_of(d).iter().map(|&t| rank[t as usize]))?;
        }
        body.end_block()?;
        let BodyWriter {
            mut out, sums, len, ..
        } = body;
        let mut head = Vec::new();
        put_str(&mut head, lang);
        head.extend_from_slice(&(docs.memories.len() as u32).to_le_bytes());
        for m in &docs.memories {
            put_str(&mut head, m);
        }
        let mut end = 0u32;
        for &id in &by_word {
            end += docs.words[id as usize].len() as u32;
            head.extend_from_slice(&end.to_le_bytes());
        }
        for &id in &by_word {
            head.extend_from_slice(docs.words[id as usize].as_bytes());
        }
        for o in &offsets {
            head.extend_from_slice(&(*o as u32).to_le_bytes());
        }
        for c in &per_len {
            head.extend_from_slice(&c.to_le_bytes());
        }
        for s in &sums {
            head.extend_from_slice(&s.to_le_bytes());
        }
        out.write_all(&head)?;
        let mut header = Vec::with_capacity(HEADER as usize);
        header.extend_from_slice(MAGIC);
        header.extend_from_slice(&LAYOUT.to_le_bytes());
        header.extend_from_slice(&(BLOCK as u32).to_le_bytes());
        for v in [
            generation,
            n as u64,
            nwords as u64,
            offsets[nwords],
            docs.tokens.len() as u64,
            per_len.len() as u64,
            head.len() as u64,
            len,
        ] {
            header.extend_from_slice(&v.to_le_bytes());
        }
        let sum = checksum(checksum(0, &header), &head);
        header.extend_from_slice(&sum.to_le_bytes());
        header.resize(HEADER as usize, 0);
        out.seek(SeekFrom::Start(0))?;
        out.write_all(&header)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)?;
        // The rename itself is made durable where the platform allows opening a folder.
        if let Some(dir) = path.parent() {
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn read_at(file: &File, buf: &mut [u8], at: u64) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buf, at)
    }
    #[cfg(windows)]
    {
        let mut done = 0;
        while done < buf.len() {
            let n =
                std::os::windows::fs::FileExt::seek_read(file, &mut buf[done..], at + done as u64)?;
            if n == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            done += n;
        }
        Ok(())
    }
    #[cfg(not(any(unix, windows)))]
    {
        use std::io::Read;
        let mut f = file;
        f.seek(SeekFrom::Start(at))?;
        f.read_exact(buf)
    }
}

/// The whole body, decoded: per document its unit and memory, and every document's
/// tokens one after the other.
pub(crate) struct Columns {
    pub units: Vec<u64>,
    pub memories: Vec<u16>,
    pub tokens: Vec<u32>,
}

/// An open snapshot: the head in memory, the body read on demand.
#[derive(Debug)]
pub(crate) struct Snapshot {
    file: File,
    path: PathBuf,
    pub generation: u64,
    pub lang: String,
    pub memories: Vec<String>,
    docs: u32,
    words: u32,
    /// The vocabulary, sorted: word `i` is `word_bytes[word_ends[i-1]..word_ends[i]]`.
    word_ends: Vec<u32>,
    word_bytes: String,
    offsets: Vec<u32>,
    /// `len_start[l]`: the first document of length ≥ l; one entry past the longest.
    len_start: Vec<u32>,
    /// `tok_start[l]`: where the tokens of the first document of length l start.
    tok_start: Vec<u64>,
    body_len: u64,
    memories_at: u64,
    postings_at: u64,
    tokens_at: u64,
    sums: Vec<u64>,
    blocks: Vec<OnceLock<Box<[u8]>>>,
}

/// Reads the head of a snapshot.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
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
}

impl Snapshot {
    /// Opens a snapshot: reads and checks its header and head, and checks that the file
    /// has exactly the length they describe.
    pub fn open(path: &Path) -> Result<Snapshot, SnapshotError> {
        let err = |message: &str| SnapshotError {
            path: path.to_path_buf(),
            message: message.to_string(),
        };
        let file = File::open(path).map_err(|e| err(&e.to_string()))?;
        let size = file.metadata().map_err(|e| err(&e.to_string()))?.len();
        let mut header = [0u8; HEADER as usize];
        if size < HEADER {
            return Err(err("truncated (no header)"));
        }
        read_at(&file, &mut header, 0).map_err(|e| err(&e.to_string()))?;
        let mut h = Cursor {
            bytes: &header,
            pos: 0,
        };
        if h.take(8) != Some(&MAGIC[..]) {
            return Err(err("not a korpu index snapshot"));
        }
        let layout = h.u32().unwrap_or(0);
        if layout != LAYOUT {
            return Err(err(&format!(
                "layout {layout}, this build reads layout {LAYOUT}"
            )));
        }
        if u64::from(h.u32().unwrap_or(0)) != BLOCK {
            return Err(err("another block size"));
        }
        let mut field = || h.u64().unwrap_or(u64::MAX);
        let (generation, docs, words, postings, tokens, lens, head_len, body_len) = (
            field(),
            field(),
            field(),
            field(),
            field(),
            field(),
            field(),
            field(),
        );
        let sum = field();
        if header[88..].iter().any(|&b| b != 0) {
            return Err(err("damaged header"));
        }
        let expected_size = HEADER
            .checked_add(body_len)
            .and_then(|s| s.checked_add(head_len));
        if expected_size != Some(size) {
            return Err(err(&format!(
                "truncated or damaged: {size} bytes, the header describes {}",
                expected_size.map_or("an impossible size".into(), |s| s.to_string())
            )));
        }
        let mut head = vec![0u8; head_len as usize];
        read_at(&file, &mut head, HEADER + body_len).map_err(|e| err(&e.to_string()))?;
        if checksum(checksum(0, &header[..80]), &head) != sum {
            return Err(err("damaged (checksum of the head)"));
        }
        // From here the head is what the writer wrote; the checks below guard against a
        // writer that disagrees with this reader.
        let bad = || err("inconsistent head");
        if docs > u64::from(u32::MAX) || words >= u64::from(u32::MAX) || lens == 0 {
            return Err(bad());
        }
        let mut r = Cursor {
            bytes: &head,
            pos: 0,
        };
        let lang = r.string().ok_or_else(bad)?;
        let nmem = r.u32().ok_or_else(bad)? as usize;
        if nmem > usize::from(u16::MAX) + 1 {
            return Err(bad());
        }
        let mut memories = Vec::with_capacity(nmem);
        for _ in 0..nmem {
            memories.push(r.string().ok_or_else(bad)?);
        }
        let nwords = words as usize;
        let u32s = |r: &mut Cursor, n: usize| -> Option<Vec<u32>> {
            let bytes = r.take(n.checked_mul(4)?)?;
            Some(
                bytes
                    .chunks_exact(4)
                    .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                    .collect(),
            )
        };
        let word_ends = u32s(&mut r, nwords).ok_or_else(bad)?;
        let blob = r
            .take(word_ends.last().map_or(0, |&e| e as usize))
            .ok_or_else(bad)?;
        let word_bytes = String::from_utf8(blob.to_vec()).map_err(|_| bad())?;
        let offsets = u32s(&mut r, nwords + 1).ok_or_else(bad)?;
        let per_len = u32s(&mut r, lens as usize).ok_or_else(bad)?;
        let nblocks = body_len.div_ceil(BLOCK) as usize;
        let sums_bytes = r
            .take(nblocks.checked_mul(8).ok_or_else(bad)?)
            .ok_or_else(bad)?;
        let sums: Vec<u64> = sums_bytes
            .chunks_exact(8)
            .map(|c| {
                let mut b = [0u8; 8];
                b.copy_from_slice(c);
                u64::from_le_bytes(b)
            })
            .collect();
        // Words in strictly increasing order, each cut on character boundaries.
        let mut prev: Option<&str> = None;
        let mut from = 0usize;
        for &end in &word_ends {
            let w = word_bytes.get(from..end as usize).ok_or_else(bad)?;
            if prev.is_some_and(|p| p >= w) {
                return Err(bad());
            }
            prev = Some(w);
            from = end as usize;
        }
        if r.pos != head.len()
            || offsets.first() != Some(&0)
            || offsets.windows(2).any(|w| w[0] > w[1])
            || offsets.last().map(|&o| u64::from(o)) != Some(postings)
            || nmem == 0 && docs > 0
        {
            return Err(bad());
        }
        let mut len_start = Vec::with_capacity(per_len.len() + 1);
        let mut tok_start = Vec::with_capacity(per_len.len() + 1);
        let (mut d, mut t) = (0u64, 0u64);
        for (l, &c) in per_len.iter().enumerate() {
            len_start.push(d as u32);
            tok_start.push(t);
            d += u64::from(c);
            t += u64::from(c) * l as u64;
        }
        len_start.push(d as u32);
        tok_start.push(t);
        let memories_at = 8 * docs;
        let postings_at = memories_at + (2 * docs).div_ceil(8) * 8;
        let tokens_at = postings_at + 4 * postings;
        if d != docs || t != tokens || tokens_at + 4 * tokens != body_len {
            return Err(bad());
        }
        Ok(Snapshot {
            file,
            path: path.to_path_buf(),
            generation,
            lang,
            memories,
            docs: docs as u32,
            words: words as u32,
            word_ends,
            word_bytes,
            offsets,
            len_start,
            tok_start,
            body_len,
            memories_at,
            postings_at,
            tokens_at,
            blocks: (0..nblocks).map(|_| OnceLock::new()).collect(),
            sums,
        })
    }

    /// Word `id` of the vocabulary.
    pub fn word(&self, id: u32) -> Option<&str> {
        let end = *self.word_ends.get(id as usize)? as usize;
        let start = match id {
            0 => 0,
            _ => *self.word_ends.get(id as usize - 1)? as usize,
        };
        self.word_bytes.get(start..end)
    }

    /// The id of a word, if the vocabulary has it.
    pub fn find(&self, norm: &str) -> Option<u32> {
        let (mut lo, mut hi) = (0u32, self.words);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.word(mid)?.cmp(norm) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    fn damaged(&self, message: String) -> SnapshotError {
        SnapshotError {
            path: self.path.clone(),
            message,
        }
    }

    /// Documents in the snapshot.
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// Words in its vocabulary (token ids below this have posting lists here).
    pub fn words(&self) -> u32 {
        self.words
    }

    /// Body block `b`, read and checked the first time.
    fn block(&self, b: usize) -> Result<&[u8], SnapshotError> {
        let cell = self
            .blocks
            .get(b)
            .ok_or_else(|| self.damaged(format!("block {b} is past the end")))?;
        if let Some(data) = cell.get() {
            return Ok(data);
        }
        let start = b as u64 * BLOCK;
        let len = BLOCK.min(self.body_len - start) as usize;
        let mut data = vec![0u8; len];
        read_at(&self.file, &mut data, HEADER + start)
            .map_err(|e| self.damaged(format!("block {b}: {e}")))?;
        if checksum(b as u64, &data) != self.sums[b] {
            return Err(self.damaged(format!("damaged (checksum of block {b})")));
        }
        // Another thread may have read it meanwhile: either copy is the same.
        let _ = cell.set(data.into_boxed_slice());
        cell.get()
            .map(|d| &d[..])
            .ok_or_else(|| self.damaged(format!("block {b} could not be kept")))
    }

    /// Calls `f` with the body bytes `[at, at + len)`, one piece per block.
    fn bytes(&self, at: u64, len: u64, mut f: impl FnMut(&[u8])) -> Result<(), SnapshotError> {
        let end = at
            .checked_add(len)
            .filter(|&e| e <= self.body_len)
            .ok_or_else(|| self.damaged("a read past the end of the body".into()))?;
        let mut pos = at;
        while pos < end {
            let b = (pos / BLOCK) as usize;
            let data = self.block(b)?;
            let from = (pos - b as u64 * BLOCK) as usize;
            let to = ((end - b as u64 * BLOCK) as usize).min(data.len());
            f(&data[from..to]);
            pos = b as u64 * BLOCK + to as u64;
        }
        Ok(())
    }

    /// Like [`Snapshot::bytes`] for reading a whole section once: blocks that are not
    /// kept already are read and checked but not kept.
    fn stream(&self, at: u64, len: u64, mut f: impl FnMut(&[u8])) -> Result<(), SnapshotError> {
        let end = at
            .checked_add(len)
            .filter(|&e| e <= self.body_len)
            .ok_or_else(|| self.damaged("a read past the end of the body".into()))?;
        let mut buf = Vec::with_capacity(BLOCK as usize);
        let mut pos = at;
        while pos < end {
            let b = (pos / BLOCK) as usize;
            let start = b as u64 * BLOCK;
            let data: &[u8] = match self.blocks[b].get() {
                Some(kept) => kept,
                None => {
                    buf.resize(BLOCK.min(self.body_len - start) as usize, 0);
                    read_at(&self.file, &mut buf, HEADER + start)
                        .map_err(|e| self.damaged(format!("block {b}: {e}")))?;
                    if checksum(b as u64, &buf) != self.sums[b] {
                        return Err(self.damaged(format!("damaged (checksum of block {b})")));
                    }
                    &buf
                }
            };
            let from = (pos - start) as usize;
            let to = ((end - start) as usize).min(data.len());
            f(&data[from..to]);
            pos = start + to as u64;
        }
        Ok(())
    }

    /// Every document's unit, memory and tokens (documents in order, each one's tokens
    /// after the previous one's), read in one pass without keeping the blocks.
    pub fn columns(&self) -> Result<Columns, SnapshotError> {
        let docs = u64::from(self.docs);
        let mut units = Vec::with_capacity(self.docs as usize);
        self.stream(0, 8 * docs, |p| {
            units.extend(p.chunks_exact(8).map(|c| {
                let mut b = [0u8; 8];
                b.copy_from_slice(c);
                u64::from_le_bytes(b)
            }))
        })?;
        let mut memories = Vec::with_capacity(self.docs as usize);
        self.stream(self.memories_at, 2 * docs, |p| {
            memories.extend(p.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])))
        })?;
        let ntokens = (self.body_len - self.tokens_at) / 4;
        let mut tokens = Vec::with_capacity(ntokens as usize);
        self.stream(self.tokens_at, 4 * ntokens, |p| {
            tokens.extend(
                p.chunks_exact(4)
                    .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
            )
        })?;
        if memories
            .iter()
            .any(|&m| usize::from(m) >= self.memories.len())
            || tokens.iter().any(|&t| t >= self.words)
        {
            return Err(self.damaged("a document names a memory or token that is not there".into()));
        }
        Ok(Columns {
            units,
            memories,
            tokens,
        })
    }

    fn read_u32s(&self, at: u64, n: u64, out: &mut Vec<u32>) -> Result<(), SnapshotError> {
        out.reserve(n as usize);
        self.bytes(at, 4 * n, |piece| {
            out.extend(
                piece
                    .chunks_exact(4)
                    .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
            )
        })
    }

    fn u32_at(&self, at: u64) -> Result<u32, SnapshotError> {
        let mut v = [0u8; 4];
        self.bytes(at, 4, |p| v.copy_from_slice(p))?;
        Ok(u32::from_le_bytes(v))
    }

    /// The first document of length ≥ `l`.
    pub fn len_start(&self, l: usize) -> u32 {
        self.len_start[l.min(self.len_start.len() - 1)]
    }

    /// The length of document `d` (documents are numbered by length).
    pub fn doc_len(&self, d: u32) -> usize {
        self.len_start
            .partition_point(|&s| s <= d)
            .saturating_sub(1)
    }

    /// The tokens of document `d`, appended to `out`; every id is checked against the
    /// vocabulary.
    pub fn doc_tokens(&self, d: u32, out: &mut Vec<u32>) -> Result<(), SnapshotError> {
        let l = self.doc_len(d);
        let start = self.tok_start[l] + u64::from(d - self.len_start[l]) * l as u64;
        let from = out.len();
        self.read_u32s(self.tokens_at + 4 * start, l as u64, out)?;
        if out[from..].iter().any(|&t| t >= self.words) {
            return Err(self.damaged(format!("document {d} has a token outside the vocabulary")));
        }
        Ok(())
    }

    /// The unit of document `d`.
    pub fn unit(&self, d: u32) -> Result<u64, SnapshotError> {
        let mut v = [0u8; 8];
        self.bytes(8 * u64::from(d), 8, |p| v.copy_from_slice(p))?;
        Ok(u64::from_le_bytes(v))
    }

    /// The memory number of document `d`.
    pub fn memory(&self, d: u32) -> Result<u16, SnapshotError> {
        let mut v = [0u8; 2];
        self.bytes(self.memories_at + 2 * u64::from(d), 2, |p| {
            v.copy_from_slice(p)
        })?;
        let m = u16::from_le_bytes(v);
        if usize::from(m) >= self.memories.len() {
            return Err(self.damaged(format!("document {d} names memory {m}, which is not there")));
        }
        Ok(m)
    }

    /// The positions in the postings of token `id`'s list, `[from, to)` in the whole
    /// postings array.
    pub fn list(&self, id: u32) -> (u64, u64) {
        match (
            self.offsets.get(id as usize),
            self.offsets.get(id as usize + 1),
        ) {
            (Some(&a), Some(&b)) => (u64::from(a), u64::from(b)),
            _ => (0, 0),
        }
    }

    /// The part `[from, to)` of token `id`'s list whose documents are in `[lo, hi)`.
    pub fn window(&self, id: u32, lo: u32, hi: u32) -> Result<(u64, u64), SnapshotError> {
        let (a, b) = self.list(id);
        let first = |bound: u32| -> Result<u64, SnapshotError> {
            let (mut l, mut r) = (a, b);
            while l < r {
                let mid = l + (r - l) / 2;
                if self.u32_at(self.postings_at + 4 * mid)? < bound {
                    l = mid + 1;
                } else {
                    r = mid;
                }
            }
            Ok(l)
        };
        Ok((first(lo)?, first(hi)?))
    }

    /// Postings `[from, to)`, appended to `out`; every document number is checked.
    pub fn postings(&self, from: u64, to: u64, out: &mut Vec<u32>) -> Result<(), SnapshotError> {
        let start = out.len();
        self.read_u32s(self.postings_at + 4 * from, to.saturating_sub(from), out)?;
        if out[start..].iter().any(|&d| d >= self.docs) {
            return Err(self.damaged("a posting names a document that is not there".into()));
        }
        Ok(())
    }

    /// Checks every block of the body (what a lazy read would check bit by bit).
    pub fn verify(&self) -> Result<(), SnapshotError> {
        for b in 0..self.blocks.len() {
            self.block(b)?;
        }
        Ok(())
    }
}
