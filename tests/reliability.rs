//! Reliability: a killed `article add`, a store held by another process, a store
//! written by a newer korpu, and the sweep of leftovers on open.
//!
//! The checks that look inside the store open `DIR/db` with sled directly, only while
//! no korpu process has it open.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::*;

// ---------------------------------------------------------------------------------
// Looking inside a store with sled
// ---------------------------------------------------------------------------------

/// The uid an article record points at, and its segment count. Records are one
/// version byte (1) followed by JSON.
fn article_record(key: &[u8], value: &[u8]) -> (u64, usize) {
    let id = String::from_utf8_lossy(key);
    let (version, body) = value
        .split_first()
        .unwrap_or_else(|| panic!("article record {id} is empty"));
    assert_eq!(
        *version, 1,
        "article record {id} has layout version {version}"
    );
    let rec: Value = serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("article record {id} is not JSON: {e}"));
    let uid = rec["uid"]
        .as_u64()
        .unwrap_or_else(|| panic!("article record {id} has no uid: {rec}"));
    let segments = rec["segments"]
        .as_u64()
        .unwrap_or_else(|| panic!("article record {id} has no segment count: {rec}"));
    (uid, segments as usize)
}

fn uid_prefix(key: &[u8]) -> u64 {
    let b: [u8; 8] = key
        .get(..8)
        .and_then(|b| b.try_into().ok())
        .unwrap_or_else(|| panic!("key {key:?} is shorter than a uid"));
    u64::from_be_bytes(b)
}

/// Asserts that the store at `store` has nothing an interrupted command left behind:
/// no `pending/` or `garbage/` marker, and no source, segment or history record under
/// a uid that no article record points at. Also checks that every article has its
/// source and exactly as many segment records as its record says.
///
/// Call it only after the binary has run once since the last interruption (the
/// binary sweeps on open) and while no process has the store open.
#[track_caller]
fn assert_no_leftovers(store: &Path) {
    let db = open_sled(store.join("db"));
    let meta = db.open_tree("meta").expect("meta tree");
    for key in meta.iter().keys() {
        let key = key.expect("meta key");
        assert!(
            !key.starts_with(b"pending/") && !key.starts_with(b"garbage/"),
            "meta still has the marker {:?}",
            String::from_utf8_lossy(&key)
        );
    }
    let mut uids: BTreeMap<u64, (String, usize)> = BTreeMap::new();
    for kv in db.open_tree("articles").expect("articles tree").iter() {
        let (k, v) = kv.expect("article record");
        let (uid, segments) = article_record(&k, &v);
        let id = String::from_utf8_lossy(&k).into_owned();
        if let Some((other, _)) = uids.insert(uid, (id.clone(), segments)) {
            panic!("articles {other} and {id} share uid {uid}");
        }
    }
    let mut counts: BTreeMap<u64, usize> = BTreeMap::new();
    for key in db
        .open_tree("segments")
        .expect("segments tree")
        .iter()
        .keys()
    {
        let uid = uid_prefix(&key.expect("segment key"));
        assert!(
            uids.contains_key(&uid),
            "segment records under uid {uid}, which no article points at"
        );
        *counts.entry(uid).or_default() += 1;
    }
    for (uid, (id, segments)) in &uids {
        assert_eq!(
            counts.get(uid).copied().unwrap_or(0),
            *segments,
            "article {id} (uid {uid}) says it has {segments} segments"
        );
    }
    let mut with_source = BTreeSet::new();
    for key in db.open_tree("sources").expect("sources tree").iter().keys() {
        let key = key.expect("source key");
        assert_eq!(key.len(), 8, "source key {key:?} is not a uid");
        let uid = uid_prefix(&key);
        assert!(
            uids.contains_key(&uid),
            "a source under uid {uid}, which no article points at"
        );
        with_source.insert(uid);
    }
    for (uid, (id, _)) in &uids {
        assert!(
            with_source.contains(uid),
            "article {id} (uid {uid}) has no source"
        );
    }
    for key in db.open_tree("history").expect("history tree").iter().keys() {
        let uid = uid_prefix(&key.expect("history key"));
        assert!(
            uids.contains_key(&uid),
            "history records under uid {uid}, which no article points at"
        );
    }
}

