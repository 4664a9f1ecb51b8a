//! The match score: one integer percent, the same number in the CLI, the API, the
//! editor and the analysis reports.
//!
//! # Definition
//!
//! - **Tokens** are those of [`crate::text`]: NFC, case-folded words (az and tr with
//!   the Turkic `I`/`İ` rule); every number is the one class token [`NUMBER_CLASS`]
//!   and every placeable [`PLACEABLE_CLASS`], so `1.8968` and `1.9011`, or `<b>` and
//!   `<i>`, are equal tokens.
//! - **base** = ⌊100 × (1 − d / max(n₁, n₂))⌋, where d is the Levenshtein distance
//!   over the two token sequences; 100 when both have no token.
//! - **score** = base − k, clamped at 0, where k counts the *kinds* of minor
//!   difference present (below); a text that is not identical to the other after NFC
//!   scores at most 99, and 100 means identical. [`CONTEXT_MATCH`] (101) is for the
//!   caller to give when the neighbours (or the label key) match as well.
//!
//! # Minor differences
//!
//! They are read off one optimal alignment of the token sequences. The alignment pairs
//! the common prefix and the common suffix of equal tokens, and aligns the middle by a
//! dynamic-programming traceback from the end that prefers a match, then a
//! substitution, then a deletion, then an insertion. The two texts are put in a fixed
//! order first (fewer tokens first, then by bytes), so the score is symmetric. For each
//! pair of *aligned equal tokens*:
//!
//! - **case**: two words whose letters differ only in case (`The` / `the`,
//!   `BAKI` / `Bakı` in az);
//! - **number values**: two numbers with different values (`1.8968` / `1.9011`,
//!   `1.7` / `1.70`: fraction digits count), or different texts where one has no value
//!   (dates such as `12.05.2024`);
//! - **placeable content**: two placeables whose texts differ (`<b>` / `<i>`, `%s` /
//!   `%d`);
//! - **punctuation**: two numbers with the same value whose visible characters differ
//!   (`1,234` / `1234`, `+0.4` / `0.4`), or two words whose inner apostrophes or
//!   hyphens differ (`don't` / `don’t`);
//! - **whitespace**: two numbers with the same value grouped by different spaces
//!   (`1 234` / `1` NO-BREAK SPACE `234`).
//!
//! And for each *gap* (the text between two tokens, before the first or after the
//! last) that lies between two consecutive aligned pairs `(i, j)` and `(i + 1, j + 1)`,
//! or before a first pair `(0, 0)`, or after a last pair `(n₁ − 1, n₂ − 1)`, or is the
//! whole of two texts that have no token:
//!
//! - **punctuation**: the gaps' visible characters differ (`.` / none, `,` / `;`,
//!   `"` / `«`);
//! - **whitespace**: their whitespace differs (two spaces, NO-BREAK SPACE for a space,
//!   a space moved from one side of a comma to the other).
//!
//! A gap next to an inserted, deleted or substituted token is not compared: the edit
//! has already cost a whole token, and its punctuation came and went with it.
//!
//! ```
//! use korpu::tm::score::score_texts;
//! let q = "The euro rose to 1.8968 manat.";
//! assert_eq!(score_texts(q, q, "en"), 100);
//! assert_eq!(score_texts(q, "The euro rose to 1.9011 manat.", "en"), 99);
//! assert_eq!(score_texts(q, "the euro rose to 1.8968 manat", "en"), 98);
//! assert_eq!(score_texts("The euro rose sharply to 1.8968 manat.", q, "en"), 85);
//! ```
//!
//! # Speed
//!
//! The lookup re-scores many candidates. [`analyze`] does the per-text work once;
//! [`score`] then trims the common prefix and suffix and runs the quadratic alignment
//! only on the differing middle. The index, which interns norms to `u32` ids, filters
//! with [`max_possible_score`] and [`base_score_ids`] (bit-parallel, no allocation up to
//! 64 tokens on the shorter side): since k ≥ 0, `score ≤ base`, so a candidate whose
//! base is below the threshold can be dropped without calling [`score`].

use std::ops::Range;

use serde::Serialize;

use crate::text::{
    is_ignorable, is_joiner, is_space, nfc, push_folded, push_number_value, scan, CaseRule,
    TokenKind, NUMBER_CLASS, PLACEABLE_CLASS,
};

/// The score of an identical text with the same context (neighbouring segments or
/// label key); given by the caller, never by [`score`].
pub const CONTEXT_MATCH: u8 = 101;

