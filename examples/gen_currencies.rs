//! Generates `locales/{en,az,ru}/currencies.ftl` from CLDR's currency data and the
//! house overrides in `locales/house-currencies.ftl`.
//!
//! ```sh
//! cargo run --example gen_currencies                 # check: exit 1 if out of date
//! cargo run --example gen_currencies -- --write      # write the three catalogs
//! cargo run --example gen_currencies -- --write --cldr FILE --house FILE --out DIR
//! ```
//!
//! Without `--write` it only checks, so that CI (which runs every example) reports a
//! stale catalog instead of quietly rewriting it.
//!
//! The CLDR data is `currencies_cldr_en_az_ru.json` in the shared data folder
//! (`KORPU_SHARED_DATA`, else `../shared/data`). Nothing is written unless every
//! catalog was generated and parses.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use korpu::export::currency::{generate, Input, HOUSE_OVERRIDES};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("gen_currencies: error: {message}");
            ExitCode::from(1)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("KORPU_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/data"));
    let mut cldr = shared.join("currencies_cldr_en_az_ru.json");
    let mut house = root.join(HOUSE_OVERRIDES);
    let mut out = root.clone();
    let mut write = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .map(PathBuf::from)
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--cldr" => cldr = value("--cldr")?,
            "--house" => house = value("--house")?,
            "--out" => out = value("--out")?,
            "--write" => write = true,
            "--check" => write = false,
            "-h" | "--help" => {
                println!(
                    "usage: gen_currencies [--write] [--cldr FILE] [--house FILE] [--out DIR]"
                );
                return Ok(ExitCode::SUCCESS);
            }
            other => return Err(format!("unknown argument {other:?} (try --help)")),
        }
    }
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
    };
    let (cldr_text, house_text) = (read(&cldr)?, read(&house)?);
    let (cldr_path, house_path) = (cldr.display().to_string(), house.display().to_string());
    let files = generate(
        Input {
            path: &cldr_path,
            text: &cldr_text,
        },
        Input {
            path: &house_path,
            text: &house_text,
        },
    )
    .map_err(|e| format!("{e}; nothing was written"))?;
    let mut stale = Vec::new();
    for file in &files {
        let path = out.join(&file.path);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == file.text {
            println!("{}: up to date", file.path);
            continue;
        }
        if !write {
            stale.push(file.path.clone());
            continue;
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        korpu::cli::write_file_atomically(&path, file.text.as_bytes())
            .map_err(|e| format!("{e:#}"))?;
        let count = file
            .text
            .lines()
            .filter(|l| l.starts_with("currency-") && !l.contains("-amount"))
            .count();
        println!("{}: written ({count} currencies)", file.path);
    }
    if !stale.is_empty() {
        eprintln!(
            "gen_currencies: out of date: {}; run `cargo run --example gen_currencies -- --write`",
            stale.join(", ")
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
