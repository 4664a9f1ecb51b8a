//! Backup and restore as JSON lines.
//!
//! A backup is portable: it names articles by id and segments by their id within the
//! article, never by the store's internal keys. The first line is a header; then each
//! article is followed by its segments in order and by the history of those segments.
//! Writing walks the trees in key order, so an unchanged store gives the same bytes.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::codec::{self, keys, ArticleRecord, HistoryRecord, SegmentRecord};
use super::tm::MemoryInfo;
use super::{Store, StoreError, BATCH};
use crate::locale::Locale;
use crate::model::{Label, ResourceLayout, TmUnit};
use crate::segment::DocFormat;

/// The backup layout this build writes and reads.
const BACKUP_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Line {
    Header {
        korpu_backup: u32,
        format_version: u32,
        /// The reference locale of labels, when set.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label_reference: Option<String>,
    },
    Memory(MemoryInfo),
    Layout {
        resource: String,
        lang: String,
        #[serde(flatten)]
        layout: ResourceLayout,
    },
    Label(Label),
    Unit(TmUnit),
    Article(ArticleLine),
    Segment {
        article: String,
        #[serde(flatten)]
        segment: SegmentRecord,
    },
    History {
        article: String,
        segment: u64,
        lang: String,
        #[serde(flatten)]
        entry: HistoryRecord,
    },
}

#[derive(Serialize, Deserialize)]
struct ArticleLine {
    id: String,
    title: String,
    lang: Locale,
    format: DocFormat,
    next_segment_id: u64,
    targets: Vec<Locale>,
    created: String,
    updated: String,
    source: String,
}

/// What a restore read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RestoreOutcome {
    /// Articles restored.
    pub articles: usize,
    /// Segments restored.
    pub segments: usize,
    /// History entries restored.
    pub history: usize,
    /// Memory units restored.
    pub units: usize,
    /// Labels restored.
    pub labels: usize,
}

fn write_line(out: &mut dyn Write, line: &Line) -> Result<(), StoreError> {
    serde_json::to_writer(&mut *out, line).map_err(|e| StoreError::Io(std::io::Error::other(e)))?;
    out.write_all(b"\n")?;
    Ok(())
}

