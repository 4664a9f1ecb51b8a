//! Labels and the layout of the resources they came from.
//!
//! Trees: `labels` (resource + locale + id → [`Label`]) and `label_layouts`
//! (resource + locale → [`ResourceLayout`]). Keys put the resource first, so a
//! resource in one locale is one contiguous range: that is what an export reads.

use std::collections::{BTreeMap, BTreeSet};

use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use sled::Transactional;

use super::codec::{decode, encode};
use super::{Store, StoreError};
use crate::model::{Label, LayoutItem, ResourceLayout};

const REFERENCE_KEY: &[u8] = b"label-reference";
const GENERATION_KEY: &[u8] = b"label-generation";

/// The locale labels are checked against unless the store is told otherwise.
pub const DEFAULT_REFERENCE: &str = "en";

fn label_key(resource: &str, lang: &str, id: &str) -> Vec<u8> {
    let mut k = layout_key(resource, lang);
    k.extend_from_slice(id.as_bytes());
    k
}

fn layout_key(resource: &str, lang: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(resource.len() + lang.len() + 2);
    k.extend_from_slice(resource.as_bytes());
    k.push(0);
    k.extend_from_slice(lang.as_bytes());
    k.push(0);
    k
}

fn split_key(key: &[u8]) -> Option<(String, String, String)> {
    let mut parts = key.splitn(3, |&b| b == 0);
    let resource = std::str::from_utf8(parts.next()?).ok()?;
    let lang = std::str::from_utf8(parts.next()?).ok()?;
    let id = std::str::from_utf8(parts.next().unwrap_or_default()).ok()?;
    Some((resource.into(), lang.into(), id.into()))
}

/// One resource file in one locale, as an import brings it.
#[derive(Debug, Clone)]
pub struct ResourceImport {
    /// The resource path (`browser/browser.ftl`).
    pub resource: String,
    /// The locale tag.
    pub lang: String,
    /// Entry order, comments and header.
    pub layout: ResourceLayout,
    /// The labels, each with this resource and locale.
    pub labels: Vec<Label>,
}

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct LabelImportOutcome {
    /// Labels that did not exist.
    pub added: usize,
    /// Labels whose text changed.
    pub updated: usize,
    /// Labels that were already the same.
    pub unchanged: usize,
    /// Labels of an imported resource that the new file no longer has.
    pub removed: usize,
}

/// Which labels to read.
#[derive(Clone, Copy, Default)]
pub struct LabelFilter<'a> {
    /// Only this resource.
    pub resource: Option<&'a str>,
    /// Only this id.
    pub id: Option<&'a str>,
    /// Only locales for which this returns true.
    pub lang: Option<&'a dyn Fn(&str) -> bool>,
}

impl Store {
    /// Stores imported resources in one transaction: each resource in its locale is
    /// replaced by the new file (labels the file no longer has are removed).
    pub fn import_labels(
        &self,
        resources: &[ResourceImport],
    ) -> Result<LabelImportOutcome, StoreError> {
        // What exists now, read before the transaction (which only writes).
        let mut outcome = LabelImportOutcome::default();
        let mut removals = Vec::new();
        for r in resources {
            let prefix = layout_key(&r.resource, &r.lang);
            let existing: BTreeMap<Vec<u8>, Label> = self
                .labels
                .scan_prefix(&prefix)
                .map(|kv| {
                    let (k, v) = kv?;
                    Ok((k.to_vec(), decode::<Label>("label", &v)?))
                })
                .collect::<Result<_, StoreError>>()?;
            let incoming: BTreeSet<&str> = r.labels.iter().map(|l| l.id.as_str()).collect();
            for l in &r.labels {
                match existing.get(&label_key(&r.resource, &r.lang, &l.id)) {
                    None => outcome.added += 1,
                    Some(old) if old.source == l.source => outcome.unchanged += 1,
                    Some(_) => outcome.updated += 1,
                }
            }
            for (k, old) in &existing {
                if !incoming.contains(old.id.as_str()) {
                    removals.push(k.clone());
                    outcome.removed += 1;
                }
            }
        }
        (&self.labels, &self.label_layouts).transaction(
            |(labels, layouts): &(TransactionalTree, TransactionalTree)| {
                for k in &removals {
                    labels.remove(k.as_slice())?;
                }
                for r in resources {
                    layouts.insert(layout_key(&r.resource, &r.lang), encode(&r.layout))?;
                    for l in &r.labels {
                        labels.insert(label_key(&r.resource, &r.lang, &l.id), encode(l))?;
                    }
                }
                Ok::<_, ConflictableTransactionError<StoreError>>(())
            },
        )?;
        self.bump_label_generation()?;
        self.flush()?;
        Ok(outcome)
    }

