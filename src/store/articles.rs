//! Adding, reading, listing and removing articles.

use std::collections::{HashMap, VecDeque};

use sled::transaction::ConflictableTransactionError;
use sled::Transactional;

use super::codec::{self, keys, ArticleRecord, HistoryRecord, SegmentRecord};
use super::{Store, StoreError, BATCH};
use crate::locale::Locale;
use crate::model::{now_rfc3339, Article, ArticleInfo, Segment};
use crate::segment::{DocFormat, Span};

/// An article to add: its source document and the segmentation of it.
#[derive(Debug, Clone)]
pub struct NewArticle<'a> {
    /// The article id.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// The source locale.
    pub lang: Locale,
    /// The layout of the source.
    pub format: DocFormat,
    /// The source document.
    pub source: &'a str,
    /// Its segments as byte ranges of `source`, in order.
    pub spans: &'a [Span],
}

/// What adding an article did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AddOutcome {
    /// The article id.
    pub id: String,
    /// How many segments it has.
    pub segments: usize,
    /// Whether an earlier version was replaced.
    pub replaced: bool,
    /// How many segments kept their translations from the earlier version.
    pub kept: usize,
}

impl Store {
    pub(crate) fn article_record(&self, id: &str) -> Result<Option<ArticleRecord>, StoreError> {
        self.articles
            .get(id.as_bytes())?
            .map(|v| codec::decode("article", &v))
            .transpose()
    }

    pub(crate) fn require_article(&self, id: &str) -> Result<ArticleRecord, StoreError> {
        self.article_record(id)?
            .ok_or_else(|| StoreError::UnknownArticle(id.to_string()))
    }

    /// The stored segments of one article version, with their keys, in order.
    pub(crate) fn segment_records(
        &self,
        uid: u64,
    ) -> Result<Vec<(sled::IVec, SegmentRecord)>, StoreError> {
        self.segments
            .scan_prefix(keys::uid(uid))
            .map(|kv| {
                let (k, v) = kv?;
                Ok((k, codec::decode("segment", &v)?))
            })
            .collect()
    }

    /// Whether an article with this id exists.
    pub fn has_article(&self, id: &str) -> Result<bool, StoreError> {
        Ok(self.articles.contains_key(id.as_bytes())?)
    }

    /// All articles, by id.
    pub fn list_articles(&self) -> Result<Vec<ArticleInfo>, StoreError> {
        self.articles
            .iter()
            .values()
            .map(|v| Ok(info_of(&codec::decode::<ArticleRecord>("article", &v?)?)))
            .collect()
    }

    /// One article with its source and segments.
    pub fn article(&self, id: &str) -> Result<Article, StoreError> {
        let rec = self.require_article(id)?;
        let source = self
            .sources
            .get(keys::uid(rec.uid))?
            .ok_or_else(|| StoreError::Corrupt(format!("article \"{id}\" has no source")))?;
        let source = String::from_utf8(source.to_vec())
            .map_err(|_| StoreError::Corrupt(format!("source of \"{id}\" is not UTF-8")))?;
        let segments = self
            .segment_records(rec.uid)?
            .iter()
            .map(|(_, r)| Segment::from(r))
            .collect();
        Ok(Article {
            info: info_of(&rec),
            source,
            segments,
        })
    }

    /// Adds an article, or replaces the source of an existing one when `replace` is set.
    ///
    /// On replace, a new segment whose text equals an old segment's text keeps that
    /// segment's translations and history (the n-th occurrence of a text takes the n-th
    /// old one); new and changed segments start untranslated. The whole add is atomic:
    /// until the final transaction nothing of it is visible.
    pub fn add_article(&self, new: &NewArticle, replace: bool) -> Result<AddOutcome, StoreError> {
        let old = self.article_record(new.id)?;
        if old.is_some() && !replace {
            return Err(StoreError::ArticleExists(new.id.to_string()));
        }
        if let Some(old) = &old {
            if old.lang != new.lang {
                return Err(StoreError::Invalid(format!(
                    "article \"{}\" is written in {}, not {}: a replacement keeps the source language (remove the article first to change it); nothing was written",
                    new.id, old.lang, new.lang
                )));
            }
        }
        let uid = self.next_id()?;
        self.meta
            .insert(keys::pending(uid), now_rfc3339().as_bytes())?;
        self.flush()?;
        match self.stage_and_publish(new, replace, old.as_ref(), uid) {
            Ok(outcome) => {
                super::crash_point("article-published");
                self.sweep()?;
                Ok(outcome)
            }
            Err(e) => {
                // Best effort: the pending marker makes the next open sweep it anyway.
                let _ = self.delete_version(uid);
                let _ = self.meta.remove(keys::pending(uid));
                let _ = self.flush();
                Err(e)
            }
        }
    }

