//! Recognisers for placeables: each takes the text from a candidate first character
//! and returns the placeable's length in bytes, or `None`. Hand-written rather than
//! regular expressions because the scanner runs on every candidate the matcher scores.

use super::token::is_space;

/// An HTML or XML tag: `<b>`, `</a>`, `<br/>`, `<x1/>`, `<a href="x">`, `<ph id='1'/>`.
pub(super) fn tag_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let name_start = |c: u8| c.is_ascii_alphabetic() || c == b'_';
    let name_char = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b':' | b'.' | b'-');
    let mut i = 1;
    let closing = b.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    if !b.get(i).copied().is_some_and(name_start) {
        return None;
    }
    while b.get(i).copied().is_some_and(name_char) {
        i += 1;
    }
    loop {
        let ws_start = i;
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        match *b.get(i)? {
            b'>' => return Some(i + 1),
            b'/' if !closing && b.get(i + 1) == Some(&b'>') => return Some(i + 2),
            c if name_start(c) && i > ws_start && !closing => {
                while b.get(i).copied().is_some_and(name_char) {
                    i += 1;
                }
                let before_eq = i;
                while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                if b.get(i) != Some(&b'=') {
                    // A boolean attribute: what follows is read by the loop.
                    i = before_eq;
                    continue;
                }
                i += 1;
                while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                match *b.get(i)? {
                    q @ (b'"' | b'\'') => {
                        let close = b[i + 1..].iter().position(|&c| c == q)?;
                        i += close + 2;
                    }
                    _ => {
                        let unquoted = |c: &u8| {
                            !c.is_ascii_whitespace()
                                && !matches!(c, b'"' | b'\'' | b'=' | b'<' | b'>' | b'`')
                        };
                        let n = b[i..].iter().take_while(|c| unquoted(c)).count();
                        if n == 0 {
                            return None;
                        }
                        i += n;
                    }
                }
            }
            _ => return None,
        }
    }
}

/// A printf directive: `%s`, `%d`, `%.2f`, `%-5s`, `%(name)s`, `%1$s`, `%@`, or a
/// Qt/Windows positional `%1`. The caller has ruled out a digit before the `%`
/// (`5%` is a percent sign) and `%%`. The space flag is not accepted, so that
/// `100 % of` in prose stays text.
pub(super) fn printf_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = 1;
    if b.get(i) == Some(&b'(') {
        let n = b[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .count();
        if n == 0 || b.get(i + 1 + n) != Some(&b')') {
            return None;
        }
        i += n + 2;
    } else {
        let n = digits(i);
        if n > 0 && b.get(i + n) == Some(&b'$') {
            i += n + 1;
        }
    }
    let directive = (|| {
        let mut j = i;
        j += b[j..]
            .iter()
            .take_while(|c| matches!(c, b'-' | b'+' | b'#' | b'0'))
            .count();
        if b.get(j) == Some(&b'*') {
            j += 1;
        } else {
            j += digits(j);
        }
        if b.get(j) == Some(&b'.') {
            j += 1;
            if b.get(j) == Some(&b'*') {
                j += 1;
            } else {
                j += digits(j);
            }
        }
        for len in ["hh", "ll", "h", "l", "L", "z", "j", "t", "q"] {
            if s[j..].starts_with(len) {
                j += len.len();
                break;
            }
        }
        let conv = *b.get(j)?;
        b"diouxXeEfFgGaAcspn@".contains(&conv).then_some(j + 1)
    })();
    directive.or_else(|| {
        // Qt and Windows message strings number their arguments `%1` … `%99`.
        let n = digits(1);
        (i == 1 && (1..=2).contains(&n) && b[1] != b'0').then_some(1 + n)
    })
}

/// A brace placeable with balanced braces: `{0}`, `{}`, `{name}`, `{ $count }`,
/// `{ -brand-name }`, `{{ name }}`, and whole ICU or Fluent select expressions.
pub(super) fn brace_len(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        // A brace left open in prose must not swallow the rest of a long text.
        if i > 2000 {
            return None;
        }
    }
    None
}

/// A Markdown code span: a run of backticks, then text, then a run of as many.
pub(super) fn code_span_len(s: &str) -> Option<usize> {
    // Like an open brace, an unmatched backtick must not scan a long text to its end.
    let mut limit = s.len().min(2000);
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    let s = &s[..limit];
    let ticks = s.bytes().take_while(|&c| c == b'`').count();
    let mut i = ticks;
    while let Some(p) = s[i..].find('`') {
        let at = i + p;
        let run = s[at..].bytes().take_while(|&c| c == b'`').count();
        if run == ticks {
            return Some(at + run);
        }
        i = at + run;
    }
    None
}

/// A URL (`https://…`, `www.…`) or an e-mail address that begins with the word of
/// `word_len` bytes at the start of `s`; its length if there is one.
pub(super) fn url_or_email_len(s: &str, word_len: usize) -> Option<usize> {
    let word = &s[..word_len];
    let after = &s[word_len..];
    let url = (after.starts_with("://") && word.bytes().all(|c| c.is_ascii_alphabetic()))
        || (word.eq_ignore_ascii_case("www") && after.starts_with('.'));
    if url {
        return url_len(s, word_len);
    }
    // Only the run of non-space characters right after the word can hold the `@` of an
    // address; the look-ahead is bounded so that text without spaces stays linear.
    let has_at = after
        .chars()
        .take(64)
        .take_while(|&c| !is_space(c))
        .any(|c| c == '@');
    if has_at {
        return email_len(s);
    }
    None
}

fn url_len(s: &str, scheme_len: usize) -> Option<usize> {
    let body_start = if s[scheme_len..].starts_with("://") {
        scheme_len + 3
    } else {
        scheme_len
    };
    let stop = |c: char| is_space(c) || matches!(c, '<' | '>' | '"' | '«' | '»' | '“' | '”');
    let mut end = s.find(stop).unwrap_or(s.len());
    // Punctuation that ends a sentence or closes a bracket after a URL is not part of
    // it, unless the URL opened that bracket itself.
    while let Some(c) = s[..end].chars().next_back() {
        let trailing = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' => true,
            ')' => !s[..end].contains('('),
            ']' => !s[..end].contains('['),
            _ => false,
        };
        if !trailing {
            break;
        }
        end -= c.len_utf8();
    }
    (end > body_start).then_some(end)
}

fn email_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let local = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-'))
        .count();
    if local == 0 || b.get(local) != Some(&b'@') {
        return None;
    }
    let domain_start = local + 1;
    let domain = b[domain_start..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
        .count();
    let mut end = domain_start + domain;
    while end > domain_start && matches!(b[end - 1], b'.' | b'-') {
        end -= 1;
    }
    let domain = &s[domain_start..end];
    let tld_ok = domain
        .rsplit_once('.')
        .is_some_and(|(host, tld)| !host.is_empty() && tld.len() >= 2);
    tld_ok.then_some(end)
}
