//! The command line while a server holds the store.
//!
//! sled lets one process open a store. While `korpu serve` runs it leaves two files in
//! the store folder, both readable by their owner only:
//!
//! ```text
//! STORE/server.json    {"addr": "127.0.0.1:PORT", "pid": N}
//! STORE/server.secret  random hex; whoever can read it may run commands on the store
//! ```
//!
//! A `korpu` command on that store sends its arguments, working folder, `KORPU_*`
//! variables and (when an argument is `-`) its standard input to `POST /api/cli` with
//! the secret in `X-Korpu-Secret`. The server lends the store to a child `korpu`
//! process that runs the command, and answers with its exit code and output, which the
//! client prints as its own. Both sides live here: [`announce`] and [`withdraw`] for
//! the server's start and stop, [`routes`] for the handler, [`forward`] for the
//! client, which speaks HTTP/1.1 over a plain [`TcpStream`] ([`HttpResponse`]).

use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::{ApiError, AppState};
use crate::store::constant_time_eq;

/// The file naming the running server's address.
pub const SERVER_FILE: &str = "server.json";
/// The file holding the running server's secret.
pub const SECRET_FILE: &str = "server.secret";
/// The request header that carries the secret.
pub const SECRET_HEADER: &str = "x-korpu-secret";
/// Set in a forwarded command's environment: it runs on the store, never forwards.
pub const NO_FORWARD_ENV: &str = "KORPU_NO_FORWARD";
/// The largest forwarded request (standard input included).
const MAX_REQUEST: usize = 256 * 1024 * 1024;

/// What `server.json` holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ServerInfo {
    /// Where the server can be reached from this machine.
    pub addr: String,
    /// The server's process id.
    pub pid: u32,
}

/// A command sent to the server.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CliRequest {
    /// The arguments after the program name.
    pub args: Vec<String>,
    /// The working folder relative paths are read from.
    pub cwd: String,
    /// The caller's `KORPU_*` variables.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// Standard input, base64, when an argument is `-`.
    #[serde(default)]
    pub stdin: Option<String>,
}

/// What the command did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CliResponse {
    /// The exit code.
    pub code: i32,
    /// Standard output, base64.
    pub stdout: String,
    /// Standard error, base64.
    pub stderr: String,
}

// ---------------------------------------------------------------- server side

/// Writes `server.json` and `server.secret` into the store folder (owner-only
/// permissions, each file replaced atomically). An unspecified address (`0.0.0.0`,
/// `::`) is written as the loopback address of its family, which is where a command
/// on this machine reaches the server.
pub fn announce(dir: &Path, addr: SocketAddr) -> io::Result<()> {
    let mut reach = addr;
    if addr.ip().is_unspecified() {
        reach.set_ip(match addr {
            SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
            SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
        });
    }
    let secret = super::auth::random_hex(32)?;
    write_private(&dir.join(SECRET_FILE), secret.as_bytes())?;
    let info = ServerInfo {
        addr: reach.to_string(),
        pid: std::process::id(),
    };
    let mut json = serde_json::to_vec_pretty(&info).map_err(io::Error::other)?;
    json.push(b'\n');
    write_private(&dir.join(SERVER_FILE), &json)
}

/// Removes what [`announce`] wrote (on a clean shutdown).
pub fn withdraw(dir: &Path) {
    let _ = std::fs::remove_file(dir.join(SERVER_FILE));
    let _ = std::fs::remove_file(dir.join(SECRET_FILE));
}

/// Writes a file that only its owner can read, through a temporary sibling and a
/// rename.
fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let tmp = path.with_extension("korpu-tmp");
    let _ = std::fs::remove_file(&tmp);
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// `POST /api/cli`: runs a command line call on the store (secret required).
pub fn routes() -> Router<AppState> {
    Router::new().route("/api/cli", post(run_cli))
}

