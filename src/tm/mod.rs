//! Translation memory: scores, diffs, number substitution, the lookup index.

pub mod diff;
pub mod score;
