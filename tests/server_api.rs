//! The JSON API, in process: the router built by `build_router` called with
//! `tower::ServiceExt::oneshot`; and the real binary serving on port 0 and stopping on
//! SIGTERM.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::Stdio;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::Router;
use korpu::server::{build_router, demo, AppState};
use korpu::store::Store;
use serde_json::{json, Value};
use tower::ServiceExt;

use crate::harness::Env;

/// A router over a store in a temporary folder.
pub struct Api {
    pub router: Router,
    pub _dir: tempfile::TempDir,
}

impl Api {
    /// An empty store.
    pub fn new() -> Api {
        Api::with(|_| {})
    }

    /// A store prepared by `prepare` before the server takes it.
    pub fn with(prepare: impl FnOnce(&Store)) -> Api {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&dir.path().join("store")).expect("open store");
        prepare(&store);
        Api {
            router: build_router(AppState::new(store, false)),
            _dir: dir,
        }
    }

    /// The demo store.
    pub fn demo() -> Api {
        Api::with(|store| {
            demo::seed(store, "seeder").expect("seed");
        })
    }

    /// Sends a request; returns the status and the body as JSON (`Null` when empty,
    /// a string when not JSON).
    pub async fn call(
        &self,
        method: Method,
        uri: &str,
        body: impl Into<Body>,
    ) -> (StatusCode, Value) {
        let request = Request::builder()
            .method(method)
            .uri(uri)
            .body(body.into())
            .expect("request");
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("response");
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .expect("body");
        let value = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()))
        };
        (status, value)
    }

    pub async fn get(&self, uri: &str) -> (StatusCode, Value) {
        self.call(Method::GET, uri, Body::empty()).await
    }

    pub async fn put_json(&self, uri: &str, body: Value) -> (StatusCode, Value) {
        self.call(Method::PUT, uri, body.to_string()).await
    }

    pub async fn post(&self, uri: &str, body: impl Into<Body>) -> (StatusCode, Value) {
        self.call(Method::POST, uri, body).await
    }
}

/// Asserts a JSON error with this status and returns its message.
#[track_caller]
pub fn error(got: &(StatusCode, Value), status: StatusCode) -> String {
    assert_eq!(got.0, status, "body: {}", got.1);
    assert_eq!(
        got.1["error"]["status"],
        json!(status.as_u16()),
        "body: {}",
        got.1
    );
    got.1["error"]["message"]
        .as_str()
        .expect("an error message")
        .to_string()
}

const ARTICLE: &str = "Trade grows.\n\nThe euro rose to 1.8968 manat. The dollar held at 1.7000 manat.\n\nRail freight doubled in March.\n";

