//! The web editor in a real browser: `korpu serve --demo` on loopback with a temporary
//! store, headless Chromium driven through chromedriver (WebDriver).
//!
//! The test opens an article, waits for memory suggestions, inserts the first one
//! with Ctrl+1, confirms with Ctrl+Enter and checks through the API that the
//! translation and its status are stored. It then provokes a stale write (the
//! segment changed through the API meanwhile) and keeps its own text through the
//! conflict box, and switches the UI to Russian to check a plural. A screenshot goes
//! to `target/editor-test.png`.
//!
//! Without chromedriver (`/usr/bin/chromedriver`, or `KORPU_CHROMEDRIVER`) the test
//! is skipped with a message, except under CI, where `.ci/run` installs Debian's
//! `chromium` and `chromium-driver` and a missing driver is a failure.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::harness::{korpu_bin, root};

/// A child process killed when dropped.
struct Proc(Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn chromedriver() -> Option<PathBuf> {
    let path = std::env::var_os("KORPU_CHROMEDRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromedriver"));
    if path.is_file() {
        return Some(path);
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "chromedriver is missing at {} (.ci/run installs chromium and chromium-driver)",
            path.display()
        );
    }
    eprintln!(
        "skipped: no chromedriver at {} (apt-get install chromium chromium-driver)",
        path.display()
    );
    None
}

fn chromium() -> String {
    std::env::var("KORPU_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_string())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn wait_for_port(port: u16, what: &str) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what} did not listen on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `korpu --store DIR serve [--demo] --addr ADDR`, and the address it printed.
fn start_server(store: &std::path::Path, addr: &str, demo: bool) -> (Proc, SocketAddr) {
    let mut cmd = Command::new(korpu_bin());
    cmd.arg("--store").arg(store).arg("serve");
    if demo {
        cmd.arg("--demo");
    }
    let mut child = cmd
        .args(["--addr", addr])
        .env_remove("KORPU_STORE")
        .env("KORPU_AUTHOR", "tester")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("korpu serve starts");
    let stdout = child.stdout.take().expect("stdout");
    let proc = Proc(child);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read the first line");
    let addr = line
        .trim()
        .strip_prefix("listening on http://")
        .unwrap_or_else(|| panic!("expected \"listening on http://ADDR\", got {line:?}"))
        .parse()
        .expect("an address");
    (proc, addr)
}

/// A small HTTP/1.1 client for the API (one request per connection).
fn http(addr: SocketAddr, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    http_raw(addr, method, path, "application/json", body.as_bytes())
}

fn http_raw(
    addr: SocketAddr,
    method: &str,
    path: &str,
    content_type: &str,
    body: &[u8],
) -> (u16, Value) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAccept: application/json\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).expect("send");
    stream.write_all(body).expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("receive");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text.split_once("\r\n\r\n").expect("a response head");
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status");
    let chunked = head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked");
    let payload = if chunked {
        let mut out = String::new();
        let mut rest = rest;
        while let Some((size, after)) = rest.split_once("\r\n") {
            let n = usize::from_str_radix(size.trim(), 16).expect("chunk size");
            if n == 0 {
                break;
            }
            out.push_str(&after[..n]);
            rest = &after[n + 2..];
        }
        out
    } else {
        rest.to_string()
    };
    let value = serde_json::from_str(&payload).unwrap_or(Value::String(payload));
    (status, value)
}

fn get(addr: SocketAddr, path: &str) -> Value {
    let (status, v) = http(addr, "GET", path, None);
    assert_eq!(status, 200, "GET {path}: {v}");
    v
}

/// An article of the test's own, close to the demo's exchange-rates article but not
/// the same (other dates and rates), so its segments are new and the memory has fuzzy
/// matches for them.
const ARTICLE: &str = "The euro rose again\n\n\
The Central Bank of Azerbaijan set the official rate of the manat at 1.7000 per U.S. dollar for 16 April 2025, leaving it unchanged for yet another day.\n\n\
The euro was the day's main mover. It was quoted at 1.9011 manats, up 0.2% from 1.8968 a day earlier, tracking the single currency's gains on international markets.\n";

