//! Exchange-rate tables as newsrooms paste them from the central bank: a header line,
//! then one row per currency, `CODE NOMINAL NOMINAL NAME… RATE`:
//!
//! ```text
//! Tipi Ədə. Adı AZN
//! USD 1 1 ABŞ dolları 1.7
//! EUR 1 1 Avro 1.8968
//! ```
//!
//! [`RateTable`] reads such a table (the nominal may also stand once), and
//! [`localize`] renders it in a locale: column headings from `locales/{lang}/rates.ftl`,
//! currency names from `locales/{lang}/currencies.ftl`, and numbers in the locale's
//! notation (`1,8968` in az and ru, `1.8968` in en).
//!
//! ```
//! use korpu::export::rates::{localize, RateTable};
//! use korpu::locale::Locale;
//! let table = RateTable::parse_lines(&["Tipi Ədə. Adı AZN", "EUR 1 1 Avro 1.8968"]).unwrap();
//! let ru = localize(&table, &Locale::parse("ru").unwrap()).unwrap();
//! assert_eq!(ru.columns[3], "Курс (AZN)");
//! assert_eq!((ru.rows[0].name.as_str(), ru.rows[0].rate.as_str()), ("евро", "1,8968"));
//! ```

use fluent::FluentArgs;

use super::currency::{Currencies, CurrencyError};
use crate::locale::Locale;
use crate::text::{format_number, number_value};

/// A rate table as written: its header line and its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateTable {
    /// The header line, trimmed (`Tipi Ədə. Adı AZN`).
    pub header: String,
    /// The rows, in the order written.
    pub rows: Vec<RateRow>,
}

/// One row of a rate table; the fields are as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateRow {
    /// The ISO 4217 code (`USD`).
    pub code: String,
    /// How many units of the currency the rate is for (`1`, `100`).
    pub nominal: String,
    /// The currency's name in the table's language (`ABŞ dolları`).
    pub name: String,
    /// The rate (`1.7`).
    pub rate: String,
    /// The row's line, 1-based, counting the header as line 1 of the lines read.
    pub line: usize,
    /// The column of the code, 1-based, in characters.
    pub column: usize,
}

/// A line that is not part of a rate table, with its place (1-based, characters).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct RateSyntaxError {
    /// 1-based line within the lines read.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What was found and what was expected.
    pub message: String,
}

/// Why a table could not be read or localized.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RateError {
    /// A malformed table, with the file when there is one.
    #[error("{}{error}", path.as_ref().map(|p| format!("{p}: ")).unwrap_or_default())]
    Syntax {
        /// The file, when the table came from one.
        path: Option<String>,
        /// Where and what.
        error: RateSyntaxError,
    },
    /// A row whose code CLDR does not name.
    #[error("line {line}, column {column}: unknown currency code \"{code}\": expected an ISO 4217 code that CLDR names, such as USD, EUR or AZN")]
    UnknownCode {
        /// The code as written.
        code: String,
        /// The row's line.
        line: usize,
        /// The code's column.
        column: usize,
    },
    /// A nominal or rate that is not a number (a table built by hand).
    #[error("line {line}: \"{value}\" is not a number")]
    NotANumber {
        /// The value as written.
        value: String,
        /// The row's line.
        line: usize,
    },
    /// No catalog for the locale, or a broken shipped catalog.
    #[error(transparent)]
    Currency(#[from] CurrencyError),
}

/// One row in a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalizedRow {
    /// The code, as written.
    pub code: String,
    /// The nominal in the locale's notation (`1`, `100`, `1 000` in ru).
    pub nominal: String,
    /// The currency's display name in the locale (house style first, then CLDR).
    pub name: String,
    /// The rate in the locale's notation, its fraction digits as written.
    pub rate: String,
}

/// A table in a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalizedTable {
    /// Column headings: code, nominal, name, rate.
    pub columns: [String; 4],
    /// The rows, in the order of the table.
    pub rows: Vec<LocalizedRow>,
}

/// Columns of a line: each whitespace-separated word with its byte offset.
fn words(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &line[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &line[s..]));
    }
    out
}