/// How many `pending/` and `garbage/` markers the store has, read from a copy of its
/// database so that the store itself is left exactly as the killed process left it
/// (the next run of the binary is what must recover it).
fn markers_in_copy(store: &Path) -> (usize, usize) {
    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("create copy folder");
        for entry in std::fs::read_dir(from).expect("read store folder") {
            let entry = entry.expect("store entry");
            let target = to.join(entry.file_name());
            if entry.file_type().expect("file type").is_dir() {
                copy_dir(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), &target).expect("copy store file");
            }
        }
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let copy = tmp.path().join("db");
    copy_dir(&store.join("db"), &copy);
    let db = open_sled(&copy);
    let meta = db.open_tree("meta").expect("meta tree");
    let count = |prefix: &[u8]| meta.scan_prefix(prefix).keys().count();
    (count(b"pending/"), count(b"garbage/"))
}

/// Every record of one tree, in key order.
type Records = Vec<(Vec<u8>, Vec<u8>)>;

/// Every record of every tree, by tree name, for "nothing changed" checks.
fn dump(store: &Path) -> BTreeMap<Vec<u8>, Records> {
    let db = open_sled(store.join("db"));
    let mut out = BTreeMap::new();
    for name in db.tree_names() {
        let tree = db.open_tree(&name).expect("tree");
        let records = tree
            .iter()
            .map(|kv| {
                let (k, v) = kv.expect("record");
                (k.to_vec(), v.to_vec())
            })
            .collect();
        out.insert(name.to_vec(), records);
    }
    out
}

fn segment_key(uid: u64, order: u64) -> Vec<u8> {
    let mut k = uid.to_be_bytes().to_vec();
    k.extend_from_slice(&order.to_be_bytes());
    k
}

fn marker(prefix: &str, uid: u64) -> Vec<u8> {
    let mut k = prefix.as_bytes().to_vec();
    k.extend_from_slice(&uid.to_be_bytes());
    k
}

/// The uids the article records point at.
fn article_uids(db: &sled::Db) -> Vec<u64> {
    db.open_tree("articles")
        .expect("articles tree")
        .iter()
        .map(|kv| {
            let (k, v) = kv.expect("article record");
            article_record(&k, &v).0
        })
        .collect()
}

// ---------------------------------------------------------------------------------
// A large article
// ---------------------------------------------------------------------------------

/// A small deterministic generator (xorshift64*), so that the article is the same on
/// every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

/// Plain text with `paragraphs` paragraphs of one to three varied English sentences,
/// full of numbers, amounts and dates.
fn big_article(paragraphs: usize) -> String {
    const SUBJECTS: &[&str] = &[
        "The ministry of economy",
        "Traffic at the port of Alat",
        "The central bank",
        "A spokesman for the railway",
        "Exporters of fresh fruit",
        "The parliamentary committee",
        "Freight volumes on the corridor",
        "Analysts in Baku",
        "The state statistics committee",
        "Local farmers in Ganja",
        "The State Oil Fund",
        "Commercial banks in the capital",
    ];
    const VERBS: &[&str] = &[
        "reported",
        "expected",
        "announced",
        "recorded",
        "estimated",
        "confirmed",
        "forecast",
        "noted",
    ];
    const TAILS: &[&str] = &[
        "compared with the same period last year",
        "despite the cold weather",
        "after talks in Tbilisi",
        "for the third month running",
        "according to preliminary figures",
        "in its latest quarterly review",
        "while prices held steady",
    ];
    const MONTHS: &[&str] = &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(paragraphs * 160);
    out.push_str("Trade and transport figures, quarter by quarter\n\n");
    for p in 0..paragraphs {
        for s in 0..=rng.below(3) {
            if s > 0 {
                out.push(' ');
            }
            let (a, b) = (rng.below(1000), rng.below(100));
            let amount = match rng.below(6) {
                0 => format!("a rise of {a}.{b}%"),
                1 => format!("growth of {a},{b:02}0 tonnes"),
                2 => format!("a figure of {a}.{b} million manats"),
                3 => format!("{a} new containers"),
                4 => format!("a fall of {b}.{a} points"),
                _ => format!("revenue of ${a}.{b} million"),
            };
            let subject = rng.pick(SUBJECTS);
            let verb = rng.pick(VERBS);
            let tail = rng.pick(TAILS);
            let day = 1 + rng.below(28);
            let month = rng.pick(MONTHS);
            let year = 2015 + rng.below(11);
            out.push_str(&format!(
                "{subject} {verb} {amount} on {day} {month} {year}, {tail} (item {p})."
            ));
        }
        out.push_str("\n\n");
    }
    out
}

