//! The diff between a query and a match's source, for highlighting in the editor.
//!
//! Both texts are tokenized as for the score ([`crate::text::tokens_for`]) and the
//! token norms are diffed with `similar` (Myers). So a case change, another number or
//! another placeable does not break the alignment; but a translator must still see
//! them, so an aligned pair of tokens whose texts differ (after NFC), or whose
//! following punctuation differs, is reported as its own [`DiffTag::Replace`].
//! Whitespace-only differences are not reported: a highlighted word that looks the
//! same would only puzzle.
//!
//! Ranges are byte ranges into each text as given, at token granularity and extended
//! over the punctuation and space that follow a token up to the next one (the text
//! before the first token goes with the first op), so the ops tile both texts: their
//! `query` ranges, in order, cover the query exactly once, and so do their `source`
//! ranges. [`DiffTag::Delete`] is text only the query has, [`DiffTag::Insert`] text
//! only the source has.

use std::ops::Range;

use serde::Serialize;
use similar::{capture_diff_slices, Algorithm};

use crate::text::{is_space, nfc, tokens_for, Token};

/// What a diff op says about its ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffTag {
    /// The same words in both.
    Equal,
    /// Words only in the query.
    Delete,
    /// Words only in the source.
    Insert,
    /// Different words, or the same words written differently (case, number,
    /// placeable, punctuation).
    Replace,
}

/// One op of a diff: byte ranges into the query and into the source.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct DiffOp {
    /// What the op says.
    pub tag: DiffTag,
    /// The range in the query (empty for an insert).
    pub query: Range<usize>,
    /// The range in the source (empty for a delete).
    pub source: Range<usize>,
}

/// The diff between a query and a match's source in one language (a BCP 47 tag).
///
/// ```
/// use korpu::tm::diff::{diff, DiffTag};
/// let q = "The euro rose to 1.9011 manat.";
/// let s = "The euro rose sharply to 1.8968 manat.";
/// let ops: Vec<(DiffTag, &str, &str)> = diff(q, s, "en")
///     .into_iter()
///     .map(|op| (op.tag, &q[op.query], &s[op.source]))
///     .collect();
/// assert_eq!(
///     ops,
///     [
///         (DiffTag::Equal, "The euro rose ", "The euro rose "),
///         (DiffTag::Insert, "", "sharply "),
///         (DiffTag::Equal, "to ", "to "),
///         (DiffTag::Replace, "1.9011 ", "1.8968 "),
///         (DiffTag::Equal, "manat.", "manat."),
///     ]
/// );
/// ```
pub fn diff(query: &str, source: &str, lang: &str) -> Vec<DiffOp> {
    let q = Side::new(query, tokens_for(query, lang));
    let s = Side::new(source, tokens_for(source, lang));
    if q.tokens.is_empty() || s.tokens.is_empty() {
        return whole_texts(query, source);
    }
    let q_norms: Vec<&str> = q.tokens.iter().map(|t| t.norm.as_str()).collect();
    let s_norms: Vec<&str> = s.tokens.iter().map(|t| t.norm.as_str()).collect();
    let mut ops = Ops::default();
    // similar's compaction can report a stale index on an op next to a moved one, so
    // positions come from cursors and only the lengths from the ops, which are in order
    // in both sequences.
    let (mut i, mut j) = (0, 0);
    for op in capture_diff_slices(Algorithm::Myers, &q_norms, &s_norms) {
        let (tag, old, new) = op.as_tag_tuple();
        let (old_len, new_len) = (old.len(), new.len());
        match tag {
            similar::DiffTag::Equal => {
                for k in 0..old_len {
                    // The gap after a pair is compared only when the next pair is
                    // aligned too, or both texts end there.
                    let gap_compared = k + 1 < old_len || (i + 1 == q.len() && j + 1 == s.len());
                    let differs = nfc(q.raw(i)) != nfc(s.raw(j))
                        || (i == 0 && j == 0 && q.gap_punctuation(0) != s.gap_punctuation(0))
                        || (gap_compared && q.gap_punctuation(i + 1) != s.gap_punctuation(j + 1));
                    let tag = if differs {
                        DiffTag::Replace
                    } else {
                        DiffTag::Equal
                    };
                    ops.push(tag, q.range(i..i + 1), s.range(j..j + 1));
                    i += 1;
                    j += 1;
                }
            }
            similar::DiffTag::Delete | similar::DiffTag::Insert | similar::DiffTag::Replace => {
                let tag = match (old_len, new_len) {
                    (_, 0) => DiffTag::Delete,
                    (0, _) => DiffTag::Insert,
                    _ => DiffTag::Replace,
                };
                ops.push(tag, q.range(i..i + old_len), s.range(j..j + new_len));
                i += old_len;
                j += new_len;
            }
        }
    }
    ops.0
}

