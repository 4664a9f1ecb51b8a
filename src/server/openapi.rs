//! The OpenAPI 3.1 description of the HTTP API, served at `/api/openapi.json`.

use serde_json::{json, Map, Value};

fn param(name: &str, place: &str, required: bool, schema: Value, description: &str) -> Value {
    json!({
        "name": name,
        "in": place,
        "required": required,
        "schema": schema,
        "description": description,
    })
}

fn path_param(name: &str, description: &str) -> Value {
    param(name, "path", true, json!({"type": "string"}), description)
}

fn query(name: &str, required: bool, schema: Value, description: &str) -> Value {
    param(name, "query", required, schema, description)
}

fn string() -> Value {
    json!({"type": "string"})
}

fn integer() -> Value {
    json!({"type": "integer", "minimum": 0})
}

fn schema(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn json_content(s: Value) -> Value {
    json!({ "application/json": { "schema": s } })
}

/// An operation: summary, the role it needs, parameters, a request body, and the
/// success response (status, schema).
fn op(
    summary: &str,
    role: Option<&str>,
    params: Vec<Value>,
    body: Option<Value>,
    ok: (&str, Value),
    errors: &[&str],
) -> Value {
    let mut responses = Map::new();
    responses.insert(
        ok.0.to_string(),
        json!({"description": "success", "content": json_content(ok.1)}),
    );
    for status in errors {
        responses.insert(
            status.to_string(),
            json!({"description": "error", "content": json_content(schema("Error"))}),
        );
    }
    let mut o = json!({
        "summary": summary,
        "parameters": params,
        "responses": responses,
    });
    if let Some(role) = role {
        o["x-korpu-role"] = json!(role);
        o["security"] = json!([{"token": []}, {}]);
    }
    if let Some(b) = body {
        o["requestBody"] = json!({"required": true, "content": b});
    }
    o
}

fn text_body() -> Value {
    json!({ "text/plain": { "schema": {"type": "string"} } })
}

fn catalog_op(summary: &str, media: &str, params: Vec<Value>) -> Value {
    json!({
        "summary": summary,
        "x-korpu-role": "pipeline",
        "security": [{"token": []}, {}],
        "parameters": params,
        "responses": {
            "200": {
                "description": "the catalog; strong ETag \"sha256hex\"",
                "headers": {"ETag": {"schema": {"type": "string"}}},
                "content": { media: { "schema": {"type": "string"} } }
            },
            "304": {"description": "not modified (If-None-Match matched)"},
            "400": {"description": "bad path", "content": json_content(schema("Error"))},
            "404": {"description": "unknown locale or file", "content": json_content(schema("Error"))}
        }
    })
}

/// The document.
pub fn document() -> Value {
    let id = path_param("id", "the article id");
    let n = path_param("n", "1-based segment number");
    let lang_q = |required| query("lang", required, string(), "a BCP 47 locale tag");
    let min = |default: u8| {
        query(
            "min",
            false,
            json!({"type": "integer", "minimum": 1, "maximum": 101, "default": default}),
            "lowest score",
        )
    };
    let limit = |default: u32| {
        query(
            "limit",
            false,
            json!({"type": "integer", "minimum": 1, "default": default}),
            "how many at most",
        )
    };
    let memory = query("memory", false, string(), "only this memory");
    let array_of = |s: Value| json!({"type": "array", "items": s});
    let object = json!({"type": "object"});
    let mut paths = Map::new();
    paths.insert("/api/health".to_string(), json!({ "get": op("Liveness and the store folder", None, vec![], None, ("200", schema("Health")), &[]) }));
    paths.insert(
        "/api/openapi.json".to_string(),
        json!({ "get": op("This document", None, vec![], None, ("200", object.clone()), &[]) }),
    );
    paths.insert("/api/articles".to_string(), json!({
                "get": op("Articles with progress per target locale", Some("translator"), vec![], None, ("200", array_of(schema("ArticleSummary"))), &["401", "403"]),
                "post": op("Add (or replace) an article from text, Markdown or HTML (UTF-8)", Some("editor"), vec![
                    query("id", true, string(), "the article id"),
                    lang_q(true),
                    query("format", false, json!({"enum": ["text", "md", "html"], "default": "text"}), "the layout of the body"),
                    query("title", false, string(), "the title (default: the first heading, else the first segment)"),
                    query("replace", false, json!({"type": "boolean", "default": false}), "replace an article with this id, keeping translations of unchanged segments"),
                ], Some(text_body()), ("201", schema("AddOutcome")), &["400", "401", "403", "409", "413"])
            }));
    paths.insert("/api/articles/{id}".to_string(), json!({
                "get": op("An article's segments with their translation into a locale and QA findings. A valid locale the article has no translations in yet gives null translations (a new target language); an invalid tag or the source language is a 400.", Some("translator"), vec![id.clone(), lang_q(true)], None, ("200", schema("ArticleDetail")), &["400", "401", "403", "404"]),
                "delete": op("Remove an article with its translations and history", Some("editor"), vec![id.clone()], None, ("200", json!({"type": "object", "properties": {"removed": string()}})), &["401", "403", "404"])
            }));
    paths.insert("/api/articles/{id}/segments/{n}/{lang}".to_string(), json!({
                "put": op("Store a segment's translation. `revision` is the revision the text is based on (0 when there was none); a stale one gets 409 with the current value.", Some("translator"), vec![id.clone(), n.clone(), path_param("lang", "the target locale")],
                    Some(json_content(schema("TranslationEdit"))), ("200", json!({"type": "object", "properties": {"n": integer(), "translation": schema("Translation")}})), &["400", "401", "403", "404", "409", "413"])
            }));
    paths.insert("/api/articles/{id}/segments/{n}/suggestions".to_string(), json!({
                "get": op("Memory matches for a segment (101: exact in the same context)", Some("translator"), vec![id.clone(), n.clone(), lang_q(true), limit(5), min(70), memory.clone()], None, ("200", array_of(schema("Match"))), &["400", "401", "403", "404"])
            }));
    paths.insert("/api/articles/{id}/pretranslate".to_string(), json!({
                "post": op("Fill new segments with the best match at min or above, as drafts", Some("translator"), vec![id.clone(), lang_q(true), min(100), memory.clone()], None, ("200", schema("Pretranslated")), &["400", "401", "403", "404"])
            }));
    paths.insert("/api/analyze".to_string(), json!({
                "get": op("Segments and words per match band", Some("translator"), vec![query("articles", true, string(), "article ids, comma-separated"), lang_q(true), memory.clone()], None, ("200", schema("Analysis")), &["400", "401", "403", "404"])
            }));
    paths.insert(
        "/api/tm/search".to_string(),
        json!({
            "get": op("Search the memory", Some("translator"), vec![
                query("from", true, string(), "the query's locale"),
                query("to", true, string(), "the locale of the translations wanted"),
                query("q", true, string(), "the text"),
                min(70), limit(5), memory.clone()
            ], None, ("200", array_of(schema("Match"))), &["400", "401", "403"])
        }),
    );
    paths.insert("/api/tm/concordance".to_string(), json!({
                "get": op("Units containing a word or phrase", Some("translator"), vec![query("q", true, string(), "the phrase"), lang_q(false), limit(20)], None, ("200", array_of(schema("ConcordanceHit"))), &["400", "401", "403"])
            }));
    paths.insert("/api/tm/import".to_string(), json!({
                "post": op("Import a TMX, PO or XLIFF file (the body) into a memory: all or nothing", Some("editor"), vec![
                    query("format", true, json!({"enum": ["tmx", "po", "xliff"]}), "the file's format"),
                    query("memory", false, json!({"type": "string", "default": "main"}), "the memory"),
                    query("source_lang", false, json!({"type": "string", "default": "en"}), "PO: the language of msgids"),
                    query("target_lang", false, string(), "PO: the language of msgstrs (default: the Language header)"),
                    query("include_fuzzy", false, json!({"type": "boolean", "default": false}), "PO: import fuzzy entries too"),
                ], Some(json!({"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}})), ("200", schema("ImportReport")), &["400", "401", "403", "413"])
            }));
    paths.insert("/api/labels".to_string(), json!({
                "get": op("Labels, or with missing=true those the reference locale has and the locale lacks", Some("translator"), vec![lang_q(false), query("resource", false, string(), "only this resource"), query("missing", false, json!({"type": "boolean", "default": false}), "list what is missing")], None, ("200", array_of(schema("Label"))), &["400", "401", "403", "404"])
            }));
    paths.insert("/api/labels/{id}".to_string(), json!({
                "get": op("A label in every locale", Some("translator"), vec![path_param("id", "the label id"), query("resource", false, string(), "only this resource")], None, ("200", array_of(schema("Label"))), &["401", "403", "404"])
            }));
    paths.insert("/api/labels/{id}/{lang}".to_string(), json!({
                "put": op("Set a label's value (a Fluent pattern for Fluent labels) or an attribute", Some("translator"), vec![path_param("id", "the label id"), path_param("lang", "the locale")], Some(json_content(schema("LabelEdit"))), ("200", schema("Label")), &["400", "401", "403", "413"])
            }));
    paths.insert("/api/check".to_string(), json!({
                "get": op("QA over labels and article translations (the `korpu check --json` report)", Some("translator"), vec![lang_q(false)], None, ("200", schema("CheckReport")), &["400", "401", "403"])
            }));
    paths.insert("/api/editions".to_string(), json!({
                "post": op("Build a localized edition of articles", Some("pipeline"), vec![], Some(json_content(schema("EditionRequest"))), ("200", schema("Edition")), &["400", "401", "403", "404", "413"])
            }));
    paths.insert("/catalog/{locale}.json".to_string(), json!({ "get": catalog_op("A locale's labels as a JSON catalog", "application/json", vec![path_param("locale", "the locale")]) }));
    paths.insert("/catalog/{locale}.po".to_string(), json!({ "get": catalog_op("A locale's labels as a PO catalog", "text/x-gettext-translation", vec![path_param("locale", "the locale")]) }));
    paths.insert("/catalog/{locale}/{file}.ftl".to_string(), json!({ "get": catalog_op("One Fluent resource of a locale (file may contain /)", "text/plain", vec![path_param("locale", "the locale"), path_param("file", "the resource path without .ftl")]) }));
    paths.insert("/api/ui/{lang}".to_string(), json!({ "get": {
        "summary": "The web editor's own UI strings in a locale, from locales/{lang}/korpu.ftl: plain texts, or parts with variables and plural choices",
        "parameters": [path_param("lang", "en, az or ru (others fall back to en)")],
        "responses": {
            "200": {"description": "the messages", "content": {"application/json": {"schema": {"type": "object", "properties": {"lang": {"type": "string"}, "messages": {"type": "object"}}}}}},
            "400": {"description": "not a locale", "content": {"application/json": {"schema": schema("Error")}}}
        }
    }}));
    paths.insert("/api/cli".to_string(), json!({ "post": {
        "summary": "Runs a korpu command on this store for a command line on the same machine (header X-Korpu-Secret: the secret the server left in the store folder)",
        "responses": {
            "200": {"description": "the command's exit code, stdout and stderr", "content": {"application/json": {"schema": {"type": "object"}}}},
            "401": {"description": "no secret", "content": {"application/json": {"schema": schema("Error")}}},
            "403": {"description": "a wrong secret", "content": {"application/json": {"schema": schema("Error")}}}
        }
    }}));
    paths.insert("/catalog/all.tar".to_string(), json!({ "get": catalog_op("Every locale's catalogs with manifest.json", "application/x-tar", vec![]) }));
    let mut schemas = Map::new();
    schemas.insert("Error".to_string(), json!({"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["message", "status"], "properties": {
                    "message": string(), "status": integer(),
                    "current_revision": integer(), "current_text": string(), "current_status": string(), "current_author": string()
                }}}}));
    schemas.insert("Health".to_string(), json!({"type": "object", "properties": {"ok": {"type": "boolean"}, "store": string(), "version": string()}}));
    schemas.insert("Progress".to_string(), json!({"type": "object", "properties": {"translated": integer(), "total": integer(), "percent": integer()}}));
    schemas.insert("ArticleSummary".to_string(), json!({"type": "object", "properties": {
                    "id": string(), "title": string(), "lang": string(), "format": string(), "segments": integer(),
                    "targets": array_of(string()), "progress": {"type": "object", "additionalProperties": schema("Progress")},
                    "created": string(), "updated": string()
                }}));
    schemas.insert("AddOutcome".to_string(), json!({"type": "object", "properties": {"id": string(), "segments": integer(), "replaced": {"type": "boolean"}, "kept": integer()}}));
    schemas.insert("Translation".to_string(), json!({"type": "object", "properties": {
                    "text": string(), "status": {"enum": ["new", "draft", "translated", "reviewed", "approved"]},
                    "revision": integer(), "author": string(), "time": string(), "origin": string()
                }}));
    schemas.insert("QaFinding".to_string(), json!({"type": "object", "properties": {"kind": string(), "severity": {"enum": ["error", "warning"]}, "message": string()}}));
    schemas.insert("Segment".to_string(), json!({"type": "object", "properties": {
                    "n": integer(), "id": integer(), "text": string(), "kind": string(), "paragraph": integer(), "status": string(),
                    "translation": {"oneOf": [schema("Translation"), {"type": "null"}]},
                    "qa": array_of(schema("QaFinding"))
                }}));
    schemas.insert("ArticleDetail".to_string(), json!({"type": "object", "properties": {
                    "id": string(), "title": string(), "lang": string(), "source_lang": string(), "format": string(),
                    "targets": array_of(string()), "progress": schema("Progress"), "segments": array_of(schema("Segment"))
                }}));
    schemas.insert("TranslationEdit".to_string(), json!({"type": "object", "required": ["text", "revision"], "properties": {
                    "text": string(), "status": {"enum": ["draft", "translated", "reviewed", "approved"], "default": "translated"}, "revision": integer()
                }}));
    schemas.insert("Match".to_string(), json!({"type": "object", "properties": {
                    "score": integer(), "unit": integer(), "memory": string(), "source_lang": string(), "source": string(),
                    "target_lang": string(), "target": string(), "target_substituted": string(),
                    "diff": {"type": "object", "properties": {
                        "query": array_of(array_of(integer())), "source": array_of(array_of(integer())),
                        "ops": array_of(json!({"type": "object", "properties": {"tag": {"enum": ["equal", "delete", "insert", "replace"]}, "query": object.clone(), "source": object.clone()}}))
                    }},
                    "origin": string(), "author": string(), "created": string(), "changed": string()
                }}));
    schemas.insert("ConcordanceHit".to_string(), json!({"type": "object", "properties": {"unit": integer(), "memory": string(), "lang": string(), "text": string(), "hits": array_of(array_of(integer())), "variants": {"type": "object", "additionalProperties": string()}}}));
    schemas.insert("ImportReport".to_string(), json!({"type": "object", "properties": {"memory": string(), "imported": integer(), "merged": integer(), "skipped": integer(), "diagnostics": array_of(object.clone())}}));
    schemas.insert("Pretranslated".to_string(), json!({"type": "object", "properties": {"article": string(), "lang": string(), "filled": array_of(json!({"type": "object", "properties": {"n": integer(), "text": string(), "origin": string()}}))}}));
    schemas.insert("Analysis".to_string(), json!({"type": "object", "properties": {"lang": string(), "articles": array_of(json!({"type": "object", "properties": {"id": string(), "bands": object.clone()}})), "total": object.clone()}}));
    schemas.insert("Label".to_string(), json!({"type": "object", "properties": {"id": string(), "lang": string(), "value": {"type": ["string", "null"]}, "resource": string(), "format": string(), "attributes": array_of(array_of(string())), "author": string(), "updated": string(), "reference": string()}}));
    schemas.insert("LabelEdit".to_string(), json!({"type": "object", "required": ["value"], "properties": {"value": string(), "resource": string(), "attribute": string()}}));
    schemas.insert("CheckReport".to_string(), json!({"type": "object", "properties": {"errors": array_of(object.clone()), "warnings": array_of(object.clone())}}));
    schemas.insert("EditionRequest".to_string(), json!({"type": "object", "required": ["articles", "lang"], "properties": {
                    "articles": array_of(string()), "lang": string(), "format": {"enum": ["html", "md", "json"], "default": "html"},
                    "fallback": string(), "strict": {"type": "boolean"}, "min_status": {"type": "string", "default": "translated"}
                }}));
    schemas.insert("Edition".to_string(), json!({"type": "object", "properties": {"manifest": object.clone(), "files": array_of(json!({"type": "object", "properties": {"name": string(), "content": string()}})), "warnings": array_of(string())}}));
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "korpu",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Articles, translation memory, labels and editions of a trilingual newsroom. Errors are JSON: {\"error\": {\"message\", \"status\", …}}. On a loopback server no token is needed; otherwise send `Authorization: Bearer TOKEN`. Roles: pipeline < translator < editor (x-korpu-role is the least a route needs)."
        },
        "paths": paths,
        "components": {
            "securitySchemes": { "token": {"type": "http", "scheme": "bearer"} },
            "schemas": schemas
        }
    })
}
