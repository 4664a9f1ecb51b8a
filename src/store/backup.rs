//! Backup and restore as JSON lines.
//!
//! A backup is portable: it names articles by id and segments by their id within the
//! article, never by the store's internal keys. The first line is a header; then each
//! article is followed by its segments in order and by the history of those segments.
//! Writing walks the trees in key order, so an unchanged store gives the same bytes.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::codec::{self, keys, ArticleRecord, HistoryRecord, SegmentRecord};
use super::{Store, StoreError, BATCH};
use crate::locale::Locale;
use crate::segment::DocFormat;

/// The backup layout this build writes and reads.
const BACKUP_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Line {
    Header {
        korpu_backup: u32,
        format_version: u32,
    },
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
            },
        )?;
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
            for (_, segment) in self.segment_records(rec.uid)? {
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
        if !self.articles.is_empty() {
            return Err(StoreError::Invalid(format!(
                "store {} is not empty: restore reads a backup into an empty store only; nothing was restored",
                self.dir.display()
            )));
        }
        self.meta.insert(keys::RESTORING, &[][..])?;
        self.flush()?;
        match self.restore_lines(file, input) {
            Ok(outcome) => {
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
        // The article being read: its id, uid, and the next order key.
        let mut current: Option<(String, u64, u64)> = None;
        let mut segments = sled::Batch::default();
        let mut history = sled::Batch::default();
        let mut pending = 0;
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
                Line::Header { korpu_backup, .. } => {
                    if korpu_backup > BACKUP_VERSION {
                        return Err(bad(1, format!("backup layout {korpu_backup} is newer than this build reads ({BACKUP_VERSION})")));
                    }
                    seen_header = true;
                }
                _ if !seen_header => {
                    return Err(bad(
                        1,
                        "expected the backup header first; is this a korpu backup?".into(),
                    ));
                }
                Line::Article(a) => {
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
                    self.articles.insert(a.id.as_bytes(), codec::encode(&rec))?;
                    outcome.articles += 1;
                    current = Some((a.id, uid, 0));
                }
                Line::Segment { article, segment } => {
                    let Some((_, uid, order)) = current.as_mut().filter(|(id, ..)| *id == article)
                    else {
                        return Err(bad(
                            1,
                            format!(
                                "segment of article \"{article}\" outside that article's block"
                            ),
                        ));
                    };
                    *order += 1;
                    segments.insert(keys::segment(*uid, *order << 32), codec::encode(&segment));
                    outcome.segments += 1;
                    pending += 1;
                }
                Line::History {
                    article,
                    segment,
                    lang,
                    entry,
                } => {
                    let Some((_, uid, _)) = current.as_ref().filter(|(id, ..)| *id == article)
                    else {
                        return Err(bad(
                            1,
                            format!(
                                "history of article \"{article}\" outside that article's block"
                            ),
                        ));
                    };
                    Locale::parse(&lang).map_err(|e| bad(1, e.to_string()))?;
                    // Fresh sequence numbers keep the file's order and stay below every
                    // number this store hands out later.
                    let seq = self.next_id()?;
                    history.insert(
                        keys::history(*uid, segment, &lang, seq),
                        codec::encode(&entry),
                    );
                    outcome.history += 1;
                    pending += 1;
                }
            }
            if pending >= BATCH {
                self.segments.apply_batch(std::mem::take(&mut segments))?;
                self.history.apply_batch(std::mem::take(&mut history))?;
                pending = 0;
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
        self.segments.apply_batch(segments)?;
        self.history.apply_batch(history)?;
        // Segment counts are derived from what was read, not trusted from the file.
        for value in self.articles.iter().values() {
            let mut rec: ArticleRecord = codec::decode("article", &value?)?;
            rec.segments = self.segments.scan_prefix(keys::uid(rec.uid)).count();
            self.articles
                .insert(rec.id.as_bytes(), codec::encode(&rec))?;
        }
        Ok(outcome)
    }
}
