//! The web editor: its page and assets, embedded in the binary, and its own UI strings.
//!
//! Routes: `GET /` (the page), `GET /assets/{file}` (`app.js`, `app.css`) and
//! `GET /api/ui/{lang}` (the UI strings of `locales/{en,az,ru}/korpu.ftl`).
//!
//! The UI strings are sent ready for a very small formatter in the page: a message
//! without variables is its final text (terms and message references resolved); a
//! message with variables is a list of parts: text, `{"var": NAME}`, or
//! `{"select": NAME, "variants": [{"key", "parts"}], "default": KEY}` for a plural
//! or other select. The page picks a plural variant with the browser's CLDR plural
//! rules (`Intl.PluralRules`) and writes numbers with `Intl.NumberFormat` in the UI
//! language, so "5 сегментов" and "1,5" come out as a Russian reader expects.

use std::collections::BTreeMap;

use axum::extract::Path;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use fluent_syntax::ast;
use serde::Serialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::{ApiError, AppState};
use crate::locale::Locale;

const INDEX_HTML: &str = include_str!("assets/index.html");
const APP_JS: &str = include_str!("assets/app.js");
const APP_CSS: &str = include_str!("assets/app.css");

/// The UI languages and their Fluent files, the first being the fallback.
const UI_LOCALES: [(&str, &str); 3] = [
    ("en", include_str!("../../locales/en/korpu.ftl")),
    ("az", include_str!("../../locales/az/korpu.ftl")),
    ("ru", include_str!("../../locales/ru/korpu.ftl")),
];

/// Nothing outside the server: scripts, styles and fetches all come from here.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
                   connect-src 'self'; img-src 'self' data:; base-uri 'none'; \
                   form-action 'none'; frame-ancestors 'none'";

/// The editor's routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/assets/{file}", get(asset))
        .route("/api/ui/{lang}", get(ui_strings))
}

async fn index(headers: HeaderMap) -> Response {
    let mut response = cached("text/html; charset=utf-8", INDEX_HTML, &headers);
    if let Ok(v) = HeaderValue::from_str(CSP) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, v);
    }
    response
}

async fn asset(Path(file): Path<String>, headers: HeaderMap) -> Response {
    match file.as_str() {
        "app.js" => cached("text/javascript; charset=utf-8", APP_JS, &headers),
        "app.css" => cached("text/css; charset=utf-8", APP_CSS, &headers),
        _ => ApiError::not_found(format!(
            "no asset \"{file}\" (the editor has app.js and app.css)"
        ))
        .into_response(),
    }
}

/// An embedded file with a strong ETag; `If-None-Match` with it gives 304.
fn cached(content_type: &'static str, body: &'static str, headers: &HeaderMap) -> Response {
    let etag = format!("\"{:x}\"", Sha256::digest(body.as_bytes()));
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let common = [
        (header::ETAG, etag),
        (header::CACHE_CONTROL, "no-cache".to_string()),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
    ];
    if matches {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (
        [(header::CONTENT_TYPE, content_type.to_string())],
        common,
        body,
    )
        .into_response()
}

/// The UI strings of one language.
#[derive(Debug, Serialize)]
pub struct UiStrings {
    /// The UI language chosen for the tag asked for (`en`, `az` or `ru`).
    pub lang: String,
    /// The tag asked for.
    pub requested: String,
    /// The UI languages there are, each with its own name.
    pub available: Vec<Value>,
    /// Message id (`id` or `id.attribute`) → text or parts.
    pub messages: BTreeMap<String, Value>,
    /// Ids taken from English because the language lacks them.
    pub fallback: Vec<String>,
}

async fn ui_strings(Path(lang): Path<String>) -> Result<Json<UiStrings>, ApiError> {
    ui_for(&lang).map(Json)
}

/// The UI strings for a tag: the closest UI language (English for one korpu has no
/// UI for), English for what that language lacks.
pub fn ui_for(tag: &str) -> Result<UiStrings, ApiError> {
    let wanted = Locale::parse(tag)
        .map_err(|e| ApiError::bad_request(format!("{e} (the UI is in en, az and ru)")))?;
    let available: Vec<Locale> = UI_LOCALES
        .iter()
        .filter_map(|(t, _)| Locale::parse(t).ok())
        .collect();
    let chosen = wanted
        .negotiate_among(&available)
        .map_or("en", |l| l.tag())
        .to_string();
    let english = compile(UI_LOCALES[0].1)?;
    let source = UI_LOCALES
        .iter()
        .find(|(t, _)| *t == chosen)
        .map_or(UI_LOCALES[0].1, |(_, s)| s);
    let mut messages = compile(source)?;
    let mut fallback = Vec::new();
    for (id, value) in english {
        if let std::collections::btree_map::Entry::Vacant(slot) = messages.entry(id) {
            fallback.push(slot.key().clone());
            slot.insert(value);
        }
    }
    let mut names = Vec::new();
    for (t, src) in UI_LOCALES {
        let own = compile(src)?;
        names.push(json!({ "lang": t, "name": own.get("ui-language-name").cloned().unwrap_or(Value::from(t)) }));
    }
    Ok(UiStrings {
        lang: chosen,
        requested: wanted.tag().to_string(),
        available: names,
        messages,
        fallback,
    })
}

/// Every message and attribute of a Fluent file as text or parts.
fn compile(source: &str) -> Result<BTreeMap<String, Value>, ApiError> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        ApiError::internal(format!(
            "the embedded UI strings do not parse: {}",
            errors
                .iter()
                .map(|e| format!("{e:?}"))
                .collect::<Vec<_>>()
                .join("; ")
        ))
    })?;
    let mut messages = BTreeMap::new();
    let mut terms = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                messages.insert(m.id.name, m);
            }
            ast::Entry::Term(t) => {
                terms.insert(t.id.name, t);
            }
            _ => {}
        }
    }
    let scope = Scope {
        messages: &messages,
        terms: &terms,
    };
    let mut out = BTreeMap::new();
    for (id, m) in &messages {
        if let Some(value) = &m.value {
            out.insert(id.to_string(), finish(scope.pattern(value, 0)));
        }
        for a in &m.attributes {
            out.insert(
                format!("{id}.{}", a.id.name),
                finish(scope.pattern(&a.value, 0)),
            );
        }
    }
    Ok(out)
}