    /// Stores one label (a new one or a new text for an existing one). A new id is
    /// appended to its resource's layout in that locale.
    pub fn put_label(&self, label: &Label) -> Result<(), StoreError> {
        let lkey = layout_key(&label.resource, &label.lang);
        let key = label_key(&label.resource, &label.lang, &label.id);
        (&self.labels, &self.label_layouts).transaction(
            |(labels, layouts): &(TransactionalTree, TransactionalTree)| {
                let mut layout: ResourceLayout = match layouts.get(&lkey)? {
                    Some(v) => {
                        decode("label layout", &v).map_err(ConflictableTransactionError::Abort)?
                    }
                    None => ResourceLayout {
                        format: Some(label.format),
                        ..ResourceLayout::default()
                    },
                };
                if labels.get(&key)?.is_none()
                    && !layout
                        .items
                        .iter()
                        .any(|i| matches!(i, LayoutItem::Label(id) if *id == label.id))
                {
                    layout.items.push(LayoutItem::Label(label.id.clone()));
                    layouts.insert(lkey.as_slice(), encode(&layout))?;
                }
                labels.insert(key.as_slice(), encode(label))?;
                Ok::<_, ConflictableTransactionError<StoreError>>(())
            },
        )?;
        self.bump_label_generation()?;
        self.flush()
    }

    /// A number that changes whenever labels change (for caches of exported
    /// catalogs); 0 for a store whose labels never changed.
    pub fn label_generation(&self) -> Result<u64, StoreError> {
        Ok(self.meta.get(GENERATION_KEY)?.map_or(0, |v| {
            u64::from_be_bytes(v.as_ref().try_into().unwrap_or([0; 8]))
        }))
    }

    pub(crate) fn bump_label_generation(&self) -> Result<(), StoreError> {
        self.meta.update_and_fetch(GENERATION_KEY, |old| {
            let n = old.map_or(0, |v| u64::from_be_bytes(v.try_into().unwrap_or([0; 8])));
            Some((n + 1).to_be_bytes().to_vec())
        })?;
        Ok(())
    }

    /// Labels matching `filter`, ordered by resource, locale and id.
    pub fn labels(&self, filter: &LabelFilter<'_>) -> Result<Vec<Label>, StoreError> {
        let iter = match filter.resource {
            Some(r) => {
                let mut prefix = r.as_bytes().to_vec();
                prefix.push(0);
                self.labels.scan_prefix(prefix)
            }
            None => self.labels.iter(),
        };
        let mut out = Vec::new();
        for kv in iter {
            let (k, v) = kv?;
            let Some((_, lang, id)) = split_key(&k) else {
                return Err(StoreError::Corrupt("a label key is not UTF-8".into()));
            };
            if filter.id.is_some_and(|want| want != id)
                || filter.lang.is_some_and(|keep| !keep(&lang))
            {
                continue;
            }
            out.push(decode("label", &v)?);
        }
        Ok(out)
    }

    /// The layout of a resource in a locale, if it was imported or written to.
    pub fn label_layout(
        &self,
        resource: &str,
        lang: &str,
    ) -> Result<Option<ResourceLayout>, StoreError> {
        self.label_layouts
            .get(layout_key(resource, lang))?
            .map(|v| decode("label layout", &v))
            .transpose()
    }

    /// Every `(resource, locale)` that has a layout, in order.
    pub fn label_resources(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.label_layouts
            .iter()
            .keys()
            .map(|k| {
                let k = k?;
                split_key(&k)
                    .map(|(r, l, _)| (r, l))
                    .ok_or_else(|| StoreError::Corrupt("a label layout key is not UTF-8".into()))
            })
            .collect()
    }

    /// The locales that have labels, in order.
    pub fn label_langs(&self) -> Result<Vec<String>, StoreError> {
        let mut langs: BTreeSet<String> = BTreeSet::new();
        for (_, lang) in self.label_resources()? {
            langs.insert(lang);
        }
        Ok(langs.into_iter().collect())
    }

    /// The locale that labels are checked against (`en` unless set).
    pub fn reference_locale(&self) -> Result<String, StoreError> {
        Ok(self
            .meta
            .get(REFERENCE_KEY)?
            .and_then(|v| String::from_utf8(v.to_vec()).ok())
            .unwrap_or_else(|| DEFAULT_REFERENCE.to_string()))
    }

    /// The reference locale when one was set (for backups).
    pub(crate) fn label_reference_set(&self) -> Result<Option<String>, StoreError> {
        Ok(self
            .meta
            .get(REFERENCE_KEY)?
            .and_then(|v| String::from_utf8(v.to_vec()).ok()))
    }

    /// Writes a layout as a restore reads it (the restore marker covers atomicity).
    pub(crate) fn restore_layout(
        &self,
        resource: &str,
        lang: &str,
        layout: &ResourceLayout,
    ) -> Result<(), StoreError> {
        self.label_layouts
            .insert(layout_key(resource, lang), encode(layout))?;
        Ok(())
    }

    /// Writes a label as a restore reads it.
    pub(crate) fn restore_label(&self, label: &Label) -> Result<(), StoreError> {
        self.labels.insert(
            label_key(&label.resource, &label.lang, &label.id),
            encode(label),
        )?;
        Ok(())
    }

    /// Sets the locale that labels are checked against.
    pub fn set_reference_locale(&self, tag: &str) -> Result<(), StoreError> {
        self.meta.insert(REFERENCE_KEY, tag.as_bytes())?;
        self.flush()
    }
}
