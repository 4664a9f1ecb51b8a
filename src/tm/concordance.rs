//! Concordance: units that contain a word or phrase, in any language.

use std::ops::Range;

use super::lookup::load_index;
use crate::locale::Locale;
use crate::model::TmUnit;
use crate::store::{Store, StoreError};
use crate::text::tokens_for;

/// A unit that contains the phrase.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The unit.
    pub unit: TmUnit,
    /// The locale tag of the variant that contains it.
    pub lang: String,
    /// Byte ranges of each occurrence in that variant's text.
    pub ranges: Vec<Range<usize>>,
}

/// Units whose variant in `lang` (any locale when `None`) contains `phrase` as a run of
/// whole tokens, compared as the matcher compares them (case-folded, NFC), most recently
/// changed first.
///
/// The index narrows the units to those holding every token of the phrase; each is then
/// checked for the tokens in a row.
pub fn search(
    store: &Store,
    phrase: &str,
    lang: Option<&Locale>,
    limit: usize,
) -> Result<Vec<Hit>, StoreError> {
    let mut hits = Vec::new();
    for tag in store.tm_langs()? {
        let Ok(locale) = Locale::parse(&tag) else {
            continue;
        };
        if lang.is_some_and(|l| !l.matches(&locale)) {
            continue;
        }
        let wanted: Vec<String> = tokens_for(phrase, locale.language())
            .into_iter()
            .map(|t| t.norm)
            .collect();
        if wanted.is_empty() {
            continue;
        }
        let index = load_index(store, &tag)?;
        for id in index.units_with_all(&wanted) {
            let Some(unit) = store.tm_unit(id)? else {
                continue;
            };
            let Some(v) = unit.variants.get(&tag) else {
                continue;
            };
            let toks = tokens_for(&v.text, locale.language());
            let ranges: Vec<Range<usize>> = toks
                .windows(wanted.len())
                .filter(|w| w.iter().zip(&wanted).all(|(t, n)| &t.norm == n))
                .map(|w| w[0].span.start..w[w.len() - 1].span.end)
                .collect();
            if !ranges.is_empty() {
                hits.push(Hit {
                    unit,
                    lang: tag.clone(),
                    ranges,
                });
            }
        }
    }
    hits.sort_by(|a, b| {
        b.unit
            .changed
            .cmp(&a.unit.changed)
            .then_with(|| a.unit.id.cmp(&b.unit.id))
            .then_with(|| a.lang.cmp(&b.lang))
    });
    hits.truncate(limit);
    Ok(hits)
}