fn is_integer(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a cell is a rate: digits with at most `.` and `,` between them, readable as
/// one number.
fn is_rate(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && number_value(s, "en").is_some()
}

impl RateTable {
    /// Reads a table from its lines (header first); None when the lines are not a rate
    /// table. Blank lines at the end are ignored.
    pub fn parse_lines(lines: &[&str]) -> Option<RateTable> {
        RateTable::read_lines(lines).ok()
    }

    /// Reads a table from text: a header line, then rows. Blank lines before the
    /// header and at the end are ignored; line numbers count from the text's start.
    pub fn read(text: &str) -> Result<RateTable, RateSyntaxError> {
        let lines: Vec<&str> = text.lines().collect();
        let skip = lines.iter().take_while(|l| l.trim().is_empty()).count();
        let mut table = RateTable::read_lines(&lines[skip..]).map_err(|mut e| {
            e.line += skip;
            e
        })?;
        for row in &mut table.rows {
            row.line += skip;
        }
        Ok(table)
    }

    /// Reads a table from its lines (header first), saying where the first line that
    /// does not fit is and what was expected.
    pub fn read_lines(lines: &[&str]) -> Result<RateTable, RateSyntaxError> {
        let end = lines.len()
            - lines
                .iter()
                .rev()
                .take_while(|l| l.trim().is_empty())
                .count();
        let lines = &lines[..end];
        let Some(header) = lines.first() else {
            return Err(RateSyntaxError {
                line: 1,
                column: 1,
                message: "expected a header line, then rows CODE NOMINAL NOMINAL NAME RATE"
                    .to_string(),
            });
        };
        if header.trim().is_empty() {
            return Err(RateSyntaxError {
                line: 1,
                column: 1,
                message: "expected a header line, found a blank line".to_string(),
            });
        }
        if read_row(header, 1).is_ok() {
            return Err(RateSyntaxError {
                line: 1,
                column: 1,
                message: "expected a header line before the rows, found a row".to_string(),
            });
        }
        if lines.len() < 2 {
            return Err(RateSyntaxError {
                line: 2,
                column: 1,
                message:
                    "expected at least one row CODE NOMINAL NOMINAL NAME RATE after the header"
                        .to_string(),
            });
        }
        let rows = lines[1..]
            .iter()
            .enumerate()
            .map(|(i, line)| read_row(line, i + 2))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(RateTable {
            header: header.trim().to_string(),
            rows,
        })
    }

    /// The decimal separator the table's rates use: `,` when some rate has a comma and
    /// none has only a period, else `.` (so `5,585` beside `1.7` is a grouped number,
    /// and `1,7` beside `0,004` a decimal).
    pub fn decimal_separator(&self) -> char {
        let only = |c: char, other: char| {
            self.rows
                .iter()
                .any(|r| r.rate.contains(c) && !r.rate.contains(other))
        };
        if only(',', '.') && !only('.', ',') {
            ','
        } else {
            '.'
        }
    }

    /// The currency the rates are in, when the header's last word is a code CLDR
    /// names (`AZN` in `Tipi Ədə. Adı AZN`).
    pub fn quote_currency(&self) -> Option<String> {
        let last = self.header.split_whitespace().last()?;
        let upper = last.to_ascii_uppercase();
        (last.len() == 3
            && last.bytes().all(|b| b.is_ascii_alphabetic())
            && Currencies::is_known(&upper))
        .then_some(upper)
    }
}

/// Reads one row; `line` is its 1-based number.
fn read_row(text: &str, line: usize) -> Result<RateRow, RateSyntaxError> {
    let w = words(text);
    let column = |offset: usize| text[..offset].chars().count() + 1;
    let err = |offset: usize, message: String| RateSyntaxError {
        line,
        column: column(offset),
        message,
    };
    let Some(&(code_at, code)) = w.first() else {
        return Err(err(
            0,
            "expected a row CODE NOMINAL NOMINAL NAME RATE, found a blank line".to_string(),
        ));
    };
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(err(
            code_at,
            format!(
                "expected a currency code (three capital letters, such as USD), found \"{code}\""
            ),
        ));
    }
    let Some(&(nominal_at, nominal)) = w.get(1) else {
        return Err(err(
            text.len(),
            format!("expected the nominal after {code} (how many units the rate is for, such as 1 or 100)"),
        ));
    };
    if !is_integer(nominal) || nominal.bytes().all(|b| b == b'0') {
        return Err(err(
            nominal_at,
            format!("expected the nominal (a whole number such as 1 or 100), found \"{nominal}\""),
        ));
    }
    let mut name_from = 2;
    if let Some(&(at, second)) = w.get(2) {
        if is_integer(second) {
            if second.trim_start_matches('0') != nominal.trim_start_matches('0') {
                return Err(err(
                    at,
                    format!("the nominal is written twice with different values: {nominal} and {second}"),
                ));
            }
            name_from = 3;
        }
    }
    if w.len() < name_from + 2 {
        return Err(err(
            text.len(),
            format!("expected the currency's name and then its rate after the nominal of {code}"),
        ));
    }
    let &(rate_at, rate) = &w[w.len() - 1];
    if !is_rate(rate) {
        return Err(err(
            rate_at,
            format!("expected the rate (a number such as 1.8968) at the end of the row, found \"{rate}\""),
        ));
    }
    let name_start = w[name_from].0;
    let (last_at, last) = w[w.len() - 2];
    let name = &text[name_start..last_at + last.len()];
    Ok(RateRow {
        code: code.to_string(),
        nominal: nominal.to_string(),
        name: name.to_string(),
        rate: rate.to_string(),
        line,
        column: column(code_at),
    })
}