/// A part of a compiled pattern.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Part>)>,
        default: String,
    },
}

struct Scope<'a, 's> {
    messages: &'a BTreeMap<&'s str, &'a ast::Message<&'s str>>,
    terms: &'a BTreeMap<&'s str, &'a ast::Term<&'s str>>,
}

/// References nest at most this deep (a cycle would otherwise never end).
const MAX_DEPTH: usize = 8;

impl Scope<'_, '_> {
    fn pattern(&self, p: &ast::Pattern<&str>, depth: usize) -> Vec<Part> {
        let mut parts = Vec::new();
        for element in &p.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    parts.push(Part::Text((*value).to_string()))
                }
                ast::PatternElement::Placeable { expression } => {
                    parts.extend(self.expression(expression, depth))
                }
            }
        }
        merge(parts)
    }

    fn expression(&self, e: &ast::Expression<&str>, depth: usize) -> Vec<Part> {
        match e {
            ast::Expression::Inline(inline) => self.inline(inline, depth),
            ast::Expression::Select { selector, variants } => {
                let default = variants
                    .iter()
                    .find(|v| v.default)
                    .or(variants.last())
                    .map(variant_key)
                    .unwrap_or_default();
                let compiled: Vec<(String, Vec<Part>)> = variants
                    .iter()
                    .map(|v| (variant_key(v), self.pattern(&v.value, depth)))
                    .collect();
                match variable_of(selector) {
                    Some(var) => vec![Part::Select {
                        var,
                        variants: compiled,
                        default,
                    }],
                    // A select on something other than a variable (a term attribute):
                    // the default variant is what it shows.
                    None => compiled
                        .into_iter()
                        .find(|(k, _)| *k == default)
                        .map(|(_, p)| p)
                        .unwrap_or_default(),
                }
            }
        }
    }

    fn inline(&self, e: &ast::InlineExpression<&str>, depth: usize) -> Vec<Part> {
        use ast::InlineExpression as I;
        if depth > MAX_DEPTH {
            return vec![Part::Text("{…}".into())];
        }
        match e {
            I::StringLiteral { value } => vec![Part::Text(unescape(value))],
            I::NumberLiteral { value } => vec![Part::Text((*value).to_string())],
            I::VariableReference { id } => vec![Part::Var(id.name.to_string())],
            I::FunctionReference { id, arguments } => {
                // NUMBER($x) and DATETIME($x) show their variable.
                match arguments.positional.first() {
                    Some(first) => self.inline(first, depth + 1),
                    None => vec![Part::Text(format!("{{{}()}}", id.name))],
                }
            }
            I::MessageReference { id, attribute } => {
                let Some(m) = self.messages.get(id.name) else {
                    return vec![Part::Text(format!("{{{}}}", id.name))];
                };
                let pattern = match attribute {
                    Some(a) => m
                        .attributes
                        .iter()
                        .find(|x| x.id.name == a.name)
                        .map(|x| &x.value),
                    None => m.value.as_ref(),
                };
                pattern
                    .map(|p| self.pattern(p, depth + 1))
                    .unwrap_or_else(|| vec![Part::Text(format!("{{{}}}", id.name))])
            }
            I::TermReference { id, attribute, .. } => {
                let Some(t) = self.terms.get(id.name) else {
                    return vec![Part::Text(format!("{{-{}}}", id.name))];
                };
                let pattern = match attribute {
                    Some(a) => t
                        .attributes
                        .iter()
                        .find(|x| x.id.name == a.name)
                        .map(|x| &x.value),
                    None => Some(&t.value),
                };
                pattern
                    .map(|p| self.pattern(p, depth + 1))
                    .unwrap_or_else(|| vec![Part::Text(format!("{{-{}}}", id.name))])
            }
            I::Placeable { expression } => self.expression(expression, depth + 1),
        }
    }
}

