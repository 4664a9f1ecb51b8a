//! Numbers: reading a number as written in a language, and writing one the way a
//! reader of a locale expects (CLDR symbols).
//!
//! A *canonical value* is a plain decimal string: an optional `-`, the integer digits
//! without grouping or leading zeros, and, if the number has a fraction, `.` and the
//! fraction digits exactly as written (`1.7000` keeps its four digits, `15.00` its
//! two: in a rate or a time they carry meaning).

use crate::locale::Locale;

use super::token::{is_group_space, primary_language, scan, TokenKind};

/// The number symbols of a language, from CLDR's `latn` numbering system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NumberSymbols {
    /// The decimal separator: `.` in en, `,` in az and ru.
    pub decimal: char,
    /// The grouping separator: `,` in en, `.` in az, U+00A0 NO-BREAK SPACE in ru.
    pub group: char,
    /// CLDR `minimumGroupingDigits`: how many digits must stand before the first
    /// separator for grouping to be used. 1 in en, az and ru, so `1234` is grouped.
    pub minimum_grouping_digits: usize,
}

impl NumberSymbols {
    /// The symbols for a language tag (`en`, `az-Latn`, `ru-RU`); languages other than
    /// en, az and ru get en's.
    ///
    /// ```
    /// use korpu::text::NumberSymbols;
    /// assert_eq!(NumberSymbols::for_language("az").decimal, ',');
    /// assert_eq!(NumberSymbols::for_language("ru").group, '\u{a0}');
    /// assert_eq!(NumberSymbols::for_language("de").decimal, '.');
    /// ```
    pub fn for_language(lang: &str) -> NumberSymbols {
        // CLDR common/main/{az,ru}.xml, numbers/symbols[@numberSystem="latn"] and
        // numbers/minimumGroupingDigits.
        let (decimal, group) = match primary_language(lang).to_ascii_lowercase().as_str() {
            "az" => (',', '.'),
            "ru" => (',', '\u{a0}'),
            _ => ('.', ','),
        };
        NumberSymbols {
            decimal,
            group,
            minimum_grouping_digits: 1,
        }
    }
}

/// The canonical value of a number token as written in a language (a BCP 47 tag), or
/// `None` when the text is not one number (a date such as `12.05.2024`, a version
/// such as `1.2.3`).
///
/// How separators are read:
/// - spaces (plain, NO-BREAK, narrow no-break, thin) only group digits;
/// - when both `.` and `,` occur, the one that comes last is the decimal separator
///   (`1,234.5` and `1.234,5` are both 1234.5 in every language);
/// - a separator that occurs more than once groups digits (`1.234.567`);
/// - a single `.` or `,`: the language's decimal separator is read as one; its
///   grouping separator groups only when exactly three digits follow and one to three
///   digits (not starting with 0) precede it, and is a decimal separator otherwise.
///   So `1,234` is 1234 in en but 1.234 in az and ru, `1.234` is 1234 in az, and
///   `0,6294` and `1,8968` are decimals everywhere. ru has no `.` symbol, and reads a
///   single `.` as a decimal separator, as copy quoting English figures uses it.
///
/// ```
/// use korpu::text::number_value;
/// assert_eq!(number_value("1,234", "en").as_deref(), Some("1234"));
/// assert_eq!(number_value("1,234", "az").as_deref(), Some("1.234"));
/// assert_eq!(number_value("1\u{a0}234,5", "ru").as_deref(), Some("1234.5"));
/// assert_eq!(number_value("+0.4", "en").as_deref(), Some("0.4"));
/// assert_eq!(number_value("12.05.2024", "ru"), None);
/// ```
pub fn number_value(token_text: &str, lang: &str) -> Option<String> {
    let mut out = String::new();
    push_number_value(token_text, lang, &mut out).then_some(out)
}

