//! The generator of `locales/{en,az,ru}/currencies.ftl`: CLDR's currency display names
//! and plural forms, with the house overrides of `locales/house-currencies.ftl` on top.
//!
//! Pure: it takes the two inputs as text and returns the files' text; the
//! `gen_currencies` example reads and writes the files.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use serde::Deserialize;

use crate::locale::{Locale, Plural};

use super::SHIPPED;

/// One input of the generator: where it came from (for messages) and its text.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The path shown in error messages.
    pub path: &'a str,
    /// The file's contents.
    pub text: &'a str,
}

/// A generated catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The locale (`en`, `az`, `ru`).
    pub lang: &'static str,
    /// The path inside the repository: `locales/{lang}/currencies.ftl`.
    pub path: String,
    /// The FTL text.
    pub text: String,
}

/// Why the generator refused its input: the file, the line and column (1-based; 0
/// when the problem has no single place) and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}:{column}: {message}")]
pub struct GenerateError {
    /// The input (or generated file) with the problem.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong and what was expected.
    pub message: String,
}

/// CLDR data for one currency: its names per locale (`None` where CLDR has none).
#[derive(Deserialize)]
struct CldrCurrency {
    en: Option<CldrNames>,
    az: Option<CldrNames>,
    ru: Option<CldrNames>,
}

#[derive(Deserialize)]
struct CldrNames {
    name: String,
    plural: BTreeMap<String, String>,
    symbol: Option<String>,
    symbol_narrow: Option<String>,
}

/// A house override for one locale and code: the display name and, optionally, the
/// amount forms per plural category.
struct Override {
    name: String,
    forms: BTreeMap<Plural, String>,
}

/// Generates `locales/{en,az,ru}/currencies.ftl` from CLDR's currency data (a JSON
/// object keyed by ISO 4217 code, each holding `en`, `az`, `ru` objects with `name`,
/// `plural`, `symbol`, `symbol_narrow`, or `null`) and the house overrides (an FTL file
/// whose messages are `{lang}-{code}`: the value is the display name and attributes
/// named after plural categories are the amount forms).
///
/// The output is deterministic: currencies sorted by code, plural variants in CLDR
/// order. Every generated file is parsed before it is returned.
pub fn generate(cldr: Input<'_>, house: Input<'_>) -> Result<Vec<GeneratedFile>, GenerateError> {
    let data: BTreeMap<String, CldrCurrency> =
        serde_json::from_str(cldr.text).map_err(|e| GenerateError {
            path: cldr.path.to_string(),
            line: e.line(),
            column: e.column(),
            message: format!("not CLDR currency data: {e}"),
        })?;
    for code in data.keys() {
        if !is_code(code) {
            return Err(at_key(
                cldr,
                code,
                format!("\"{code}\" is not an ISO 4217 code (three capital letters)"),
            ));
        }
    }
    let overrides = read_overrides(house, &data)?;
    let mut out = Vec::new();
    for lang in SHIPPED {
        let locale = Locale::parse(lang).map_err(|e| GenerateError {
            path: cldr.path.to_string(),
            line: 0,
            column: 0,
            message: e.to_string(),
        })?;
        let path = format!("locales/{lang}/currencies.ftl");
        let text = render(lang, &locale, &data, &overrides, cldr, house)?;
        if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
            let first = &errors[0];
            let (line, column) = line_column(&text, first.pos.start);
            return Err(GenerateError {
                path,
                line,
                column,
                message: format!("the generated catalog does not parse: {}", first.kind),
            });
        }
        out.push(GeneratedFile { lang, path, text });
    }
    Ok(out)
}

fn is_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

fn names<'a>(c: &'a CldrCurrency, lang: &str) -> Option<&'a CldrNames> {
    match lang {
        "en" => c.en.as_ref(),
        "az" => c.az.as_ref(),
        "ru" => c.ru.as_ref(),
        _ => None,
    }
}

