//! The tokenizer: words, numbers and placeables with their byte spans.
//!
//! The scanner is hand-written (no regular expressions) because the matcher runs it on
//! every candidate it re-scores. It walks the text once, left to right, and at each
//! position tries, in this order:
//!
//! 1. a placeable: an HTML/XML tag, a printf directive, a brace placeable, a Markdown
//!    code span;
//! 2. a number: an ASCII digit, or a sign directly before one;
//! 3. a word: a letter, digit or mark; a word that opens a URL or an e-mail address
//!    becomes one placeable instead.
//!
//! Everything else (punctuation, symbols, whitespace) is not a token.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

use super::placeable::{brace_len, code_span_len, printf_len, tag_len, url_or_email_len};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// The `norm` of every number token: numbers compare equal to each other in the score.
pub const NUMBER_CLASS: &str = "\u{1}num";

/// The `norm` of every placeable token: placeables compare equal to each other.
pub const PLACEABLE_CLASS: &str = "\u{1}ph";

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TokenKind {
    /// A word: letters, digits and marks, with inner apostrophes and hyphens.
    Word,
    /// A number such as `1.8968`, `0,6294`, `1 234,5` or `-3`.
    Number,
    /// Markup or a format directive that a translator copies rather than translates:
    /// `<b>`, `%s`, `{0}`, `{ $count }`, a code span, a URL or an e-mail address.
    Placeable,
}

/// One token of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// The form the matcher compares: for a word NFC and lowercase (see [`CaseRule`]),
    /// with `’` read as `'` and `‐`/`‑` as `-`; [`NUMBER_CLASS`] for a number and
    /// [`PLACEABLE_CLASS`] for a placeable.
    pub norm: String,
    /// Byte range of the token in the text that was tokenized.
    pub span: Range<usize>,
}

/// How words are lowercased for their `norm`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CaseRule {
    /// Unicode lowercase: `I` → `i`, `İ` → `i̇` (i with a combining dot above).
    #[default]
    Unicode,
    /// The Azerbaijani and Turkish rule of Unicode's SpecialCasing: `I` → `ı`,
    /// `İ` → `i`; every other letter as in [`CaseRule::Unicode`].
    Turkic,
}

impl CaseRule {
    /// The rule for a language tag: [`CaseRule::Turkic`] for `az` (any script or
    /// region) and `tr`, which share the rule in Unicode's SpecialCasing;
    /// [`CaseRule::Unicode`] for everything else.
    ///
    /// ```
    /// use korpu::text::CaseRule;
    /// assert_eq!(CaseRule::for_language("az"), CaseRule::Turkic);
    /// assert_eq!(CaseRule::for_language("az-Latn-AZ"), CaseRule::Turkic);
    /// assert_eq!(CaseRule::for_language("ru"), CaseRule::Unicode);
    /// ```
    pub fn for_language(lang: &str) -> CaseRule {
        let primary = primary_language(lang);
        if primary.eq_ignore_ascii_case("az") || primary.eq_ignore_ascii_case("tr") {
            CaseRule::Turkic
        } else {
            CaseRule::Unicode
        }
    }
}

/// The primary language subtag of a tag (`az` of `az-Latn-AZ`); `_` is accepted as a
/// separator because POSIX locale names and some PO headers use it.
pub(crate) fn primary_language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// The tokens of a text with Unicode lowercasing ([`CaseRule::Unicode`]); use
/// [`tokens_for`] when the language is known.
///
/// ```
/// use korpu::text::{tokens, TokenKind, NUMBER_CLASS};
/// let t = tokens("The euro rose to 1.8968 manat.");
/// let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
/// assert_eq!(norms, ["the", "euro", "rose", "to", NUMBER_CLASS, "manat"]);
/// assert_eq!(t[4].kind, TokenKind::Number);
/// assert_eq!(t[4].span, 17..23);
/// ```
pub fn tokens(text: &str) -> Vec<Token> {
    tokens_with(text, CaseRule::Unicode)
}

/// The tokens of a text in a language (a BCP 47 tag such as `az` or `ru-RU`): only
/// the case rule depends on it.
///
/// ```
/// use korpu::text::tokens_for;
/// let t = tokens_for("İLHAM Əliyev İrəvanda", "az");
/// let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
/// assert_eq!(norms, ["ilham", "əliyev", "irəvanda"]);
/// assert_eq!(tokens_for("BAKI", "az")[0].norm, "bakı");
/// assert_eq!(tokens_for("BAKI", "en")[0].norm, "baki");
/// ```
pub fn tokens_for(text: &str, lang: &str) -> Vec<Token> {
    tokens_with(text, CaseRule::for_language(lang))
}