    fn stage_and_publish(
        &self,
        new: &NewArticle,
        replace: bool,
        old: Option<&ArticleRecord>,
        uid: u64,
    ) -> Result<AddOutcome, StoreError> {
        // Old segments by text, so that unchanged sentences keep their translations.
        let mut by_text: HashMap<String, VecDeque<SegmentRecord>> = HashMap::new();
        if let Some(old) = old {
            for (_, rec) in self.segment_records(old.uid)? {
                if !rec.translations.is_empty() {
                    by_text.entry(rec.text.clone()).or_default().push_back(rec);
                }
            }
        }
        self.sources.insert(keys::uid(uid), new.source.as_bytes())?;
        let mut batch = sled::Batch::default();
        let mut history = sled::Batch::default();
        let (mut in_batch, mut kept) = (0, 0);
        for (i, span) in new.spans.iter().enumerate() {
            let id = i as u64 + 1;
            let text = new.source.get(span.start..span.end).ok_or_else(|| {
                StoreError::Invalid(format!(
                    "segment {id} ({}..{}) is not inside the source",
                    span.start, span.end
                ))
            })?;
            let mut rec = SegmentRecord {
                id,
                start: span.start,
                end: span.end,
                paragraph: span.paragraph,
                kind: span.kind,
                text: text.to_string(),
                translations: Default::default(),
                tm_unit: None,
            };
            if let (Some(old), Some(prev)) =
                (old, by_text.get_mut(text).and_then(VecDeque::pop_front))
            {
                rec.translations = prev.translations;
                rec.tm_unit = prev.tm_unit;
                kept += 1;
                for tag in rec.translations.keys() {
                    for kv in self
                        .history
                        .scan_prefix(keys::history_prefix(old.uid, prev.id, tag))
                    {
                        let (k, v) = kv?;
                        let seq = keys::history_parts(&k).map_or(0, |(_, _, seq)| seq);
                        history.insert(keys::history(uid, id, tag, seq), v);
                        in_batch += 1;
                    }
                }
            }
            batch.insert(keys::segment(uid, id << 32), codec::encode(&rec));
            in_batch += 1;
            if in_batch >= BATCH {
                self.segments.apply_batch(std::mem::take(&mut batch))?;
                self.history.apply_batch(std::mem::take(&mut history))?;
                in_batch = 0;
                super::crash_point("article-batch");
            }
        }
        self.segments.apply_batch(batch)?;
        self.history.apply_batch(history)?;
        self.flush()?;

        let now = now_rfc3339();
        let record = ArticleRecord {
            id: new.id.to_string(),
            uid,
            title: new.title.to_string(),
            lang: new.lang.clone(),
            format: new.format,
            segments: new.spans.len(),
            next_segment_id: new.spans.len() as u64 + 1,
            targets: old.map(|o| o.targets.clone()).unwrap_or_default(),
            created: old.map_or_else(|| now.clone(), |o| o.created.clone()),
            updated: now,
        };
        let encoded = codec::encode(&record);
        (&self.articles, &self.meta)
            .transaction(|(articles, meta)| {
                let current = articles.get(new.id.as_bytes())?;
                if let Some(cur) = &current {
                    if !replace {
                        return Err(ConflictableTransactionError::Abort(
                            StoreError::ArticleExists(new.id.to_string()),
                        ));
                    }
                    let cur: ArticleRecord = codec::decode("article", cur)
                        .map_err(ConflictableTransactionError::Abort)?;
                    meta.insert(keys::garbage(cur.uid), &[][..])?;
                }
                articles.insert(new.id.as_bytes(), encoded.as_slice())?;
                meta.remove(keys::pending(uid))?;
                Ok(())
            })
            .map_err(StoreError::from)?;
        self.flush()?;
        Ok(AddOutcome {
            id: new.id.to_string(),
            segments: new.spans.len(),
            replaced: old.is_some(),
            kept,
        })
    }

    /// Removes an article with its translations and history.
    pub fn remove_article(&self, id: &str) -> Result<(), StoreError> {
        (&self.articles, &self.meta)
            .transaction(|(articles, meta)| {
                let Some(cur) = articles.get(id.as_bytes())? else {
                    return Err(ConflictableTransactionError::Abort(
                        StoreError::UnknownArticle(id.to_string()),
                    ));
                };
                let cur: ArticleRecord =
                    codec::decode("article", &cur).map_err(ConflictableTransactionError::Abort)?;
                articles.remove(id.as_bytes())?;
                meta.insert(keys::garbage(cur.uid), &[][..])?;
                Ok(())
            })
            .map_err(StoreError::from)?;
        self.flush()?;
        self.sweep()
    }

    /// The history records of one segment in one locale, oldest first.
    pub(crate) fn history_records(
        &self,
        uid: u64,
        segment_id: u64,
        tag: &str,
    ) -> Result<Vec<(sled::IVec, HistoryRecord)>, StoreError> {
        self.history
            .scan_prefix(keys::history_prefix(uid, segment_id, tag))
            .map(|kv| {
                let (k, v) = kv?;
                Ok((k, codec::decode("history", &v)?))
            })
            .collect()
    }
}

pub(crate) fn info_of(rec: &ArticleRecord) -> ArticleInfo {
    ArticleInfo {
        id: rec.id.clone(),
        title: rec.title.clone(),
        lang: rec.lang.clone(),
        format: rec.format,
        segments: rec.segments,
        created: rec.created.clone(),
        updated: rec.updated.clone(),
    }
}
