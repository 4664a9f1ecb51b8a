//! Character data: decoding what the parser hands over, escaping what the writer emits.
//!
//! Decoding is done here rather than by the XML parser so that every problem has an
//! exact byte offset and so that an entity that is not predefined is told apart from
//! malformed markup: the first is a problem of one segment (korpu never expands
//! entities), the second makes the document unreadable.

/// Why raw character data could not be decoded. Offsets are into the raw bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum TextError {
    /// The bytes are not UTF-8; the offset of the first bad byte.
    Utf8(usize),
    /// A `&` that does not start a reference, or a reference without `;`.
    BareAmpersand(usize),
    /// A character reference to a number that is not an XML character.
    BadCharRef(usize, String),
    /// A well-formed reference to an entity that is not predefined.
    UnknownEntity(usize, String),
    /// A `<` inside an attribute value.
    LessThanInAttribute(usize),
}

impl TextError {
    /// Where in the raw bytes the problem is.
    pub(super) fn offset(&self) -> usize {
        match self {
            TextError::Utf8(at)
            | TextError::BareAmpersand(at)
            | TextError::BadCharRef(at, _)
            | TextError::UnknownEntity(at, _)
            | TextError::LessThanInAttribute(at) => *at,
        }
    }

    /// Whether the document can still be read past this problem.
    pub(super) fn is_recoverable(&self) -> bool {
        matches!(self, TextError::UnknownEntity(..))
    }

    /// What is wrong, for a diagnostic.
    pub(super) fn message(&self) -> String {
        match self {
            TextError::Utf8(_) => "the text is not valid UTF-8 (the file's encoding does not \
                match its declaration)"
                .to_string(),
            TextError::BareAmpersand(_) => {
                "malformed XML: `&` must be written as `&amp;` unless it starts a reference \
                 such as `&lt;` or `&#233;`"
                    .to_string()
            }
            TextError::BadCharRef(_, r) => {
                format!("malformed XML: `&{r};` does not name a character allowed in XML")
            }
            TextError::UnknownEntity(_, name) => format!(
                "unknown entity `&{name};`: korpu never expands entities (only `&lt;` `&gt;` \
                 `&amp;` `&apos;` `&quot;` and character references are decoded); the text \
                 that holds it is skipped"
            ),
            TextError::LessThanInAttribute(_) => {
                "malformed XML: `<` must be written as `&lt;` in an attribute value".to_string()
            }
        }
    }
}

/// Appends decoded character data to `out`; returns the offset of the first control
/// character that XML 1.0 does not allow, if there is one (it is kept).
///
/// Line ends are normalized as XML requires (`\r\n` and a lone `\r` become `\n`; a
/// `&#13;` stays a carriage return). In an attribute value, literal tabs and line ends
/// also become spaces. Text from a CDATA section is passed with `cdata` set: nothing
/// in it is a reference.
pub(super) fn decode_into(
    raw: &[u8],
    attribute: bool,
    cdata: bool,
    out: &mut String,
) -> Result<Option<usize>, TextError> {
    let text = std::str::from_utf8(raw).map_err(|e| TextError::Utf8(e.valid_up_to()))?;
    decode_str_into(text, attribute, cdata, out)
}

/// [`decode_into`] for data already known to be UTF-8.
pub(super) fn decode_str_into(
    text: &str,
    attribute: bool,
    cdata: bool,
    out: &mut String,
) -> Result<Option<usize>, TextError> {
    // Written with non-short-circuit operators so that the block test in
    // `find_special` vectorizes; one copy of the loop per context.
    if cdata {
        decode_with(text, false, out, |b| {
            (b < 0x20) & (b != b'\n') & (b != b'\t')
        })
    } else if attribute {
        decode_with(text, true, out, |b| (b == b'&') | (b == b'<') | (b < 0x20))
    } else {
        decode_with(text, false, out, |b| {
            (b == b'&') | ((b < 0x20) & (b != b'\n') & (b != b'\t'))
        })
    }
}

fn decode_with(
    text: &str,
    attribute: bool,
    out: &mut String,
    special: impl Fn(u8) -> bool + Copy,
) -> Result<Option<usize>, TextError> {
    let bytes = text.as_bytes();
    let mut control = None;
    let mut done = 0;
    while let Some(i) = find_special(bytes, done, special) {
        out.push_str(&text[done..i]);
        let b = bytes[i];
        let next = match b {
            b'&' => {
                let (decoded, len) = reference(&text[i..]).map_err(|e| shift(e, i))?;
                out.push(decoded);
                i + len
            }
            b'<' => return Err(TextError::LessThanInAttribute(i)),
            b'\r' => {
                out.push(if attribute { ' ' } else { '\n' });
                if bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                }
            }
            b'\n' | b'\t' => {
                out.push(if attribute { ' ' } else { char::from(b) });
                i + 1
            }
            _ => {
                control = control.or(Some(i));
                out.push(char::from(b));
                i + 1
            }
        };
        done = next;
    }
    out.push_str(&text[done..]);
    Ok(control)
}

