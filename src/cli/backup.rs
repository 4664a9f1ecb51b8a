//! `korpu backup` and `korpu restore`.

use std::io::BufReader;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use super::{write_file_atomically, Ctx};

/// Arguments of `korpu backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the backup (`-` for standard output).
    file: PathBuf,
}

/// Arguments of `korpu restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A file written by `korpu backup` (`-` for standard input).
    file: PathBuf,
}

pub fn backup(ctx: &Ctx, a: BackupArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_store()?;
    let mut bytes = Vec::new();
    store.backup(&mut bytes)?;
    drop(store);
    if a.file.as_os_str() == "-" {
        std::io::Write::write_all(&mut std::io::stdout().lock(), &bytes)?;
    } else {
        write_file_atomically(&a.file, &bytes)?;
        ctx.out.info(format!(
            "wrote {} ({} bytes)",
            a.file.display(),
            bytes.len()
        ));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn restore(ctx: &Ctx, a: RestoreArgs) -> anyhow::Result<ExitCode> {
    let name = a.file.display().to_string();
    let mut input: Box<dyn std::io::BufRead> = if name == "-" {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        let f = std::fs::File::open(&a.file).with_context(|| format!("cannot read {name}"))?;
        Box::new(BufReader::new(f))
    };
    let store = ctx.open_store()?;
    let outcome = store.restore(&name, &mut input)?;
    if ctx.out.json {
        ctx.out.json(&outcome)?;
    } else {
        println!(
            "restored {} articles, {} segments, {} history entries",
            outcome.articles, outcome.segments, outcome.history
        );
    }
    Ok(ExitCode::SUCCESS)
}