/// One op for two texts of which at least one has no token.
fn whole_texts(query: &str, source: &str) -> Vec<DiffOp> {
    let tag = match (query.is_empty(), source.is_empty()) {
        (true, true) => return Vec::new(),
        _ if nfc(query) == nfc(source) => DiffTag::Equal,
        (true, false) => DiffTag::Insert,
        (false, true) => DiffTag::Delete,
        (false, false) => DiffTag::Replace,
    };
    vec![DiffOp {
        tag,
        query: 0..query.len(),
        source: 0..source.len(),
    }]
}

/// A list of ops that merges an op into the previous one of the same tag.
#[derive(Default)]
struct Ops(Vec<DiffOp>);

impl Ops {
    fn push(&mut self, tag: DiffTag, query: Range<usize>, source: Range<usize>) {
        if let Some(last) = self.0.last_mut() {
            if last.tag == tag && last.query.end == query.start && last.source.end == source.start {
                last.query.end = query.end;
                last.source.end = source.end;
                return;
            }
        }
        self.0.push(DiffOp { tag, query, source });
    }
}

/// A text and its tokens.
struct Side<'a> {
    text: &'a str,
    tokens: Vec<Token>,
}

impl<'a> Side<'a> {
    fn new(text: &'a str, tokens: Vec<Token>) -> Side<'a> {
        Side { text, tokens }
    }

    fn len(&self) -> usize {
        self.tokens.len()
    }

    fn raw(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].span.clone()]
    }

    /// Where the op that starts at token `i` starts: the text's start for the first
    /// token, its end past the last, else the token's start.
    fn boundary(&self, i: usize) -> usize {
        if i == 0 {
            0
        } else {
            self.tokens.get(i).map_or(self.text.len(), |t| t.span.start)
        }
    }

    fn range(&self, tokens: Range<usize>) -> Range<usize> {
        self.boundary(tokens.start)..self.boundary(tokens.end)
    }

    /// The visible characters of the gap before token `i` (`i == len()`: after the
    /// last token).
    fn gap_punctuation(&self, i: usize) -> String {
        let start = if i == 0 {
            0
        } else {
            self.tokens[i - 1].span.end
        };
        let end = self.tokens.get(i).map_or(self.text.len(), |t| t.span.start);
        nfc(&self.text[start..end])
            .chars()
            .filter(|&c| !is_space(c))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(tag, query text, source text)` of each op, after checking that the ops tile
    /// both texts.
    fn ops<'a>(q: &'a str, s: &'a str, lang: &str) -> Vec<(DiffTag, &'a str, &'a str)> {
        let found = diff(q, s, lang);
        let (mut qi, mut si) = (0, 0);
        for op in &found {
            assert_eq!((op.query.start, op.source.start), (qi, si), "{found:?}");
            assert!(op.query.start <= op.query.end && op.source.start <= op.source.end);
            (qi, si) = (op.query.end, op.source.end);
        }
        assert_eq!((qi, si), (q.len(), s.len()), "{found:?}");
        found
            .into_iter()
            .map(|op| (op.tag, &q[op.query], &s[op.source]))
            .collect()
    }

    use DiffTag::*;

    #[test]
    fn english_insert_and_number_change() {
        assert_eq!(
            ops(
                "The euro rose to 1.8968 manat.",
                "The euro rose sharply to 1.9011 manat.",
                "en"
            ),
            [
                (Equal, "The euro rose ", "The euro rose "),
                (Insert, "", "sharply "),
                (Equal, "to ", "to "),
                (Replace, "1.8968 ", "1.9011 "),
                (Equal, "manat.", "manat."),
            ]
        );
    }

    #[test]
    fn case_and_punctuation_show_as_replace_whitespace_does_not() {
        assert_eq!(
            ops(
                "The euro rose to 1.8968 manat.",
                "the euro rose to 1.8968 manat",
                "en"
            ),
            [
                (Replace, "The ", "the "),
                (Equal, "euro rose to 1.8968 ", "euro rose to 1.8968 "),
                (Replace, "manat.", "manat"),
            ]
        );
        assert_eq!(
            ops("Euro  rose", "Euro rose", "en"),
            [(Equal, "Euro  rose", "Euro rose")]
        );
        assert_eq!(
            ops("Euro, dollar", "Euro; dollar", "en"),
            [(Replace, "Euro, ", "Euro; "), (Equal, "dollar", "dollar")]
        );
    }

    #[test]
    fn azerbaijani_delete_and_case_by_the_turkic_rule() {
        assert_eq!(
            ops(
                "Mərkəzi Bank BAKI ofisində məzənnəni açıqlayıb.",
                "Mərkəzi Bank Bakı məzənnəni açıqlayıb.",
                "az"
            ),
            [
                (Equal, "Mərkəzi Bank ", "Mərkəzi Bank "),
                (Replace, "BAKI ", "Bakı "),
                (Delete, "ofisində ", ""),
                (Equal, "məzənnəni açıqlayıb.", "məzənnəni açıqlayıb."),
            ]
        );
    }

    #[test]
    fn russian_replace_and_placeables() {
        assert_eq!(
            ops(
                "Курс <b>евро</b> вырос.",
                "Курс <i>доллара</i> вырос.",
                "ru"
            ),
            [
                (Equal, "Курс ", "Курс "),
                (Replace, "<b>евро</b> ", "<i>доллара</i> "),
                (Equal, "вырос.", "вырос."),
            ]
        );
    }

    #[test]
    fn decomposed_text_is_equal_and_ranges_stay_in_the_original() {
        let q = "Ko\u{308}rpu\u{308} açıldı";
        assert_eq!(ops(q, "Körpü açıldı", "az"), [(Equal, q, "Körpü açıldı")]);
    }

    #[test]
    fn texts_without_tokens() {
        assert_eq!(ops("", "", "en"), []);
        assert_eq!(ops("", "Euro", "en"), [(Insert, "", "Euro")]);
        assert_eq!(ops("...", "Euro", "en"), [(Replace, "...", "Euro")]);
        assert_eq!(ops("Euro", "", "en"), [(Delete, "Euro", "")]);
        assert_eq!(ops("!", "!", "en"), [(Equal, "!", "!")]);
    }

    #[test]
    fn ops_tile_both_texts_for_every_pair_of_sentences() {
        let sentences = [
            "",
            "...",
            "The euro rose to 1.8968 manat.",
            "the EURO rose sharply to 1,9011 manat!",
            " «Avro» 1,8968 manata yüksəldi. ",
            "Avro  1.8968 manata <b>yüksəldi</b>",
            "Курс евро вырос до 1\u{a0}234,5 рубля (+0,4%).",
            "Курс доллара — %s, см. https://cbar.az/currencies.",
        ];
        for q in sentences {
            for s in sentences {
                for lang in ["en", "az", "ru"] {
                    let found = ops(q, s, lang);
                    if q == s {
                        assert!(found.iter().all(|op| op.0 == Equal), "{q:?}: {found:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn serializes_with_lowercase_tags() {
        let json = serde_json::to_string(&diff("a b", "a c", "en")).expect("serializes");
        assert_eq!(
            json,
            r#"[{"tag":"equal","query":{"start":0,"end":2},"source":{"start":0,"end":2}},{"tag":"replace","query":{"start":2,"end":3},"source":{"start":2,"end":3}}]"#
        );
    }
}
