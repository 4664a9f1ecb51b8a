//! A small harness: a temporary store, and the built `korpu` binary run against it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The built binary.
pub fn korpu_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_korpu"))
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A sample article shipped in `examples/articles/`.
pub fn sample(name: &str) -> PathBuf {
    root().join("examples/articles").join(name)
}

/// The shared data folder (`KORPU_SHARED_DATA`, else `../shared/data`), or `None` with
/// a message when it is absent, so that a test can skip.
pub fn shared_data() -> Option<PathBuf> {
    let dir = std::env::var_os("KORPU_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/data"));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: shared data folder {} is absent", dir.display());
        None
    }
}

/// A temporary folder with a store in it, removed when dropped.
pub struct Env {
    pub dir: tempfile::TempDir,
}

/// What a run of the binary gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Asserts success and returns stdout.
    #[track_caller]
    pub fn ok(&self) -> &str {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        &self.stdout
    }

    /// Asserts exit code 1 and returns stderr.
    #[track_caller]
    pub fn fails(&self) -> &str {
        assert_eq!(
            self.code, 1,
            "expected exit 1\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        &self.stderr
    }

    /// Parses stdout as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(self.ok())
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// The store folder.
    pub fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    /// A path inside the temporary folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file in the temporary folder and returns its path.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).expect("write fixture");
        p
    }

    /// A command for the binary with `--store` set to this store.
    pub fn cmd(&self) -> Command {
        let mut c = Command::new(korpu_bin());
        c.arg("--store").arg(self.store());
        c.env_remove("KORPU_STORE").env("KORPU_AUTHOR", "tester");
        c.current_dir(self.dir.path());
        c
    }

    /// Runs the binary with these arguments.
    pub fn run<I, S>(&self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        Run::from(self.cmd().args(args).output().expect("run korpu"))
    }

    /// Runs the binary with `stdin` as its standard input.
    pub fn run_stdin<I, S>(&self, args: I, stdin: &[u8]) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut child = self
            .cmd()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn korpu");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin)
            .expect("write stdin");
        Run::from(child.wait_with_output().expect("wait korpu"))
    }

    /// Adds a sample article under an id.
    pub fn add_sample(&self, file: &str, lang: &str, id: &str) {
        let p = sample(file);
        self.run(["article", "add", s(&p), "--lang", lang, "--id", id])
            .ok();
    }

    /// `article show ID --json`.
    pub fn show(&self, id: &str) -> serde_json::Value {
        self.run(["--json", "article", "show", id]).json()
    }

    /// A snapshot of everything in the store: its backup (articles, segments, history,
    /// memory units), which lists records in key order and so is the same for the same
    /// content.
    pub fn snapshot(&self) -> String {
        self.run(["backup", "-"]).ok().to_string()
    }
}

/// A path as a `&str` argument.
pub fn s(p: &Path) -> &str {
    p.to_str().expect("test paths are UTF-8")
}
