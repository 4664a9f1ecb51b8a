//! Load on `korpu serve`: suggestions per second and catalog pulls per second on
//! loopback, from several clients at once, with their latencies.
//!
//! ```sh
//! cargo run --release --example serve_bench                        # a small memory
//! cargo run --release --example serve_bench -- --units 100000
//! cargo run --release --example serve_bench -- --store DIR          # an existing store
//! ```
//!
//! Options: `--units N` (a synthetic memory of N en/az units when no `--store` is
//! given; default 20,000 in release builds, 3,000 in debug ones), `--store DIR` (use a
//! store that already has an en→az memory, for example the one `tm_bench --keep DIR`
//! leaves in `DIR/store`), `--clients C` (default 4), `--seconds S` per phase (default
//! 3). The server runs in this process on `127.0.0.1:0` with the same router as
//! `korpu serve`; the clients are plain threads speaking HTTP/1.1 with keep-alive, so
//! the load generator shares the machine's two cores with the server. The example
//! fails when a request fails or a near-duplicate query finds no suggestion.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use korpu::model::{LabelFormat, TmUnit, TmVariant};
use korpu::server::AppState;
use korpu::store::Store;

type Error = Box<dyn std::error::Error + Send + Sync>;
/// The path of request `i`.
type PathFn = Arc<dyn Fn(usize) -> String + Send + Sync>;
/// Checks the body of answer `i`.
type CheckFn = Arc<dyn Fn(usize, &[u8]) -> Result<(), String> + Send + Sync>;

struct Args {
    units: usize,
    store: Option<PathBuf>,
    clients: usize,
    seconds: u64,
}

fn args() -> Result<Args, Error> {
    let mut a = Args {
        units: if cfg!(debug_assertions) {
            3_000
        } else {
            20_000
        },
        store: None,
        clients: 4,
        seconds: 3,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--units" => a.units = value()?.parse()?,
            "--store" => a.store = Some(value()?.into()),
            "--clients" => a.clients = value()?.parse::<usize>()?.max(1),
            "--seconds" => a.seconds = value()?.parse::<u64>()?.max(1),
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    Ok(a)
}

/// A small deterministic generator: news-like sentences from a fixed vocabulary.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const EN: &str = "the bank rate minister said on Monday exports rose to million manat in Baku \
    the corridor railway trade grew by percent oil price fell government agreed \
    with partners new terminal port cargo tons year first quarter budget central \
    currency dollar euro market report week talks summit border energy gas \
    pipeline investment project plan city region";
const AZ: &str = "bank məzənnə nazir bildirdi bazar ertəsi ixrac artdı milyon manat Bakıda \
    dəhliz dəmir yolu ticarət faiz neft qiymət düşdü hökumət razılaşdı tərəfdaşlar \
    yeni terminal liman yük ton il rüb büdcə mərkəzi valyuta dollar avro hesabat";

fn sentence(rng: &mut Rng, words: &[&str], len: usize, number: u64) -> String {
    let mut out = String::new();
    for i in 0..len {
        if i > 0 {
            out.push(' ');
        }
        if i == len / 2 {
            out.push_str(&number.to_string());
        } else {
            out.push_str(words[rng.below(words.len())]);
        }
    }
    out.push('.');
    out
}

fn synthetic_units(n: usize) -> (Vec<TmUnit>, Vec<String>) {
    let en_words: Vec<&str> = EN.split_whitespace().collect();
    let az_words: Vec<&str> = AZ.split_whitespace().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut units = Vec::with_capacity(n);
    let mut sources = Vec::with_capacity(n.min(1_000));
    for i in 0..n {
        let len = 6 + rng.below(20);
        let number = (i as u64) * 7 + 3;
        let en = sentence(&mut rng, &en_words, len, number);
        let az = sentence(&mut rng, &az_words, len, number);
        if sources.len() < 1_000 {
            sources.push(en.clone());
        }
        let mut unit = TmUnit {
            memory: "main".into(),
            origin: "serve_bench".into(),
            ..TmUnit::default()
        };
        for (tag, text) in [("en", en), ("az", az)] {
            unit.variants.insert(
                tag.to_string(),
                TmVariant {
                    text,
                    ..TmVariant::default()
                },
            );
        }
        units.push(unit);
    }
    (units, sources)
}

/// Changes one word of a source: a query that should still find it.
fn near(source: &str, i: usize) -> String {
    let mut words: Vec<&str> = source.split(' ').collect();
    let at = (i * 7) % words.len().max(1);
    if words.len() > 3 {
        words[at] = "quickly";
    }
    words.join(" ")
}

fn encode_query(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// One keep-alive HTTP/1.1 connection.
struct Client {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
}

impl Client {
    fn connect(addr: SocketAddr) -> Result<Client, Error> {
        let stream = TcpStream::connect(addr)?;
        stream.set_nodelay(true)?;
        Ok(Client {
            writer: stream.try_clone()?,
            reader: BufReader::new(stream),
        })
    }

    /// GETs `path`; returns the status and the body.
    fn get(&mut self, path: &str) -> Result<(u16, Vec<u8>), Error> {
        write!(
            self.writer,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n"
        )?;
        self.writer.flush()?;
        let mut line = String::new();
        self.reader.read_line(&mut line)?;
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("bad status line {line:?}"))?;
        let mut length = None;
        let mut chunked = false;
        loop {
            line.clear();
            self.reader.read_line(&mut line)?;
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            let lower = l.to_ascii_lowercase();
            if let Some(v) = lower.strip_prefix("content-length:") {
                length = Some(v.trim().parse::<usize>()?);
            }
            if lower.starts_with("transfer-encoding:") && lower.contains("chunked") {
                chunked = true;
            }
        }
        let mut body = Vec::new();
        if chunked {
            loop {
                line.clear();
                self.reader.read_line(&mut line)?;
                let size = usize::from_str_radix(line.trim(), 16)?;
                let mut chunk = vec![0; size + 2];
                self.reader.read_exact(&mut chunk)?;
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..size]);
            }
        } else if let Some(n) = length {
            body.resize(n, 0);
            self.reader.read_exact(&mut body)?;
        }
        Ok((status, body))
    }
}

