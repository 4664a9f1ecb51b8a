//! Changing segments: translations, merges and splits, each one transaction.

use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use sled::Transactional;

use super::codec::{self, keys, ArticleRecord, HistoryRecord, SegmentRecord, TranslationRecord};
use super::tm::{log_changes, sync_segment_unit, SegmentUnit};
use super::{Store, StoreError};
use crate::locale::Locale;
use crate::model::{now_rfc3339, HistoryEntry, Origin, Status, TmContext, Translation};

/// A translation to store.
#[derive(Debug, Clone)]
pub struct SetTranslation<'a> {
    /// The article id.
    pub article: &'a str,
    /// 1-based segment number.
    pub n: usize,
    /// The target locale.
    pub lang: &'a Locale,
    /// The translated text.
    pub text: &'a str,
    /// The new status.
    pub status: Status,
    /// Who writes it.
    pub author: &'a str,
    /// Where the text came from.
    pub origin: Origin,
    /// The revision the writer based the text on; a different stored revision refuses
    /// the write. `Some(0)` means "there must be no translation yet".
    pub expect_revision: Option<u64>,
}

/// One translation of a batch that may span several articles, each with its own
/// status (an exchange file coming back from another tool).
#[derive(Debug, Clone)]
pub struct BatchTranslation<'a> {
    /// The article id.
    pub article: &'a str,
    /// 1-based segment number.
    pub n: usize,
    /// The translated text.
    pub text: &'a str,
    /// The new status.
    pub status: Status,
}

type Abort = ConflictableTransactionError<StoreError>;

/// One translation to write: the segment's key, its number and the text.
struct Write<'a> {
    key: sled::IVec,
    n: usize,
    text: &'a str,
    expect_revision: Option<u64>,
    /// Where this text came from, when it differs from the call's origin.
    origin: Option<Origin>,
    /// Its status, when it differs from the call's status.
    status: Option<Status>,
}

/// What every write of one call shares.
#[derive(Clone, Copy)]
struct Meta<'a> {
    status: Status,
    author: &'a str,
    origin: Origin,
}

fn abort(e: StoreError) -> Abort {
    ConflictableTransactionError::Abort(e)
}

fn get_segment(tree: &TransactionalTree, key: &[u8]) -> Result<SegmentRecord, Abort> {
    let bytes = tree.get(key)?.ok_or_else(|| {
        abort(StoreError::Invalid(
            "the segment changed meanwhile; try again".into(),
        ))
    })?;
    codec::decode("segment", &bytes).map_err(abort)
}

fn put<T: serde::Serialize>(tree: &TransactionalTree, key: &[u8], value: &T) -> Result<(), Abort> {
    tree.insert(key, codec::encode(value))?;
    Ok(())
}

impl Store {
    /// The key and record of segment `n` (1-based) of an article version.
    fn locate(
        &self,
        rec: &ArticleRecord,
        n: usize,
    ) -> Result<(sled::IVec, SegmentRecord), StoreError> {
        let out_of_range = || StoreError::SegmentOutOfRange {
            article: rec.id.clone(),
            n,
            count: rec.segments,
        };
        if n == 0 {
            return Err(out_of_range());
        }
        let (k, v) = self
            .segments
            .scan_prefix(keys::uid(rec.uid))
            .nth(n - 1)
            .transpose()?
            .ok_or_else(out_of_range)?;
        Ok((k, codec::decode("segment", &v)?))
    }

    /// The tag under which `lang` is stored in this article: an existing target that
    /// negotiates with it (`en-US` for `en`), else `lang` itself. The source locale is
    /// refused: an article is not translated into its own language.
    pub(crate) fn target_tag(rec: &ArticleRecord, lang: &Locale) -> Result<Locale, StoreError> {
        if lang.matches(&rec.lang) {
            return Err(StoreError::Invalid(format!(
                "{lang} is the source language of article \"{}\"; translations go into another locale",
                rec.id
            )));
        }
        Ok(lang
            .negotiate_among(&rec.targets)
            .cloned()
            .unwrap_or_else(|| lang.clone()))
    }

