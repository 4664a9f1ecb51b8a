//! Applying compiled SRX rules to one block of text.
//!
//! SRX says: at every position, the first rule whose `beforebreak` matches the text
//! ending there and whose `afterbreak` matches the text starting there decides. Testing
//! every rule at every position would be slow, so the engine first collects the
//! positions where some *break* rule matches (each break rule's `before` and `after`
//! joined into one pattern and searched for), and decides only those positions by the
//! full first-rule-wins order. A position where no break rule matches can never break,
//! so the result is the same as testing everywhere.
//!
//! `beforebreak` is compiled as `(?:before)$` and run on the text up to the position;
//! the regex crate runs such end-anchored patterns backwards from the end, so a test
//! costs as many bytes as the pattern needs, not the length of the text. The search is
//! still bounded to [`LOOK_BEHIND`] bytes in case a pattern defeats that strategy.

use std::ops::Range;

use super::srx::{LanguageRule, Rule};

/// How far back (in bytes) a `beforebreak` pattern can see.
pub(crate) const LOOK_BEHIND: usize = 512;

/// Whether `rule` matches at byte position `p` of `text` (a char boundary).
fn matches_at(rule: &Rule, text: &str, p: usize) -> bool {
    if let Some(before) = &rule.before {
        let mut from = p.saturating_sub(LOOK_BEHIND);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        if !before.is_match_at(&text[..p], from) {
            return false;
        }
    }
    match &rule.after {
        Some(after) => after.is_match(&text[p..]),
        None => true,
    }
}

/// The next char boundary after `i` (or `text.len()`).
fn next_boundary(text: &str, i: usize) -> usize {
    text[i..]
        .chars()
        .next()
        .map_or(text.len(), |c| i + c.len_utf8())
}

/// Adds to `out` the positions of `text` where break rule `rule` matches.
fn break_candidates(rule: &Rule, text: &str, out: &mut Vec<usize>) {
    let Some(scan) = &rule.scan else {
        // Both sides empty: the rule matches at every position.
        out.extend(text.char_indices().map(|(i, _)| i).skip(1));
        return;
    };
    let mut start = 0;
    // Positions below this have been tested already.
    let mut tested = 0;
    while start <= text.len() {
        let Some(m) = scan.find_at(text, start) else {
            break;
        };
        // The split between `before` and `after` lies somewhere in the match: test
        // every char boundary in it (matches are a few characters long).
        let mut p = m.start().max(tested);
        while p <= m.end() {
            if text.is_char_boundary(p) && p > 0 && p < text.len() && matches_at(rule, text, p) {
                out.push(p);
            }
            p += 1;
        }
        tested = tested.max(m.end() + 1);
        if m.start() >= text.len() {
            break;
        }
        // Matches may overlap (the `after` of one sentence end is the `before` context of
        // the next), so the search goes on from the next character, not from the end.
        start = next_boundary(text, m.start());
    }
}

/// Break positions of `text` under `rules` (language rules in cascade order).
pub(crate) fn breaks(text: &str, rules: &[&LanguageRule]) -> Vec<usize> {
    let all: Vec<&Rule> = rules.iter().flat_map(|lr| lr.rules.iter()).collect();
    let mut candidates = Vec::new();
    for rule in all.iter().filter(|r| r.breaks) {
        break_candidates(rule, text, &mut candidates);
    }
    candidates.sort_unstable();
    candidates.dedup();
    candidates
        .into_iter()
        .filter(|&p| {
            all.iter()
                .find(|rule| matches_at(rule, text, p))
                .is_some_and(|rule| rule.breaks)
        })
        .collect()
}

/// Whether a character is trimmed from the edges of a segment: Unicode White_Space
/// (which includes NBSP) and the byte order mark.
pub(crate) fn is_trimmed(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// `range` of `text` without leading and trailing whitespace.
pub(crate) fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start_matches(is_trimmed).len();
    let trail = s.len() - s.trim_end_matches(is_trimmed).len();
    if lead == s.len() {
        return range.start..range.start;
    }
    range.start + lead..range.end - trail
}

/// Splits `text` at its break positions into trimmed, non-empty ranges.
pub(crate) fn sentences(text: &str, rules: &[&LanguageRule]) -> Vec<Range<usize>> {
    split_at(text, breaks(text, rules))
}

/// Splits `text` at `cuts` (increasing char boundaries) into trimmed, non-empty ranges.
pub(crate) fn split_at(text: &str, cuts: Vec<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    for cut in cuts.into_iter().chain([text.len()]) {
        let r = trim_range(text, from..cut);
        if !r.is_empty() {
            out.push(r);
        }
        from = cut;
    }
    out
}

/// `cuts` (increasing) without the positions strictly inside one of `whole`: ranges
/// that must not be cut (code spans, links, inline elements). The edges of a range
/// may still be cut.
pub(crate) fn drop_cuts_inside(cuts: Vec<usize>, mut whole: Vec<Range<usize>>) -> Vec<usize> {
    if whole.is_empty() || cuts.is_empty() {
        return cuts;
    }
    whole.sort_unstable_by_key(|r| (r.start, r.end));
    // Merge overlapping ranges; ranges that only touch stay apart, as the point where
    // they touch is inside neither.
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(whole.len());
    for r in whole {
        match merged.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    cuts.into_iter()
        .filter(|&p| {
            let k = merged.partition_point(|r| r.start < p);
            k == 0 || p >= merged[k - 1].end
        })
        .collect()
}