async fn run_cli(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<CliResponse>, ApiError> {
    // The secret is checked before the body is read.
    let Some(sent) = headers.get(SECRET_HEADER) else {
        return Err(ApiError::unauthorized(format!(
            "forwarded commands need the {SECRET_HEADER} header"
        )));
    };
    // A small file: read in place rather than through a blocking task.
    let secret = std::fs::read(state.dir().join(SECRET_FILE))
        .map_err(|e| ApiError::internal(format!("cannot read the server's secret: {e}")))?;
    if !constant_time_eq(sent.as_bytes(), secret.trim_ascii()) {
        return Err(ApiError::forbidden(
            "the secret does not match this server's; nothing was run",
        ));
    }
    let bytes = axum::body::to_bytes(body, MAX_REQUEST).await.map_err(|_| {
        ApiError::new(
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "a forwarded command may send at most {} MiB; nothing was run",
                MAX_REQUEST >> 20
            ),
        )
    })?;
    let request: CliRequest = serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::bad_request(format!("the request is not a command: {e}")))?;
    if command_name(&request.args) == Some("serve") {
        return Err(ApiError::bad_request(
            "a server is running on this store already; `korpu serve` is not forwarded",
        ));
    }
    let stdin = match &request.stdin {
        Some(b64) => Some(
            base64_decode(b64).ok_or_else(|| ApiError::bad_request("stdin is not valid base64"))?,
        ),
        None => None,
    };
    let exe = std::env::current_exe()
        .map_err(|e| ApiError::internal(format!("cannot find the korpu program: {e}")))?;
    let output = state
        .lend_store(move || run_child(&exe, &request, stdin))
        .await?
        .map_err(|e| ApiError::internal(format!("cannot run the command: {e}")))?;
    Ok(Json(CliResponse {
        code: output.status.code().unwrap_or(1),
        stdout: base64_encode(&output.stdout),
        stderr: base64_encode(&output.stderr),
    }))
}

/// The subcommand among the arguments: the first that is neither a global option nor
/// the value of `--store`.
fn command_name(args: &[String]) -> Option<&str> {
    let mut args = args.iter();
    while let Some(a) = args.next() {
        if a == "--store" {
            args.next();
        } else if !a.starts_with('-') {
            return Some(a);
        }
    }
    None
}

/// Runs the korpu program with the caller's arguments, folder and `KORPU_*`
/// variables (the server's own `KORPU_*` variables are not passed on).
fn run_child(
    exe: &Path,
    request: &CliRequest,
    stdin: Option<Vec<u8>>,
) -> io::Result<std::process::Output> {
    use std::process::{Command, Stdio};
    let mut cmd = Command::new(exe);
    cmd.args(&request.args).current_dir(&request.cwd);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("KORPU_") {
            cmd.env_remove(key);
        }
    }
    cmd.envs(
        request
            .env
            .iter()
            .filter(|(k, _)| k.starts_with("KORPU_") && k.as_str() != NO_FORWARD_ENV),
    )
    .env(NO_FORWARD_ENV, "1")
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn()?;
    // Standard input is written from another thread: the child may fill its output
    // pipes before it has read all of it.
    let writer = match (stdin, child.stdin.take()) {
        (Some(bytes), Some(mut pipe)) => Some(std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })),
        _ => None,
    };
    let output = child.wait_with_output()?;
    if let Some(w) = writer {
        let _ = w.join();
    }
    Ok(output)
}

// ---------------------------------------------------------------- client side