/// The score of an identical text.
pub const EXACT_MATCH: u8 = 100;

/// The highest score of a text that is not identical.
pub const MAX_FUZZY: u8 = 99;

/// A text prepared for scoring: NFC text, tokens with spans, folded norms, number
/// values. Build it once per text with [`analyze`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analyzed {
    text: String,
    tokens: Vec<Tok>,
    /// Norms of words and values of numbers, back to back.
    buf: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Tok {
    kind: TokenKind,
    span: Range<usize>,
    /// The norm of a word or the value of a number in `buf`.
    data: Range<usize>,
    /// Whether a number has a value (`data` is empty otherwise).
    has_value: bool,
    /// A hash of the norm: unequal keys mean unequal tokens.
    key: u64,
}

/// FNV-1a, 64 bits: short norms, no allocation, usable in a `const`.
const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

const NUMBER_KEY: u64 = fnv1a(NUMBER_CLASS.as_bytes());
const PLACEABLE_KEY: u64 = fnv1a(PLACEABLE_CLASS.as_bytes());

/// Prepares a text in a language (a BCP 47 tag; it decides the case rule and how
/// numbers such as `1,234` read) for [`score`].
///
/// ```
/// use korpu::tm::score::analyze;
/// let a = analyze("Курс евро — 1,8968 маната.", "ru");
/// assert_eq!(a.norms().collect::<Vec<_>>(), ["курс", "евро", "\u{1}num", "маната"]);
/// assert_eq!(a.number_value(2), Some("1.8968"));
/// ```
pub fn analyze(text: &str, lang: &str) -> Analyzed {
    let text = nfc(text).into_owned();
    let rule = CaseRule::for_language(lang);
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut buf = String::with_capacity(text.len());
    for (kind, span) in scan(&text) {
        let start = buf.len();
        let raw = &text[span.clone()];
        let (has_value, key) = match kind {
            TokenKind::Word => {
                push_folded(raw, rule, &mut buf);
                (false, fnv1a(&buf.as_bytes()[start..]))
            }
            TokenKind::Number => (push_number_value(raw, lang, &mut buf), NUMBER_KEY),
            TokenKind::Placeable => (false, PLACEABLE_KEY),
        };
        let data = start..buf.len();
        tokens.push(Tok {
            kind,
            span,
            data,
            has_value,
            key,
        });
    }
    Analyzed { text, tokens, buf }
}

impl Analyzed {
    /// The text in NFC; spans index into it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether the text has no token (it may still have punctuation).
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> TokenKind {
        self.tokens[i].kind
    }

    /// The byte span of token `i` in [`Analyzed::text`].
    pub fn span(&self, i: usize) -> Range<usize> {
        self.tokens[i].span.clone()
    }

    /// The norm of token `i`: the folded word, or the class of a number or placeable.
    pub fn norm(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        match t.kind {
            TokenKind::Word => &self.buf[t.data.clone()],
            TokenKind::Number => NUMBER_CLASS,
            TokenKind::Placeable => PLACEABLE_CLASS,
        }
    }

    /// The norms of all tokens in order: what the index interns.
    pub fn norms(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        (0..self.tokens.len()).map(|i| self.norm(i))
    }

    /// The canonical value of token `i` if it is a number that has one
    /// (see [`crate::text::number_value`]).
    pub fn number_value(&self, i: usize) -> Option<&str> {
        let t = &self.tokens[i];
        t.has_value.then(|| &self.buf[t.data.clone()])
    }

    fn raw(&self, i: usize) -> &str {
        &self.text[self.tokens[i].span.clone()]
    }

    /// The gap before token `i` (`i == len()` is the text after the last token).
    fn gap_before(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.tokens[i - 1].span.end
        };
        let end = self.tokens.get(i).map_or(self.text.len(), |t| t.span.start);
        &self.text[start..end]
    }

    fn same_token(&self, i: usize, other: &Analyzed, j: usize) -> bool {
        let (a, b) = (&self.tokens[i], &other.tokens[j]);
        a.key == b.key
            && a.kind == b.kind
            && (a.kind != TokenKind::Word || self.buf[a.data.clone()] == other.buf[b.data.clone()])
    }
}