/// The index of the first special byte at or after `from`.
///
/// Most text has nothing special, so the bytes are first tested eight at a time, as
/// one 64-bit word, for anything that might be special (a control character, `&`,
/// `<`); only a word that might is looked at byte by byte.
#[inline(always)]
fn find_special(bytes: &[u8], from: usize, special: impl Fn(u8) -> bool) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `word` is zero (exact, as a yes or no).
    let has_zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGH != 0;
    let mut i = from;
    while i + 8 <= bytes.len() {
        let mut block = [0u8; 8];
        block.copy_from_slice(&bytes[i..i + 8]);
        let word = u64::from_le_bytes(block);
        // Some byte below 0x20 (exact for thresholds up to 0x80).
        let control = word.wrapping_sub(ONES * 0x20) & !word & HIGH != 0;
        if control
            || has_zero(word ^ (ONES * u64::from(b'&')))
            || has_zero(word ^ (ONES * u64::from(b'<')))
        {
            if let Some(at) = block.iter().position(|&b| special(b)) {
                return Some(i + at);
            }
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| special(b)).map(|at| i + at)
}

/// Moves an error's offset from a sub-slice to the whole text.
fn shift(e: TextError, by: usize) -> TextError {
    match e {
        TextError::Utf8(at) => TextError::Utf8(at + by),
        TextError::BareAmpersand(at) => TextError::BareAmpersand(at + by),
        TextError::BadCharRef(at, r) => TextError::BadCharRef(at + by, r),
        TextError::UnknownEntity(at, n) => TextError::UnknownEntity(at + by, n),
        TextError::LessThanInAttribute(at) => TextError::LessThanInAttribute(at + by),
    }
}

/// Decodes the reference at the start of `s` (which starts with `&`); returns the
/// character and the length of the reference.
fn reference(s: &str) -> Result<(char, usize), TextError> {
    // Names of predefined entities and numbers are short; anything long is not a
    // reference, whatever follows.
    let body_end = s
        .bytes()
        .take(64)
        .position(|b| b == b';')
        .ok_or(TextError::BareAmpersand(0))?;
    let body = &s[1..body_end];
    let len = body_end + 1;
    let c = match body {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => {
            if let Some(number) = body.strip_prefix('#') {
                let value = match number.strip_prefix('x') {
                    Some(hex) => parse_digits(hex, 16),
                    None => parse_digits(number, 10),
                };
                match value.and_then(char::from_u32) {
                    Some(c) if is_xml_char(c) => c,
                    _ => return Err(TextError::BadCharRef(0, body.to_string())),
                }
            } else if is_name(body) {
                return Err(TextError::UnknownEntity(0, body.to_string()));
            } else {
                return Err(TextError::BareAmpersand(0));
            }
        }
    };
    Ok((c, len))
}

fn parse_digits(digits: &str, radix: u32) -> Option<u32> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    u32::from_str_radix(digits, radix).ok()
}

/// Whether XML 1.0 allows the character in a document.
pub(super) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Whether `s` is an XML name (a close approximation: letters, digits and `_ : . -`,
/// not starting with a digit, `.` or `-`; any non-ASCII character counts as a letter).
pub(super) fn is_name(s: &str) -> bool {
    match s.as_bytes().split_first() {
        Some((&first, rest)) => {
            NAME_START[usize::from(first)] && rest.iter().all(|&b| NAME_CHAR[usize::from(b)])
        }
        None => false,
    }
}

/// Bytes that may start a name, and bytes that may continue one (every byte of a
/// non-ASCII character counts as a letter).
const NAME_START: [bool; 256] = name_bytes(false);
const NAME_CHAR: [bool; 256] = name_bytes(true);

const fn name_bytes(inner: bool) -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphabetic()
            || c == b'_'
            || c == b':'
            || c >= 0x80
            || (inner && (c.is_ascii_digit() || c == b'.' || c == b'-'));
        b += 1;
    }
    table
}

/// Appends `s` escaped for element content.
///
/// A carriage return is written as `&#13;` so that it survives line-end
/// normalization; a character XML does not allow becomes U+FFFD, so that the output is
/// always well-formed.
pub(super) fn escape_text(s: &str, out: &mut String) {
    escape(s, false, out);
}

/// Appends `s` escaped for an attribute value in double quotes (tabs and line ends as
/// character references, so that attribute-value normalization keeps them).
pub(super) fn escape_attr(s: &str, out: &mut String) {
    escape(s, true, out);
}

fn escape(s: &str, attribute: bool, out: &mut String) {
    let mut done = 0;
    for (i, c) in s.char_indices() {
        let replacement = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' if attribute => "&quot;",
            '\r' => "&#13;",
            '\n' if attribute => "&#10;",
            '\t' if attribute => "&#9;",
            c if !is_xml_char(c) => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&s[done..i]);
        out.push_str(replacement);
        done = i + c.len_utf8();
    }
    out.push_str(&s[done..]);
}
