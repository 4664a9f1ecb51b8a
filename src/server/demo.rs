//! `korpu serve --demo`: seeds an empty store with the sample articles and their
//! translations, the sample memory and the shipped labels, so that a first look at
//! the editor shows real articles with real suggestions.
//!
//! The data is compiled into the binary (`examples/articles/`, `memory/newsroom.tmx`,
//! `locales/{en,az,ru}/*.ftl`), so the demo works from any directory. It goes through
//! the same library calls as `article add`, `article align`, `tm import` and
//! `label import`.

use serde::Serialize;

use super::api::memory::{import_memory, MemoryFormat, MemoryUpload};
use super::ApiError;
use crate::cli::cores::default_title;
use crate::labels::{self, Stamp};
use crate::locale::Locale;
use crate::model::{now_rfc3339, LabelFormat, Origin, Status};
use crate::segment::{DocFormat, Segmenter};
use crate::store::{NewArticle, Store};

/// A sample article: id, English source, and its translations by locale.
struct Sample {
    id: &'static str,
    en: &'static str,
    translations: [(&'static str, &'static str); 2],
}

const ARTICLES: [Sample; 2] = [
    Sample {
        id: "exchange-rates",
        en: include_str!("../../examples/articles/exchange-rates.en.txt"),
        translations: [
            (
                "az",
                include_str!("../../examples/articles/exchange-rates.az.txt"),
            ),
            (
                "ru",
                include_str!("../../examples/articles/exchange-rates.ru.txt"),
            ),
        ],
    },
    Sample {
        id: "transport-corridor",
        en: include_str!("../../examples/articles/transport-corridor.en.txt"),
        translations: [
            (
                "az",
                include_str!("../../examples/articles/transport-corridor.az.txt"),
            ),
            (
                "ru",
                include_str!("../../examples/articles/transport-corridor.ru.txt"),
            ),
        ],
    },
];

const MEMORY: &[u8] = include_bytes!("../../memory/newsroom.tmx");

/// The shipped labels: locale, resource, Fluent text (as `label import locales`).
const LABELS: [(&str, &str, &str); 9] = [
    (
        "en",
        "currencies.ftl",
        include_str!("../../locales/en/currencies.ftl"),
    ),
    (
        "en",
        "korpu.ftl",
        include_str!("../../locales/en/korpu.ftl"),
    ),
    (
        "en",
        "rates.ftl",
        include_str!("../../locales/en/rates.ftl"),
    ),
    (
        "az",
        "currencies.ftl",
        include_str!("../../locales/az/currencies.ftl"),
    ),
    (
        "az",
        "korpu.ftl",
        include_str!("../../locales/az/korpu.ftl"),
    ),
    (
        "az",
        "rates.ftl",
        include_str!("../../locales/az/rates.ftl"),
    ),
    (
        "ru",
        "currencies.ftl",
        include_str!("../../locales/ru/currencies.ftl"),
    ),
    (
        "ru",
        "korpu.ftl",
        include_str!("../../locales/ru/korpu.ftl"),
    ),
    (
        "ru",
        "rates.ftl",
        include_str!("../../locales/ru/rates.ftl"),
    ),
];

/// What the demo put into the store.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Seeded {
    /// Articles added.
    pub articles: usize,
    /// Translated segments stored (aligned from the sample translations).
    pub aligned: usize,
    /// Memory units imported.
    pub units: usize,
    /// Labels imported.
    pub labels: usize,
}

/// Whether the store holds no articles, memory or labels.
pub fn is_empty(store: &Store) -> Result<bool, ApiError> {
    Ok(store.list_articles()?.is_empty() && store.tm_len() == 0 && store.label_langs()?.is_empty())
}

fn parse(tag: &str) -> Result<Locale, ApiError> {
    Locale::parse(tag).map_err(|e| ApiError::internal(e.to_string()))
}

/// Seeds the store with the sample data, recorded as written by `author`.
pub fn seed(store: &Store, author: &str) -> Result<Seeded, ApiError> {
    let mut seeded = Seeded::default();
    let en = parse("en")?;
    let rules = Segmenter::embedded();
    for sample in &ARTICLES {
        let spans = rules.split(sample.en, &en, DocFormat::Text);
        let title = default_title(sample.en, &spans, DocFormat::Text);
        store.add_article(
            &NewArticle {
                id: sample.id,
                title: &title,
                lang: en.clone(),
                format: DocFormat::Text,
                source: sample.en,
                spans: &spans,
            },
            false,
        )?;
        seeded.articles += 1;
        for (tag, text) in sample.translations {
            let lang = parse(tag)?;
            let theirs = rules.split(text, &lang, DocFormat::Text);
            // As `article align`: the translation must have the source's paragraphs and
            // sentences.
            let same_shape = theirs.len() == spans.len()
                && theirs
                    .iter()
                    .zip(&spans)
                    .all(|(a, b)| a.paragraph == b.paragraph);
            if !same_shape {
                return Err(ApiError::internal(format!(
                    "the sample translation {}.{tag}.txt does not line up with its source",
                    sample.id
                )));
            }
            let texts: Vec<(usize, String, Origin)> = theirs
                .iter()
                .enumerate()
                .map(|(i, s)| (i + 1, text[s.start..s.end].to_string(), Origin::Import))
                .collect();
            seeded.aligned +=
                store.set_translations(sample.id, &lang, &texts, Status::Translated, author)?;
        }
    }
    let report = import_memory(
        store,
        &MemoryUpload {
            format: MemoryFormat::Tmx,
            memory: "main",
            source_lang: en.clone(),
            target_lang: None,
            include_fuzzy: false,
        },
        MEMORY,
    )?;
    seeded.units = report["imported"].as_u64().unwrap_or(0) as usize;
    let stamp = Stamp {
        author: "import".to_string(),
        time: now_rfc3339(),
    };
    let mut resources = Vec::new();
    for (lang, resource, text) in LABELS {
        let (import, found) = labels::read_resource(resource, lang, LabelFormat::Ftl, text, &stamp);
        if let Some(d) = found
            .iter()
            .find(|d| d.severity == crate::formats::Severity::Error)
        {
            return Err(ApiError::internal(
                d.display_in(&format!("locales/{lang}/{resource}")),
            ));
        }
        resources.push(import);
    }
    let outcome = store.import_labels(&resources)?;
    seeded.labels = outcome.added + outcome.updated + outcome.unchanged;
    Ok(seeded)
}
