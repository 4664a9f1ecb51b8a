//! Prints an exchange-rate table in English, Azerbaijani and Russian: currency names
//! from the shipped catalogs (house style, then CLDR) and numbers in each locale's
//! notation.
//!
//! ```sh
//! cargo run --example exchange_rates                # a sample table
//! cargo run --example exchange_rates -- rates.txt   # a table of your own
//! ```
//!
//! The table is laid out as the central bank's: a header line, then rows
//! `CODE NOMINAL NOMINAL NAME… RATE` (`EUR 1 1 Avro 1.8968`). A malformed row or an
//! unknown currency code is reported with its line and column, and the example exits
//! with status 1 before printing anything.

use std::io::Write;
use std::process::ExitCode;

use korpu::export::currency::Currencies;
use korpu::export::rates::{localize, rate_value, read_file_bytes, LocalizedTable, RateTable};
use korpu::locale::Locale;

/// Rates invented for the example, in the bank's layout (the names are as the table
/// writes them; the output takes them from the catalogs).
const SAMPLE: &str = "\
Tipi Ədə. Adı AZN
USD 1 1 ABŞ dolları 1.7
EUR 1 1 Avro 1.9011
GBP 1 1 İngiltərə funt sterlinqi 2.2705
RUB 100 100 Rusiya rublu 2.0954
JPY 100 100 Yaponiya yeni 1.1482
KZT 1000 1000 Qazaxıstan təngəsi 3.3021
TRY 1 1 Türkiyə lirəsi 0.0412
";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("exchange_rates: error: {message}");
            ExitCode::from(1)
        }
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (table, source) = match args.as_slice() {
        [] => (
            RateTable::read(SAMPLE).map_err(|e| format!("sample table: {e}"))?,
            "sample table".to_string(),
        ),
        [flag] if flag == "-h" || flag == "--help" => {
            println!("usage: exchange_rates [FILE]");
            return Ok(());
        }
        [file] => {
            let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
            (
                read_file_bytes(file, &bytes).map_err(|e| e.to_string())?,
                file.clone(),
            )
        }
        _ => return Err("expected at most one FILE (try --help)".to_string()),
    };
    // Everything is rendered before anything is printed: an unknown code stops the
    // example with no partial output.
    let mut pages = Vec::new();
    for tag in ["en", "az", "ru"] {
        let lang = Locale::parse(tag).map_err(|e| e.to_string())?;
        let localized = localize(&table, &lang).map_err(|e| format!("{source}: {e}"))?;
        let amounts = amounts(&table, &lang)?;
        pages.push((tag, localized, amounts));
    }
    let mut out = String::new();
    for (i, (tag, localized, amounts)) in pages.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("[{tag}]\n"));
        render_table(localized, &mut out);
        if !amounts.is_empty() {
            out.push('\n');
            for line in amounts {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    // A reader that stops early (`| head`) is not an error.
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write the output: {e}"))
        }
        _ => Ok(()),
    }
}

/// Each row as a sentence of two amounts, "100 Russian rubles = 2.0954 Azerbaijani
/// manats", when the header names the currency the rates are in.
fn amounts(table: &RateTable, lang: &Locale) -> Result<Vec<String>, String> {
    let Some(quote) = table.quote_currency() else {
        return Ok(Vec::new());
    };
    let catalog = Currencies::for_locale(lang).map_err(|e| e.to_string())?;
    table
        .rows
        .iter()
        .map(|row| {
            let rate = rate_value(table, row)
                .ok_or_else(|| format!("line {}: \"{}\" is not a number", row.line, row.rate))?;
            let left = catalog
                .amount(&row.code, &row.nominal)
                .map_err(|e| e.to_string())?;
            let right = catalog.amount(&quote, &rate).map_err(|e| e.to_string())?;
            Ok(format!("{left} = {right}"))
        })
        .collect()
}

fn render_table(t: &LocalizedTable, out: &mut String) {
    let width = |col: usize, cell: fn(&korpu::export::rates::LocalizedRow) -> &str| {
        t.rows
            .iter()
            .map(|r| cell(r).chars().count())
            .chain([t.columns[col].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let w = [
        width(0, |r| &r.code),
        width(1, |r| &r.nominal),
        width(2, |r| &r.name),
        width(3, |r| &r.rate),
    ];
    let pad = |s: &str, w: usize, right: bool| {
        let fill = " ".repeat(w.saturating_sub(s.chars().count()));
        if right {
            format!("{fill}{s}")
        } else {
            format!("{s}{fill}")
        }
    };
    let line = |cells: [&str; 4]| {
        format!(
            "{}  {}  {}  {}",
            pad(cells[0], w[0], false),
            pad(cells[1], w[1], true),
            pad(cells[2], w[2], false),
            pad(cells[3], w[3], true)
        )
        .trim_end()
        .to_string()
    };
    let header = [&*t.columns[0], &t.columns[1], &t.columns[2], &t.columns[3]];
    out.push_str(&line(header));
    out.push('\n');
    for r in &t.rows {
        out.push_str(&line([&r.code, &r.nominal, &r.name, &r.rate]));
        out.push('\n');
    }
}