fn variant_key(v: &ast::Variant<&str>) -> String {
    match &v.key {
        ast::VariantKey::Identifier { name } => (*name).to_string(),
        ast::VariantKey::NumberLiteral { value } => (*value).to_string(),
    }
}

fn variable_of(e: &ast::InlineExpression<&str>) -> Option<String> {
    match e {
        ast::InlineExpression::VariableReference { id } => Some(id.name.to_string()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.first().and_then(variable_of)
        }
        _ => None,
    }
}

/// Fluent string literals escape `\"`, `\\` and `\uXXXX`.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('U') => {
                let hex: String = chars.by_ref().take(6).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Joins neighbouring texts.
fn merge(parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::new();
    for p in parts {
        match (out.last_mut(), p) {
            (Some(Part::Text(a)), Part::Text(b)) => a.push_str(&b),
            (_, p) => out.push(p),
        }
    }
    out
}

/// Text when there is nothing left to fill in, parts otherwise.
fn finish(parts: Vec<Part>) -> Value {
    match parts.as_slice() {
        [] => Value::from(""),
        [Part::Text(t)] => Value::from(t.clone()),
        _ => Value::Array(parts.iter().map(part_json).collect()),
    }
}

fn part_json(p: &Part) -> Value {
    match p {
        Part::Text(t) => Value::from(t.clone()),
        Part::Var(v) => json!({ "var": v }),
        Part::Select {
            var,
            variants,
            default,
        } => json!({
            "select": var,
            "default": default,
            "variants": variants
                .iter()
                .map(|(k, parts)| json!({ "key": k, "parts": parts.iter().map(part_json).collect::<Vec<_>>() }))
                .collect::<Vec<_>>(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ui(tag: &str) -> UiStrings {
        ui_for(tag).expect("ui strings")
    }

    #[test]
    fn every_language_has_every_english_message() {
        let en = compile(UI_LOCALES[0].1).expect("en");
        for (tag, source) in &UI_LOCALES[1..] {
            let own = compile(source).expect("parses");
            let missing: Vec<&String> = en.keys().filter(|k| !own.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{tag} lacks {missing:?}");
            let extra: Vec<&String> = own.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(
                extra.is_empty(),
                "{tag} has messages English lacks: {extra:?}"
            );
            assert!(ui(tag).fallback.is_empty());
        }
    }

    #[test]
    fn terms_and_references_are_resolved_and_plurals_kept_as_selects() {
        let en = ui("en");
        assert_eq!(en.messages["app-title"], "korpu translation editor");
        assert_eq!(
            en.messages["search-field.placeholder"],
            "Type a word or phrase…"
        );
        let ru = ui("ru");
        let count = &ru.messages["segments-count"];
        let select = &count[0];
        assert_eq!(select["select"], "count");
        let keys: Vec<&str> = select["variants"]
            .as_array()
            .expect("variants")
            .iter()
            .filter_map(|v| v["key"].as_str())
            .collect();
        assert_eq!(keys, ["one", "few", "many", "other"]);
        assert_eq!(
            select["variants"][2]["parts"],
            json!([{ "var": "count" }, " сегментов"])
        );
        // A message referencing another takes its parts in place.
        let out_of_range = en.messages["segment-out-of-range"]
            .as_array()
            .expect("parts");
        assert!(out_of_range
            .iter()
            .any(|p| p.get("select").is_some_and(|s| s == "count")));
        assert!(!en.messages["connection-lost"]
            .as_str()
            .expect("static")
            .contains('{'));
    }

    #[test]
    fn tags_choose_the_closest_ui_language() {
        assert_eq!(ui("ru-RU").lang, "ru");
        assert_eq!(ui("az-Latn").lang, "az");
        assert_eq!(ui("de").lang, "en");
        assert_eq!(ui("de").requested, "de");
        assert_eq!(ui("az-Cyrl").lang, "en");
        let e = ui_for("not a tag").expect_err("invalid");
        assert_eq!(e.status, StatusCode::BAD_REQUEST);
        assert_eq!(ui("en").available.len(), 3);
    }

    #[test]
    fn string_literals_are_unescaped() {
        assert_eq!(unescape(r#"a\"b\\c\u00E7"#), "a\"b\\cç");
        let m = compile("x = { \"{\" }{ $n }\n").expect("parses");
        assert_eq!(m["x"], json!(["{", { "var": "n" }]));
    }

    #[test]
    fn the_page_uses_only_messages_that_exist() {
        // app.js asks for strings as t("id") or t("id", {...}); each must exist in
        // English (and so, by the test above, in az and ru).
        let en = compile(UI_LOCALES[0].1).expect("en");
        let re = regex::Regex::new(r#"\bt\(\s*"([a-z0-9.-]+)"\s*[,)]"#).expect("regex");
        let used: Vec<&str> = re
            .captures_iter(APP_JS)
            .filter_map(|c| c.get(1))
            .map(|m| m.as_str())
            .collect();
        assert!(used.len() > 30, "app.js uses {} strings", used.len());
        let missing: Vec<&&str> = used.iter().filter(|id| !en.contains_key(**id)).collect();
        assert!(
            missing.is_empty(),
            "app.js uses unknown strings {missing:?}"
        );
        let re = regex::Regex::new(r#"data-t="([a-z0-9.-]+)""#).expect("regex");
        for c in re.captures_iter(INDEX_HTML) {
            let id = c.get(1).map_or("", |m| m.as_str());
            assert!(en.contains_key(id), "index.html uses unknown string {id}");
        }
    }

    async fn body(r: Response) -> String {
        let bytes = axum::body::to_bytes(r.into_body(), 1 << 20)
            .await
            .expect("a body");
        String::from_utf8(bytes.to_vec()).expect("UTF-8")
    }

    #[tokio::test]
    async fn the_page_and_assets_are_served_with_types_etags_and_a_strict_policy() {
        let page = index(HeaderMap::new()).await;
        assert_eq!(page.status(), StatusCode::OK);
        assert_eq!(
            page.headers()[header::CONTENT_TYPE],
            "text/html; charset=utf-8"
        );
        let csp = page.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .expect("ascii");
        assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"));
        assert!(body(page).await.contains("/assets/app.js"));

        let js = asset(Path("app.js".into()), HeaderMap::new()).await;
        assert_eq!(js.status(), StatusCode::OK);
        assert_eq!(
            js.headers()[header::CONTENT_TYPE],
            "text/javascript; charset=utf-8"
        );
        let etag = js.headers()[header::ETAG].clone();
        assert_eq!(body(js).await, APP_JS);
        let mut again = HeaderMap::new();
        again.insert(header::IF_NONE_MATCH, etag.clone());
        let unchanged = asset(Path("app.js".into()), again).await;
        assert_eq!(unchanged.status(), StatusCode::NOT_MODIFIED);
        assert_eq!(unchanged.headers()[header::ETAG], etag);
        let mut other = HeaderMap::new();
        other.insert(header::IF_NONE_MATCH, HeaderValue::from_static("\"0000\""));
        let css = asset(Path("app.css".into()), other).await;
        assert_eq!(css.status(), StatusCode::OK);
        assert_eq!(
            css.headers()[header::CONTENT_TYPE],
            "text/css; charset=utf-8"
        );

        let missing = asset(Path("../Cargo.toml".into()), HeaderMap::new()).await;
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
        let v: Value = serde_json::from_str(&body(missing).await).expect("JSON");
        assert_eq!(v["error"]["status"], 404);
    }

    #[tokio::test]
    async fn ui_strings_answer_json_and_refuse_an_invalid_tag_with_400() {
        let Json(ru) = ui_strings(Path("ru".into())).await.expect("ru");
        assert_eq!(ru.lang, "ru");
        assert_eq!(ru.messages["status-translated"], "Переведён");
        let e = ui_strings(Path("x!".into())).await.expect_err("invalid");
        let r = e.into_response();
        assert_eq!(r.status(), StatusCode::BAD_REQUEST);
        let v: Value = serde_json::from_str(&body(r).await).expect("JSON");
        assert!(v["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("x!")));
    }

    #[test]
    fn assets_name_nothing_outside_the_server() {
        for (name, text) in [
            ("index.html", INDEX_HTML),
            ("app.js", APP_JS),
            ("app.css", APP_CSS),
        ] {
            assert!(!text.contains("http://"), "{name} names http://");
            assert!(!text.contains("https://"), "{name} names https://");
            assert!(!text.contains("//cdn"), "{name} names a CDN");
        }
    }
}