/// An error at the place where `"key"` first occurs in the JSON text.
fn at_key(input: Input<'_>, key: &str, message: String) -> GenerateError {
    let offset = input.text.find(&format!("\"{key}\"")).unwrap_or(0);
    let (line, column) = line_column(input.text, offset);
    GenerateError {
        path: input.path.to_string(),
        line,
        column,
        message,
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

fn plural_from_key(key: &str) -> Option<Plural> {
    Some(match key {
        "zero" => Plural::Zero,
        "one" => Plural::One,
        "two" => Plural::Two,
        "few" => Plural::Few,
        "many" => Plural::Many,
        "other" => Plural::Other,
        _ => return None,
    })
}

/// Reads the house overrides: `(lang, code) → override`.
fn read_overrides(
    house: Input<'_>,
    data: &BTreeMap<String, CldrCurrency>,
) -> Result<BTreeMap<(String, String), Override>, GenerateError> {
    let err = |offset: usize, message: String| {
        let (line, column) = line_column(house.text, offset);
        GenerateError {
            path: house.path.to_string(),
            line,
            column,
            message,
        }
    };
    let resource = match fluent_syntax::parser::parse(house.text) {
        Ok(r) => r,
        Err((_, errors)) => {
            let first = &errors[0];
            return Err(err(
                first.pos.start,
                format!("not valid Fluent: {}", first.kind),
            ));
        }
    };
    let mut out = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for entry in &resource.body {
        let message = match entry {
            ast::Entry::Message(m) => m,
            ast::Entry::Term(t) => {
                return Err(err(
                    entry_offset(house.text, &format!("-{}", t.id.name)),
                    format!(
                        "a term (-{}) has no place here: expected messages named LANG-CODE such as az-usd",
                        t.id.name
                    ),
                ))
            }
            _ => continue,
        };
        let id = message.id.name;
        if !seen.insert(id) {
            let second = entry_offsets(house.text, id).nth(1).unwrap_or(0);
            return Err(err(second, format!("{id} is overridden twice")));
        }
        let at = entry_offset(house.text, id);
        let Some((lang, code)) = id.split_once('-') else {
            return Err(err(
                at,
                format!("\"{id}\": expected LANG-CODE such as az-usd"),
            ));
        };
        if !SHIPPED.contains(&lang) {
            return Err(err(
                at,
                format!("\"{id}\": unknown locale \"{lang}\"; expected one of en, az, ru"),
            ));
        }
        let code = code.to_ascii_uppercase();
        if !is_code(&code) || !data.contains_key(&code) {
            return Err(err(
                at,
                format!("\"{id}\": unknown currency code \"{code}\" (not in the CLDR data)"),
            ));
        }
        let Some(value) = &message.value else {
            return Err(err(
                at,
                format!("{id} has no value: expected the display name"),
            ));
        };
        let name = plain_text(value)
            .ok_or_else(|| err(at, format!("{id}: expected plain text, without placeables")))?;
        let locale = Locale::parse(lang).map_err(|e| err(at, e.to_string()))?;
        let categories = locale.plural_categories();
        let mut forms = BTreeMap::new();
        for attr in &message.attributes {
            let key = attr.id.name;
            let category = plural_from_key(key).filter(|p| categories.contains(p));
            let Some(category) = category else {
                let expected: Vec<_> = categories.iter().map(|p| p.as_str()).collect();
                return Err(err(
                    at,
                    format!(
                        "{id}: unknown attribute .{key}: expected amount forms named by the plural categories of {lang} ({})",
                        expected.join(", ")
                    ),
                ));
            };
            let text = plain_text(&attr.value).ok_or_else(|| {
                err(
                    at,
                    format!("{id}.{key}: expected plain text, without placeables"),
                )
            })?;
            forms.insert(category, text);
        }
        if !forms.is_empty() && !forms.contains_key(&Plural::Other) {
            return Err(err(
                at,
                format!("{id}: amount forms must include .other, the form CLDR falls back to"),
            ));
        }
        out.insert((lang.to_string(), code), Override { name, forms });
    }
    Ok(out)
}

/// The byte offset of the line that defines `id` (`id =` at the start of a line).
fn entry_offset(text: &str, id: &str) -> usize {
    entry_offsets(text, id).next().unwrap_or(0)
}

/// The byte offsets of every line that defines `id`.
fn entry_offsets<'a>(text: &'a str, id: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.split_inclusive('\n')
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, line))
        })
        .filter(move |(_, line)| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(start, _)| start)
}

fn plain_text(pattern: &ast::Pattern<&str>) -> Option<String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(out)
}

/// Writes `text` as the inline value of an FTL pattern: braces become string literals,
/// and text with leading or trailing whitespace is one string literal, as Fluent
/// would otherwise trim it.
fn ftl_text(text: &str) -> String {
    if text.is_empty()
        || text.starts_with(char::is_whitespace)
        || text.ends_with(char::is_whitespace)
    {
        let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
        return format!("{{ \"{escaped}\" }}");
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("{ \"{\" }"),
            '}' => out.push_str("{ \"}\" }"),
            c => out.push(c),
        }
    }
    out
}

/// Checks a CLDR or house string for characters an FTL line cannot hold.
fn check_line(input: Input<'_>, code: &str, text: &str) -> Result<(), GenerateError> {
    if text.chars().any(char::is_control) {
        return Err(at_key(
            input,
            code,
            format!("a name of {code} holds a line break or control character: {text:?}"),
        ));
    }
    Ok(())
}

