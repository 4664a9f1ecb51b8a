//! Property-test helpers shared by the readers' tests: edits that break a file the
//! way people and tools do.

use proptest::prelude::*;

/// One edit: where (an index into the characters), what (0 insert, 1 delete, 2 copy
/// a run), and the text to insert.
pub(crate) type Edit = (prop::sample::Index, u8, String);

/// Edits inserting one of `inserts`, deleting, or copying a run of characters.
pub(crate) fn mutation(inserts: Vec<&'static str>) -> impl Strategy<Value = Edit> {
    (
        any::<prop::sample::Index>(),
        0u8..3,
        prop::sample::select(inserts).prop_map(String::from),
    )
}

/// Applies `edits` to `text`; a copy repeats at most `run` characters.
pub(crate) fn mutate(text: &str, edits: &[Edit], run: usize) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, kind, insert) in edits {
        if chars.is_empty() {
            break;
        }
        let i = at.index(chars.len());
        match kind {
            0 => {
                chars.splice(i..i, insert.chars());
            }
            1 => {
                let end = (i + 1 + insert.len()).min(chars.len());
                chars.drain(i..end);
            }
            _ => {
                let end = (i + run).min(chars.len());
                let copy: Vec<char> = chars[i..end].to_vec();
                chars.splice(i..i, copy);
            }
        }
    }
    chars.into_iter().collect()
}
