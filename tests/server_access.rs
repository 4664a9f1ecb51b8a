//! Access tokens, catalogs over HTTP, and the command line going through a running
//! server. Token and catalog checks run the routes in this process; forwarding runs
//! the real `korpu serve` and `korpu` commands against one store.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use axum::http::{HeaderMap, HeaderValue};
use axum::Router;
use korpu::server::auth::{new_token, require, token_hash, Role};
use korpu::server::forward::{connect, exchange, HttpResponse, SECRET_FILE, SERVER_FILE};
use korpu::server::{catalog, forward, AppState};
use korpu::store::{Store, TokenRecord};
use sha2::{Digest, Sha256};

use crate::harness::*;

const EN: &str = "## News\n\nnews-title = Today's news\n    .title = The front page\nnews-count = { $count ->\n    [one] { $count } story\n   *[other] { $count } stories\n}\n";
const AZ: &str = "news-title = Bugünün xəbərləri\n    .title = Baş səhifə\n";
const EN_MENU: &str = "menu-open = Open\nmenu-close = Close\n";

/// A store with labels in en and az (`news.ftl`, and `app/menu.ftl` in en only).
fn with_labels() -> Env {
    let env = Env::new();
    for dir in ["l10n/en/app", "l10n/az"] {
        std::fs::create_dir_all(env.path(dir)).expect("dir");
    }
    env.file("l10n/en/news.ftl", EN);
    env.file("l10n/en/app/menu.ftl", EN_MENU);
    env.file("l10n/az/news.ftl", AZ);
    env.run(["label", "import", s(&env.path("l10n"))]).ok();
    env
}

/// The routes of this branch on a server in this process, on a loopback port.
struct Server {
    addr: SocketAddr,
    state: AppState,
    runtime: tokio::runtime::Runtime,
}

impl Server {
    fn start(store: Store, require_tokens: bool) -> Server {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let state = AppState::new(store, require_tokens);
        let router = Router::new()
            .merge(catalog::routes())
            .merge(forward::routes())
            .with_state(state.clone());
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        runtime.spawn(async move { axum::serve(listener, router).await });
        Server {
            addr,
            state,
            runtime,
        }
    }

    fn get(&self, path: &str, headers: &[(&str, &str)]) -> HttpResponse {
        request(&self.addr.to_string(), "GET", path, headers, b"")
    }

    /// `auth::require` as a handler calls it, with these headers.
    fn require(&self, headers: &[(&str, &str)], needed: Role) -> Result<(String, Role), u16> {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.insert(
                axum::http::HeaderName::from_bytes(name.as_bytes()).expect("name"),
                HeaderValue::from_str(value).expect("value"),
            );
        }
        self.runtime
            .block_on(require(&self.state, &map, needed))
            .map(|a| (a.name, a.role))
            .map_err(|e| e.status.as_u16())
    }

    fn with_store<T: Send + 'static>(&self, work: impl FnOnce(&Store) -> T + Send + 'static) -> T {
        self.runtime
            .block_on(self.state.with_store(move |s| Ok(work(s))))
            .expect("store")
    }
}

fn request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> HttpResponse {
    let stream = connect(addr, Duration::from_secs(5)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .expect("timeout");
    exchange(stream, method, path, headers, body).expect("http exchange")
}

fn json(r: &HttpResponse) -> serde_json::Value {
    serde_json::from_slice(&r.body)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&r.body)))
}

fn text(r: &HttpResponse) -> String {
    String::from_utf8(r.body.clone()).expect("UTF-8 body")
}

/// Asserts a JSON error with this status and returns its message.
#[track_caller]
fn error(r: &HttpResponse, status: u16) -> String {
    assert_eq!(r.status, status, "{}", String::from_utf8_lossy(&r.body));
    let v = json(r);
    assert_eq!(v["error"]["status"], status, "{v}");
    v["error"]["message"].as_str().expect("message").to_string()
}

