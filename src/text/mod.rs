//! Normalisation and tokens shared by the segmenter, the matcher and QA: NFC, words,
//! numbers and placeables, and numbers written per locale.
//!
//! Everything here is pure: no I/O and no global state.
//!
//! # Tokens
//!
//! [`tokens`] and [`tokens_for`] cut a text into [`Token`]s with byte spans into the
//! text as given. Punctuation, symbols and whitespace are not tokens; the text between
//! two tokens (their *gap*) is read from the spans. The rules:
//!
//! - **Words** are runs of letters, digits and combining marks. An apostrophe (`'`,
//!   `’`) or a hyphen (`-`, `‐`, `‑`) between two word characters keeps the word whole:
//!   `don't`, `Russian-Azerbaijani`, `из-за`, `Alış-veriş`, `COVID-19` are one word
//!   each, as CAT tools count them; a soft hyphen or zero-width (non-)joiner inside a
//!   word is part of it too. A word that starts with a letter keeps the digits that
//!   follow (`G20`, `Su-35`). A word's `norm` is NFC and lowercase by its language's
//!   [`CaseRule`]: in az (and tr) `I` → `ı` and `İ` → `i`, elsewhere plain Unicode
//!   lowercase; `’` reads as `'` and `‐`/`‑` as `-`, invisible characters are dropped.
//! - **Numbers** start with an ASCII digit, or with `+`, `-` or `−` directly before one
//!   at the start of the text, after a space or an opening bracket or quote. One token
//!   covers `1.8968`, `0,6294`, `1,234.5`, `1.234,5`, `1 234,5` (plain, NO-BREAK,
//!   narrow or thin space grouping three digits), `15.00`, `-3`; `%` is punctuation. A
//!   number ends at its last digit: `10km` is a number and a word, `1990-cı` a number,
//!   a hyphen and a word. Dates and versions (`12.05.2024`, `1.2.3`) are one number
//!   token without a value. The `norm` is [`NUMBER_CLASS`]; [`number_value`] reads the
//!   value, which needs the language (`1,234`).
//! - **Placeables** are one token each, with `norm` [`PLACEABLE_CLASS`]: HTML/XML
//!   tags (`<b>`, `</a>`, `<x1/>`, `<br/>`, with attributes); printf directives
//!   (`%s`, `%d`, `%.2f`, `%(name)s`, `%1$s`, Qt's `%1`), but not `%%` and not a `%`
//!   right after a digit; balanced braces (`{0}`, `{name}`, `{ $count }`,
//!   `{ -brand-name }`, `${x}`, `{{ x }}`, a whole ICU/Fluent select); Markdown code
//!   spans (`` `x` ``); URLs (`https://…`, `www.…`) and e-mail addresses, so that their
//!   parts are neither counted nor checked as words and numbers. Markdown emphasis
//!   (`**`, `__`, `*`, `_`) is punctuation: formatting is a minor difference, not a
//!   different word.
//!
//! ```
//! use korpu::text::{tokens_for, TokenKind::*};
//! let t = tokens_for("Курс <b>евро</b> вырос до 1,8968 маната (+0,4%).", "ru");
//! let kinds: Vec<_> = t.iter().map(|t| t.kind).collect();
//! assert_eq!(
//!     kinds,
//!     [Word, Placeable, Word, Placeable, Word, Word, Number, Word, Number]
//! );
//! ```

mod number;
mod placeable;
mod token;

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

pub(crate) use number::push_number_value;
pub use number::{format_number, number_value, parse_number, NumberSymbols};
pub(crate) use token::{is_ignorable, is_joiner, is_space, push_folded, scan};
pub use token::{
    tokens, tokens_for, tokens_with, CaseRule, Token, TokenKind, NUMBER_CLASS, PLACEABLE_CLASS,
};

/// The text in Unicode Normalization Form C; borrowed when it already is (the usual
/// case, checked quickly).
///
/// ```
/// use korpu::text::nfc;
/// assert_eq!(nfc("Bak\u{131}"), "Bakı");
/// assert_eq!(nfc("Ko\u{308}rpu\u{308}"), "Körpü");
/// assert!(matches!(nfc("plain"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn nfc(s: &str) -> Cow<'_, str> {
    if token::surely_nfc(s) {
        return Cow::Borrowed(s);
    }
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => Cow::Borrowed(s),
        _ => Cow::Owned(s.nfc().collect()),
    }
}

/// The number of words a translator is paid for: words and numbers, not placeables
/// or punctuation. A hyphenated compound is one word (see the module documentation).
///
/// ```
/// use korpu::text::word_count;
/// assert_eq!(word_count("The euro rose to 1.8968 manat."), 6);
/// assert_eq!(word_count("Rusiya-Azərbaycan <b>sərhədi</b> — 1 234,5 km."), 4);
/// assert_eq!(word_count("%s: {0}"), 0);
/// ```
pub fn word_count(text: &str) -> usize {
    scan(text)
        .filter(|(kind, _)| *kind != TokenKind::Placeable)
        .count()
}

#[cfg(test)]
mod tests;