fn quoted_forms(forms: &BTreeMap<Plural, String>) -> String {
    forms
        .iter()
        .map(|(p, t)| format!("{} \"{t}\"", p.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn render(
    lang: &str,
    locale: &Locale,
    data: &BTreeMap<String, CldrCurrency>,
    overrides: &BTreeMap<(String, String), Override>,
    cldr: Input<'_>,
    house: Input<'_>,
) -> Result<String, GenerateError> {
    let categories = locale.plural_categories();
    let mut body = String::new();
    let mut count = 0;
    let mut overridden = 0;
    for (code, currency) in data {
        let cldr_names = names(currency, lang);
        let house_entry = overrides.get(&(lang.to_string(), code.clone()));
        if cldr_names.is_none() && house_entry.is_none() {
            continue;
        }
        count += 1;
        let id = format!("currency-{}", code.to_ascii_lowercase());
        // CLDR's forms, keyed by category; a category CLDR leaves out takes `other`,
        // as CLDR's own fallback does.
        let mut cldr_forms = BTreeMap::new();
        if let Some(n) = cldr_names {
            check_line(cldr, code, &n.name)?;
            for (key, text) in &n.plural {
                let category = plural_from_key(key).filter(|p| categories.contains(p));
                let Some(category) = category else {
                    return Err(at_key(
                        cldr,
                        code,
                        format!("{code} in {lang}: plural form \"{key}\" is not a plural category of {lang}"),
                    ));
                };
                check_line(cldr, code, text)?;
                cldr_forms.insert(category, text.clone());
            }
        }
        let mut name = cldr_names.map(|n| n.name.clone());
        let mut forms = cldr_forms.clone();
        if let Some(h) = house_entry {
            check_line(house, code, &h.name)?;
            if name.as_deref() != Some(h.name.as_str()) {
                overridden += 1;
                match &name {
                    Some(c) => body.push_str(&format!(
                        "# House style overrides CLDR, which has \"{c}\".\n"
                    )),
                    None => {
                        body.push_str("# House style: CLDR has no name for this currency here.\n")
                    }
                }
                name = Some(h.name.clone());
            }
            if !h.forms.is_empty() && h.forms != cldr_forms {
                forms = h.forms.clone();
            }
        }
        let name = name.unwrap_or_default();
        body.push_str(&format!("{id} = {}\n", ftl_text(&name)));
        if let Some(n) = cldr_names {
            let symbol = n.symbol.as_deref().filter(|s| *s != code);
            if let Some(s) = symbol {
                check_line(cldr, code, s)?;
                body.push_str(&format!("    .symbol = {}\n", ftl_text(s)));
            }
            let narrow = n
                .symbol_narrow
                .as_deref()
                .filter(|s| *s != code && Some(*s) != n.symbol.as_deref());
            if let Some(s) = narrow {
                check_line(cldr, code, s)?;
                body.push_str(&format!("    .symbol-narrow = {}\n", ftl_text(s)));
            }
        }
        if forms.is_empty() {
            forms.insert(Plural::Other, name.clone());
        }
        if forms != cldr_forms && !cldr_forms.is_empty() {
            body.push_str(&format!(
                "# House style overrides CLDR's amount forms: {}.\n",
                quoted_forms(&cldr_forms)
            ));
        }
        let other = forms.get(&Plural::Other).cloned().unwrap_or(name);
        body.push_str(&format!("{id}-amount =\n    {{ $amount ->\n"));
        for category in &categories {
            let text = forms.get(category).unwrap_or(&other);
            let marker = if *category == Plural::Other {
                "   *"
            } else {
                "    "
            };
            body.push_str(&format!(
                "    {marker}[{}] {{ $formatted }} {}\n",
                category.as_str(),
                ftl_text(text)
            ));
        }
        body.push_str("    }\n\n");
    }
    let cats: Vec<_> = categories.iter().map(|p| p.as_str()).collect();
    let mut out = format!(
        "### Currency names and amounts ({lang}), generated from CLDR: do not edit.\n\
         ###\n\
         ### Regenerate with `cargo run --example gen_currencies -- --write` after\n\
         ### changing locales/house-currencies.ftl (house style, which wins over CLDR)\n\
         ### or the CLDR data (currencies_cldr_en_az_ru.json in the shared data folder).\n\
         ###\n\
         ### {count} currencies, {overridden} names in house style.\n\
         ### currency-CODE: the display name; .symbol and .symbol-narrow where CLDR\n\
         ### has a symbol other than the code.\n\
         ### currency-CODE-amount: an amount of the currency. $amount is the number\n\
         ### (it selects the CLDR plural category: {}); $formatted is the same\n\
         ### number written in this locale's notation (korpu::text::format_number),\n\
         ### as Fluent does not format numbers per locale.\n\n",
        cats.join(", ")
    );
    out.push_str(body.trim_end_matches('\n'));
    out.push('\n');
    Ok(out)
}