// ---------------------------------------------------------------------------------
// Killing `article add`
// ---------------------------------------------------------------------------------

const TRANSLATION: &str = "Manat dollara qarşı 1,70 səviyyəsində sabit qalıb";
const BIG_TRANSLATION: &str = "Ticarət və nəqliyyat göstəriciləri";

/// What the complete `big` looks like: its segments as `article show --json` gives
/// them, without translations.
struct Reference {
    segments: Vec<Value>,
    add: Duration,
    replace: Duration,
}

fn s(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// Writes the big article and adds it, then replaces it, in a store of its own, timing
/// both. The article grows until a complete add takes long enough to be interrupted
/// at several points, and shrinks when it takes too long for the time budget.
fn reference(env: &Env) -> (PathBuf, Reference) {
    let mut paragraphs = 10_000;
    for attempt in 0.. {
        let file = env.file("big.txt", big_article(paragraphs));
        let refenv = Env::new();
        let started = Instant::now();
        let added = refenv
            .run([
                "--json",
                "article",
                "add",
                s(&file),
                "--lang",
                "en",
                "--id",
                "big",
            ])
            .json();
        let add = started.elapsed();
        let fast = add < Duration::from_millis(700);
        let slow = add > Duration::from_millis(3_500);
        if attempt < 4 && ((fast && paragraphs < 200_000) || (slow && paragraphs > 5_000)) {
            paragraphs = if fast { paragraphs * 2 } else { paragraphs / 2 };
            continue;
        }
        let count = added["segments"].as_u64().expect("segment count") as usize;
        let show = refenv.show("big");
        let mut segments = show["segments"].as_array().expect("segments").clone();
        assert_eq!(segments.len(), count, "add reported {count} segments");
        assert!(count >= 5_000, "the big article has only {count} segments");
        for seg in &mut segments {
            let t = seg
                .as_object_mut()
                .and_then(|o| o.remove("translations"))
                .expect("translations");
            assert_eq!(
                t,
                serde_json::json!({}),
                "a fresh article has no translations"
            );
        }
        let started = Instant::now();
        refenv
            .run([
                "article",
                "add",
                s(&file),
                "--lang",
                "en",
                "--id",
                "big",
                "--replace",
            ])
            .ok();
        let replace = started.elapsed();
        let bytes = std::fs::metadata(&file).expect("big file").len();
        eprintln!(
            "reliability: big article {paragraphs} paragraphs, {bytes} bytes, {count} segments; \
             complete add {add:?}, complete replace {replace:?}"
        );
        return (
            file,
            Reference {
                segments,
                add,
                replace,
            },
        );
    }
    unreachable!()
}

/// The store as the harness snapshot shows it, leaving out one article (its lines and
/// the memory units its segments made); and that article's entry in the list, if any.
fn snapshot_without(env: &Env, skip: &str) -> (String, Option<Value>) {
    let list = env.run(["--json", "article", "list"]).json();
    let skipped = list
        .as_array()
        .expect("list is an array")
        .iter()
        .find(|a| a["id"] == skip)
        .cloned();
    let origin = format!("article:{skip}");
    let mut out = String::new();
    for line in env.snapshot().lines() {
        let v: Value = serde_json::from_str(line).expect("backup lines are JSON");
        let theirs = v["article"]["id"] == skip
            || v["segment"]["article"] == skip
            || v["history"]["article"] == skip
            || v["unit"]["origin"] == origin.as_str();
        if !theirs {
            out.push_str(line);
            out.push('\n');
        }
    }
    (out, skipped)
}

/// Asserts that `big` is in the store, complete: the reference segments, with the
/// Azerbaijani translation of segment 1 when `translated`.
#[track_caller]
fn assert_big_complete(env: &Env, entry: &Value, reference: &Reference, translated: bool) {
    let count = reference.segments.len();
    assert_eq!(
        entry["segments"], count,
        "big is listed with a wrong count: {entry}"
    );
    let show = env.show("big");
    let segments = show["segments"].as_array().expect("segments");
    assert_eq!(
        segments.len(),
        count,
        "big is shown with a wrong number of segments"
    );
    for (i, (got, want)) in segments.iter().zip(&reference.segments).enumerate() {
        for field in ["n", "text", "paragraph", "kind", "start", "end"] {
            assert_eq!(
                got[field],
                want[field],
                "segment {} of big differs in {field}",
                i + 1
            );
        }
        let translations = got["translations"].as_object().expect("translations");
        if translated && i == 0 {
            assert_eq!(translations.len(), 1, "segment 1 of big: {got}");
            assert_eq!(
                translations["az"]["text"], BIG_TRANSLATION,
                "segment 1 of big: {got}"
            );
        } else {
            assert!(translations.is_empty(), "segment {} of big: {got}", i + 1);
        }
    }
}

/// What one killed run did.
struct Kill {
    /// The child was still running when it got SIGKILL.
    interrupted: bool,
    /// Markers of unfinished work it left: (pending, garbage).
    markers: (usize, usize),
}

#[cfg(unix)]
fn killed_by_signal(status: std::process::ExitStatus) -> bool {
    use std::os::unix::process::ExitStatusExt;
    status.signal() == Some(9)
}

#[cfg(not(unix))]
fn killed_by_signal(status: std::process::ExitStatus) -> bool {
    !status.success()
}

/// Starts `article add BIG --id big` (with `--replace` when `replace`), kills it after
/// `delay`, and reports what it left before anything else touches the store.
fn kill_add(env: &Env, file: &Path, replace: bool, delay: Duration) -> Kill {
    let mut cmd = env.cmd();
    cmd.args(["article", "add", s(file), "--lang", "en", "--id", "big"]);
    if replace {
        cmd.arg("--replace");
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn korpu");
    std::thread::sleep(delay);
    child.kill().expect("kill korpu");
    let out = child.wait_with_output().expect("wait for korpu");
    let interrupted = killed_by_signal(out.status);
    assert!(
        interrupted || out.status.success(),
        "article add (replace: {replace}) failed on its own: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let markers = if interrupted {
        markers_in_copy(&env.store())
    } else {
        (0, 0)
    };
    Kill {
        interrupted,
        markers,
    }
}

/// Runs `article add BIG --id big` (with `--replace` when `replace`) with a crash point
/// set: the process aborts itself there, as under `kill -9`, at a known step.
fn crash_add(env: &Env, file: &Path, replace: bool, point: &str) -> Kill {
    let mut cmd = env.cmd();
    cmd.args(["article", "add", s(file), "--lang", "en", "--id", "big"]);
    if replace {
        cmd.arg("--replace");
    }
    let out = cmd
        .env("KORPU_CRASH_AT", point)
        .stdin(Stdio::null())
        .output()
        .expect("run korpu");
    assert!(
        !out.status.success() && out.status.code().is_none(),
        "the crash point {point} was not reached: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    Kill {
        interrupted: true,
        markers: markers_in_copy(&env.store()),
    }
}

/// Opens a store's sled database directly. sled lets go of its file lock from a
/// background thread shortly after a database is dropped, so a reopen in this process
/// right after an earlier one may have to wait a moment.
fn open_sled(path: impl AsRef<Path>) -> sled::Db {
    let path = path.as_ref();
    let mut tries = 0;
    loop {
        match sled::open(path) {
            Ok(db) => return db,
            Err(e) if tries < 100 => {
                tries += 1;
                let _ = e;
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => panic!("cannot open {} with sled: {e}", path.display()),
        }
    }
}

/// The kill test's fixed parts, and what its kills found so far.
struct KillTest<'a> {
    env: &'a Env,
    file: &'a Path,
    reference: &'a Reference,
    /// The snapshot of the store before `big` was first added.
    before: String,
    /// Whether a complete `big` is in the store.
    big_exists: bool,
    /// How many kills found the child still running.
    interrupted: usize,
    /// A plain add was killed while staging (it left a pending marker).
    add_mid_write: bool,
    /// A replace was killed while staging or sweeping the old version.
    replace_mid_write: bool,
}

impl KillTest<'_> {
    /// One killed run after `frac` of `base`, and the checks after it. The run replaces
    /// whenever a complete `big` exists, since a plain add would be refused then.
    fn round(&mut self, frac: f64, base: Duration, translated: bool) {
        let replace = self.big_exists;
        let delay = base.mul_f64(frac);
        let kill = kill_add(self.env, self.file, replace, delay);
        self.check(kill, replace, &format!("kill after {delay:?}"), translated);
    }

    /// One run that crashes itself at a named point, and the checks after it.
    fn crash(&mut self, point: &str, translated: bool) {
        let replace = self.big_exists;
        let kill = crash_add(self.env, self.file, replace, point);
        self.check(kill, replace, &format!("crash at {point}"), translated);
    }

    fn check(&mut self, kill: Kill, replace: bool, delay: &str, translated: bool) {
        let env = self.env;
        if kill.interrupted {
            self.interrupted += 1;
            let (pending, garbage) = kill.markers;
            if replace {
                self.replace_mid_write |= pending + garbage > 0;
            } else {
                self.add_mid_write |= pending > 0;
            }
        }
        eprintln!(
            "reliability: {delay} (replace: {replace}): interrupted {}, markers {:?}",
            kill.interrupted, kill.markers
        );
        let (after, big) = snapshot_without(env, "big");
        assert_eq!(after, self.before, "the other articles changed ({delay})");
        match &big {
            Some(entry) => assert_big_complete(env, entry, self.reference, translated),
            None => {
                assert!(!replace, "an interrupted replace lost big ({delay})");
                let err = env.run(["--json", "article", "show", "big"]);
                assert!(err.fails().contains("unknown article"), "{}", err.stderr);
            }
        }
        self.big_exists = big.is_some();
        assert_no_leftovers(&env.store());
    }
}

#[test]
fn killed_article_add_leaves_the_store_consistent() {
    let env = Env::new();
    let (file, reference) = reference(&env);

    env.add_sample("exchange-rates.en.txt", "en", "exchange-rates");
    env.add_sample("transport-corridor.en.txt", "en", "transport-corridor");
    env.run([
        "segment",
        "set",
        "exchange-rates",
        "1",
        "--lang",
        "az",
        TRANSLATION,
    ])
    .ok();
    let before = env.snapshot();
    assert_eq!(snapshot_without(&env, "big"), (before.clone(), None));

    let mut t = KillTest {
        env: &env,
        file: &file,
        reference: &reference,
        before,
        big_exists: false,
        interrupted: 0,
        add_mid_write: false,
        replace_mid_write: false,
    };

    // Crashes at known steps first: while staging a plain add (a pending version is left
    // and must be swept) ...
    for point in ["article-batch:1", "article-batch:4"] {
        t.crash(point, false);
    }
    // Plain adds killed from a few milliseconds to near the end.
    for frac in [0.003, 0.25, 0.5, 0.8] {
        t.round(frac, reference.add, false);
    }
    // When every kill came too early or too late to find the add writing, kill at more
    // points; a complete `big` is removed first so that the run is a plain add again.
    for frac in [0.5, 0.35, 0.65, 0.2, 0.9] {
        if t.add_mid_write {
            break;
        }
        if t.big_exists {
            env.run(["article", "remove", "big", "--yes"]).ok();
            t.big_exists = false;
        }
        t.round(frac, reference.add, false);
    }
    assert!(
        t.add_mid_write,
        "no kill interrupted a plain add while it was writing: make the big article larger"
    );

    // Replaces of a complete, partly translated `big`, killed at more points.
    if !t.big_exists {
        env.run(["article", "add", s(&file), "--lang", "en", "--id", "big"])
            .ok();
        t.big_exists = true;
    }
    env.run([
        "segment",
        "set",
        "big",
        "1",
        "--lang",
        "az",
        BIG_TRANSLATION,
    ])
    .ok();
    // ... and while a replace stages its new version, and after it published it but
    // before the old version was swept.
    for point in ["article-batch:2", "article-published:1"] {
        t.crash(point, true);
    }
    for frac in [0.1, 0.4, 0.7, 0.96] {
        t.round(frac, reference.replace, true);
    }
    for frac in [0.55, 0.3, 0.85, 0.2] {
        if t.replace_mid_write {
            break;
        }
        t.round(frac, reference.replace, true);
    }
    assert!(
        t.replace_mid_write,
        "no kill interrupted a replace while it was writing: make the big article larger"
    );
    assert!(t.interrupted > 0, "no kill found the add still running");
}

// ---------------------------------------------------------------------------------
// A store held by another process
// ---------------------------------------------------------------------------------

#[test]
fn a_store_in_use_is_refused_at_once() {
    let env = Env::new();
    env.add_sample("exchange-rates.en.txt", "en", "exchange-rates");
    let before = env.snapshot();

    let held = korpu::store::Store::open(&env.store()).expect("open the store in the test");
    let timed = |args: &[&str]| {
        let started = Instant::now();
        let run = env.run(args);
        let took = started.elapsed();
        assert!(
            took < Duration::from_secs(3),
            "korpu {args:?} took {took:?}"
        );
        run
    };

    let run = timed(&["article", "list"]);
    let err = run.fails();
    assert!(err.contains("is in use by another process"), "{err}");
    assert!(run.stdout.is_empty(), "{}", run.stdout);

    let run = timed(&["--json", "article", "list"]);
    let err: Value = serde_json::from_str(run.fails().trim())
        .unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {}", run.stderr));
    let message = err["error"]["message"].as_str().expect("error.message");
    assert!(
        message.contains("is in use by another process"),
        "{message}"
    );
    assert_eq!(err["error"]["code"], 1, "{err}");

    // A write is refused too, and writes nothing.
    let f = sample("transport-corridor.en.txt");
    let run = timed(&["article", "add", s(&f), "--lang", "en"]);
    assert!(
        run.fails().contains("is in use by another process"),
        "{}",
        run.stderr
    );

    // The holder still works, and releases the store when dropped.
    assert_eq!(held.list_articles().expect("list in the test").len(), 1);
    drop(held);
    assert_eq!(env.snapshot(), before);
    env.add_sample("transport-corridor.en.txt", "en", "transport-corridor");
    assert_eq!(
        env.run(["--json", "article", "list"])
            .json()
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}

// ---------------------------------------------------------------------------------
// A store written by a newer korpu
// ---------------------------------------------------------------------------------

#[test]
fn a_store_from_a_newer_korpu_is_refused_untouched() {
    let env = Env::new();
    env.add_sample("exchange-rates.en.txt", "en", "exchange-rates");
    env.run(["article", "list"]).ok();

    // Format 99, with a pending marker and its records: a newer korpu's store is not
    // swept either, since this build does not know what its records mean.
    {
        let db = open_sled(env.store().join("db"));
        let meta = db.open_tree("meta").expect("meta");
        let uid = article_uids(&db).into_iter().max().expect("an article") + 1;
        meta.insert(b"format_version", &99u32.to_be_bytes())
            .expect("set version");
        meta.insert(marker("pending/", uid), &b"2099-01-01T00:00:00Z"[..])
            .expect("marker");
        let segments = db.open_tree("segments").expect("segments");
        for order in 1..=3u64 {
            segments
                .insert(segment_key(uid, order << 32), &b"\x07from the future"[..])
                .expect("segment");
        }
        db.flush().expect("flush");
    }
    let before = dump(&env.store());

    let f = sample("transport-corridor.en.txt");
    let supported = korpu::store::FORMAT_VERSION;
    for args in [
        vec!["article", "list"],
        vec!["article", "show", "exchange-rates"],
        vec!["article", "add", s(&f), "--lang", "en"],
        vec![
            "segment",
            "set",
            "exchange-rates",
            "1",
            "--lang",
            "az",
            TRANSLATION,
        ],
    ] {
        let started = Instant::now();
        let run = env.run(&args);
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "korpu {args:?} was slow"
        );
        let err = run.fails();
        assert!(err.contains("format version 99"), "{args:?}: {err}");
        assert!(
            err.contains(&format!("up to {supported}")),
            "{args:?}: {err}"
        );
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
    }
    let run = env.run(["--json", "article", "list"]);
    let err: Value = serde_json::from_str(run.fails().trim())
        .unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {}", run.stderr));
    let message = err["error"]["message"].as_str().expect("error.message");
    assert!(message.contains("format version 99"), "{message}");
    assert_eq!(err["error"]["code"], 1, "{err}");

    let after = dump(&env.store());
    let meta = &after[&b"meta"[..]];
    let version = meta
        .iter()
        .find(|(k, _)| k == b"format_version")
        .map(|(_, v)| v.clone());
    assert_eq!(version, Some(99u32.to_be_bytes().to_vec()));
    for (tree, records) in &before {
        assert!(
            after.get(tree) == Some(records),
            "tree {} of the refused store was changed",
            String::from_utf8_lossy(tree)
        );
    }
    assert_eq!(
        after.len(),
        before.len(),
        "trees were added to the refused store"
    );

    // Back at this build's version, the store is usable again, and the leftovers are
    // swept then.
    {
        let db = open_sled(env.store().join("db"));
        db.open_tree("meta")
            .expect("meta")
            .insert(b"format_version", &supported.to_be_bytes())
            .expect("set version");
        db.flush().expect("flush");
    }
    let list = env.run(["--json", "article", "list"]).json();
    assert_eq!(list[0]["id"], "exchange-rates", "{list}");
    assert_no_leftovers(&env.store());
}

// ---------------------------------------------------------------------------------
// Sweeping leftovers
// ---------------------------------------------------------------------------------

#[test]
fn leftovers_are_swept_without_touching_articles() {
    let env = Env::new();
    env.add_sample("exchange-rates.en.txt", "en", "exchange-rates");
    env.add_sample("transport-corridor.en.txt", "en", "transport-corridor");
    env.run([
        "segment",
        "set",
        "exchange-rates",
        "1",
        "--lang",
        "az",
        TRANSLATION,
    ])
    .ok();
    env.run([
        "segment",
        "set",
        "exchange-rates",
        "1",
        "--lang",
        "az",
        "ikinci variant",
    ])
    .ok();
    let before = env.snapshot();
    assert_no_leftovers(&env.store());

    // What a killed add leaves (a pending marker naming the next uid, with a source,
    // more than one batch of segments and some history under it), what a killed
    // replace leaves (a garbage marker), and a marker that names no uid at all.
    let (pending, garbage);
    {
        let db = open_sled(env.store().join("db"));
        let max = article_uids(&db).into_iter().max().expect("articles");
        (pending, garbage) = (max + 1, max + 2);
        let meta = db.open_tree("meta").expect("meta");
        let sources = db.open_tree("sources").expect("sources");
        let segments = db.open_tree("segments").expect("segments");
        let history = db.open_tree("history").expect("history");
        meta.insert(marker("pending/", pending), &b"2025-04-15T10:00:00Z"[..])
            .expect("marker");
        meta.insert(marker("garbage/", garbage), &[][..])
            .expect("marker");
        meta.insert(b"pending/x", &[][..]).expect("marker");
        for uid in [pending, garbage] {
            sources
                .insert(uid.to_be_bytes(), &b"stale source"[..])
                .expect("source");
            let mut batch = sled::Batch::default();
            for id in 1..=4_500u64 {
                batch.insert(segment_key(uid, id << 32), &b"\x01{}"[..]);
            }
            segments.apply_batch(batch).expect("segments");
            let mut key = segment_key(uid, 1);
            key.extend_from_slice(b"az\0");
            key.extend_from_slice(&1u64.to_be_bytes());
            history.insert(key, &b"\x01{}"[..]).expect("history");
        }
        db.flush().expect("flush");
    }

    // Any command sweeps on open, a read-only one included.
    env.run(["article", "list"]).ok();
    assert_no_leftovers(&env.store());
    {
        let db = open_sled(env.store().join("db"));
        let meta = db.open_tree("meta").expect("meta");
        assert!(
            meta.get(b"pending/x").expect("get").is_none(),
            "pending/x was kept"
        );
        for uid in [pending, garbage] {
            for tree in ["sources", "segments", "history"] {
                let t = db.open_tree(tree).expect("tree");
                assert_eq!(
                    t.scan_prefix(uid.to_be_bytes()).count(),
                    0,
                    "{tree} of {uid}"
                );
            }
        }
    }
    assert_eq!(env.snapshot(), before);
    let history = env.run([
        "--json",
        "segment",
        "history",
        "exchange-rates",
        "1",
        "--lang",
        "az",
    ]);
    assert_eq!(
        history.json().as_array().map(Vec::len),
        Some(2),
        "{}",
        history.stdout
    );

    // A second run finds nothing more to do.
    assert_eq!(env.snapshot(), before);
    assert_no_leftovers(&env.store());
}
