//! Normalisation and tokens shared by the segmenter, the matcher and QA (being written).