/// The tokens of a text with a given case rule.
pub fn tokens_with(text: &str, rule: CaseRule) -> Vec<Token> {
    scan(text)
        .map(|(kind, span)| {
            let norm = match kind {
                TokenKind::Word => {
                    let mut norm = String::with_capacity(span.len());
                    push_folded(&text[span.clone()], rule, &mut norm);
                    norm
                }
                TokenKind::Number => NUMBER_CLASS.to_string(),
                TokenKind::Placeable => PLACEABLE_CLASS.to_string(),
            };
            Token { kind, norm, span }
        })
        .collect()
}

/// The kinds and spans of the tokens of a text, without their norms.
pub(crate) fn scan(text: &str) -> Scanner<'_> {
    Scanner { text, pos: 0 }
}

/// An iterator over `(kind, span)` of the tokens of a text.
pub(crate) struct Scanner<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Scanner<'_> {
    type Item = (TokenKind, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        while let Some(c) = text[self.pos..].chars().next() {
            let start = self.pos;
            if c == '%' && text[start + 1..].starts_with('%') {
                // `%%` is a literal percent sign in a format string, never a directive.
                self.pos += 2;
                continue;
            }
            if let Some((kind, end)) = token_at(text, start, c) {
                self.pos = end;
                return Some((kind, start..end));
            }
            self.pos += c.len_utf8();
        }
        None
    }
}

/// The token that starts at `start` (whose first char is `c`), if one does.
fn token_at(text: &str, start: usize, c: char) -> Option<(TokenKind, usize)> {
    let rest = &text[start..];
    let placeable = |len: Option<usize>| len.map(|n| (TokenKind::Placeable, start + n));
    match c {
        '<' => placeable(tag_len(rest)),
        '%' if !prev_char(text, start).is_some_and(|p| p.is_ascii_digit()) => {
            placeable(printf_len(rest))
        }
        '{' => placeable(brace_len(rest)),
        '$' if rest[1..].starts_with('{') => placeable(brace_len(&rest[1..]).map(|n| n + 1)),
        '`' => placeable(code_span_len(rest)),
        '0'..='9' => Some((TokenKind::Number, number_end(text, start))),
        '+' | '-' | '\u{2212}' => {
            let digits = start + c.len_utf8();
            let next_is_digit = text.as_bytes().get(digits).is_some_and(u8::is_ascii_digit);
            if next_is_digit && sign_context(prev_char(text, start)) {
                Some((TokenKind::Number, number_end(text, digits)))
            } else {
                None
            }
        }
        c if is_word_char(c) => {
            let end = word_end(text, start);
            if let Some(n) = url_or_email_len(rest, end - start) {
                Some((TokenKind::Placeable, start + n))
            } else {
                Some((TokenKind::Word, end))
            }
        }
        _ => None,
    }
}

fn prev_char(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// A `+`, `-` or `−` belongs to the number after it only at the start of the text,
/// after whitespace or after an opening bracket or quote: `1990-2000` is a range of
/// two numbers, `(-3)` holds the number -3.
fn sign_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            is_space(p)
                || matches!(
                    p,
                    '(' | '[' | '{' | '«' | '„' | '“' | '"' | '\'' | '/' | '=' | ':'
                )
        }
    }
}

/// Letters, digits and marks make words.
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // The letters of en, az and ru take a table lookup in `char::is_alphanumeric`;
        // these ranges hold only letters (and, in Cyrillic, combining marks).
        '\u{c0}'..='\u{2af}' => c != '\u{d7}' && c != '\u{f7}',
        '\u{400}'..='\u{52f}' => c != '\u{482}',
        _ => c.is_alphanumeric() || is_combining_mark(c),
    }
}

/// Whether a string is surely in NFC without the table lookups of a quick check: it
/// has only characters below U+0300 (Latin, with Azerbaijani ə) and Cyrillic letters,
/// none of which decomposes, combines with a neighbour or reorders.
pub(crate) fn surely_nfc(s: &str) -> bool {
    s.chars()
        .all(|c| c < '\u{300}' || matches!(c, '\u{400}'..='\u{482}' | '\u{48a}'..='\u{52f}'))
}

/// Apostrophes and hyphens keep a word whole when a word character stands on each
/// side: `don't`, `Russian-Azerbaijani`, `из-за`, `COVID-19`.
pub(crate) fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}')
}

/// Invisible characters that may sit inside a word and are left out of its norm: the
/// soft hyphen, the zero-width (non-)joiners and the word joiner.
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200c}' | '\u{200d}' | '\u{2060}')
}