struct Phase {
    name: &'static str,
    requests: usize,
    seconds: f64,
    latencies: Vec<Duration>,
}

fn pct(sorted: &[Duration], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// Runs `clients` threads for `seconds`, each GETting the paths `path(i)` gives and
/// checking each answer with `ok`.
fn load(
    name: &'static str,
    addr: SocketAddr,
    clients: usize,
    seconds: u64,
    path: PathFn,
    ok: CheckFn,
) -> Result<Phase, Error> {
    let stop = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    let mut handles = Vec::new();
    for c in 0..clients {
        let (stop, path, ok) = (stop.clone(), path.clone(), ok.clone());
        handles.push(std::thread::spawn(
            move || -> Result<Vec<Duration>, String> {
                let mut client = Client::connect(addr).map_err(|e| e.to_string())?;
                let mut times = Vec::new();
                let mut i = c * 1_000_003;
                while !stop.load(Ordering::Relaxed) {
                    let p = path(i);
                    let t = Instant::now();
                    let (status, body) = client.get(&p).map_err(|e| format!("{p}: {e}"))?;
                    times.push(t.elapsed());
                    if status != 200 {
                        return Err(format!(
                            "{p}: status {status}: {}",
                            String::from_utf8_lossy(&body)
                        ));
                    }
                    ok(i, &body).map_err(|e| format!("{p}: {e}"))?;
                    i += 1;
                }
                Ok(times)
            },
        ));
    }
    std::thread::sleep(Duration::from_secs(seconds));
    stop.store(true, Ordering::Relaxed);
    let mut latencies = Vec::new();
    for h in handles {
        latencies.extend(h.join().map_err(|_| "a client thread panicked")??);
    }
    let elapsed = start.elapsed().as_secs_f64();
    latencies.sort();
    Ok(Phase {
        name,
        requests: latencies.len(),
        seconds: elapsed,
        latencies,
    })
}

fn report(p: &Phase, clients: usize) {
    println!(
        "{:<22} {:>8.0} req/s   p50 {:>6.2} ms   p95 {:>6.2} ms   p99 {:>6.2} ms   ({} requests, {} clients, {:.1} s)",
        p.name,
        p.requests as f64 / p.seconds,
        pct(&p.latencies, 0.50),
        pct(&p.latencies, 0.95),
        pct(&p.latencies, 0.99),
        p.requests,
        clients,
        p.seconds
    );
}

fn seed_labels(store: &Store) -> Result<(), Error> {
    let stamp = korpu::labels::Stamp {
        author: "serve_bench".into(),
        time: korpu::model::now_rfc3339(),
    };
    let files = [
        ("en", include_str!("../locales/en/korpu.ftl")),
        ("az", include_str!("../locales/az/korpu.ftl")),
        ("ru", include_str!("../locales/ru/korpu.ftl")),
    ];
    let mut imports = Vec::new();
    for (lang, text) in files {
        let (import, _) =
            korpu::labels::read_resource("korpu.ftl", lang, LabelFormat::Ftl, text, &stamp);
        imports.push(import);
    }
    store.import_labels(&imports)?;
    Ok(())
}

fn run() -> Result<(), Error> {
    let a = args()?;
    let tmp;
    let (store, sources) = match &a.store {
        Some(dir) => {
            let store = Store::open(dir)?;
            let mut sources = Vec::new();
            for unit in store.tm_units()?.take(1_000) {
                if let Some(v) = unit?.variants.get("en") {
                    sources.push(v.text.clone());
                }
            }
            println!("store {}: {} units", dir.display(), store.tm_len());
            (store, sources)
        }
        None => {
            tmp = tempfile::tempdir()?;
            let store = Store::open(&tmp.path().join("store"))?;
            let (units, sources) = synthetic_units(a.units);
            let t = Instant::now();
            let mut iter = units.into_iter().map(Ok);
            store.tm_import("main", &mut iter, &mut |_| {})?;
            println!(
                "synthetic memory: {} en/az units imported in {:.2} s",
                a.units,
                t.elapsed().as_secs_f64()
            );
            (store, sources)
        }
    };
    if sources.is_empty() {
        return Err("the store has no en units to query".into());
    }
    if store.label_langs()?.is_empty() {
        seed_labels(&store)?;
    }
    let state = AppState::new(store, false);
    let router = korpu::server::build_router(state);
    let runtime = tokio::runtime::Runtime::new()?;
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let addr = listener.local_addr()?;
    runtime.spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    let sources = Arc::new(sources);
    let search = {
        let sources = sources.clone();
        Arc::new(move |i: usize| {
            let q = near(&sources[i % sources.len()], i);
            format!(
                "/api/tm/search?from=en&to=az&limit=5&min=70&q={}",
                encode_query(&q)
            )
        })
    };
    let found = Arc::new(|_: usize, body: &[u8]| -> Result<(), String> {
        let v: serde_json::Value = serde_json::from_slice(body).map_err(|e| e.to_string())?;
        match v.as_array() {
            Some(matches) if !matches.is_empty() => Ok(()),
            _ => Err("a near-duplicate query found no suggestion".into()),
        }
    });
    // Warm up: the first lookup opens (or builds) the index.
    let t = Instant::now();
    let mut warm = Client::connect(addr)?;
    let (status, body) = warm.get(&search(0))?;
    if status != 200 {
        return Err(format!(
            "warm-up: status {status}: {}",
            String::from_utf8_lossy(&body)
        )
        .into());
    }
    println!(
        "first suggestion request (index ready): {:.1} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    let suggestions = load("suggestions", addr, a.clients, a.seconds, search, found)?;
    report(&suggestions, a.clients);
    let catalog = Arc::new(|i: usize| {
        ["/catalog/en.json", "/catalog/az.json", "/catalog/ru.json"][i % 3].to_string()
    });
    let parsed = Arc::new(|_: usize, body: &[u8]| -> Result<(), String> {
        serde_json::from_slice::<serde_json::Value>(body)
            .map(|_| ())
            .map_err(|e| e.to_string())
    });
    let pulls = load("catalog pulls", addr, a.clients, a.seconds, catalog, parsed)?;
    report(&pulls, a.clients);
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("serve_bench: {e}");
            ExitCode::FAILURE
        }
    }
}