/// The kinds of minor difference found between two texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct MinorDifferences {
    /// Aligned words differ in case.
    pub case: bool,
    /// Punctuation differs between aligned tokens, or inside or between numbers and
    /// words that are otherwise equal.
    pub punctuation: bool,
    /// Whitespace differs between aligned tokens.
    pub whitespace: bool,
    /// Aligned numbers have different values.
    pub numbers: bool,
    /// Aligned placeables have different content.
    pub placeables: bool,
}

impl MinorDifferences {
    /// How many kinds are present: the k subtracted from the base.
    pub fn count(&self) -> u8 {
        [
            self.case,
            self.punctuation,
            self.whitespace,
            self.numbers,
            self.placeables,
        ]
        .into_iter()
        .map(u8::from)
        .sum()
    }
}

/// A score with how it was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ScoreDetails {
    /// The score: `base − minor.count()`, at most 99 unless the texts are identical.
    pub score: u8,
    /// ⌊100 × (1 − d / max(n₁, n₂))⌋ over the token sequences.
    pub base: u8,
    /// The Levenshtein distance d over the token sequences.
    pub distance: usize,
    /// The kinds of minor difference found.
    pub minor: MinorDifferences,
}

/// The score of a candidate's source against the query (see the module documentation).
///
/// ```
/// use korpu::tm::score::{analyze, score};
/// let q = analyze("Avro 1,8968 manata yüksəldi.", "az");
/// assert_eq!(score(&q, &analyze("Avro 1,9011 manata yüksəldi.", "az")), 99);
/// assert_eq!(score(&q, &analyze("AVRO 1,8968 MANATA YÜKSƏLDİ.", "az")), 99);
/// assert_eq!(score(&q, &analyze("Dollar 1,7 manata yüksəldi.", "az")), 74);
/// ```
pub fn score(query: &Analyzed, source: &Analyzed) -> u8 {
    score_details(query, source).score
}

/// [`score`] with its parts: the base, the distance and the minor differences.
///
/// ```
/// use korpu::tm::score::{analyze, score_details};
/// let d = score_details(
///     &analyze("The euro rose to 1.8968 manat.", "en"),
///     &analyze("the euro rose to 1.8968 manat", "en"),
/// );
/// assert_eq!((d.score, d.base, d.distance), (98, 100, 0));
/// assert!(d.minor.case && d.minor.punctuation && !d.minor.numbers);
/// ```
pub fn score_details(query: &Analyzed, source: &Analyzed) -> ScoreDetails {
    if query.text == source.text {
        return ScoreDetails {
            score: EXACT_MATCH,
            base: EXACT_MATCH,
            distance: 0,
            minor: MinorDifferences::default(),
        };
    }
    // A fixed order makes the alignment, and so the score, symmetric.
    let (a, b) = if order_key(query) <= order_key(source) {
        (query, source)
    } else {
        (source, query)
    };
    let (n, m) = (a.len(), b.len());
    let mut prefix = 0;
    while prefix < n && prefix < m && a.same_token(prefix, b, prefix) {
        prefix += 1;
    }
    let mut suffix = 0;
    while suffix < n - prefix
        && suffix < m - prefix
        && a.same_token(n - 1 - suffix, b, m - 1 - suffix)
    {
        suffix += 1;
    }
    let mut pairs = Vec::with_capacity(n.min(m));
    pairs.extend((0..prefix).map(|i| (i, i)));
    let distance = align_middle(a, prefix..n - suffix, b, prefix..m - suffix, &mut pairs);
    pairs.extend((0..suffix).map(|k| (n - suffix + k, m - suffix + k)));

    let base = base_from_distance(distance, n, m);
    let minor = minor_differences(a, b, &pairs);
    ScoreDetails {
        score: base.saturating_sub(minor.count()).min(MAX_FUZZY),
        base,
        distance,
        minor,
    }
}

fn order_key(a: &Analyzed) -> (usize, &str) {
    (a.len(), &a.text)
}

/// Scores two texts in one language: [`analyze`] both, then [`score`].
pub fn score_texts(query: &str, source: &str, lang: &str) -> u8 {
    score(&analyze(query, lang), &analyze(source, lang))
}