/// Adds the test's article through the API and finds its first segment with az
/// suggestions: (article id, segment n, the first match).
fn segment_with_suggestions(addr: SocketAddr) -> (String, u64, Value) {
    let (status, out) = http_raw(
        addr,
        "POST",
        "/api/articles?id=browser-test&lang=en&format=text&title=The%20euro%20rose%20again",
        "text/plain; charset=utf-8",
        ARTICLE.as_bytes(),
    );
    assert_eq!(status, 201, "POST /api/articles: {out}");
    let id = "browser-test";
    let article = get(addr, &format!("/api/articles/{id}?lang=az"));
    for s in article["segments"].as_array().expect("segments") {
        assert!(s["translation"].is_null(), "a new article: {s}");
        let n = s["n"].as_u64().expect("n");
        let found = get(
            addr,
            &format!("/api/articles/{id}/segments/{n}/suggestions?lang=az&limit=5"),
        );
        if let Some(first) = found.as_array().and_then(|l| l.first()) {
            return (id.to_string(), n, first.clone());
        }
    }
    panic!("the demo memory has no az suggestion for the test article");
}

fn segment(addr: SocketAddr, id: &str, n: u64, lang: &str) -> Value {
    let article = get(addr, &format!("/api/articles/{id}?lang={lang}"));
    article["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .find(|s| s["n"].as_u64() == Some(n))
        .cloned()
        .expect("the segment")
}

async fn keys(c: &Client, modifier: Key, key: char) {
    let seq = KeyActions::new("keyboard".to_string())
        .then(KeyAction::Down {
            value: modifier.into(),
        })
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key })
        .then(KeyAction::Up {
            value: modifier.into(),
        });
    c.perform_actions(seq).await.expect("keys");
}