/// Reads a rate table from the bytes of a file named `path` (the caller reads it: this
/// module does no I/O); a malformed table, or text that is not UTF-8, is reported with
/// the file, line and column. A byte order mark is skipped.
pub fn read_file_bytes(path: &str, bytes: &[u8]) -> Result<RateTable, RateError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = e.valid_up_to();
        let before = String::from_utf8_lossy(&bytes[..valid]);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        RateError::Syntax {
            path: Some(path.to_string()),
            error: RateSyntaxError {
                line,
                column,
                message: "not UTF-8 text".to_string(),
            },
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    RateTable::read(text).map_err(|error| RateError::Syntax {
        path: Some(path.to_string()),
        error,
    })
}

/// Renders `table` in `lang`: headings from `locales/{lang}/rates.ftl`, names from the
/// shipped `locales/{lang}/currencies.ftl` (house style first, then CLDR; English where
/// CLDR has no name in the locale), numbers in the locale's notation. Every code is
/// checked before anything is rendered: an unknown code is an error.
pub fn localize(table: &RateTable, lang: &Locale) -> Result<LocalizedTable, RateError> {
    for row in &table.rows {
        if !Currencies::is_known(&row.code) {
            return Err(RateError::UnknownCode {
                code: row.code.clone(),
                line: row.line,
                column: row.column,
            });
        }
    }
    let catalog = Currencies::for_locale(lang)?;
    // Numbers are read as the table writes them and written as `lang` does.
    let reading = if table.decimal_separator() == ',' {
        "ru"
    } else {
        "en"
    };
    let number = |value: &str, line: usize| {
        number_value(value, reading)
            .map(|v| format_number(&v, lang))
            .ok_or_else(|| RateError::NotANumber {
                value: value.to_string(),
                line,
            })
    };
    let rows = table
        .rows
        .iter()
        .map(|row| {
            if !is_integer(&row.nominal) {
                return Err(RateError::NotANumber {
                    value: row.nominal.clone(),
                    line: row.line,
                });
            }
            Ok(LocalizedRow {
                code: row.code.clone(),
                nominal: number(&row.nominal, row.line)?,
                name: catalog.name(&row.code)?,
                rate: number(&row.rate, row.line)?,
            })
        })
        .collect::<Result<Vec<_>, RateError>>()?;
    let rate = match table.quote_currency() {
        Some(code) => {
            let mut args = FluentArgs::new();
            args.set("currency", code);
            catalog.format("rates-column-rate-in", None, Some(&args))?
        }
        None => catalog.format("rates-column-rate", None, None)?,
    };
    Ok(LocalizedTable {
        columns: [
            catalog.format("rates-column-code", None, None)?,
            catalog.format("rates-column-nominal", None, None)?,
            catalog.format("rates-column-name", None, None)?,
            rate,
        ],
        rows,
    })
}

/// The value of a row's rate as a plain decimal (`"1.8968"`), read in the table's
/// notation; `None` when it is not a number.
pub fn rate_value(table: &RateTable, row: &RateRow) -> Option<String> {
    let reading = if table.decimal_separator() == ',' {
        "ru"
    } else {
        "en"
    };
    number_value(&row.rate, reading)
}
