//! Pieces shared by the label and segment checks: placeholders, numbers by value, and
//! which texts may stay identical to their source.

use std::collections::{BTreeMap, BTreeSet};

use crate::text::{number_value, tokens_for, TokenKind};

/// A placeholder found in a text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Placeholder {
    /// What it is.
    pub kind: PlaceholderKind,
    /// Its text as compared: whitespace inside braces dropped (`{ $x }` is `{$x}`),
    /// runs of whitespace inside a tag made one space.
    pub key: String,
    /// Its text as written (the first occurrence).
    pub text: String,
}

/// The kinds of placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceholderKind {
    /// An HTML/XML tag: `<b>`, `</a>`, `<br/>`.
    Tag,
    /// A printf directive: `%s`, `%(name)s`, `%1$d`.
    Printf,
    /// A brace placeable: `{name}`, `{0}`, `{ $x }`, `${x}`, `{{ x }}`.
    Brace,
    /// A Markdown code span.
    Code,
    /// A URL or an e-mail address.
    Link,
}

/// The placeholders of `text` (a text in `lang`), in order.
///
/// ```
/// use korpu::qa::placeholders;
/// let found: Vec<String> = placeholders("Hi %(name)s, <b>{ $n }</b> https://x.az", "en")
///     .into_iter()
///     .map(|p| p.key)
///     .collect();
/// assert_eq!(found, ["%(name)s", "<b>", "{$n}", "</b>", "https://x.az"]);
/// ```
pub fn placeholders(text: &str, lang: &str) -> Vec<Placeholder> {
    tokens_for(text, lang)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Placeable)
        .map(|t| {
            let raw = &text[t.span.clone()];
            let kind = match raw.as_bytes().first() {
                Some(b'<') => PlaceholderKind::Tag,
                Some(b'%') => PlaceholderKind::Printf,
                Some(b'{' | b'$') => PlaceholderKind::Brace,
                Some(b'`') => PlaceholderKind::Code,
                _ => PlaceholderKind::Link,
            };
            let key = match kind {
                PlaceholderKind::Brace => raw.chars().filter(|c| !c.is_whitespace()).collect(),
                PlaceholderKind::Tag => raw.split_whitespace().collect::<Vec<_>>().join(" "),
                _ => raw.to_string(),
            };
            Placeholder {
                kind,
                key,
                text: raw.to_string(),
            }
        })
        .collect()
}

/// How often each key occurs in a text, with the text and position of its first
/// occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Seen<'t> {
    pub count: usize,
    pub first: usize,
    pub text: &'t str,
}

/// Keys of a text with their counts.
pub(crate) type Counts<'t> = BTreeMap<String, Seen<'t>>;

fn count<'t>(counts: &mut Counts<'t>, key: String, text: &'t str) {
    let next = counts.len();
    counts
        .entry(key)
        .or_insert(Seen {
            count: 0,
            first: next,
            text,
        })
        .count += 1;
}

/// Counts of each placeholder key.
pub(crate) fn placeholder_counts<'t>(
    found: impl IntoIterator<Item = &'t Placeholder>,
) -> Counts<'t> {
    let mut counts = Counts::new();
    for p in found {
        count(&mut counts, p.key.clone(), &p.text);
    }
    counts
}

/// What one side has more of than the other: `(text, how many more)` for each key
/// `a` holds more often than `b`.
/// In the order of their first occurrence in `a`.
pub(crate) fn surplus(a: &Counts<'_>, b: &Counts<'_>) -> Vec<(String, usize)> {
    let mut out: Vec<(usize, String, usize)> = a
        .iter()
        .filter_map(|(k, seen)| {
            let other = b.get(k).map_or(0, |s| s.count);
            (seen.count > other).then(|| (seen.first, seen.text.to_string(), seen.count - other))
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, t, n)| (t, n)).collect()
}

/// `"a"`, `"a" and "b"`, `"a", "b" and "c"` (each quoted; `×N` after one that is
/// there N times).
pub(crate) fn quoted_list(items: &[(String, usize)]) -> String {
    let parts: Vec<String> = items
        .iter()
        .map(|(t, n)| {
            if *n > 1 {
                format!("\"{t}\" ×{n}")
            } else {
                format!("\"{t}\"")
            }
        })
        .collect();
    join_and(&parts)
}

/// Joins with commas and a final "and".
pub(crate) fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The numbers of a text in `lang`, by value (`1.8968` and `1,8968` in az are the
/// same number), with the text of the first occurrence of each. A number token
/// without a value (a date such as `12.05.2024`) is kept by its digits.
pub(crate) fn number_counts<'t>(text: &'t str, lang: &str) -> Counts<'t> {
    let mut counts = Counts::new();
    for t in tokens_for(text, lang) {
        if t.kind != TokenKind::Number {
            continue;
        }
        let raw = &text[t.span.clone()];
        let value = number_value(raw, lang).unwrap_or_else(|| {
            let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
            format!("digits:{digits}")
        });
        count(&mut counts, value, raw);
    }
    counts
}

/// Capitalised words kept unchanged in translations: words that start with a capital
/// letter and occur, written the same, in both a source and its translation where the
/// translation is otherwise different (`Firefox` in "Firefox-u yeniləyin"). These are
/// the names of products, people and places that a locale does not translate.
pub fn kept_names<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    source_lang: &str,
    target_lang: &str,
) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (source, target) in pairs {
        if source.trim() == target.trim() {
            continue;
        }
        let theirs: BTreeSet<&str> = words(target, target_lang).collect();
        for w in words(source, source_lang) {
            if starts_upper(w) && theirs.contains(w) {
                names.insert(w.to_string());
            }
        }
    }
    names
}

fn words<'t>(text: &'t str, lang: &str) -> impl Iterator<Item = &'t str> {
    tokens_for(text, lang)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(move |t| &text[t.span])
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word reads as a name or a code whatever the language: a single letter
/// (an access key), an acronym (`PDF`, `HTTPS`), a word with a capital inside (`WebRTC`, `YouTube`) or one with a
/// digit (`MP4`, `G20`).
fn is_code_like(w: &str) -> bool {
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters == 1
        || (letters > 1 && upper == letters)
        || (starts_upper(w) && w.chars().skip(1).any(char::is_uppercase))
        || w.chars().any(|c| c.is_ascii_digit())
}

/// Whether a text may legitimately read the same in a translation: it has no words
/// (only numbers, placeholders, URLs, punctuation), or each of its words is an acronym
/// or code (`PDF`, `WebRTC`, `MP4`) or one of `names` (see [`kept_names`]).
///
/// ```
/// use std::collections::BTreeSet;
/// use korpu::qa::looks_untranslatable;
/// let names: BTreeSet<String> = ["Firefox".to_string(), "Relay".to_string()].into();
/// assert!(looks_untranslatable("1.8968", "en", &names));
/// assert!(looks_untranslatable("https://kaspi.az", "en", &names));
/// assert!(looks_untranslatable("{ $count } %", "en", &names));
/// assert!(looks_untranslatable("Firefox Relay", "en", &names));
/// assert!(looks_untranslatable("WebRTC (PDF)", "en", &names));
/// assert!(!looks_untranslatable("Settings", "en", &names));
/// assert!(!looks_untranslatable("Open a new tab", "en", &names));
/// ```
pub fn looks_untranslatable(text: &str, lang: &str, names: &BTreeSet<String>) -> bool {
    words(text, lang).all(|w| is_code_like(w) || names.contains(w))
}