/// The text of the element `css` finds. The page re-renders parts of itself (after a
/// language switch, a save), so a lookup that meets a replaced element tries again.
async fn text_of(c: &Client, css: &str) -> String {
    let mut tries = 0;
    loop {
        let found = match c.find(Locator::Css(css)).await {
            Ok(e) => e.text().await,
            Err(e) => Err(e),
        };
        match found {
            Ok(text) => return text,
            Err(e) if tries >= 50 => panic!("{css}: {e}"),
            Err(_) => {
                tries += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

/// The value of the form field `css` finds, trying again like [`text_of`].
async fn value_of(c: &Client, css: &str) -> String {
    let mut tries = 0;
    loop {
        let found = match c.find(Locator::Css(css)).await {
            Ok(e) => e.prop("value").await,
            Err(e) => Err(e),
        };
        match found {
            Ok(v) => return v.unwrap_or_default(),
            Err(e) if tries >= 50 => panic!("{css}: {e}"),
            Err(_) => {
                tries += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

/// Waits until `check` holds, failing with `what` after 15 s.
async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let start = Instant::now();
    while !check().await {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "timed out: {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Russian plural of «сегмент» (CLDR: one, few, many).
fn ru_segments(n: u64) -> String {
    let word = match (n % 10, n % 100) {
        (1, r) if r != 11 => "сегмент",
        (2..=4, r) if !(12..=14).contains(&r) => "сегмента",
        _ => "сегментов",
    };
    format!("{n} {word}")
}

#[test]
fn ru_plural_helper_follows_cldr() {
    assert_eq!(ru_segments(1), "1 сегмент");
    assert_eq!(ru_segments(3), "3 сегмента");
    assert_eq!(ru_segments(5), "5 сегментов");
    assert_eq!(ru_segments(11), "11 сегментов");
    assert_eq!(ru_segments(22), "22 сегмента");
}

#[test]
fn editor_inserts_a_suggestion_with_the_keyboard_and_confirms_it() {
    let Some(driver) = chromedriver() else { return };
    let tmp = tempfile::tempdir().expect("temp dir");
    let store = tmp.path().join("store");
    let (server, addr) = start_server(&store, "127.0.0.1:0", true);
    let port = free_port();
    let _driver = Proc(
        Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts"),
    );
    wait_for_port(port, "chromedriver");
    let profile = tempfile::tempdir().expect("profile dir");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async move {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium(),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--no-first-run",
                    "--disable-dev-shm-usage", "--window-size=1440,960",
                    "--lang=en-US",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            }),
        );
        let c = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a WebDriver session");
        // The steps run in their own task so that a failing one still lets the
        // browser be closed (a panic surfaces as the task's error).
        let steps = {
            let c = c.clone();
            tokio::spawn(async move { drive(&c, addr, server, &store).await })
        };
        let outcome = steps.await;
        if let Err(e) = c.close().await {
            eprintln!("closing the browser: {e}");
        }
        if let Err(e) = outcome {
            if e.is_panic() {
                std::panic::resume_unwind(e.into_panic());
            }
            panic!("the browser steps did not finish: {e}");
        }
    });
}

async fn drive(c: &Client, addr: SocketAddr, mut server: Proc, store: &std::path::Path) {
    let base = format!("http://{addr}");
    let (id, n, first) = segment_with_suggestions(addr);
    let expected = first["target_substituted"]
        .as_str()
        .or(first["target"].as_str())
        .expect("a target")
        .to_string();

    // The article list in English, then in Russian: a plural the page formats.
    c.goto(&format!("{base}/?ui=en#/")).await.expect("open");
    c.wait()
        .for_element(Locator::Css("#article-rows tr"))
        .await
        .expect("the article list");
    let articles = get(addr, "/api/articles");
    let count = articles[0]["segments"].as_u64().expect("segments");
    let first_row = format!(
        "#article-rows tr[data-id=\"{}\"] .segments-count",
        articles[0]["id"].as_str().expect("id")
    );
    assert_eq!(
        text_of(c, &first_row).await,
        if count == 1 {
            "1 segment".to_string()
        } else {
            format!("{count} segments")
        }
    );
    let select = c.find(Locator::Id("ui-lang")).await.expect("the switcher");
    select.select_by_value("ru").await.expect("switch to ru");
    eventually("the UI switches to Russian", || async {
        text_of(c, "h1[data-t=articles-heading]").await == "Статьи"
    })
    .await;
    let plural = ru_segments(count);
    eventually("the list is written in Russian", || async {
        text_of(c, &first_row).await == plural
    })
    .await;
    c.find(Locator::Id("ui-lang"))
        .await
        .expect("the switcher")
        .select_by_value("en")
        .await
        .expect("back to en");
    eventually("the UI switches back to English", || async {
        text_of(c, "h1[data-t=articles-heading]").await == "Articles"
    })
    .await;

    // The article in Azerbaijani, at the segment that has suggestions.
    c.goto(&format!("{base}/?ui=en#/a/{id}/az/{n}"))
        .await
        .expect("open the article");
    let area_css = format!(".seg[data-n=\"{n}\"] textarea");
    c.wait()
        .for_element(Locator::Css(&format!(".seg.active[data-n=\"{n}\"]")))
        .await
        .expect("the segment is active");
    c.wait()
        .for_element(Locator::Css("#suggestions li[data-k=\"1\"]"))
        .await
        .expect("suggestions");
    let shown = text_of(c, "#suggestions li[data-k=\"1\"] .score").await;
    assert!(
        shown.contains(&format!("{}%", first["score"])),
        "the score {} is shown: {shown}",
        first["score"]
    );
    assert_eq!(
        text_of(c, "#suggestions li[data-k=\"1\"] .sug-tgt").await,
        expected
    );

    keys(c, Key::Control, '1').await;
    eventually("Ctrl+1 inserts the suggestion", || async {
        value_of(c, &area_css).await == expected
    })
    .await;
    std::fs::create_dir_all(root().join("target")).expect("target dir");
    let png = c.screenshot().await.expect("a screenshot");
    std::fs::write(root().join("target/editor-test.png"), &png).expect("save the screenshot");

    keys(c, Key::Control, '\u{e007}').await;
    eventually("Ctrl+Enter stores the translation", || async {
        let s = segment(addr, &id, n, "az");
        s["translation"]["text"] == expected.as_str() && s["translation"]["status"] == "translated"
    })
    .await;
    let stored = segment(addr, &id, n, "az");
    assert!(
        stored["translation"]["author"]
            .as_str()
            .is_some_and(|a| !a.is_empty()),
        "the author is recorded: {stored}"
    );
    let article = get(addr, &format!("/api/articles/{id}?lang=az"));
    let ns: Vec<u64> = article["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .filter_map(|s| s["n"].as_u64())
        .collect();
    let next = ns.iter().position(|x| *x == n).and_then(|i| ns.get(i + 1));
    if let Some(next) = next {
        eventually("Ctrl+Enter moves to the next segment", || async {
            c.find(Locator::Css(&format!(".seg.active[data-n=\"{next}\"]")))
                .await
                .is_ok()
        })
        .await;
        // Alt+Up goes back.
        keys(c, Key::Alt, '\u{e013}').await;
        eventually("Alt+Up moves back", || async {
            c.find(Locator::Css(&format!(".seg.active[data-n=\"{n}\"]")))
                .await
                .is_ok()
        })
        .await;
    }

    // Someone else changes the segment; the editor's next save is stale.
    let revision = stored["translation"]["revision"]
        .as_u64()
        .expect("revision");
    let (status, theirs) = http(
        addr,
        "PUT",
        &format!("/api/articles/{id}/segments/{n}/az"),
        Some(
            &json!({ "text": "Başqa redaktorun mətni.", "status": "draft", "revision": revision }),
        ),
    );
    assert_eq!(status, 200, "{theirs}");
    let area = c.find(Locator::Css(&area_css)).await.expect("textarea");
    area.click().await.expect("focus");
    area.clear().await.expect("clear");
    area.send_keys("Mənim mətnim.").await.expect("type");
    keys(c, Key::Control, '\u{e007}').await;
    let conflict = format!(".seg[data-n=\"{n}\"] .conflict");
    c.wait()
        .for_element(Locator::Css(&format!(
            "{conflict}:not([hidden]) blockquote"
        )))
        .await
        .expect("the conflict box");
    assert_eq!(
        text_of(c, &format!("{conflict} blockquote")).await,
        "Başqa redaktorun mətni."
    );
    c.find(Locator::Css(&format!("{conflict} button.keep-mine")))
        .await
        .expect("keep mine")
        .click()
        .await
        .expect("click");
    eventually("keeping one's own text stores it", || async {
        let s = segment(addr, &id, n, "az");
        s["translation"]["text"] == "Mənim mətnim." && s["translation"]["status"] == "translated"
    })
    .await;
    // A reviewer approves the segment with the status menu and Save.
    c.find(Locator::Css(&format!(
        ".seg[data-n=\"{n}\"] .status-select"
    )))
    .await
    .expect("the status menu")
    .select_by_value("approved")
    .await
    .expect("choose approved");
    c.find(Locator::Css(&format!(".seg[data-n=\"{n}\"] button.save")))
        .await
        .expect("save")
        .click()
        .await
        .expect("click");
    eventually("the status menu stores approved", || async {
        segment(addr, &id, n, "az")["translation"]["status"] == "approved"
    })
    .await;
    assert_eq!(
        text_of(c, &format!(".seg[data-n=\"{n}\"] .status .badge")).await,
        "Approved"
    );

    // The kept text lacks the source's numbers: QA says so at the segment.
    c.wait()
        .for_element(Locator::Css(&format!(
            ".seg[data-n=\"{n}\"] .qa li.qa-item"
        )))
        .await
        .expect("a QA finding at the segment");

    // Concordance: the phrase is marked in the units that contain it.
    let q = c.find(Locator::Id("concordance-q")).await.expect("the box");
    q.send_keys("manat").await.expect("type");
    c.find(Locator::Css("#concordance-form button"))
        .await
        .expect("the button")
        .click()
        .await
        .expect("search");
    let mark = c
        .wait()
        .for_element(Locator::Css("#concordance li mark"))
        .await
        .expect("concordance hits")
        .text()
        .await
        .expect("text");
    assert!(mark.to_lowercase().starts_with("manat"), "marked: {mark}");

    // The server goes away: a confirmed segment waits in the page and is stored once
    // the server is back.
    let other = ns
        .iter()
        .copied()
        .find(|x| *x != n)
        .expect("another segment");
    server.0.kill().expect("stop the server");
    server.0.wait().expect("the server stopped");
    let area = c
        .find(Locator::Css(&format!(".seg[data-n=\"{other}\"] textarea")))
        .await
        .expect("textarea");
    area.click().await.expect("focus");
    area.send_keys("Avro yenidən bahalaşıb")
        .await
        .expect("type");
    keys(c, Key::Control, '\u{e007}').await;
    eventually("the page says the connection is lost", || async {
        text_of(c, "#notice").await.starts_with("Connection lost")
    })
    .await;
    let (_server, again) = start_server(store, &addr.to_string(), false);
    assert_eq!(again, addr);
    eventually("the waiting save reaches the server", || async {
        let s = segment(addr, &id, other, "az");
        s["translation"]["text"] == "Avro yenidən bahalaşıb"
            && s["translation"]["status"] == "translated"
    })
    .await;

    // A demo article with its suggestions, for the record.
    let demo = get(addr, "/api/articles");
    let sample = demo
        .as_array()
        .expect("a list")
        .iter()
        .find(|a| a["id"] != id.as_str() && a["lang"] == "en")
        .expect("a demo article");
    c.goto(&format!(
        "{base}/?ui=en#/a/{}/az/3",
        sample["id"].as_str().expect("id")
    ))
    .await
    .expect("open the demo article");
    c.wait()
        .for_element(Locator::Css("#suggestions li[data-k=\"1\"]"))
        .await
        .expect("suggestions for the demo article");
    let png = c.screenshot().await.expect("a screenshot");
    std::fs::write(root().join("target/editor-demo.png"), &png).expect("save the screenshot");
}