/// Aligns `a[ra]` with `b[rb]`, appends the aligned equal pairs to `pairs` in order and
/// returns the edit distance.
fn align_middle(
    a: &Analyzed,
    ra: Range<usize>,
    b: &Analyzed,
    rb: Range<usize>,
    pairs: &mut Vec<(usize, usize)>,
) -> usize {
    let (n, m) = (ra.len(), rb.len());
    if n == 0 || m == 0 {
        return n.max(m);
    }
    let width = m + 1;
    let mut dist = vec![0u32; (n + 1) * width];
    for (j, cell) in dist[..width].iter_mut().enumerate() {
        *cell = j as u32;
    }
    for i in 1..=n {
        dist[i * width] = i as u32;
        for j in 1..=m {
            let same = a.same_token(ra.start + i - 1, b, rb.start + j - 1);
            let diagonal = dist[(i - 1) * width + j - 1] + u32::from(!same);
            let up = dist[(i - 1) * width + j] + 1;
            let left = dist[i * width + j - 1] + 1;
            dist[i * width + j] = diagonal.min(up).min(left);
        }
    }
    let start = pairs.len();
    let (mut i, mut j) = (n, m);
    while i > 0 && j > 0 {
        let here = dist[i * width + j];
        let diagonal = dist[(i - 1) * width + j - 1];
        if a.same_token(ra.start + i - 1, b, rb.start + j - 1) && here == diagonal {
            pairs.push((ra.start + i - 1, rb.start + j - 1));
            i -= 1;
            j -= 1;
        } else if here == diagonal + 1 {
            i -= 1;
            j -= 1;
        } else if here == dist[(i - 1) * width + j] + 1 {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    pairs[start..].reverse();
    dist[n * width + m] as usize
}

fn minor_differences(a: &Analyzed, b: &Analyzed, pairs: &[(usize, usize)]) -> MinorDifferences {
    let mut found = MinorDifferences::default();
    let mut prev: Option<(usize, usize)> = None;
    for &(i, j) in pairs {
        token_difference(a, i, b, j, &mut found);
        let follows = match prev {
            None => i == 0 && j == 0,
            Some((pi, pj)) => pi + 1 == i && pj + 1 == j,
        };
        if follows {
            gap_difference(a.gap_before(i), b.gap_before(j), &mut found);
        }
        prev = Some((i, j));
    }
    let (n, m) = (a.len(), b.len());
    let trailing = if n == 0 || m == 0 {
        n == m
    } else {
        prev == Some((n - 1, m - 1))
    };
    if trailing {
        gap_difference(a.gap_before(n), b.gap_before(m), &mut found);
    }
    found
}

fn token_difference(a: &Analyzed, i: usize, b: &Analyzed, j: usize, found: &mut MinorDifferences) {
    let (x, y) = (a.raw(i), b.raw(j));
    if x == y {
        return;
    }
    match a.kind(i) {
        TokenKind::Word => {
            let inner = |c: &char| is_joiner(*c) || is_ignorable(*c);
            if !x
                .chars()
                .filter(|c| !inner(c))
                .eq(y.chars().filter(|c| !inner(c)))
            {
                found.case = true;
            }
            if !x.chars().filter(inner).eq(y.chars().filter(inner)) {
                found.punctuation = true;
            }
        }
        TokenKind::Number => match (a.number_value(i), b.number_value(j)) {
            // The same value written differently: its separators differ as a gap's do.
            (Some(v), Some(w)) if v == w => gap_difference(x, y, found),
            _ => found.numbers = true,
        },
        TokenKind::Placeable => found.placeables = true,
    }
}

fn gap_difference(x: &str, y: &str, found: &mut MinorDifferences) {
    if x == y {
        return;
    }
    let visible = |s: &str| s.chars().filter(|&c| !is_space(c)).collect::<Vec<_>>();
    let spaces = |s: &str| s.chars().filter(|&c| is_space(c)).collect::<Vec<_>>();
    let punctuation = visible(x) != visible(y);
    found.punctuation |= punctuation;
    // The same characters in another order also differ in whitespace: a space moved.
    found.whitespace |= spaces(x) != spaces(y) || !punctuation;
}

/// ⌊100 × (1 − d / max(n₁, n₂))⌋ for a distance d between sequences of n₁ and n₂
/// tokens; 100 when both are empty.
///
/// ```
/// use korpu::tm::score::base_from_distance;
/// assert_eq!(base_from_distance(1, 7, 6), 85);
/// assert_eq!(base_from_distance(0, 0, 0), 100);
/// ```
pub fn base_from_distance(distance: usize, n1: usize, n2: usize) -> u8 {
    let longest = n1.max(n2);
    if longest == 0 {
        return EXACT_MATCH;
    }
    let kept = longest.saturating_sub(distance) as u64;
    (100 * kept / longest as u64) as u8
}

/// The highest score two texts of n₁ and n₂ tokens can reach: ⌊100 × min / max⌋, since
/// the distance is at least |n₁ − n₂|. The index's length filter.
///
/// ```
/// use korpu::tm::score::max_possible_score;
/// assert_eq!(max_possible_score(6, 7), 85);
/// assert_eq!(max_possible_score(10, 10), 100);
/// assert_eq!(max_possible_score(0, 3), 0);
/// ```
pub fn max_possible_score(n1: usize, n2: usize) -> u8 {
    base_from_distance(n1.abs_diff(n2), n1, n2)
}

/// The base score of two token sequences given as interned ids (see
/// [`base_from_distance`] and [`levenshtein_ids`]). An upper bound of [`score`].
///
/// ```
/// use korpu::tm::score::base_score_ids;
/// assert_eq!(base_score_ids(&[1, 2, 3, 9, 4, 5, 6], &[1, 2, 3, 4, 5, 6]), 85);
/// ```
pub fn base_score_ids(a: &[u32], b: &[u32]) -> u8 {
    base_from_distance(levenshtein_ids(a, b), a.len(), b.len())
}

/// The Levenshtein distance between two sequences of token ids.
///
/// After trimming the common prefix and suffix, it runs Myers' bit-parallel algorithm
/// (Hyyrö's formulation) when the shorter sequence has at most 64 tokens, with no
/// allocation; otherwise a one-row dynamic program.
///
/// ```
/// use korpu::tm::score::levenshtein_ids;
/// assert_eq!(levenshtein_ids(&[1, 2, 3], &[1, 3]), 1);
/// assert_eq!(levenshtein_ids(&[], &[4, 4]), 2);
/// ```
pub fn levenshtein_ids(a: &[u32], b: &[u32]) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    let (pattern, text) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if pattern.is_empty() {
        text.len()
    } else if pattern.len() <= 64 {
        myers(pattern, text)
    } else {
        one_row(pattern, text)
    }
}

/// Myers/Hyyrö bit-vector edit distance; `pattern` has 1 to 64 tokens.
fn myers(pattern: &[u32], text: &[u32]) -> usize {
    if pattern.len() <= 16 {
        // For short patterns a scan beats building a table.
        myers_with(pattern.len(), text, |y| {
            pattern
                .iter()
                .enumerate()
                .fold(0u64, |mask, (k, &x)| mask | (u64::from(x == y) << k))
        })
    } else {
        let table = PeqTable::new(pattern);
        myers_with(pattern.len(), text, |y| table.get(y))
    }
}

fn myers_with(m: usize, text: &[u32], peq: impl Fn(u32) -> u64) -> usize {
    let mut pv = if m == 64 { u64::MAX } else { (1u64 << m) - 1 };
    let mut mv = 0u64;
    let last = 1u64 << (m - 1);
    let mut distance = m;
    for &y in text {
        let eq = peq(y);
        let xv = eq | mv;
        let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
        let ph = mv | !(xh | pv);
        let mh = pv & xh;
        if ph & last != 0 {
            distance += 1;
        } else if mh & last != 0 {
            distance -= 1;
        }
        // Row 0 of the global distance grows by one per column: shift in a +1.
        let ph = (ph << 1) | 1;
        let mh = mh << 1;
        pv = mh | !(xv | ph);
        mv = ph & xv;
    }
    distance
}

/// Open-addressing map from a token id to the bit mask of its positions in a pattern
/// of at most 64 tokens; on the stack, so Myers' algorithm does not allocate.
struct PeqTable {
    keys: [u32; 128],
    masks: [u64; 128],
}

impl PeqTable {
    fn slot(id: u32) -> usize {
        (id.wrapping_mul(0x9e37_79b9) >> 25) as usize
    }

    fn new(pattern: &[u32]) -> PeqTable {
        let mut table = PeqTable {
            keys: [0; 128],
            masks: [0; 128],
        };
        for (k, &x) in pattern.iter().enumerate() {
            let mut s = Self::slot(x);
            // At most 64 keys in 128 slots: an empty slot is always found.
            while table.masks[s] != 0 && table.keys[s] != x {
                s = (s + 1) & 127;
            }
            table.keys[s] = x;
            table.masks[s] |= 1 << k;
        }
        table
    }

    fn get(&self, y: u32) -> u64 {
        let mut s = Self::slot(y);
        loop {
            let mask = self.masks[s];
            if mask == 0 || self.keys[s] == y {
                return mask;
            }
            s = (s + 1) & 127;
        }
    }
}

/// The classic dynamic program, one row of the shorter sequence.
fn one_row(a: &[u32], b: &[u32]) -> usize {
    let mut row: Vec<usize> = (0..=a.len()).collect();
    for (j, &y) in b.iter().enumerate() {
        let mut diagonal = j;
        row[0] = j + 1;
        for (i, &x) in a.iter().enumerate() {
            let up = row[i + 1];
            row[i + 1] = (diagonal + usize::from(x != y)).min(up + 1).min(row[i] + 1);
            diagonal = up;
        }
    }
    row[a.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const EURO: &str = "The euro rose to 1.8968 manat.";

    fn details(q: &str, s: &str, lang: &str) -> ScoreDetails {
        score_details(&analyze(q, lang), &analyze(s, lang))
    }

    #[test]
    fn design_examples() {
        assert_eq!(score_texts(EURO, EURO, "en"), 100);
        assert_eq!(
            score_texts(EURO, "The euro rose to 1.9011 manat.", "en"),
            99
        );
        assert_eq!(score_texts(EURO, "the euro rose to 1.8968 manat", "en"), 98);
        assert_eq!(
            score_texts("The euro rose sharply to 1.8968 manat.", EURO, "en"),
            85
        );
        assert_eq!(
            score_texts(EURO, "The euro rose sharply to 1.8968 manat.", "en"),
            85
        );
        let d = details(EURO, "The euro rose to 1.9011 manat.", "en");
        assert!(d.minor.numbers && d.minor.count() == 1, "{d:?}");
    }

    #[test]
    fn each_kind_of_minor_difference() {
        let kinds = |q: &str, s: &str, lang: &str| details(q, s, lang).minor;
        let only = |m: MinorDifferences| m.count() == 1;
        let m = kinds("Bakı şəhəri", "BAKI şəhəri", "az");
        assert!(m.case && only(m));
        let m = kinds("Price: 1,234 manat", "Price: 1234 manat", "en");
        assert!(m.punctuation && only(m), "{m:?}");
        let m = kinds("rose by 1.7 percent", "rose by 1.70 percent", "en");
        assert!(m.numbers && only(m));
        let m = kinds("on 12.05.2024 in Baku", "on 13.05.2024 in Baku", "en");
        assert!(m.numbers && only(m));
        let m = kinds("Click <b>Save</b> now", "Click <i>Save</i> now", "en");
        assert!(m.placeables && only(m));
        let m = kinds("Hello %s, welcome", "Hello %d, welcome", "en");
        assert!(m.placeables && only(m));
        let m = kinds("don't stop", "don’t stop", "en");
        assert!(m.punctuation && only(m), "{m:?}");
        let m = kinds("Евро, доллар", "Евро; доллар", "ru");
        assert!(m.punctuation && only(m));
        let m = kinds("«Евро» вырос", "\"Евро\" вырос", "ru");
        assert!(m.punctuation && only(m));
        let m = kinds("Евро  вырос", "Евро вырос", "ru");
        assert!(m.whitespace && only(m));
        let m = kinds("1\u{a0}234 рубля", "1 234 рубля", "ru");
        assert!(m.whitespace && only(m), "number grouped differently: {m:?}");
        let m = kinds("+0.4%", "0.4%", "en");
        assert!(m.punctuation && only(m));
        let m = kinds("до 5\u{a0}%", "до 5 %", "ru");
        assert!(m.whitespace && only(m));
        let m = kinds("a , b", "a, b", "en");
        assert!(m.whitespace && only(m));
        let m = kinds("a ,b", "a, b", "en");
        assert!(m.whitespace && only(m), "a moved space: {m:?}");
        let m = kinds(" Euro", "Euro", "en");
        assert!(m.whitespace && only(m));
        let m = kinds("Euro!", "Euro?", "en");
        assert!(m.punctuation && only(m));
    }

    #[test]
    fn several_kinds_add_up_and_the_score_clamps() {
        let d = details(
            "The EURO rose to 1.8968 manat , <b>now</b>.",
            "The euro rose to 1.9 manat, <i>now</i>!",
            "en",
        );
        assert_eq!(d.minor.count(), 5, "{d:?}");
        assert_eq!((d.base, d.score), (100, 95));
        assert_eq!(score_texts("a", "b", "en"), 0);
        // A base of 0 with a minor difference stays at 0: one aligned pair in 101 tokens.
        let q: String = (0..100).map(|i| format!(" q{i}")).collect();
        let s: String = (0..100).map(|i| format!(" s{i}")).collect();
        let d = details(&format!("A{q}"), &format!("a{s}"), "en");
        assert_eq!((d.base, d.minor.count(), d.score), (0, 1, 0), "{d:?}");
    }

    #[test]
    fn gaps_next_to_edits_are_not_compared() {
        // The comma goes with the inserted word; nothing else differs.
        let d = details(
            "Euro, dollar and pound",
            "Euro, dollar, yen and pound",
            "en",
        );
        assert_eq!((d.distance, d.minor.count()), (1, 0), "{d:?}");
        assert_eq!(d.score, 80);
        // A substitution: the gap after it is not compared either.
        let d = details("Euro rose.", "Dollar rose!", "en");
        assert_eq!(
            d.minor.count(),
            1,
            "the final gap follows an aligned pair: {d:?}"
        );
        let d = details("Euro rose.", "Euro fell!", "en");
        assert_eq!(d.minor.count(), 0, "{d:?}");
    }

    #[test]
    fn identical_after_nfc_is_100_and_anything_else_at_most_99() {
        assert_eq!(score_texts("Ko\u{308}rpu\u{308}", "Körpü", "az"), 100);
        assert_eq!(score_texts("", "", "en"), 100);
        assert_eq!(score_texts("...", "...", "en"), 100);
        assert_eq!(score_texts("...", "!!!", "en"), 99);
        assert_eq!(score_texts("", "x", "en"), 0);
        assert_eq!(score_texts("", ".", "en"), 99);
        assert_eq!(score_texts("Euro", "Euro ", "en"), 99);
    }

    #[test]
    fn azerbaijani_and_russian_examples() {
        let q = "Mərkəzi Bank avronun rəsmi məzənnəsini 1,8968 manat müəyyən edib.";
        assert_eq!(
            score_texts(
                q,
                "Mərkəzi Bank avronun rəsmi məzənnəsini 1,9011 manat müəyyən edib.",
                "az"
            ),
            99
        );
        assert_eq!(
            score_texts(
                q,
                "MƏRKƏZİ BANK avronun rəsmi məzənnəsini 1,8968 manat müəyyən edib",
                "az"
            ),
            98
        );
        // Under the Turkic rule BAKI is Bakı; under Unicode lowercase it is a new word.
        assert_eq!(score_texts("Bakı şəhəri", "BAKI şəhəri", "az"), 99);
        assert_eq!(score_texts("Bakı şəhəri", "BAKI şəhəri", "en"), 50);
        let r = "Центробанк установил курс евро на уровне 1,8968 маната.";
        assert_eq!(
            score_texts(
                r,
                "Центробанк установил курс доллара на уровне 1,7 маната.",
                "ru"
            ),
            86
        );
        assert_eq!(
            score_texts(
                r,
                "Центробанк установил официальный курс евро на уровне 1,8968 маната.",
                "ru"
            ),
            88
        );
    }

    #[test]
    fn analyzed_exposes_norms_spans_and_values() {
        let a = analyze("Rates: 1,234 and <b>x</b>", "en");
        assert_eq!(a.len(), 6);
        assert_eq!(a.norm(0), "rates");
        assert_eq!(a.kind(1), TokenKind::Number);
        assert_eq!(a.number_value(1), Some("1234"));
        assert_eq!(a.number_value(0), None);
        assert_eq!(&a.text()[a.span(3)], "<b>");
        assert_eq!(analyze("1,234", "az").number_value(0), Some("1.234"));
    }

    /// A tiny deterministic generator (SplitMix64) for the property tests.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn ids(&mut self, len: usize, alphabet: u32) -> Vec<u32> {
            (0..len)
                .map(|_| (self.next() % u64::from(alphabet)) as u32)
                .collect()
        }
    }

    fn dp_distance(a: &[u32], b: &[u32]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let sub = d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = sub.min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn bit_parallel_and_dynamic_programming_agree() {
        let mut rng = Rng(7);
        for round in 0..4000 {
            let alphabet = [2, 4, 16, 1000, u32::MAX][round % 5];
            let pattern_len = 1 + rng.below(64);
            let pattern = rng.ids(pattern_len, alphabet);
            let text_len = rng.below(130);
            let mut text = rng.ids(text_len, alphabet);
            if round % 3 == 0 && !text.is_empty() {
                // Similar sequences exercise the interesting diagonals.
                text = pattern.clone();
                let at = rng.below(text.len());
                text[at] = text[at].wrapping_add(1);
                text.insert(rng.below(text.len()), 3);
            }
            let expected = dp_distance(&pattern, &text);
            assert_eq!(
                myers(&pattern, &text),
                expected,
                "myers {pattern:?} {text:?}"
            );
            assert_eq!(one_row(&pattern, &text), expected, "one row");
            assert_eq!(levenshtein_ids(&pattern, &text), expected);
            assert_eq!(levenshtein_ids(&text, &pattern), expected);
        }
        // Both sides past 64 tokens take the dynamic program.
        let a = rng.ids(150, 8);
        let b = rng.ids(140, 8);
        assert_eq!(levenshtein_ids(&a, &b), dp_distance(&a, &b));
        assert_eq!(levenshtein_ids(&[], &[]), 0);
        let sixty_four: Vec<u32> = (0..64).collect();
        assert_eq!(levenshtein_ids(&sixty_four, &sixty_four[1..]), 1);
        assert_eq!(levenshtein_ids(&sixty_four, &[99; 64]), 64);
    }

    const WORDS: &[&str] = &[
        "The",
        "the",
        "euro",
        "Euro",
        "rose",
        "fell",
        "to",
        "manat",
        "Bakı",
        "BAKI",
        "şəhər",
        "курс",
        "Курс",
        "евро",
        "don't",
        "don’t",
        "1.8968",
        "1,9011",
        "1 234,5",
        "15.00",
        "<b>",
        "</b>",
        "%s",
        "{0}",
        "{ $count }",
        "12.05.2024",
    ];
    const GAPS: &[&str] = &[" ", " ", " ", "  ", ", ", " — ", "\u{a0}", ": ", " «", "» "];

    fn sentence(rng: &mut Rng) -> String {
        let mut s = String::new();
        if rng.below(8) == 0 {
            s.push('"');
        }
        for i in 0..rng.below(12) {
            if i > 0 {
                s.push_str(GAPS[rng.below(GAPS.len())]);
            }
            s.push_str(WORDS[rng.below(WORDS.len())]);
        }
        s.push_str([".", "", "!", "?", "..."][rng.below(5)]);
        s
    }

    fn mutate(rng: &mut Rng, s: &str) -> String {
        let mut words: Vec<String> = s.split(' ').map(str::to_string).collect();
        for _ in 0..rng.below(3) {
            let at = rng.below(words.len());
            match rng.below(4) {
                0 => words[at] = words[at].to_uppercase(),
                1 => words[at] = WORDS[rng.below(WORDS.len())].to_string(),
                2 => words.insert(at, WORDS[rng.below(WORDS.len())].to_string()),
                _ => {
                    words.remove(at);
                    if words.is_empty() {
                        words.push(String::new());
                    }
                }
            }
        }
        words.join(" ")
    }

    #[test]
    fn properties_on_random_sentences() {
        let mut rng = Rng(2024);
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut intern = |a: &Analyzed| -> Vec<u32> {
            a.norms()
                .map(|n| {
                    let next = ids.len() as u32;
                    *ids.entry(n.to_string()).or_insert(next)
                })
                .collect()
        };
        for round in 0..3000 {
            let lang = ["en", "az", "ru"][round % 3];
            let q = sentence(&mut rng);
            let s = if round % 2 == 0 {
                mutate(&mut rng, &q)
            } else {
                sentence(&mut rng)
            };
            let (qa, sa) = (analyze(&q, lang), analyze(&s, lang));
            let d = score_details(&qa, &sa);
            assert_eq!(d.score, score(&sa, &qa), "symmetric: {q:?} {s:?}");
            assert_eq!(
                d.score == 100,
                nfc(&q) == nfc(&s),
                "100 iff identical: {q:?} {s:?}"
            );
            assert!(d.score <= 100);
            assert!(d.score <= d.base);
            assert!(
                d.score <= max_possible_score(qa.len(), sa.len()),
                "{q:?} {s:?}"
            );
            assert_eq!(
                d.base,
                base_score_ids(&intern(&qa), &intern(&sa)),
                "{q:?} {s:?}"
            );
            assert_eq!(score(&qa, &qa), 100);
        }
    }
}