/// Stores a new token and returns it.
fn add_token(store: &Store, name: &str, role: Role) -> String {
    let token = new_token().expect("token");
    store
        .create_token(&TokenRecord {
            name: name.into(),
            role: role.as_str().into(),
            hash: token_hash(&token),
            created: "2026-01-01T00:00:00Z".into(),
            revoked: None,
        })
        .expect("create token");
    token
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

#[test]
fn tokens_roles_and_revocation_on_a_server_that_needs_tokens() {
    let env = with_labels();
    let store = Store::open(&env.store()).expect("open");
    let pipeline = add_token(&store, "ci", Role::Pipeline);
    let translator = add_token(&store, "leyla", Role::Translator);
    let editor = add_token(&store, "rauf", Role::Editor);
    let server = Server::start(store, true);

    // No token, an unknown token, another scheme: 401 with a JSON error.
    let m = error(&server.get("/catalog/en.json", &[]), 401);
    assert!(m.contains("token"), "{m}");
    let unknown = format!("korpu_{}", "0".repeat(64));
    error(
        &server.get("/catalog/en.json", &[("authorization", &bearer(&unknown))]),
        401,
    );
    error(
        &server.get(
            "/catalog/en.json",
            &[("authorization", "Basic dXNlcjpwYXNz")],
        ),
        401,
    );

    // A pipeline token reads catalogs.
    let ok = server.get("/catalog/en.json", &[("authorization", &bearer(&pipeline))]);
    assert_eq!(ok.status, 200, "{}", text(&ok));

    // Roles: each token may do what its role and those below it may, and is named.
    assert_eq!(
        server.require(&[("authorization", &bearer(&pipeline))], Role::Pipeline),
        Ok(("ci".into(), Role::Pipeline))
    );
    assert_eq!(
        server.require(&[("authorization", &bearer(&pipeline))], Role::Translator),
        Err(403)
    );
    assert_eq!(
        server.require(&[("authorization", &bearer(&translator))], Role::Translator),
        Ok(("leyla".into(), Role::Translator))
    );
    assert_eq!(
        server.require(&[("authorization", &bearer(&translator))], Role::Editor),
        Err(403)
    );
    assert_eq!(
        server.require(&[("authorization", &bearer(&editor))], Role::Editor),
        Ok(("rauf".into(), Role::Editor))
    );
    assert_eq!(server.require(&[], Role::Pipeline), Err(401));

    // Revoked while the server runs: refused at the next request, no restart.
    let revoked = server.with_store(|s| s.revoke_token("ci", "2026-01-02T00:00:00Z"));
    assert_eq!(revoked.ok(), Some(true));
    let m = error(
        &server.get("/catalog/en.json", &[("authorization", &bearer(&pipeline))]),
        401,
    );
    assert!(m.contains("revoked"), "{m}");
    assert_eq!(
        server.require(&[("authorization", &bearer(&pipeline))], Role::Pipeline),
        Err(401)
    );
    // The others still work, and the record stays for `token list`.
    assert!(server
        .require(&[("authorization", &bearer(&translator))], Role::Pipeline)
        .is_ok());
    let listed = server.with_store(|s| s.tokens().expect("tokens"));
    assert_eq!(listed.len(), 3);
    assert!(listed.iter().any(|t| t.name == "ci" && !t.is_active()));
    assert_eq!(server.with_store(|s| s.token_count().expect("count")), 2);
}

#[test]
fn a_loopback_server_without_tokens_treats_requests_as_the_local_editor() {
    let env = with_labels();
    let store = Store::open(&env.store()).expect("open");
    let server = Server::start(store, false);
    assert_eq!(server.get("/catalog/en.json", &[]).status, 200);
    let (name, role) = server.require(&[], Role::Editor).expect("local editor");
    assert_eq!(role, Role::Editor);
    assert!(!name.is_empty());
    // A token that is sent is always checked.
    error(
        &server.get(
            "/catalog/en.json",
            &[("authorization", "Bearer korpu_not-a-token")],
        ),
        401,
    );
}

/// Lists a tar archive with the system `tar`, and extracts it into `into`.
fn system_tar(archive: &Path, into: &Path) -> Vec<String> {
    let out = Command::new("tar")
        .arg("-tf")
        .arg(archive)
        .output()
        .expect("run tar");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::create_dir_all(into).expect("dir");
    let x = Command::new("tar")
        .arg("-xf")
        .arg(archive)
        .arg("-C")
        .arg(into)
        .output()
        .expect("run tar");
    assert!(x.status.success(), "{}", String::from_utf8_lossy(&x.stderr));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn catalogs_with_etags_the_archive_and_bad_paths() {
    let env = with_labels();
    // What `korpu export locales` writes, to compare the archive with.
    env.run(["export", "locales", "--out", s(&env.path("tree"))])
        .ok();
    let po_cli = env
        .run(["export", "catalog", "--lang", "az", "--format", "po"])
        .ok()
        .to_string();
    let store = Store::open(&env.store()).expect("open");
    let server = Server::start(store, false);

    // JSON: the locale's translated messages, with a strong ETag of its bytes.
    let r = server.get("/catalog/az.json", &[]);
    assert_eq!(r.status, 200);
    assert!(r
        .header("content-type")
        .is_some_and(|c| c.starts_with("application/json")));
    let v = json(&r);
    assert_eq!(v["news-title"], "Bugünün xəbərləri");
    assert_eq!(v["news-title.title"], "Baş səhifə");
    assert!(v.get("news-count").is_none(), "untranslated left out: {v}");
    let etag = r.header("etag").expect("etag").to_string();
    assert_eq!(etag, format!("\"{}\"", hex(&Sha256::digest(&r.body))));
    // Same labels, same bytes, same tag.
    let again = server.get("/catalog/az.json", &[]);
    assert_eq!(
        (again.body.clone(), again.header("etag")),
        (r.body.clone(), Some(etag.as_str()))
    );

    // If-None-Match: the tag (also weak, also in a list) gives 304 and no body.
    for value in [
        etag.clone(),
        format!("W/{etag}"),
        format!("\"x\", {etag}"),
        "*".into(),
    ] {
        let r = server.get("/catalog/az.json", &[("if-none-match", &value)]);
        assert_eq!(r.status, 304, "{value}");
        assert!(r.body.is_empty());
        assert_eq!(r.header("etag"), Some(etag.as_str()));
    }
    assert_eq!(
        server
            .get("/catalog/az.json", &[("if-none-match", "\"other\"")])
            .status,
        200
    );

    // Filled from en: the untranslated messages come from en, so the tag changes.
    let filled = server.get("/catalog/az.json?fill=en", &[]);
    assert_eq!(filled.status, 200);
    assert!(json(&filled)["menu-open"] == "Open", "{}", text(&filled));
    assert_ne!(filled.header("etag"), Some(etag.as_str()));

    // PO: the same bytes as `korpu export catalog --format po`.
    let po = server.get("/catalog/az.po", &[]);
    assert_eq!(po.status, 200);
    assert_eq!(text(&po), po_cli);
    assert!(po.header("etag").is_some());

    // One Fluent resource, in a folder; `en` negotiates with the stored tag.
    let ftl = server.get("/catalog/en/app/menu.ftl", &[]);
    assert_eq!(ftl.status, 200, "{}", text(&ftl));
    assert_eq!(
        text(&ftl),
        std::fs::read_to_string(env.path("tree/en/app/menu.ftl")).expect("tree file")
    );
    let ftl_tag = ftl.header("etag").expect("etag").to_string();
    assert_eq!(
        server
            .get("/catalog/en/app/menu.ftl", &[("if-none-match", &ftl_tag)])
            .status,
        304
    );
    assert_eq!(server.get("/catalog/az/news.ftl", &[]).status, 200);

    // The archive: the tree `korpu export locales` writes, manifest included.
    let tar = server.get("/catalog/all.tar", &[]);
    assert_eq!(tar.status, 200);
    assert_eq!(tar.header("content-type"), Some("application/x-tar"));
    assert_eq!(tar.body.len() % 512, 0);
    let archive = env.file("all.tar", &tar.body);
    let mut names = system_tar(&archive, &env.path("untarred"));
    names.sort();
    assert_eq!(
        names,
        [
            "az/news.ftl",
            "en/app/menu.ftl",
            "en/news.ftl",
            "manifest.json"
        ]
    );
    for name in &names {
        assert_eq!(
            std::fs::read(env.path("untarred").join(name)).expect("extracted"),
            std::fs::read(env.path("tree").join(name)).expect("exported"),
            "{name}"
        );
    }
    let again = server.get("/catalog/all.tar", &[]);
    assert_eq!(again.body, tar.body, "the archive is deterministic");
    let tar_tag = tar.header("etag").expect("etag").to_string();
    assert_eq!(
        server
            .get("/catalog/all.tar", &[("if-none-match", &tar_tag)])
            .status,
        304
    );
    let json_tree = server.get("/catalog/all.tar?format=json", &[]);
    assert_eq!(json_tree.status, 200);
    let archive = env.file("json.tar", &json_tree.body);
    let names = system_tar(&archive, &env.path("untarred-json"));
    assert!(names.contains(&"az/news.json".to_string()), "{names:?}");
    error(&server.get("/catalog/all.tar?format=zip", &[]), 400);

    // Paths that leave the locale's folder: 400, whatever their spelling.
    for path in [
        "/catalog/en/../en/news.ftl",
        "/catalog/en/app/../../az/news.ftl",
        "/catalog/en/%2e%2e/az/news.ftl",
        "/catalog/en/..%2Fetc/passwd",
        "/catalog/en/app%5Cmenu.ftl",
        "/catalog/en//etc/passwd",
        "/catalog/en/./news.ftl",
    ] {
        let m = error(&server.get(path, &[]), 400);
        assert!(m.contains("catalog file name"), "{path}: {m}");
    }
    // Unknown things: 404; a tag that is not a locale: 400.
    let m = error(&server.get("/catalog/ru.json", &[]), 404);
    assert!(m.contains("no labels in ru"), "{m}");
    error(&server.get("/catalog/az/app/menu.ftl", &[]), 404);
    error(&server.get("/catalog/en/nothing.ftl", &[]), 404);
    error(&server.get("/catalog/az.txt", &[]), 404);
    error(&server.get("/catalog/not_a_locale!.json", &[]), 400);
    error(&server.get("/catalog/az.json?fill=de", &[]), 404);
    error(&server.get("/catalog/az.json?fill=xx", &[]), 400);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

// ------------------------------------------------------------- the real server

/// `korpu serve` on a store, killed when dropped.
struct Serve {
    child: Child,
    addr: String,
}

impl Serve {
    fn start(env: &Env, addr: &str) -> Serve {
        let mut child = env
            .cmd()
            .args(["serve", "--addr", addr])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn korpu serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("read first line");
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("first line: {line:?}"))
            .to_string();
        Serve { child, addr }
    }

    /// Stops the server as a service manager would (SIGTERM) and waits for it.
    fn stop(mut self) -> i32 {
        let pid = self.child.id().to_string();
        let killed = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill");
        assert!(killed.success());
        let status = self.child.wait().expect("wait");
        status.code().unwrap_or(-1)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_cli_goes_through_a_running_server() {
    let env = with_labels();
    let server = Serve::start(&env, "127.0.0.1:0");
    let addr = server.addr.clone();

    // The server announced itself in the store folder, for its owner only.
    {
        use std::os::unix::fs::PermissionsExt;
        for name in [SERVER_FILE, SECRET_FILE] {
            let meta = std::fs::metadata(env.store().join(name)).expect(name);
            assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{name}");
        }
        let info: serde_json::Value = serde_json::from_slice(
            &std::fs::read(env.store().join(SERVER_FILE)).expect("server.json"),
        )
        .expect("JSON");
        assert_eq!(info["addr"], addr.as_str());
    }

    // Without forwarding the store is busy: what follows really goes through the server.
    let busy = env
        .cmd()
        .env("KORPU_NO_FORWARD", "1")
        .args(["article", "list"])
        .output()
        .expect("run");
    assert_eq!(busy.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&busy.stderr).contains("in use"));

    // Reads, writes with standard input, exit codes and stderr, as if run here.
    let list = env.run(["--json", "article", "list"]).json();
    assert_eq!(list, serde_json::json!([]));
    let added = env.run_stdin(
        ["article", "add", "-", "--lang", "en", "--id", "rates"],
        b"The euro rose to 1.8968 manat. The dollar stayed at 1.7 manat.\n",
    );
    added.ok();
    let list = env.run(["--json", "article", "list"]).json();
    assert_eq!(list[0]["id"], "rates", "{list}");
    assert_eq!(list[0]["segments"], 2, "{list}");
    let missing = env.run(["article", "show", "nothing"]);
    assert!(missing.fails().contains("unknown article \"nothing\""));

    // Tokens through the server; the token works at once, and stops at once.
    let created = env
        .run(["--json", "token", "create", "ci", "--role", "pipeline"])
        .json();
    let token = created["token"].as_str().expect("token").to_string();
    assert!(token.starts_with("korpu_"));
    let tokens = env.run(["--json", "token", "list"]).json();
    assert_eq!(tokens[0]["name"], "ci");
    assert!(tokens[0].get("token").is_none() && tokens[0].get("hash").is_none());
    let auth = bearer(&token);
    let r = request(
        &addr,
        "GET",
        "/catalog/en.json",
        &[("authorization", &auth)],
        b"",
    );
    assert_eq!(r.status, 200);
    env.run(["token", "revoke", "ci"]).ok();
    let r = request(
        &addr,
        "GET",
        "/catalog/en.json",
        &[("authorization", &auth)],
        b"",
    );
    assert_eq!(
        r.status, 401,
        "a revoked token is refused without a restart"
    );
    let fails = env.run(["token", "create", "bad name", "--role", "editor"]);
    assert!(fails.fails().contains("token name"));

    // A label import through the server shows in its catalogs at once.
    std::fs::create_dir_all(env.path("more/ru")).expect("dir");
    env.file("more/ru/news.ftl", "news-title = Новости дня\n");
    env.run(["label", "import", s(&env.path("more"))]).ok();
    let r = request(&addr, "GET", "/catalog/ru.json", &[], b"");
    assert_eq!(r.status, 200, "{}", text(&r));
    assert_eq!(json(&r)["news-title"], "Новости дня");

    // A check report stays on stdout, with the command's exit code.
    let check = env.run(["--json", "check"]);
    assert!(check.code == 0 || check.code == 1, "{}", check.stderr);
    let report: serde_json::Value = serde_json::from_str(&check.stdout).expect("report");
    assert!(report.is_object(), "{report}");
    // Files written by a forwarded command land where the caller asked.
    env.run([
        "export", "catalog", "--lang", "az", "--format", "json", "-o", "az.json",
    ])
    .ok();
    let az: serde_json::Value =
        serde_json::from_slice(&std::fs::read(env.path("az.json")).expect("az.json"))
            .expect("JSON");
    assert_eq!(az["news-title"], "Bugünün xəbərləri");

    // Another server on the same store is not forwarded: it fails as busy.
    let second = env.run(["serve", "--addr", "127.0.0.1:0"]);
    assert!(second.fails().contains("in use"), "{}", second.stderr);

    // The endpoint wants the secret: none is 401, a wrong one 403, and nothing runs.
    let body = serde_json::json!({
        "args": ["--store", s(&env.store()), "token", "create", "intruder", "--role", "editor"],
        "cwd": s(env.dir.path()),
    })
    .to_string();
    let none = request(&addr, "POST", "/api/cli", &[], body.as_bytes());
    error(&none, 401);
    let wrong = request(
        &addr,
        "POST",
        "/api/cli",
        &[("x-korpu-secret", &"0".repeat(64))],
        body.as_bytes(),
    );
    error(&wrong, 403);
    let tokens = env.run(["--json", "token", "list"]).json();
    assert_eq!(tokens.as_array().map(Vec::len), Some(1), "{tokens}");
    // With the secret, a request that is not a command is a 400, and serve is refused.
    let secret = std::fs::read_to_string(env.store().join(SECRET_FILE)).expect("secret");
    let garbage = request(
        &addr,
        "POST",
        "/api/cli",
        &[("x-korpu-secret", secret.trim())],
        b"{not json",
    );
    error(&garbage, 400);
    let serve = serde_json::json!({"args": ["serve"], "cwd": "/"}).to_string();
    let refused = request(
        &addr,
        "POST",
        "/api/cli",
        &[("x-korpu-secret", secret.trim())],
        serve.as_bytes(),
    );
    error(&refused, 400);

    // A clean stop removes the files; the command line then opens the store itself.
    assert_eq!(server.stop(), 0);
    assert!(!env.store().join(SERVER_FILE).exists());
    assert!(!env.store().join(SECRET_FILE).exists());
    let list = env.run(["--json", "article", "list"]).json();
    assert_eq!(list[0]["id"], "rates");
}

#[test]
fn a_stale_server_file_does_not_stop_the_command_line() {
    let env = with_labels();
    // A server that was killed: its files stay, nothing listens at the address.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    env.file(
        "store/server.json",
        format!("{{\"addr\": \"127.0.0.1:{port}\", \"pid\": 1}}"),
    );
    env.file("store/server.secret", "0".repeat(64));
    env.run(["--json", "article", "list"]).ok();
    env.run(["token", "create", "ed", "--role", "editor"]).ok();
}

#[test]
fn a_server_on_another_address_needs_a_token_to_start() {
    let env = with_labels();
    let refused = env.run(["serve", "--addr", "0.0.0.0:0"]);
    let m = refused.fails();
    assert!(m.contains("token create"), "{m}");
    assert!(!env.store().join(SERVER_FILE).exists());

    let token = env
        .run(["--json", "token", "create", "ed", "--role", "editor"])
        .json()["token"]
        .as_str()
        .expect("token")
        .to_string();
    let server = Serve::start(&env, "0.0.0.0:0");
    let port = server.addr.rsplit(':').next().expect("port").to_string();
    let addr = format!("127.0.0.1:{port}");
    let r = request(&addr, "GET", "/catalog/en.json", &[], b"");
    assert_eq!(r.status, 401);
    let r = request(
        &addr,
        "GET",
        "/catalog/en.json",
        &[("authorization", &bearer(&token))],
        b"",
    );
    assert_eq!(r.status, 200);
    // The command line still works through it (the secret, not a token).
    env.run(["token", "list"]).ok();
    assert_eq!(server.stop(), 0);
}

#[test]
fn forwarded_commands_and_requests_at_the_same_time() {
    let env = with_labels();
    let server = Serve::start(&env, "127.0.0.1:0");
    let addr = server.addr.clone();
    std::thread::scope(|scope| {
        let env = &env;
        let commands: Vec<_> = (0..4)
            .map(|i| {
                scope.spawn(move || {
                    env.run(["token", "create", &format!("t{i}"), "--role", "translator"])
                })
            })
            .collect();
        let addr = &addr;
        let readers: Vec<_> = (0..4)
            .map(|_| scope.spawn(move || request(addr, "GET", "/catalog/az.json", &[], b"")))
            .collect();
        for c in commands {
            c.join().expect("thread").ok();
        }
        for r in readers {
            let r = r.join().expect("thread");
            assert_eq!(r.status, 200, "{}", text(&r));
        }
    });
    let tokens = env.run(["--json", "token", "list"]).json();
    let mut names: Vec<&str> = tokens
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["t0", "t1", "t2", "t3"]);
    assert_eq!(server.stop(), 0);
}
