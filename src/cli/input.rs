//! Reading input files: UTF-8 only, with a precise message for everything else.

use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context};

/// Reads a whole file (or stdin for `-`) as UTF-8 text.
///
/// A UTF-8 byte order mark is dropped. Binary files, UTF-16 and invalid UTF-8 are
/// refused with the file name, and for invalid UTF-8 the line and column of the first
/// bad byte.
pub fn read_text(path: &Path) -> anyhow::Result<String> {
    Ok(read_text_bom(path)?.0)
}

/// Like [`read_text`], and also says how many bytes of byte order mark preceded the text
/// (0 or 3), so that offsets can be reported into the file as it is.
pub fn read_text_bom(path: &Path) -> anyhow::Result<(String, usize)> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .context("cannot read standard input")?;
        buf
    } else {
        std::fs::read(path).with_context(|| format!("cannot read {name}"))?
    };
    let shown = if name == "-" { "standard input" } else { &name };
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    Ok((decode(shown, bytes)?, bom))
}

/// Checks and decodes bytes read from `name`.
pub fn decode(name: &str, bytes: Vec<u8>) -> anyhow::Result<String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        bail!("{name} is UTF-16 text; korpu reads UTF-8: convert it first (for example with iconv -f UTF-16 -t UTF-8)");
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let (line, column) = line_col(&bytes, pos);
        bail!("{name}:{line}:{column}: a NUL byte: this is a binary file, not text");
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let (line, column) = line_col(&bytes, pos);
            bail!(
                "{name}:{line}:{column}: byte 0x{:02X} is not valid UTF-8; korpu reads UTF-8 text (convert it first, for example with iconv)",
                bytes[pos]
            )
        }
    }
}

/// 1-based line and column (in characters) of byte `pos`.
fn line_col(bytes: &[u8], pos: usize) -> (usize, usize) {
    let before = &bytes[..pos];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_located() {
        let e = decode("a.txt", b"ok\nab\xE9c".to_vec()).expect_err("latin-1");
        assert!(e.to_string().starts_with("a.txt:2:3: byte 0xE9"), "{e}");
    }

    #[test]
    fn binary_and_utf16_are_refused() {
        assert!(decode("b", vec![1, 2, 0, 3]).is_err());
        assert!(decode("c", vec![0xFF, 0xFE, b'a', 0])
            .expect_err("utf16")
            .to_string()
            .contains("UTF-16"));
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(decode("d", b"\xEF\xBB\xBFhi".to_vec()).expect("utf8"), "hi");
    }
}