/// Runs this process's command through the server that holds `store_dir`, if one
/// does: prints the command's output and returns its exit code. `Ok(None)` when no
/// server is announced in the folder, its files are not readable, or it does not
/// answer (a server that ended without cleaning up): the command then runs here.
/// `korpu serve` itself and commands that a server runs are never forwarded.
pub fn forward(store_dir: &Path) -> Result<Option<i32>, String> {
    if std::env::var_os(NO_FORWARD_ENV).is_some() {
        return Ok(None);
    }
    let words: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if command_name(&words) == Some("serve") {
        return Ok(None);
    }
    let Ok(info) = std::fs::read(store_dir.join(SERVER_FILE)) else {
        return Ok(None);
    };
    let Ok(info) = serde_json::from_slice::<ServerInfo>(&info) else {
        return Ok(None);
    };
    let Ok(secret) = std::fs::read_to_string(store_dir.join(SECRET_FILE)) else {
        return Ok(None);
    };
    // Connect before reading standard input, so that a command that runs here after
    // all still has it.
    let Ok(stream) = connect(&info.addr, Duration::from_secs(2)) else {
        return Ok(None);
    };
    let mut args = Vec::new();
    for a in std::env::args_os().skip(1) {
        args.push(a.into_string().map_err(|a| {
            format!(
                "the argument {} is not UTF-8, so it cannot be sent to the server that holds the store",
                a.to_string_lossy()
            )
        })?);
    }
    let cwd = std::env::current_dir()
        .map_err(|e| format!("cannot read the current folder: {e}"))?
        .to_str()
        .ok_or("the current folder's path is not UTF-8, so it cannot be sent to the server")?
        .to_string();
    let env = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .filter(|(k, _)| k.starts_with("KORPU_"))
        .collect();
    let stdin = if args.iter().any(|a| a == "-") {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        Some(base64_encode(&bytes))
    } else {
        None
    };
    let request = CliRequest {
        args,
        cwd,
        env,
        stdin,
    };
    let body = serde_json::to_vec(&request).map_err(|e| e.to_string())?;
    let response = exchange(
        stream,
        "POST",
        "/api/cli",
        &[
            (SECRET_HEADER, secret.trim()),
            ("content-type", "application/json"),
        ],
        &body,
    )
    .map_err(|e| format!("the server at {} did not answer: {e}", info.addr))?;
    match response.status {
        200 => {}
        401 | 403 => {
            // Not the server that wrote the secret (an address reused after a crash):
            // run here, which says plainly if the store is busy.
            eprintln!(
                "korpu: warning: the server at {} (from {}) refused this store's secret; running here",
                info.addr,
                store_dir.join(SERVER_FILE).display()
            );
            return Ok(None);
        }
        status => {
            let message = serde_json::from_slice::<serde_json::Value>(&response.body)
                .ok()
                .and_then(|v| v["error"]["message"].as_str().map(str::to_string))
                .unwrap_or_else(|| String::from_utf8_lossy(&response.body).into_owned());
            return Err(format!(
                "the server at {} that holds the store could not run the command (HTTP {status}): {message}",
                info.addr
            ));
        }
    }
    let answer: CliResponse = serde_json::from_slice(&response.body)
        .map_err(|e| format!("the server's answer is not readable: {e}"))?;
    let stdout = base64_decode(&answer.stdout).ok_or("the server's answer is not readable")?;
    let stderr = base64_decode(&answer.stderr).ok_or("the server's answer is not readable")?;
    // A closed pipe on our side (`| head`) is not an error of the command.
    let _ = io::stdout().lock().write_all(&stdout);
    let _ = io::stdout().flush();
    let _ = io::stderr().lock().write_all(&stderr);
    Ok(Some(answer.code))
}