/// Whitespace for the purpose of gaps between tokens: Unicode White_Space (which
/// includes NO-BREAK SPACE and the thin and narrow no-break spaces) plus the zero-width
/// space and the byte order mark, which are as invisible.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
}

/// The end of the word that starts at `start`.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            end = start + i + c.len_utf8();
        } else if (is_joiner(c) || is_ignorable(c))
            && end == start + i
            && chars.peek().is_some_and(|&(_, n)| is_word_char(n))
        {
            continue;
        } else {
            break;
        }
    }
    end
}

/// Space characters that group digits: NO-BREAK SPACE (CLDR ru), NARROW NO-BREAK
/// SPACE, THIN SPACE, and the plain space that news copy often uses instead.
pub(crate) fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The end of the number whose digits start at `start`.
///
/// A number is a run of ASCII digits, then any number of `.` or `,` each followed by
/// digits (`1.8968`, `1,234.5`, `1.234.567`, `12.05.2024`), or, before the first `.`
/// or `,`, groups of exactly three digits after a space (`1 234 567,5`); the first run
/// then has one to three digits and a group is not followed by a further digit. The
/// number ends at its last digit, so in `10km` and `1990-cı` a word follows it.
fn number_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let digits_from = |i: usize| i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = digits_from(start);
    let mut space_groups_allowed = end - start <= 3;
    while let Some(c) = text[end..].chars().next() {
        let after = end + c.len_utf8();
        if (c == '.' || c == ',') && bytes.get(after).is_some_and(u8::is_ascii_digit) {
            end = digits_from(after);
            space_groups_allowed = false;
        } else if space_groups_allowed && is_group_space(c) && digits_from(after) == after + 3 {
            end = after + 3;
        } else {
            break;
        }
    }
    end
}

/// Appends the Unicode lowercase of a character and says whether it took the fast
/// path: the letters of en, az and ru skip the table search of `char::to_lowercase`,
/// and their lowercase is surely NFC.
fn push_lowercase(c: char, out: &mut String) -> bool {
    let lower = match c {
        'A'..='Z' | 'À'..='Þ' | 'А'..='Я' if c != '×' => char::from_u32(c as u32 + 0x20),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50),
        'a'..='z' | 'ß'..='ÿ' | 'а'..='џ' | 'ə' | 'ı' | 'ş' | 'ğ' => Some(c),
        _ => None,
    };
    match lower {
        Some(l) => {
            out.push(l);
            true
        }
        None => {
            out.extend(c.to_lowercase());
            false
        }
    }
}

/// Appends the norm of a word to `out`: NFC, lowercase by `rule`, typographic
/// apostrophes and hyphens read as ASCII ones, invisible characters left out.
pub(crate) fn push_folded(word: &str, rule: CaseRule, out: &mut String) {
    let turkic = rule == CaseRule::Turkic;
    if word.is_ascii() {
        out.extend(word.chars().map(|c| match c {
            'I' if turkic => 'ı',
            c => c.to_ascii_lowercase(),
        }));
        return;
    }
    let word: Cow<str> = if surely_nfc(word) {
        Cow::Borrowed(word)
    } else {
        match is_nfc_quick(word.chars()) {
            IsNormalized::Yes => Cow::Borrowed(word),
            _ => Cow::Owned(word.nfc().collect()),
        }
    };
    let start = out.len();
    let mut fast = true;
    for c in word.chars() {
        match c {
            '\u{2019}' => out.push('\''),
            '\u{2010}' | '\u{2011}' => out.push('-'),
            'I' if turkic => out.push('ı'),
            'İ' if turkic => out.push('i'),
            'Σ' => {
                // Only `str::to_lowercase` knows the final-sigma rule (no Turkic rule
                // applies to Greek): start over with it.
                out.truncate(start);
                out.extend(word.to_lowercase().chars().filter_map(|c| match c {
                    '\u{2019}' => Some('\''),
                    '\u{2010}' | '\u{2011}' => Some('-'),
                    c if is_ignorable(c) => None,
                    c => Some(c),
                }));
                fast = false;
                break;
            }
            c if is_ignorable(c) => {}
            c => fast &= push_lowercase(c, out),
        }
    }
    // Lowercasing an NFC string can, for a handful of characters, leave it unnormalised.
    let folded = &out[start..];
    if !fast && !matches!(is_nfc_quick(folded.chars()), IsNormalized::Yes) {
        let normalised: String = folded.nfc().collect();
        out.truncate(start);
        out.push_str(&normalised);
    }
}