impl Store {
    /// Writes every article, segment and history entry as JSON lines.
    pub fn backup(&self, out: &mut dyn Write) -> Result<(), StoreError> {
        write_line(
            out,
            &Line::Header {
                korpu_backup: BACKUP_VERSION,
                format_version: self.format_version()?,
                label_reference: self.label_reference_set()?,
            },
        )?;
        for (resource, lang) in self.label_resources()? {
            if let Some(layout) = self.label_layout(&resource, &lang)? {
                write_line(
                    out,
                    &Line::Layout {
                        resource,
                        lang,
                        layout,
                    },
                )?;
            }
        }
        for label in self.labels(&super::LabelFilter::default())? {
            write_line(out, &Line::Label(label))?;
        }
        for m in self.memories()? {
            write_line(out, &Line::Memory(m))?;
        }
        // Units are numbered in the file by their order, not by store ids, so that a
        // restored store backs up to the same bytes.
        let mut ordinals: HashMap<u64, u64> = HashMap::new();
        for unit in self.tm_units()? {
            let mut unit = unit?;
            let n = ordinals.len() as u64 + 1;
            ordinals.insert(unit.id, n);
            unit.id = n;
            write_line(out, &Line::Unit(unit))?;
        }
        for value in self.articles.iter().values() {
            let rec: ArticleRecord = codec::decode("article", &value?)?;
            let source = self.article(&rec.id)?.source;
            write_line(
                out,
                &Line::Article(ArticleLine {
                    id: rec.id.clone(),
                    title: rec.title.clone(),
                    lang: rec.lang.clone(),
                    format: rec.format,
                    next_segment_id: rec.next_segment_id,
                    targets: rec.targets.clone(),
                    created: rec.created.clone(),
                    updated: rec.updated.clone(),
                    source,
                }),
            )?;
            for (_, mut segment) in self.segment_records(rec.uid)? {
                segment.tm_unit = segment.tm_unit.and_then(|u| ordinals.get(&u).copied());
                write_line(
                    out,
                    &Line::Segment {
                        article: rec.id.clone(),
                        segment,
                    },
                )?;
            }
            for kv in self.history.scan_prefix(keys::uid(rec.uid)) {
                let (k, v) = kv?;
                let (segment, lang, _) = keys::history_parts(&k)
                    .ok_or_else(|| StoreError::Corrupt("history key too short".into()))?;
                write_line(
                    out,
                    &Line::History {
                        article: rec.id.clone(),
                        segment,
                        lang,
                        entry: codec::decode("history", &v)?,
                    },
                )?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// Reads a backup into this store, which must hold no article.
    ///
    /// The restore is all or nothing: a marker set before the first write makes the
    /// next open wipe a restore that was interrupted, and a bad line wipes what was
    /// written before it returns the error.
    pub fn restore(
        &self,
        file: &str,
        input: &mut dyn BufRead,
    ) -> Result<RestoreOutcome, StoreError> {
        if !self.articles.is_empty() || !self.tm_units.is_empty() || !self.labels.is_empty() {
            return Err(StoreError::Invalid(format!(
                "store {} is not empty: restore reads a backup into an empty store only; nothing was restored",
                self.dir.display()
            )));
        }
        self.meta.insert(keys::RESTORING, &[][..])?;
        self.flush()?;
        match self.restore_lines(file, input) {
            Ok(outcome) => {
                // Whatever lookup index sits beside the store is rebuilt, and caches
                // of label catalogs are dropped.
                self.bump_generation(&[u64::MAX])?;
                self.bump_label_generation()?;
                self.meta.remove(keys::RESTORING)?;
                self.flush()?;
                Ok(outcome)
            }
            Err(e) => {
                self.sweep()?;
                Err(e)
            }
        }
    }

    fn restore_lines(
        &self,
        file: &str,
        input: &mut dyn BufRead,
    ) -> Result<RestoreOutcome, StoreError> {
        let mut outcome = RestoreOutcome::default();
        let mut current: Option<ArticleState> = None;
        // Unit ids in the file → ids in this store.
        let mut unit_ids: HashMap<u64, u64> = HashMap::new();
        let mut batch = Batches::default();
        let mut buf = String::new();
        let mut line_no = 0;
        let mut seen_header = false;
        loop {
            buf.clear();
            let read = input.read_line(&mut buf).map_err(|e| StoreError::Backup {
                file: file.to_string(),
                line: line_no + 1,
                column: 1,
                message: format!("cannot read: {e}"),
            })?;
            if read == 0 {
                break;
            }
            line_no += 1;
            if buf.trim().is_empty() {
                continue;
            }
            let bad = |column: usize, message: String| StoreError::Backup {
                file: file.to_string(),
                line: line_no,
                column,
                message,
            };
            let line: Line =
                serde_json::from_str(&buf).map_err(|e| bad(e.column().max(1), e.to_string()))?;
            match line {
                Line::Header {
                    korpu_backup,
                    label_reference,
                    ..
                } => {
                    if korpu_backup > BACKUP_VERSION {
                        return Err(bad(1, format!("backup layout {korpu_backup} is newer than this build reads ({BACKUP_VERSION})")));
                    }
                    if let Some(tag) = label_reference {
                        let l = Locale::parse(&tag).map_err(|e| bad(1, e.to_string()))?;
                        self.set_reference_locale(l.tag())?;
                    }
                    seen_header = true;
                }
                Line::Layout {
                    resource,
                    lang,
                    layout,
                } => {
                    Locale::parse(&lang).map_err(|e| bad(1, e.to_string()))?;
                    if resource.is_empty() {
                        return Err(bad(1, "a label resource without a path".into()));
                    }
                    self.restore_layout(&resource, &lang, &layout)?;
                }
                Line::Label(label) => {
                    Locale::parse(&label.lang).map_err(|e| bad(1, e.to_string()))?;
                    if label.resource.is_empty() || label.id.is_empty() {
                        return Err(bad(1, "a label without a resource or an id".into()));
                    }
                    if label.format == crate::model::LabelFormat::Ftl {
                        crate::formats::ftl::parse_entry(&label.source).map_err(|e| {
                            bad(
                                1,
                                format!("label \"{}\" is not a Fluent entry: {e}", label.id),
                            )
                        })?;
                    }
                    self.restore_label(&label)?;
                    outcome.labels += 1;
                }
                _ if !seen_header => {
                    return Err(bad(
                        1,
                        "expected the backup header first; is this a korpu backup?".into(),
                    ));
                }
                Line::Memory(m) => {
                    super::tm::check_memory_name(&m.name).map_err(|e| bad(1, e.to_string()))?;
                    self.meta
                        .insert(super::tm::tmkeys::memory(&m.name), codec::encode(&m))?;
                }
                Line::Unit(mut unit) => {
                    let old = unit.id;
                    if unit_ids.contains_key(&old) {
                        return Err(bad(1, format!("memory unit {old} appears twice")));
                    }
                    for tag in unit.variants.keys() {
                        Locale::parse(tag).map_err(|e| bad(1, e.to_string()))?;
                    }
                    super::tm::check_memory_name(&unit.memory)
                        .map_err(|e| bad(1, e.to_string()))?;
                    unit.id = self.next_id()?;
                    unit_ids.insert(old, unit.id);
                    batch.unit(unit);
                    outcome.units += 1;
                }
                Line::Article(a) => {
                    if let Some(done) = current.take() {
                        self.finish_article(done, file)?;
                    }
                    crate::model::check_article_id(&a.id).map_err(|m| bad(1, m))?;
                    if self.articles.contains_key(a.id.as_bytes())? {
                        return Err(bad(1, format!("article \"{}\" appears twice", a.id)));
                    }
                    let uid = self.next_id()?;
                    self.sources.insert(keys::uid(uid), a.source.as_bytes())?;
                    let rec = ArticleRecord {
                        id: a.id.clone(),
                        uid,
                        title: a.title,
                        lang: a.lang,
                        format: a.format,
                        segments: 0,
                        next_segment_id: a.next_segment_id,
                        targets: a.targets,
                        created: a.created,
                        updated: a.updated,
                    };
                    outcome.articles += 1;
                    current = Some(ArticleState {
                        rec,
                        source: a.source,
                        line: line_no,
                        ids: HashSet::new(),
                        end: 0,
                    });
                }
                Line::Segment {
                    article,
                    mut segment,
                } => {
                    let Some(st) = current.as_mut().filter(|st| st.rec.id == article) else {
                        return Err(bad(
                            1,
                            format!(
                                "segment of article \"{article}\" outside that article's block"
                            ),
                        ));
                    };
                    st.check_segment(&segment).map_err(|m| bad(1, m))?;
                    segment.tm_unit = segment.tm_unit.and_then(|u| unit_ids.get(&u).copied());
                    st.rec.segments += 1;
                    let order = st.rec.segments as u64;
                    batch.segment(keys::segment(st.rec.uid, order << 32), &segment);
                    outcome.segments += 1;
                }
                Line::History {
                    article,
                    segment,
                    lang,
                    entry,
                } => {
                    let Some(st) = current.as_ref().filter(|st| st.rec.id == article) else {
                        return Err(bad(
                            1,
                            format!(
                                "history of article \"{article}\" outside that article's block"
                            ),
                        ));
                    };
                    if !st.ids.contains(&segment) {
                        return Err(bad(1, format!("history of segment {segment}, which article \"{article}\" does not have")));
                    }
                    Locale::parse(&lang).map_err(|e| bad(1, e.to_string()))?;
                    // Fresh sequence numbers keep the file's order and stay below every
                    // number this store hands out later.
                    let seq = self.next_id()?;
                    batch.history(keys::history(st.rec.uid, segment, &lang, seq), &entry);
                    outcome.history += 1;
                }
            }
            if batch.len >= BATCH {
                batch.apply(self)?;
            }
        }
        if !seen_header {
            return Err(StoreError::Backup {
                file: file.to_string(),
                line: line_no.max(1),
                column: 1,
                message: "the file is empty, not a korpu backup".into(),
            });
        }
        if let Some(done) = current.take() {
            self.finish_article(done, file)?;
        }
        batch.apply(self)?;
        Ok(outcome)
    }

    /// Checks what only the whole article shows and writes its record.
    fn finish_article(&self, st: ArticleState, file: &str) -> Result<(), StoreError> {
        if let Some(max) = st.ids.iter().max() {
            if st.rec.next_segment_id <= *max {
                return Err(StoreError::Backup {
                    file: file.to_string(),
                    line: st.line,
                    column: 1,
                    message: format!(
                        "article \"{}\" has next_segment_id {} but a segment with id {max}",
                        st.rec.id, st.rec.next_segment_id
                    ),
                });
            }
        }
        self.articles
            .insert(st.rec.id.as_bytes(), codec::encode(&st.rec))?;
        Ok(())
    }
}

/// The article a restore is reading, and what it has seen of it.
struct ArticleState {
    rec: ArticleRecord,
    source: String,
    line: usize,
    ids: HashSet<u64>,
    /// Where the previous segment ended.
    end: usize,
}

impl ArticleState {
    /// A segment must be a byte range of the source, after the previous one, with the
    /// text it claims, a fresh id and translations into locales other than the source's.
    fn check_segment(&mut self, seg: &SegmentRecord) -> Result<(), String> {
        let slice = self
            .source
            .get(seg.start..seg.end)
            .filter(|_| seg.start <= seg.end);
        match slice {
            None => {
                return Err(format!(
                    "segment {} spans bytes {}..{}, which is not a range of the source on character boundaries",
                    seg.id, seg.start, seg.end
                ))
            }
            Some(text) if text != seg.text => {
                return Err(format!(
                    "segment {}'s text is not the source's bytes {}..{}",
                    seg.id, seg.start, seg.end
                ))
            }
            Some(_) => {}
        }
        if seg.start < self.end {
            return Err(format!(
                "segment {} overlaps or precedes the one before it",
                seg.id
            ));
        }
        if !self.ids.insert(seg.id) {
            return Err(format!("segment id {} appears twice", seg.id));
        }
        for tag in seg.translations.keys() {
            let l = Locale::parse(tag).map_err(|e| e.to_string())?;
            if l.matches(&self.rec.lang) {
                return Err(format!(
                    "segment {} has a translation into {tag}, the article's own language",
                    seg.id
                ));
            }
        }
        self.end = seg.end;
        Ok(())
    }
}

/// Writes of a restore, applied in batches.
#[derive(Default)]
struct Batches {
    segments: sled::Batch,
    history: sled::Batch,
    units: Vec<TmUnit>,
    langs: HashSet<String>,
    len: usize,
}

impl Batches {
    fn segment(&mut self, key: Vec<u8>, seg: &SegmentRecord) {
        self.segments.insert(key, codec::encode(seg));
        self.len += 1;
    }

    fn history(&mut self, key: Vec<u8>, entry: &HistoryRecord) {
        self.history.insert(key, codec::encode(entry));
        self.len += 1;
    }

    fn unit(&mut self, unit: TmUnit) {
        self.langs.extend(unit.variants.keys().cloned());
        self.units.push(unit);
        self.len += 1;
    }

    fn apply(&mut self, store: &Store) -> Result<(), StoreError> {
        let b = std::mem::take(self);
        store.segments.apply_batch(b.segments)?;
        store.history.apply_batch(b.history)?;
        store.write_restored_units(b.units)?;
        for tag in b.langs {
            store.meta.insert(super::tm::tmkeys::lang(&tag), &[][..])?;
        }
        Ok(())
    }
}
