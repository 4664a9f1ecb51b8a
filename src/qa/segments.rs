//! Checks on an article's translations: numbers and placeables carried over,
//! untranslated segments, translations identical to their source.

use std::collections::BTreeSet;

use super::common::{
    kept_names, looks_untranslatable, number_counts, placeholder_counts, placeholders, quoted_list,
    surplus,
};
use super::{Finding, Kind, Location};
use crate::locale::Locale;
use crate::model::{Article, Status};

/// Checks the translations of `article` into each of `langs`.
///
/// Translations with status `draft` or above are checked against their source:
/// numbers by value in each language's notation (`1.8968` in en is `1,8968` in az;
/// a different notation is not an error, a value on one side only is; how often a
/// value is repeated is not compared), and placeables
/// (`<b>`, `%s`, `{name}`, code spans, URLs) by content. Segments without a
/// translation give one warning per article and locale with their count and
/// positions, rather than one per segment.
pub fn check_article(article: &Article, langs: &[Locale]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let source_lang = article.info.lang.tag();
    for locale in langs {
        let tag = locale.tag();
        let at = |n: Option<usize>| Location {
            article: Some(article.info.id.clone()),
            segment: n,
            lang: Some(tag.to_string()),
            ..Location::default()
        };
        let done: Vec<(usize, &str, &str)> = article
            .segments
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let t = s.translations.get(tag)?;
                (t.status >= Status::Draft && !t.text.trim().is_empty()).then_some((
                    i + 1,
                    s.text.as_str(),
                    t.text.as_str(),
                ))
            })
            .collect();
        let names = kept_names(done.iter().map(|(_, s, t)| (*s, *t)), source_lang, tag);
        for &(n, source, target) in &done {
            numbers(
                source,
                source_lang,
                target,
                tag,
                || at(Some(n)),
                &mut findings,
            );
            let (sp, tp) = (placeholders(source, source_lang), placeholders(target, tag));
            let (s, t) = (placeholder_counts(&sp), placeholder_counts(&tp));
            let lost = surplus(&s, &t);
            if !lost.is_empty() {
                findings.push(Finding::error(
                    Kind::PlaceholderMissing,
                    at(Some(n)),
                    format!(
                        "{} of the source not in the translation",
                        quoted_list(&lost)
                    ),
                ));
            }
            let added = surplus(&t, &s);
            if !added.is_empty() {
                findings.push(Finding::error(
                    Kind::PlaceholderAdded,
                    at(Some(n)),
                    format!(
                        "{} in the translation but not in the source",
                        quoted_list(&added)
                    ),
                ));
            }
            if source.trim() == target.trim() && !looks_untranslatable(target, tag, &names) {
                findings.push(Finding::warning(
                    Kind::Identical,
                    at(Some(n)),
                    format!("the translation is the source text: \"{}\"", short(source)),
                ));
            }
        }
        let translated: BTreeSet<usize> = done.iter().map(|(n, _, _)| *n).collect();
        let open: Vec<usize> = (1..=article.segments.len())
            .filter(|n| !translated.contains(n))
            .collect();
        if !open.is_empty() {
            findings.push(Finding::warning(
                Kind::Untranslated,
                at(None),
                format!(
                    "{} of {} segments untranslated in {tag}: {}",
                    open.len(),
                    article.segments.len(),
                    ranges(&open)
                ),
            ));
        }
    }
    findings
}

fn numbers(
    source: &str,
    source_lang: &str,
    target: &str,
    target_lang: &str,
    at: impl Fn() -> Location,
    findings: &mut Vec<Finding>,
) {
    // By value, each value once: a translation may repeat a number ("100 rubles
    // cost …, and 100 rials …") or say it once where the source says it twice.
    let mut s = number_counts(source, source_lang);
    let mut t = number_counts(target, target_lang);
    for seen in s.values_mut().chain(t.values_mut()) {
        seen.count = 1;
    }
    let lost = surplus(&s, &t);
    let added = surplus(&t, &s);
    if lost.is_empty() && added.is_empty() {
        return;
    }
    let mut parts = Vec::new();
    if !lost.is_empty() {
        parts.push(format!(
            "{} of the source {} not in the translation",
            quoted_list(&lost),
            if lost.len() == 1 && lost[0].1 == 1 {
                "is"
            } else {
                "are"
            }
        ));
    }
    if !added.is_empty() {
        parts.push(format!(
            "{} of the translation {} not in the source",
            quoted_list(&added),
            if added.len() == 1 && added[0].1 == 1 {
                "is"
            } else {
                "are"
            }
        ));
    }
    findings.push(Finding::error(
        Kind::NumberMismatch,
        at(),
        format!("numbers differ: {}", parts.join("; ")),
    ));
}

/// `1-3, 7, 9-10`.
fn ranges(ns: &[usize]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < ns.len() {
        let start = ns[i];
        let mut end = start;
        while i + 1 < ns.len() && ns[i + 1] == end + 1 {
            i += 1;
            end = ns[i];
        }
        out.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
        i += 1;
    }
    out.join(", ")
}

fn short(s: &str) -> String {
    if s.chars().count() > 80 {
        let mut out: String = s.chars().take(79).collect();
        out.push('…');
        out
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::ranges;

    #[test]
    fn positions_are_written_as_ranges() {
        assert_eq!(ranges(&[1, 2, 3, 7, 9, 10]), "1-3, 7, 9-10");
        assert_eq!(ranges(&[4]), "4");
    }
}