/// Opens a connection to `addr` (`HOST:PORT`), giving up after `timeout`.
pub fn connect(addr: &str, timeout: Duration) -> io::Result<TcpStream> {
    let mut last = io::Error::new(io::ErrorKind::NotFound, format!("{addr} has no address"));
    for a in addr.to_socket_addrs()? {
        match TcpStream::connect_timeout(&a, timeout) {
            Ok(s) => return Ok(s),
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// An HTTP response as [`exchange`] reads it.
#[derive(Debug, Clone)]
pub struct HttpResponse {
    /// The status code.
    pub status: u16,
    /// The headers, names in lowercase, in order.
    pub headers: Vec<(String, String)>,
    /// The body (chunked transfer decoded).
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// The first header called `name` (lowercase).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Sends one HTTP/1.1 request on `stream` (the path is sent exactly as given) and
/// reads the response to the end of the connection.
pub fn exchange(
    mut stream: TcpStream,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> io::Result<HttpResponse> {
    let host = stream
        .peer_addr()
        .map_or_else(|_| "localhost".to_string(), |a| a.to_string());
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nhost: {host}\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    parse_response(&raw, method == "HEAD")
}

fn bad(message: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message.to_string())
}

fn parse_response(raw: &[u8], head_only: bool) -> io::Result<HttpResponse> {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| bad("the response has no end of headers"))?;
    let head =
        std::str::from_utf8(&raw[..end]).map_err(|_| bad("response headers are not text"))?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad("the response has no status"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let rest = &raw[end + 4..];
    let find = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v);
    let body = if head_only || status == 204 || status == 304 {
        Vec::new()
    } else if find("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        dechunk(rest)?
    } else if let Some(len) = find("content-length") {
        let len: usize = len.parse().map_err(|_| bad("bad content-length"))?;
        rest.get(..len)
            .ok_or_else(|| bad("the response ended early"))?
            .to_vec()
    } else {
        rest.to_vec()
    };
    Ok(HttpResponse {
        status,
        headers,
        body,
    })
}

fn dechunk(mut data: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = data
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or_else(|| bad("a chunk has no size line"))?;
        let size_text = std::str::from_utf8(&data[..line_end]).map_err(|_| bad("bad chunk"))?;
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| bad("bad chunk size"))?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        out.extend_from_slice(data.get(..size).ok_or_else(|| bad("a chunk ended early"))?);
        data = data
            .get(size + 2..)
            .ok_or_else(|| bad("a chunk ended early"))?;
    }
}

// ---------------------------------------------------------------- base64

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Decodes standard base64 with padding; `None` when it is not.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let value = |c: u8| B64.iter().position(|&b| b == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (i, quad) in bytes.chunks(4).enumerate() {
        let last = i + 1 == bytes.len() / 4;
        let pad = quad.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &quad[..4 - pad] {
            n = (n << 6) | value(c)?;
        }
        n <<= 6 * pad as u32;
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&decoded[..3 - pad]);
    }
    Some(out)
}

/// Where `server.json` is in a store folder.
pub fn server_file(dir: &Path) -> PathBuf {
    dir.join(SERVER_FILE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64_encode(plain.as_bytes()), coded);
            assert_eq!(base64_decode(coded).as_deref(), Some(plain.as_bytes()));
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(base64_decode(&base64_encode(&all)), Some(all));
        assert_eq!(base64_decode("Zg="), None);
        assert_eq!(base64_decode("Z==="), None);
        assert_eq!(base64_decode("Zg==Zm8="), None);
        assert_eq!(base64_decode("Zm9*"), None);
    }

    #[test]
    fn command_names() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            command_name(&args(&["--store", "serve", "article", "list"])),
            Some("article")
        );
        assert_eq!(command_name(&args(&["--json", "serve"])), Some("serve"));
        assert_eq!(
            command_name(&args(&["--store=x", "-q", "check"])),
            Some("check")
        );
        assert_eq!(command_name(&args(&["--json"])), None);
    }

    #[test]
    fn responses_are_parsed() -> io::Result<()> {
        let r = parse_response(
            b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nETag: \"x\"\r\n\r\nabcdef",
            false,
        )?;
        assert_eq!((r.status, r.body.as_slice()), (200, &b"abc"[..]));
        assert_eq!(r.header("etag"), Some("\"x\""));
        let r = parse_response(
            b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n",
            false,
        )?;
        assert_eq!(r.body, b"abcde");
        assert!(parse_response(b"HTTP/1.1 200 OK\r\n", false).is_err());
        assert!(parse_response(b"HTTP/1.1 200 OK\r\ncontent-length: 9\r\n\r\nab", false).is_err());
        Ok(())
    }

    #[test]
    fn announce_and_withdraw() -> io::Result<()> {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir()?;
        let addr: SocketAddr = "0.0.0.0:4321".parse().map_err(io::Error::other)?;
        announce(dir.path(), addr)?;
        let info: ServerInfo = serde_json::from_slice(&std::fs::read(server_file(dir.path()))?)
            .map_err(io::Error::other)?;
        assert_eq!(info.addr, "127.0.0.1:4321");
        assert_eq!(info.pid, std::process::id());
        for name in [SERVER_FILE, SECRET_FILE] {
            let mode = std::fs::metadata(dir.path().join(name))?
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{name}");
        }
        assert_eq!(
            std::fs::read_to_string(dir.path().join(SECRET_FILE))?.len(),
            64
        );
        withdraw(dir.path());
        assert!(!dir.path().join(SERVER_FILE).exists());
        assert!(!dir.path().join(SECRET_FILE).exists());
        Ok(())
    }
}