/// Appends the canonical value of `token_text` to `out` and says whether it is a
/// number; on `false`, `out` is left as it was.
pub(crate) fn push_number_value(token_text: &str, lang: &str, out: &mut String) -> bool {
    let (negative, body) = match token_text.chars().next() {
        Some('-') => (true, &token_text[1..]),
        Some('\u{2212}') => (true, &token_text['\u{2212}'.len_utf8()..]),
        Some('+') => (false, &token_text[1..]),
        _ => (false, token_text),
    };
    let Some(decimal) = decimal_separator(body, lang) else {
        return false;
    };
    let (int_part, fraction) = match decimal {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    if !valid_grouping(int_part) || fraction.is_some_and(|f| !all_digits(f)) {
        return false;
    }
    let start = out.len();
    if negative {
        out.push('-');
    }
    let digits_start = out.len();
    out.extend(
        int_part
            .chars()
            .filter(char::is_ascii_digit)
            .skip_while(|&c| c == '0'),
    );
    if out.len() == digits_start {
        out.push('0');
    }
    if let Some(f) = fraction {
        out.push('.');
        out.push_str(f);
    }
    // `-0` and `-0.00` are zero.
    if negative
        && out[digits_start..]
            .bytes()
            .all(|c| matches!(c, b'0' | b'.'))
    {
        out.remove(start);
    }
    true
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
}

/// The byte index of the decimal separator in `body` (`Some(None)` for an integer), or
/// `None` when `body` is not made of digits and separators in a readable way.
fn decimal_separator(body: &str, lang: &str) -> Option<Option<usize>> {
    let mut dots = 0;
    let mut commas = 0;
    let mut spaces = 0;
    let mut last_mark = None;
    let mut prev_digit = false;
    for (i, c) in body.char_indices() {
        let digit = c.is_ascii_digit();
        if !digit {
            // Every separator stands between two digits.
            if !prev_digit {
                return None;
            }
            match c {
                '.' => dots += 1,
                ',' => commas += 1,
                c if is_group_space(c) => spaces += 1,
                _ => return None,
            }
            if c == '.' || c == ',' {
                last_mark = Some((i, c));
            }
        }
        prev_digit = digit;
    }
    if !prev_digit {
        return None;
    }
    let Some((at, mark)) = last_mark else {
        return Some(None);
    };
    let count = if mark == '.' { dots } else { commas };
    if dots > 0 && commas > 0 {
        // The last mark is the decimal separator; it must occur once.
        return (count == 1).then_some(Some(at));
    }
    if count > 1 {
        return Some(None);
    }
    if spaces > 0 {
        return Some(Some(at));
    }
    let symbols = NumberSymbols::for_language(lang);
    if mark == symbols.group {
        let before = &body[..at];
        let after = &body[at + 1..];
        let groups =
            after.len() == 3 && (1..=3).contains(&before.len()) && !before.starts_with('0');
        return Some(if groups { None } else { Some(at) });
    }
    Some(Some(at))
}

/// Whether the integer part's separators (spaces, `.` or `,`, one kind) make groups of
/// three digits after a first group of one to three.
fn valid_grouping(int_part: &str) -> bool {
    let mut groups = int_part.split(|c: char| !c.is_ascii_digit());
    let Some(first) = groups.next() else {
        return false;
    };
    let mut separators = int_part.chars().filter(|c| !c.is_ascii_digit());
    let Some(sep) = separators.next() else {
        return all_digits(first);
    };
    let same_kind = |c: char| {
        if is_group_space(sep) {
            is_group_space(c)
        } else {
            c == sep
        }
    };
    (1..=3).contains(&first.len())
        && separators.all(same_kind)
        && groups.all(|g| g.len() == 3 && all_digits(g))
}

/// Reads a whole string as one number in a locale, surrounding whitespace allowed;
/// `None` if it is not exactly one number. See [`number_value`] for how separators
/// are read.
///
/// ```
/// use korpu::locale::Locale;
/// use korpu::text::parse_number;
/// let az = Locale::parse("az").unwrap();
/// assert_eq!(parse_number(" 1.234,5 ", &az).as_deref(), Some("1234.5"));
/// assert_eq!(parse_number("1,8968", &az).as_deref(), Some("1.8968"));
/// assert_eq!(parse_number("1,8968 manat", &az), None);
/// ```
pub fn parse_number(text: &str, lang: &Locale) -> Option<String> {
    let trimmed = text.trim();
    let mut found = scan(trimmed);
    let (kind, span) = found.next()?;
    if kind != TokenKind::Number || span != (0..trimmed.len()) || found.next().is_some() {
        return None;
    }
    number_value(trimmed, lang.language())
}

/// Writes a canonical value (`"1234.5"`, `"-0.4"`, `"1.7000"`) in a locale's CLDR
/// notation, keeping the fraction digits as given: en `1,234.5`, az `1.234,5`, ru
/// `1 234,5` with U+00A0 NO-BREAK SPACE; other languages as en. A value that is not a
/// plain decimal string is returned unchanged.
///
/// ```
/// use korpu::locale::Locale;
/// use korpu::text::format_number;
/// let l = |t: &str| Locale::parse(t).unwrap();
/// assert_eq!(format_number("1234.5", &l("en")), "1,234.5");
/// assert_eq!(format_number("1234.5", &l("az")), "1.234,5");
/// assert_eq!(format_number("1234.5", &l("ru")), "1\u{a0}234,5");
/// assert_eq!(format_number("1.8968", &l("az")), "1,8968");
/// assert_eq!(format_number("-0.4", &l("ru")), "-0,4");
/// ```
pub fn format_number(value: &str, lang: &Locale) -> String {
    let (sign, body) = match value.as_bytes().first() {
        Some(b'-' | b'+') => value.split_at(1),
        _ => ("", value),
    };
    let (int_part, fraction) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if !all_digits(int_part) || fraction.is_some_and(|f| !all_digits(f)) {
        return value.to_string();
    }
    let symbols = NumberSymbols::for_language(lang.language());
    let mut out = String::with_capacity(value.len() + int_part.len() / 3 * 2 + 1);
    out.push_str(sign);
    let grouped = int_part.len() >= 3 + symbols.minimum_grouping_digits;
    for (i, c) in int_part.chars().enumerate() {
        let left = int_part.len() - i;
        if grouped && i > 0 && left % 3 == 0 {
            out.push(symbols.group);
        }
        out.push(c);
    }
    if let Some(f) = fraction {
        out.push(symbols.decimal);
        out.push_str(f);
    }
    out
}