#[tokio::test]
async fn health_and_openapi_cover_every_route() {
    let api = Api::new();
    let (status, health) = api.get("/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(health["ok"], json!(true));
    assert!(health["store"]
        .as_str()
        .expect("as the test expects")
        .ends_with("store"));

    let (status, doc) = api.get("/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc["openapi"], json!("3.1.0"));
    let paths = doc["paths"].as_object().expect("paths");
    for (path, method) in [
        ("/api/health", "get"),
        ("/api/openapi.json", "get"),
        ("/api/articles", "get"),
        ("/api/articles", "post"),
        ("/api/articles/{id}", "get"),
        ("/api/articles/{id}", "delete"),
        ("/api/articles/{id}/segments/{n}/{lang}", "put"),
        ("/api/articles/{id}/segments/{n}/suggestions", "get"),
        ("/api/articles/{id}/pretranslate", "post"),
        ("/api/analyze", "get"),
        ("/api/tm/search", "get"),
        ("/api/tm/concordance", "get"),
        ("/api/tm/import", "post"),
        ("/api/labels", "get"),
        ("/api/labels/{id}", "get"),
        ("/api/labels/{id}/{lang}", "put"),
        ("/api/check", "get"),
        ("/api/editions", "post"),
        ("/catalog/{locale}.json", "get"),
        ("/catalog/{locale}.po", "get"),
        ("/catalog/{locale}/{file}.ftl", "get"),
        ("/catalog/all.tar", "get"),
    ] {
        let op = &paths
            .get(path)
            .unwrap_or_else(|| panic!("{path} is not documented"))[method];
        assert!(op.is_object(), "{method} {path} is not documented");
        assert!(
            op["responses"].is_object(),
            "{method} {path} has no responses"
        );
    }
    // Every documented /api route is served: none falls through to the unknown-route
    // 404.
    for (path, item) in paths.iter().filter(|(p, _)| p.starts_with("/api/")) {
        let uri = path
            .replace("{id}", "nothing-here")
            .replace("{n}", "1")
            .replace("{lang}", "az");
        for method in item.as_object().expect("as the test expects").keys() {
            let m =
                Method::from_bytes(method.to_uppercase().as_bytes()).expect("as the test expects");
            let (status, body) = api.call(m, &uri, "{}").await;
            let message = body["error"]["message"].as_str().unwrap_or("");
            assert!(
                !message.starts_with(korpu::server::api::UNKNOWN_ROUTE),
                "{method} {uri}: {status} {body}"
            );
        }
        // Schemas referenced by the path exist.
        for r in item.to_string().split("#/components/schemas/").skip(1) {
            let name: String = r.chars().take_while(|c| c.is_alphanumeric()).collect();
            assert!(
                doc["components"]["schemas"][&name].is_object(),
                "{path} refers to a missing schema {name}"
            );
        }
    }
    let unknown = api.get("/api/nothing").await;
    assert!(error(&unknown, StatusCode::NOT_FOUND).starts_with("no such route"));
}

#[tokio::test]
async fn article_lifecycle_with_revisions() {
    let api = Api::new();
    let created = api
        .post("/api/articles?id=trade&lang=en&format=text", ARTICLE)
        .await;
    assert_eq!(created.0, StatusCode::CREATED, "{}", created.1);
    assert_eq!(
        created.1,
        json!({"id": "trade", "segments": 4, "replaced": false, "kept": 0})
    );
    let again = api.post("/api/articles?id=trade&lang=en", ARTICLE).await;
    assert!(error(&again, StatusCode::CONFLICT).contains("exists already"));

    // A target locale with no translation yet: null translations, status new.
    let (status, shown) = api.get("/api/articles/trade?lang=az").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(shown["title"], json!("Trade grows."));
    assert_eq!(shown["lang"], json!("az"));
    let segments = shown["segments"].as_array().expect("as the test expects");
    assert_eq!(segments.len(), 4);
    assert_eq!(segments[1]["n"], json!(2));
    assert_eq!(segments[1]["text"], json!("The euro rose to 1.8968 manat."));
    assert_eq!(segments[1]["paragraph"], json!(2));
    assert!(segments
        .iter()
        .all(|s| s["translation"].is_null() && s["status"] == "new"));

    // First translation: revision 0 (none before).
    let put = api
        .put_json(
            "/api/articles/trade/segments/2/az",
            json!({"text": "Avro 1,8968 manata yüksəldi.", "revision": 0}),
        )
        .await;
    assert_eq!(put.0, StatusCode::OK, "{}", put.1);
    assert_eq!(put.1["translation"]["revision"], json!(1));
    assert_eq!(put.1["translation"]["status"], json!("translated"));
    assert_eq!(put.1["translation"]["origin"], json!("human"));
    // Someone else still at revision 0: refused with the current value.
    let stale = api
        .put_json(
            "/api/articles/trade/segments/2/az",
            json!({"text": "Başqa mətn.", "revision": 0, "status": "draft"}),
        )
        .await;
    error(&stale, StatusCode::CONFLICT);
    let e = &stale.1["error"];
    assert_eq!(e["current_revision"], json!(1));
    assert_eq!(e["current_text"], json!("Avro 1,8968 manata yüksəldi."));
    assert_eq!(e["current_status"], json!("translated"));
    assert!(e["current_author"].is_string());
    // Based on the current revision: accepted.
    let put = api
        .put_json(
            "/api/articles/trade/segments/2/az",
            json!({"text": "Avro 1,8968 manata qalxdı.", "revision": 1, "status": "reviewed"}),
        )
        .await;
    assert_eq!(put.0, StatusCode::OK, "{}", put.1);
    assert_eq!(put.1["translation"]["revision"], json!(2));
    assert_eq!(put.1["translation"]["status"], json!("reviewed"));

    let (_, list) = api.get("/api/articles").await;
    assert_eq!(list[0]["id"], json!("trade"));
    assert_eq!(list[0]["segments"], json!(4));
    assert_eq!(
        list[0]["progress"]["az"],
        json!({"translated": 1, "total": 4, "percent": 25})
    );
    let (_, shown) = api.get("/api/articles/trade?lang=az").await;
    assert_eq!(
        shown["segments"][1]["translation"]["text"],
        json!("Avro 1,8968 manata qalxdı.")
    );
    assert_eq!(shown["targets"], json!(["az"]));

    // QA findings travel with the segment: a number that is not in the translation.
    let put = api
        .put_json(
            "/api/articles/trade/segments/3/az",
            json!({"text": "Dollar 1,7100 manatda qaldı.", "revision": 0}),
        )
        .await;
    assert_eq!(put.0, StatusCode::OK);
    let (_, shown) = api.get("/api/articles/trade?lang=az").await;
    let qa = shown["segments"][2]["qa"]
        .as_array()
        .expect("as the test expects");
    assert!(!qa.is_empty(), "{}", shown["segments"][2]);
    assert!(qa[0]["kind"].is_string() && qa[0]["severity"].is_string());

    // Replacing keeps the translations of unchanged segments.
    let replaced = api
        .post(
            "/api/articles?id=trade&lang=en&replace=true",
            format!("{ARTICLE}\nA new closing line.\n"),
        )
        .await;
    assert_eq!(replaced.0, StatusCode::CREATED);
    assert_eq!(replaced.1["replaced"], json!(true));
    assert_eq!(replaced.1["kept"], json!(2));

    let removed = api
        .call(Method::DELETE, "/api/articles/trade", Body::empty())
        .await;
    assert_eq!(removed.0, StatusCode::OK);
    error(
        &api.get("/api/articles/trade?lang=az").await,
        StatusCode::NOT_FOUND,
    );
}

#[tokio::test]
async fn markdown_and_html_uploads() {
    let api = Api::new();
    let md = api
        .post(
            "/api/articles?id=md&lang=en&format=md",
            "# Rates today\n\nThe manat held. The euro rose.\n\n- First item.\n",
        )
        .await;
    assert_eq!(md.0, StatusCode::CREATED, "{}", md.1);
    let (_, shown) = api.get("/api/articles/md?lang=ru").await;
    assert_eq!(shown["title"], json!("Rates today"));
    let kinds: Vec<&str> = shown["segments"]
        .as_array()
        .expect("as the test expects")
        .iter()
        .map(|s| s["kind"].as_str().expect("as the test expects"))
        .collect();
    assert_eq!(kinds, ["heading", "paragraph", "paragraph", "list_item"]);
    let html = api
        .post(
            "/api/articles?id=page&lang=en&format=html&title=A%20page",
            "<html><body><h1>Trade</h1><p>Exports grew. Imports <b>fell</b>.</p></body></html>",
        )
        .await;
    assert_eq!(html.0, StatusCode::CREATED, "{}", html.1);
    assert_eq!(html.1["segments"], json!(3));
    let (_, shown) = api.get("/api/articles/page?lang=az").await;
    assert_eq!(shown["title"], json!("A page"));
    let bad = api
        .post("/api/articles?id=x&lang=en&format=pdf", "text")
        .await;
    assert!(error(&bad, StatusCode::BAD_REQUEST).contains("format=pdf"));
}

#[tokio::test]
async fn bad_input_gets_json_errors() {
    let api = Api::new();
    api.post("/api/articles?id=trade&lang=en", ARTICLE).await;
    // A malformed JSON body.
    let bad = api
        .call(
            Method::PUT,
            "/api/articles/trade/segments/1/az",
            "{\"text\": \"x\", ",
        )
        .await;
    let message = error(&bad, StatusCode::BAD_REQUEST);
    assert!(
        message.contains("not the JSON") && message.contains("line 1"),
        "{message}"
    );
    // JSON without the revision the edit is based on.
    let bad = api
        .put_json("/api/articles/trade/segments/1/az", json!({"text": "x"}))
        .await;
    assert!(error(&bad, StatusCode::BAD_REQUEST).contains("revision"));
    // A field of the wrong type.
    let bad = api
        .put_json(
            "/api/articles/trade/segments/1/az",
            json!({"text": 5, "revision": 0}),
        )
        .await;
    error(&bad, StatusCode::BAD_REQUEST);
    // An unknown status.
    let bad = api
        .put_json(
            "/api/articles/trade/segments/1/az",
            json!({"text": "x", "revision": 0, "status": "finished"}),
        )
        .await;
    error(&bad, StatusCode::BAD_REQUEST);
    // An unknown article, an unknown segment, a segment that is not a number.
    let missing = api
        .put_json(
            "/api/articles/nope/segments/1/az",
            json!({"text": "x", "revision": 0}),
        )
        .await;
    assert!(error(&missing, StatusCode::NOT_FOUND).contains("unknown article"));
    error(
        &api.get("/api/articles/nope?lang=az").await,
        StatusCode::NOT_FOUND,
    );
    let missing = api
        .put_json(
            "/api/articles/trade/segments/99/az",
            json!({"text": "x", "revision": 0}),
        )
        .await;
    assert!(error(&missing, StatusCode::NOT_FOUND).contains("no segment 99"));
    error(
        &api.get("/api/articles/trade/segments/99/suggestions?lang=az")
            .await,
        StatusCode::NOT_FOUND,
    );
    error(
        &api.put_json(
            "/api/articles/trade/segments/abc/az",
            json!({"text": "x", "revision": 0}),
        )
        .await,
        StatusCode::BAD_REQUEST,
    );
    // Locales: an invalid tag, none, the source language.
    assert!(error(
        &api.get("/api/articles/trade?lang=e_n!").await,
        StatusCode::BAD_REQUEST
    )
    .contains("lang"));
    error(
        &api.get("/api/articles/trade").await,
        StatusCode::BAD_REQUEST,
    );
    assert!(error(
        &api.get("/api/articles/trade?lang=en").await,
        StatusCode::BAD_REQUEST
    )
    .contains("source language"));
    let into_source = api
        .put_json(
            "/api/articles/trade/segments/1/en",
            json!({"text": "x", "revision": 0}),
        )
        .await;
    error(&into_source, StatusCode::BAD_REQUEST);
    // A locale the article has no translation in: empty translations (a new target).
    let (status, shown) = api.get("/api/articles/trade?lang=ru").await;
    assert_eq!(status, StatusCode::OK);
    assert!(shown["segments"]
        .as_array()
        .expect("as the test expects")
        .iter()
        .all(|s| s["translation"].is_null()));
    // An upload that is not UTF-8: where, and nothing stored.
    let latin1 = b"Trade grows.\n\nCaf\xe9 prices rose.\n".to_vec();
    let bad = api.post("/api/articles?id=latin&lang=en", latin1).await;
    let message = error(&bad, StatusCode::BAD_REQUEST);
    assert!(
        message.contains(":3:4:") && message.contains("UTF-8"),
        "{message}"
    );
    error(
        &api.get("/api/articles/latin?lang=az").await,
        StatusCode::NOT_FOUND,
    );
    // An empty upload, a bad id.
    error(
        &api.post("/api/articles?id=empty&lang=en", "  \n").await,
        StatusCode::BAD_REQUEST,
    );
    error(
        &api.post("/api/articles?id=../etc&lang=en", ARTICLE).await,
        StatusCode::BAD_REQUEST,
    );
    // Query values of the wrong type.
    error(
        &api.get("/api/articles/trade/segments/1/suggestions?lang=az&min=high")
            .await,
        StatusCode::BAD_REQUEST,
    );
    error(
        &api.get("/api/articles/trade/segments/1/suggestions?lang=az&min=0")
            .await,
        StatusCode::BAD_REQUEST,
    );
    // 50 MB: refused with 413 before anything is stored, and the server carries on.
    let huge = vec![b'a'; 50 * 1024 * 1024];
    let refused = api.post("/api/articles?id=huge&lang=en", huge).await;
    assert!(error(&refused, StatusCode::PAYLOAD_TOO_LARGE).contains("10 MiB"));
    let huge_json = format!(
        "{{\"text\": \"{}\", \"revision\": 0}}",
        "a".repeat(50 * 1024 * 1024)
    );
    let refused = api
        .call(Method::PUT, "/api/articles/trade/segments/1/az", huge_json)
        .await;
    error(&refused, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(api.get("/api/health").await.0, StatusCode::OK);
    let (_, list) = api.get("/api/articles").await;
    assert_eq!(list.as_array().expect("as the test expects").len(), 1);
}

#[tokio::test]
async fn memory_suggestions_pretranslate_and_analysis_on_the_demo() {
    let api = Api::demo();
    let (_, list) = api.get("/api/articles").await;
    let ids: Vec<&str> = list
        .as_array()
        .expect("as the test expects")
        .iter()
        .map(|a| a["id"].as_str().expect("as the test expects"))
        .collect();
    assert_eq!(ids, ["exchange-rates", "transport-corridor"]);
    assert_eq!(list[0]["progress"]["az"]["percent"], json!(100));

    // A segment's own confirmed translation is a 101 (same text, same neighbours).
    let (status, found) = api
        .get("/api/articles/exchange-rates/segments/2/suggestions?lang=az&limit=3")
        .await;
    assert_eq!(status, StatusCode::OK, "{found}");
    let first = &found[0];
    assert_eq!(first["score"], json!(101));
    assert_eq!(first["diff"]["query"], json!([]));
    assert_eq!(first["target_lang"], json!("az"));

    // A search with another number: 99, the number carried into the target, the
    // differing range highlighted.
    let (_, shown) = api.get("/api/articles/exchange-rates?lang=ru").await;
    let source = shown["segments"][1]["text"]
        .as_str()
        .expect("as the test expects")
        .to_string();
    assert!(source.contains("1.7000"), "{source}");
    let query = source.replace("1.7000", "1.7100");
    let uri = format!(
        "/api/tm/search?from=en&to=ru&min=90&limit=1&q={}",
        urlencode(&query)
    );
    let (status, found) = api.get(&uri).await;
    assert_eq!(status, StatusCode::OK, "{found}");
    assert_eq!(found[0]["score"], json!(99), "{found}");
    assert!(
        found[0]["target_substituted"]
            .as_str()
            .expect("as the test expects")
            .contains("1,7100"),
        "{found}"
    );
    let range = &found[0]["diff"]["query"][0];
    let (a, b) = (
        range[0].as_u64().expect("as the test expects") as usize,
        range[1].as_u64().expect("as the test expects") as usize,
    );
    assert!(query[a..b].contains("1.7100"), "{}", &query[a..b]);
    error(
        &api.get("/api/tm/search?from=en&to=ru&q=").await,
        StatusCode::BAD_REQUEST,
    );
    error(
        &api.get("/api/tm/search?from=en&to=en&q=manat").await,
        StatusCode::BAD_REQUEST,
    );

    let (status, hits) = api.get("/api/tm/concordance?q=manat&lang=en&limit=3").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(hits.as_array().expect("as the test expects").len(), 3);
    for h in hits.as_array().expect("as the test expects") {
        let text = h["text"].as_str().expect("as the test expects");
        let r = &h["hits"][0];
        let word = &text[r[0].as_u64().expect("as the test expects") as usize
            ..r[1].as_u64().expect("as the test expects") as usize];
        assert_eq!(word.to_lowercase(), "manat");
        assert!(h["variants"]["az"].is_string());
    }

    // Pretranslate a new article that repeats a sentence the memory has.
    let body = format!("{source}\n\nA sentence nobody has translated before today.\n");
    api.post("/api/articles?id=repeat&lang=en", body).await;
    let (status, done) = api
        .post("/api/articles/repeat/pretranslate?lang=az", Body::empty())
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["lang"], json!("az"));
    let filled = done["filled"].as_array().expect("as the test expects");
    assert_eq!(filled.len(), 1, "{done}");
    assert_eq!(filled[0]["n"], json!(1));
    assert!(filled[0]["origin"]
        .as_str()
        .expect("as the test expects")
        .starts_with("tm:10"));
    let (_, shown) = api.get("/api/articles/repeat?lang=az").await;
    assert_eq!(
        shown["segments"][0]["translation"]["status"],
        json!("draft")
    );
    assert!(shown["segments"][1]["translation"].is_null());

    let (status, report) = api
        .get("/api/analyze?articles=exchange-rates,repeat&lang=az")
        .await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(report["articles"][0]["bands"]["101"]["segments"], json!(25));
    assert_eq!(
        report["articles"][1]["bands"]["repetitions"]["segments"],
        json!(1)
    );
    assert_eq!(
        report["articles"][1]["bands"]["no match"]["segments"],
        json!(1)
    );
    error(
        &api.get("/api/analyze?lang=az").await,
        StatusCode::BAD_REQUEST,
    );
    error(
        &api.get("/api/analyze?articles=nope&lang=az").await,
        StatusCode::NOT_FOUND,
    );
}

#[tokio::test]
async fn labels_checks_and_editions() {
    let api = Api::demo();
    let (status, labels) = api.get("/api/labels?lang=az&resource=rates.ftl").await;
    assert_eq!(status, StatusCode::OK, "{labels}");
    let labels = labels.as_array().expect("as the test expects");
    assert!(!labels.is_empty());
    assert!(labels
        .iter()
        .all(|l| l["lang"] == "az" && l["resource"] == "rates.ftl"));
    let id = labels[0]["id"]
        .as_str()
        .expect("as the test expects")
        .to_string();

    let (status, one) = api.get(&format!("/api/labels/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let langs: Vec<&str> = one
        .as_array()
        .expect("as the test expects")
        .iter()
        .map(|l| l["lang"].as_str().expect("as the test expects"))
        .collect();
    assert!(langs.contains(&"en") && langs.contains(&"ru"), "{langs:?}");
    error(
        &api.get("/api/labels/no-such-label").await,
        StatusCode::NOT_FOUND,
    );

    // The catalog is kept between requests, and a label change is seen at once.
    let (status, before) = api.get("/catalog/az.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_ne!(before[&id], json!("Yeni dəyər"));
    assert_eq!(api.get("/catalog/az.json").await.1, before);
    let (status, set) = api
        .put_json(
            &format!("/api/labels/{id}/az"),
            json!({"value": "Yeni dəyər", "resource": "rates.ftl"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{set}");
    assert_eq!(
        api.get("/catalog/az.json").await.1[&id],
        json!("Yeni dəyər")
    );
    assert_eq!(set["value"], json!("Yeni dəyər"));
    assert_eq!(set["created"], json!(false));
    let (_, one) = api
        .get(&format!("/api/labels/{id}?resource=rates.ftl"))
        .await;
    let az = one
        .as_array()
        .expect("as the test expects")
        .iter()
        .find(|l| l["lang"] == "az")
        .expect("as the test expects")
        .clone();
    assert_eq!(az["value"], json!("Yeni dəyər"));
    // A value that is not a Fluent pattern is refused with where.
    let bad = api
        .put_json(
            &format!("/api/labels/{id}/az"),
            json!({"value": "{ $broken", "resource": "rates.ftl"}),
        )
        .await;
    assert!(error(&bad, StatusCode::BAD_REQUEST).contains("nothing was written"));

    let (status, missing) = api.get("/api/labels?lang=az&missing=true").await;
    assert_eq!(status, StatusCode::OK);
    assert!(missing
        .as_array()
        .expect("as the test expects")
        .iter()
        .all(|m| m["value"].is_null() && m["reference"].is_string()));

    let (status, report) = api.get("/api/check?lang=az").await;
    assert_eq!(status, StatusCode::OK);
    assert!(report["errors"].is_array() && report["warnings"].is_array());

    let (status, edition) = api
        .post(
            "/api/editions",
            json!({"articles": ["exchange-rates", "transport-corridor"], "lang": "ru", "format": "md"}).to_string(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{edition}");
    let files = edition["files"].as_array().expect("as the test expects");
    let names: Vec<&str> = files
        .iter()
        .map(|f| f["name"].as_str().expect("as the test expects"))
        .collect();
    assert!(names.contains(&"manifest.json"), "{names:?}");
    assert_eq!(edition["manifest"]["lang"], json!("ru"));
    assert_eq!(
        edition["manifest"]["files"]
            .as_array()
            .expect("as the test expects")
            .len(),
        2
    );
    let doc = files
        .iter()
        .find(|f| {
            f["name"]
                .as_str()
                .expect("as the test expects")
                .starts_with("exchange-rates")
        })
        .expect("as the test expects");
    assert!(
        doc["content"]
            .as_str()
            .expect("as the test expects")
            .contains("Манат"),
        "{}",
        doc["content"]
    );
    let bad = api
        .post(
            "/api/editions",
            json!({"articles": ["nope"], "lang": "ru"}).to_string(),
        )
        .await;
    error(&bad, StatusCode::NOT_FOUND);
    let bad = api
        .post(
            "/api/editions",
            json!({"articles": ["exchange-rates"], "lang": "ru", "format": "pdf"}).to_string(),
        )
        .await;
    error(&bad, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn memory_import_all_or_nothing() {
    let api = Api::new();
    let tmx = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="en"><seg>Exports grew by ten percent.</seg></tuv><tuv xml:lang="az"><seg>İxrac on faiz artıb.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Imports fell sharply.</seg></tuv><tuv xml:lang="ru"><seg>Импорт резко сократился.</seg></tuv></tu>
</body></tmx>"#;
    let (status, report) = api
        .post("/api/tm/import?format=tmx&memory=trade", tmx)
        .await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(report["imported"], json!(2));
    assert_eq!(report["memory"], json!("trade"));
    let (_, found) = api
        .get("/api/tm/search?from=en&to=az&q=Exports%20grew%20by%20ten%20percent.")
        .await;
    assert_eq!(found[0]["score"], json!(100));
    assert_eq!(found[0]["target"], json!("İxrac on faiz artıb."));

    // A broken file: refused with line and column; nothing imported.
    let broken = tmx.replace(
        "<seg>Imports fell sharply.</seg>",
        "<seg>Imports <fell sharply.</seg>",
    );
    let refused = api
        .post("/api/tm/import?format=tmx&memory=other", broken)
        .await;
    let message = error(&refused, StatusCode::BAD_REQUEST);
    assert!(message.contains("nothing was imported"), "{message}");
    assert!(
        refused.1["error"]["line"]
            .as_u64()
            .expect("as the test expects")
            >= 4,
        "{}",
        refused.1
    );
    let (_, hits) = api.get("/api/tm/concordance?q=sharply").await;
    assert_eq!(
        hits.as_array().expect("as the test expects").len(),
        1,
        "{hits}"
    );

    let po = "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"Good morning\"\nmsgstr \"Доброе утро\"\n";
    // The server keeps the en index between lookups; an import makes it reload (a
    // fuzzy query: only the index finds it).
    let morning = "/api/tm/search?from=en&to=ru&min=60&q=Good%20morning%20friends";
    let (status, found) = api.get(morning).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(found, json!([]));
    let (status, report) = api.post("/api/tm/import?format=po", po).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    assert_eq!(report["imported"], json!(1));
    let (_, found) = api.get(morning).await;
    assert_eq!(found[0]["score"], json!(66), "{found}");
    assert_eq!(found[0]["target"], json!("Доброе утро"));
    error(
        &api.post("/api/tm/import?format=csv", "a,b").await,
        StatusCode::BAD_REQUEST,
    );
    error(
        &api.post("/api/tm/import?format=tmx", "").await,
        StatusCode::BAD_REQUEST,
    );
    error(
        &api.post("/api/tm/import?format=po", vec![0xffu8, 0x41])
            .await,
        StatusCode::BAD_REQUEST,
    );
}

fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One HTTP/1.1 request over a plain TCP connection; returns the status and body.
fn http(addr: &str, method: &str, path: &str) -> (u16, String) {
    let mut stream = std::net::TcpStream::connect(addr).expect("connect");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
    )
    .expect("as the test expects");
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .expect("as the test expects");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    (status, body)
}

#[test]
fn the_binary_serves_on_port_0_and_stops_on_sigterm() {
    let env = Env::new();
    let mut child = env
        .cmd()
        .args(["serve", "--addr", "127.0.0.1:0", "--demo"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start korpu serve");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("as the test expects"))
        .read_line(&mut first)
        .expect("as the test expects");
    let addr = first
        .trim()
        .strip_prefix("listening on http://")
        .unwrap_or_else(|| panic!("first line: {first:?}"))
        .to_string();
    let (status, body) = http(&addr, "GET", "/api/health");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"ok\":true"));
    let (status, body) = http(&addr, "GET", "/api/articles");
    assert_eq!(status, 200);
    assert!(body.contains("exchange-rates"));
    let kill = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("as the test expects");
    assert!(kill.success());
    let status = child.wait().expect("as the test expects");
    assert_eq!(status.code(), Some(0));
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("as the test expects")
        .read_to_string(&mut err)
        .expect("as the test expects");
    assert!(err.contains("stopped"), "{err}");
    // The store opens again with everything the demo wrote.
    let list = env.run(["--json", "article", "list"]);
    let list = list.json();
    assert_eq!(list.as_array().expect("as the test expects").len(), 2);
    // --demo on a store with data adds nothing.
    let mut child = env
        .cmd()
        .args(["serve", "--addr", "127.0.0.1:0", "--demo"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start korpu serve");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("first line");
    let addr = first
        .trim()
        .trim_start_matches("listening on http://")
        .to_string();
    let (_, body) = http(&addr, "GET", "/api/articles");
    let list: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(list.as_array().expect("array").len(), 2);
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert_eq!(child.wait().expect("wait").code(), Some(0));
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    assert!(err.contains("not empty"), "{err}");
    // Off loopback, a server needs tokens first.
    let again = env.run(["serve", "--addr", "0.0.0.0:0"]);
    assert!(
        again.fails().contains("not a loopback address"),
        "{}",
        again.stderr
    );
}