    /// Stores a translation of one segment and records it in the history, in one
    /// transaction. Returns the stored translation.
    pub fn set_translation(&self, req: &SetTranslation) -> Result<Translation, StoreError> {
        let rec = self.require_article(req.article)?;
        let (key, _) = self.locate(&rec, req.n)?;
        let write = Write {
            key,
            n: req.n,
            text: req.text,
            expect_revision: req.expect_revision,
            origin: None,
            status: None,
        };
        let mut stored = self.write_translations(
            &[(rec, vec![write])],
            req.lang,
            Meta {
                status: req.status,
                author: req.author,
                origin: req.origin,
            },
        )?;
        stored
            .pop()
            .ok_or_else(|| StoreError::Corrupt("a write returned nothing".into()))
    }

    /// Stores translations of many segments of one article (1-based numbers with their
    /// texts and origins) in one transaction: all of them or none.
    pub fn set_translations(
        &self,
        article: &str,
        lang: &Locale,
        texts: &[(usize, String, Origin)],
        status: Status,
        author: &str,
    ) -> Result<usize, StoreError> {
        let rec = self.require_article(article)?;
        let all = self.segment_records(rec.uid)?;
        let writes = texts
            .iter()
            .map(|(n, text, origin)| {
                let (key, _) = n.checked_sub(1).and_then(|i| all.get(i)).ok_or_else(|| {
                    StoreError::SegmentOutOfRange {
                        article: rec.id.clone(),
                        n: *n,
                        count: rec.segments,
                    }
                })?;
                Ok(Write {
                    key: key.clone(),
                    n: *n,
                    text,
                    expect_revision: None,
                    origin: Some(*origin),
                    status: None,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let meta = Meta {
            status,
            author,
            origin: Origin::Import,
        };
        Ok(self.write_translations(&[(rec, writes)], lang, meta)?.len())
    }

    /// Stores translations of segments of several articles, each with its own status,
    /// in one transaction: all of them or none. Returns how many were stored.
    pub fn set_translations_batch(
        &self,
        lang: &Locale,
        items: &[BatchTranslation],
        author: &str,
        origin: Origin,
    ) -> Result<usize, StoreError> {
        let mut groups: Vec<(ArticleRecord, Vec<Write>)> = Vec::new();
        let mut records: Vec<Vec<(sled::IVec, SegmentRecord)>> = Vec::new();
        for item in items {
            let at = match groups.iter().position(|(r, _)| r.id == item.article) {
                Some(at) => at,
                None => {
                    let rec = self.require_article(item.article)?;
                    records.push(self.segment_records(rec.uid)?);
                    groups.push((rec, Vec::new()));
                    groups.len() - 1
                }
            };
            let (rec, writes) = &mut groups[at];
            let (key, _) = item
                .n
                .checked_sub(1)
                .and_then(|i| records[at].get(i))
                .ok_or_else(|| StoreError::SegmentOutOfRange {
                    article: rec.id.clone(),
                    n: item.n,
                    count: rec.segments,
                })?;
            writes.push(Write {
                key: key.clone(),
                n: item.n,
                text: item.text,
                expect_revision: None,
                origin: None,
                status: Some(item.status),
            });
        }
        let meta = Meta {
            status: Status::Draft,
            author,
            origin,
        };
        Ok(self.write_translations(&groups, lang, meta)?.len())
    }

    /// Writes translations of one or more articles (each with its writes) in one
    /// transaction.
    fn write_translations(
        &self,
        groups: &[(ArticleRecord, Vec<Write>)],
        lang: &Locale,
        meta: Meta,
    ) -> Result<Vec<Translation>, StoreError> {
        struct Prepared {
            lang: Locale,
            tag: String,
            seqs: Vec<u64>,
            fresh: Vec<u64>,
            contexts: Vec<TmContext>,
        }
        let mut prepared = Vec::with_capacity(groups.len());
        for (rec, writes) in groups {
            let lang = Self::target_tag(rec, lang)?;
            let tag = lang.tag().to_string();
            let seqs = writes
                .iter()
                .map(|_| self.next_id())
                .collect::<Result<Vec<_>, _>>()?;
            let fresh = writes
                .iter()
                .map(|_| self.next_id())
                .collect::<Result<Vec<_>, _>>()?;
            let contexts = self.contexts(rec, writes.iter().map(|w| w.n))?;
            prepared.push(Prepared {
                lang,
                tag,
                seqs,
                fresh,
                contexts,
            });
        }
        let time = now_rfc3339();
        let trees = (
            &self.articles,
            &self.segments,
            &self.history,
            &self.tm_units,
            &self.tm_exact,
            &self.meta,
            &self.tm_log,
        );
        let result = trees.transaction(
            |(articles, segments, history, tm_units, tm_exact, meta_tree, log)| {
                let mut stored = Vec::new();
                let mut changed_units = Vec::new();
                let mut langs: Vec<&str> = Vec::new();
                for ((rec, writes), p) in groups.iter().zip(&prepared) {
                    let (lang, tag) = (&p.lang, &p.tag);
                    let article_key = rec.id.as_bytes();
                    for (((w, seq), fresh_id), context) in
                        writes.iter().zip(&p.seqs).zip(&p.fresh).zip(&p.contexts)
                    {
                        let mut seg = get_segment(segments, &w.key)?;
                        let current = seg.translations.get(tag);
                        let current_rev = current.map_or(0, |t| t.revision);
                        if let Some(expected) = w.expect_revision {
                            if expected != current_rev {
                                return Err(abort(StoreError::StaleRevision {
                                    article: rec.id.clone(),
                                    n: w.n,
                                    lang: tag.clone(),
                                    expected,
                                    current: current_rev,
                                    current_text: current
                                        .map(|t| t.text.clone())
                                        .unwrap_or_default(),
                                }));
                            }
                        }
                        let t = TranslationRecord {
                            text: w.text.to_string(),
                            status: w.status.unwrap_or(meta.status),
                            revision: current_rev + 1,
                            author: meta.author.to_string(),
                            time: time.clone(),
                            origin: w.origin.unwrap_or(meta.origin),
                        };
                        let entry = history_of(&t, None);
                        put(history, &keys::history(rec.uid, seg.id, tag, *seq), &entry)?;
                        seg.translations.insert(tag.clone(), t.clone());
                        // Confirmed work enters the memory in the same transaction.
                        let how = SegmentUnit {
                            article: &rec.id,
                            source_tag: rec.lang.tag(),
                            context: context.clone(),
                            fresh_id: *fresh_id,
                            author: meta.author,
                            time: &time,
                        };
                        changed_units
                            .extend(sync_segment_unit(tm_units, tm_exact, &mut seg, &how)?);
                        put(segments, &w.key, &seg)?;
                        stored.push(Translation::from(&t));
                    }
                    for l in [rec.lang.tag(), tag.as_str()] {
                        if !langs.contains(&l) {
                            langs.push(l);
                        }
                    }
                    // The first translation into a locale adds it to the article's targets.
                    let current = articles
                        .get(article_key)?
                        .ok_or_else(|| abort(StoreError::UnknownArticle(rec.id.clone())))?;
                    let mut art: ArticleRecord =
                        codec::decode("article", &current).map_err(abort)?;
                    if art.uid != rec.uid {
                        return Err(abort(StoreError::Invalid(format!(
                            "article \"{}\" was replaced meanwhile; nothing was written",
                            rec.id
                        ))));
                    }
                    if !art.targets.contains(lang) {
                        art.targets.push(lang.clone());
                        put(articles, article_key, &art)?;
                    }
                }
                log_changes(meta_tree, log, &changed_units, &langs)?;
                Ok(stored)
            },
        )?;
        self.flush()?;
        Ok(result)
    }

    /// The source segments before and after each of the numbered segments: the context
    /// stored with a memory unit for 101% matches.
    pub(crate) fn contexts(
        &self,
        rec: &ArticleRecord,
        ns: impl Iterator<Item = usize>,
    ) -> Result<Vec<TmContext>, StoreError> {
        let all = self.segment_records(rec.uid)?;
        let text = |i: Option<usize>| {
            i.and_then(|i| all.get(i))
                .map_or_else(String::new, |(_, s)| s.text.clone())
        };
        Ok(ns
            .map(|n| TmContext {
                prev: text(n.checked_sub(2)),
                next: text(Some(n)),
            })
            .collect())
    }

    /// Every change to one segment's translation in one locale, oldest first.
    pub fn history(
        &self,
        article: &str,
        n: usize,
        lang: &Locale,
    ) -> Result<Vec<HistoryEntry>, StoreError> {
        let rec = self.require_article(article)?;
        let (_, seg) = self.locate(&rec, n)?;
        let tag = Self::target_tag(&rec, lang)?;
        Ok(self
            .history_records(rec.uid, seg.id, tag.tag())?
            .iter()
            .map(|(_, h)| HistoryEntry::from(h))
            .collect())
    }

    /// Merges segment `n` with segment `n + 1` of the same paragraph.
    ///
    /// The merged segment keeps the first one's identity; the second one's history moves
    /// to it. Where both have a translation, the texts are joined with a space and the
    /// lower status wins; where only one has, the text is kept as a draft, since half of
    /// the source is untranslated.
    pub fn merge_segments(&self, article: &str, n: usize, author: &str) -> Result<(), StoreError> {
        let rec = self.require_article(article)?;
        if n == 0 || n >= rec.segments {
            return Err(StoreError::Invalid(format!(
                "segment {n} of \"{article}\" cannot be merged with the next one: the article has {} segments",
                rec.segments
            )));
        }
        let (key_a, a) = self.locate(&rec, n)?;
        let (key_b, b) = self.locate(&rec, n + 1)?;
        if a.paragraph != b.paragraph {
            return Err(StoreError::Invalid(format!(
                "segments {n} and {} of \"{article}\" are in different paragraphs and cannot be merged",
                n + 1
            )));
        }
        let source = self.article(article)?.source;
        let text = source.get(a.start..b.end).unwrap_or_default().to_string();
        let time = now_rfc3339();
        let mut moved = Vec::new();
        for tag in b.translations.keys() {
            moved.extend(self.history_records(rec.uid, b.id, tag)?);
        }
        let mut tags: Vec<&String> = a.translations.keys().chain(b.translations.keys()).collect();
        tags.sort();
        tags.dedup();
        let mut merged = a.clone();
        merged.end = b.end;
        merged.text = text;
        let mut notes = Vec::new();
        for tag in tags {
            let (ta, tb) = (a.translations.get(tag), b.translations.get(tag));
            let (text, status) = match (ta, tb) {
                (Some(x), Some(y)) => (join(&x.text, &y.text), x.status.min(y.status)),
                (Some(x), None) | (None, Some(x)) => (x.text.clone(), x.status.min(Status::Draft)),
                (None, None) => continue,
            };
            let revision = ta
                .map_or(0, |t| t.revision)
                .max(tb.map_or(0, |t| t.revision))
                + 1;
            let t = TranslationRecord {
                text,
                status,
                revision,
                author: author.to_string(),
                time: time.clone(),
                origin: ta.or(tb).map_or(Origin::Human, |t| t.origin),
            };
            notes.push((tag.clone(), self.next_id()?, history_of(&t, Some("merge"))));
            merged.translations.insert(tag.clone(), t);
        }
        (&self.articles, &self.segments, &self.history)
            .transaction(|(articles, segments, history)| {
                get_segment(segments, &key_a)?;
                get_segment(segments, &key_b)?;
                segments.remove(&key_b)?;
                put(segments, &key_a, &merged)?;
                for (k, h) in &moved {
                    let (_, tag, seq) = keys::history_parts(k).unwrap_or((0, String::new(), 0));
                    history.remove(k)?;
                    put(history, &keys::history(rec.uid, a.id, &tag, seq), h)?;
                }
                for (tag, seq, h) in &notes {
                    put(history, &keys::history(rec.uid, a.id, tag, *seq), h)?;
                }
                let mut art = rec.clone();
                art.segments -= 1;
                put(articles, rec.id.as_bytes(), &art)?;
                Ok(())
            })
            .map_err(StoreError::from)?;
        self.flush()
    }

    /// Splits segment `n` at byte `at` of its text.
    ///
    /// The first part keeps the segment's identity, translations and history; a
    /// translation that was confirmed goes back to `draft`, since its source is now only
    /// part of what it translates. The second part starts untranslated.
    pub fn split_segment(
        &self,
        article: &str,
        n: usize,
        at: usize,
        author: &str,
    ) -> Result<usize, StoreError> {
        let rec = self.require_article(article)?;
        let (key, seg) = self.locate(&rec, n)?;
        let text = &seg.text;
        if at == 0 || at >= text.len() || !text.is_char_boundary(at) {
            return Err(StoreError::Invalid(format!(
                "cannot split segment {n} of \"{article}\" at byte {at}: its text has {} bytes and the split must fall strictly inside it, on a character boundary",
                text.len()
            )));
        }
        let head = text[..at].trim_end();
        let tail_ws = text[at..].len() - text[at..].trim_start().len();
        let tail = text[at..].trim_start();
        if head.is_empty() || tail.is_empty() {
            return Err(StoreError::Invalid(format!(
                "cannot split segment {n} of \"{article}\" at byte {at}: one side would be empty"
            )));
        }
        // Order key between this segment and the next; when no room is left, the whole
        // article is renumbered in the same transaction.
        let order = keys::order_of(&key);
        let all = self.segment_records(rec.uid)?;
        let next_order = all
            .get(n)
            .map_or(order.saturating_add(1 << 33), |(k, _)| keys::order_of(k));
        let renumber = next_order - order < 2;
        let new_id = rec.next_segment_id;
        let time = now_rfc3339();
        let mut first = seg.clone();
        first.end = seg.start + head.len();
        first.text = head.to_string();
        let mut notes = Vec::new();
        for (tag, t) in first.translations.iter_mut() {
            t.status = t.status.min(Status::Draft);
            t.revision += 1;
            t.author = author.to_string();
            t.time = time.clone();
            notes.push((tag.clone(), self.next_id()?, history_of(t, Some("split"))));
        }
        let second = SegmentRecord {
            id: new_id,
            start: seg.start + at + tail_ws,
            end: seg.end,
            paragraph: seg.paragraph,
            kind: seg.kind,
            text: tail.to_string(),
            translations: Default::default(),
            tm_unit: None,
        };
        (&self.articles, &self.segments, &self.history)
            .transaction(|(articles, segments, history)| {
                get_segment(segments, &key)?;
                if renumber {
                    // All old keys go first: a new key may equal an old one further on.
                    for (k, _) in &all {
                        segments.remove(k)?;
                    }
                    for (i, (_, r)) in all.iter().enumerate() {
                        let slot = (i as u64 + 1) * 2;
                        let r = if i + 1 == n { &first } else { r };
                        put(segments, &keys::segment(rec.uid, slot << 32), r)?;
                        if i + 1 == n {
                            put(segments, &keys::segment(rec.uid, (slot + 1) << 32), &second)?;
                        }
                    }
                } else {
                    put(segments, &key, &first)?;
                    let mid = order + (next_order - order) / 2;
                    put(segments, &keys::segment(rec.uid, mid), &second)?;
                }
                for (tag, seq, h) in &notes {
                    put(history, &keys::history(rec.uid, first.id, tag, *seq), h)?;
                }
                let mut art = rec.clone();
                art.segments += 1;
                art.next_segment_id += 1;
                put(articles, rec.id.as_bytes(), &art)?;
                Ok(())
            })
            .map_err(StoreError::from)?;
        self.flush()?;
        Ok(n + 1)
    }
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else if b.is_empty() {
        a.to_string()
    } else {
        format!("{a} {b}")
    }
}

fn history_of(t: &TranslationRecord, note: Option<&str>) -> HistoryRecord {
    HistoryRecord {
        revision: t.revision,
        text: t.text.clone(),
        status: t.status,
        author: t.author.clone(),
        time: t.time.clone(),
        origin: t.origin,
        note: note.map(str::to_string),
    }
}
