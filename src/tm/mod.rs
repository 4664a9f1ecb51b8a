//! Translation memory: scores, diffs, number substitution, the lookup index and lookup.
//!
//! Scoring (`score`), diffs (`diff`) and number substitution (`numbers`) are pure; the
//! index (`index`) is a plain data structure whose base is a snapshot file
//! (`snapshot`); `lookup` ties them to the store and keeps the snapshots current.

pub mod concordance;
pub mod diff;
pub mod index;
pub mod lookup;
pub mod numbers;
pub mod score;
mod snapshot;
