//! The byte layer under the XML parser: encoding detection, UTF-16 transcoding, and
//! line and column tracking over a window of the stream.
//!
//! The XML parser only ever sees UTF-8. Positions it reports are byte offsets in that
//! UTF-8 stream; [`Input::line_col`] turns one into a 1-based line and a column in
//! characters, which are the same whatever the file's encoding was.
//!
//! Memory stays flat: the window keeps only the bytes from the *mark* (the oldest
//! position that may still be asked about: the start of the current event or of the
//! current `tu`) to the end of what was read, and line and column are counted over
//! bytes as they leave the window.

use std::io::{self, BufRead, Read};

use crate::formats::Diagnostic;

/// How much is read from the source at a time.
const CHUNK: usize = 64 * 1024;

/// The encoding of the file as its first bytes tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Encoding {
    /// UTF-8 without a byte order mark (or plain ASCII).
    Utf8,
    /// UTF-8 with a byte order mark.
    Utf8Bom,
    /// UTF-16 little endian, with a byte order mark.
    Utf16Le,
    /// UTF-16 big endian, with a byte order mark.
    Utf16Be,
}

impl Encoding {
    /// The name for messages.
    pub(super) fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
        }
    }

    fn is_utf16(self) -> bool {
        matches!(self, Encoding::Utf16Le | Encoding::Utf16Be)
    }
}

/// Line and column at one byte offset of the UTF-8 stream.
#[derive(Debug, Clone, Copy)]
struct Point {
    offset: u64,
    line: usize,
    column: usize,
}

impl Point {
    /// Moves the point over `bytes` (which start at its offset).
    fn advance(&mut self, bytes: &[u8]) {
        let newlines = count(bytes, |b| b == b'\n');
        let tail = if newlines > 0 {
            self.line += newlines;
            self.column = 1;
            let last = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            &bytes[last..]
        } else {
            bytes
        };
        // A column counts characters: every byte that does not continue a UTF-8
        // sequence starts one.
        self.column += count(tail, |b| b & 0xC0 != 0x80);
        self.offset += bytes.len() as u64;
    }
}

/// How many bytes match. Every byte of the file passes through here: counting in
/// byte-sized lanes over blocks of 255 lets the loop vectorize fully.
fn count(bytes: &[u8], matches: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|block| usize::from(block.iter().fold(0u8, |n, &b| n + u8::from(matches(b)))))
        .sum()
}

/// A [`BufRead`] of UTF-8 over the user's reader that can tell line and column.
pub(super) struct Input<R> {
    src: R,
    encoding: Encoding,
    /// UTF-16 only: an odd byte left over from the last chunk.
    carry: Option<u8>,
    /// UTF-16 only: a high surrogate waiting for its pair.
    high: Option<u16>,
    /// `buf[start..end]` is the window; `buf[pos..end]` is not consumed yet.
    buf: Vec<u8>,
    start: usize,
    pos: usize,
    end: usize,
    /// Line and column at `buf[start]`.
    base: Point,
    /// The last position asked about, to count forward from it next time.
    cursor: Point,
    /// Positions below this are never asked about again.
    mark: u64,
    eof: bool,
}

impl<R: BufRead> Input<R> {
    /// Reads the byte order mark, if any, and refuses what is neither UTF-8 nor UTF-16.
    pub(super) fn new(mut src: R) -> Result<Input<R>, Diagnostic> {
        let mut head = [0u8; 4];
        let mut len = 0;
        while len < head.len() {
            let chunk = match src.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(Diagnostic::error(1, 1, format!("cannot read: {e}"))),
            };
            if chunk.is_empty() {
                break;
            }
            let take = chunk.len().min(head.len() - len);
            head[len..len + take].copy_from_slice(&chunk[..take]);
            len += take;
            src.consume(take);
        }
        let head = &head[..len];
        let (encoding, bom) = sniff(head)?;
        let mut input = Input {
            src,
            encoding,
            carry: None,
            high: None,
            buf: Vec::new(),
            start: 0,
            pos: 0,
            end: 0,
            base: Point {
                offset: 0,
                line: 1,
                column: 1,
            },
            cursor: Point {
                offset: 0,
                line: 1,
                column: 1,
            },
            mark: 0,
            eof: false,
        };
        let rest = &head[bom..];
        if encoding.is_utf16() {
            input.buf.resize(CHUNK, 0);
            // At most two bytes follow a two-byte BOM in the head: one code unit.
            let mut units = rest.chunks_exact(2);
            for pair in units.by_ref() {
                input
                    .push_utf16([pair[0], pair[1]])
                    .map_err(|e| Diagnostic::error(1, 1, e.to_string()))?;
            }
            input.carry = units.remainder().first().copied();
        } else {
            input.buf.extend_from_slice(rest);
            input.end = rest.len();
        }
        Ok(input)
    }

    /// The encoding found at the start of the file.
    pub(super) fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Promises that no position below `offset` will be asked about again.
    pub(super) fn set_mark(&mut self, offset: u64) {
        self.mark = offset;
    }

    /// The offset just past everything decoded so far.
    pub(super) fn end_offset(&self) -> u64 {
        self.base.offset + (self.end - self.start) as u64
    }

    /// The offset of the first byte at or after `offset` that is not XML white space
    /// (within the window).
    pub(super) fn skip_blank(&self, offset: u64) -> u64 {
        let offset = offset.clamp(self.base.offset, self.end_offset());
        let from = self.start + (offset - self.base.offset) as usize;
        let blanks = self.buf[from..self.end]
            .iter()
            .take_while(|&&b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            .count();
        offset + blanks as u64
    }

    /// 1-based line and column (in characters) of a byte offset of the UTF-8 stream.
    ///
    /// Offsets outside the window are clamped to it; the reader only asks about
    /// offsets at or after the mark.
    pub(super) fn line_col(&mut self, offset: u64) -> (usize, usize) {
        let offset = offset.clamp(self.base.offset, self.end_offset());
        if offset < self.cursor.offset || self.cursor.offset < self.base.offset {
            self.cursor = self.base;
        }
        let from = self.start + (self.cursor.offset - self.base.offset) as usize;
        let to = self.start + (offset - self.base.offset) as usize;
        self.cursor.advance(&self.buf[from..to]);
        (self.cursor.line, self.cursor.column)
    }

    /// Drops window bytes before the mark (or before the read position, whichever is
    /// first) and reads the next chunk.
    #[inline(never)]
    fn refill(&mut self) -> io::Result<()> {
        let consumed = self.base.offset + (self.pos - self.start) as u64;
        let cut = self.mark.clamp(self.base.offset, consumed);
        if cut > self.base.offset {
            let from_cursor = self.cursor.offset >= self.base.offset && self.cursor.offset <= cut;
            let mut point = if from_cursor { self.cursor } else { self.base };
            let from = self.start + (point.offset - self.base.offset) as usize;
            let to = self.start + (cut - self.base.offset) as usize;
            point.advance(&self.buf[from..to]);
            self.base = point;
            self.start = to;
            if self.cursor.offset < self.base.offset {
                self.cursor = self.base;
            }
        }
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.pos -= self.start;
            self.end -= self.start;
            self.start = 0;
        }
        // Grow only when little room is left: the buffer then stays at the size of
        // the largest window plus one chunk, however long the file.
        if self.buf.len() - self.end < CHUNK / 2 {
            self.buf.resize(self.end + CHUNK, 0);
        }
        if self.encoding.is_utf16() {
            self.read_utf16()
        } else {
            loop {
                match self.src.read(&mut self.buf[self.end..]) {
                    Ok(0) => {
                        self.eof = true;
                        return Ok(());
                    }
                    Ok(n) => {
                        self.end += n;
                        return Ok(());
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                }
            }
        }
    }

    /// Transcodes UTF-16 from the source into the free part of the buffer until at
    /// least one character was produced or the source ends.
    fn read_utf16(&mut self) -> io::Result<()> {
        let produced_from = self.end;
        while self.end == produced_from {
            let chunk = match self.src.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                self.eof = true;
                if self.carry.is_some() {
                    return Err(invalid("the UTF-16 data ends in the middle of a character"));
                }
                if self.high.is_some() {
                    return Err(invalid("the UTF-16 data ends with an unpaired surrogate"));
                }
                return Ok(());
            }
            let mut out = Utf16Out {
                big_endian: self.encoding == Encoding::Utf16Be,
                high: &mut self.high,
                buf: &mut self.buf,
                end: &mut self.end,
            };
            let mut used = 0;
            if let Some(first) = self.carry.take() {
                used = 1;
                out.push([first, chunk[0]])?;
            }
            // Stop when the buffer is full; the rest of the chunk waits in the source.
            while used + 1 < chunk.len() && *out.end + 4 <= out.buf.len() {
                out.push([chunk[used], chunk[used + 1]])?;
                used += 2;
            }
            if used + 1 == chunk.len() {
                self.carry = Some(chunk[used]);
                used += 1;
            }
            self.src.consume(used);
        }
        Ok(())
    }

    /// Decodes one UTF-16 code unit into the buffer.
    fn push_utf16(&mut self, bytes: [u8; 2]) -> io::Result<()> {
        Utf16Out {
            big_endian: self.encoding == Encoding::Utf16Be,
            high: &mut self.high,
            buf: &mut self.buf,
            end: &mut self.end,
        }
        .push(bytes)
    }

    /// The capacity of the window, for tests of the streaming promise.
    #[cfg(test)]
    pub(super) fn window_capacity(&self) -> usize {
        self.buf.capacity()
    }
}

/// The parts of [`Input`] that UTF-16 decoding writes, borrowed apart from the source.
struct Utf16Out<'a> {
    big_endian: bool,
    high: &'a mut Option<u16>,
    buf: &'a mut Vec<u8>,
    end: &'a mut usize,
}

impl Utf16Out<'_> {
    /// Decodes one code unit, appending a character when one is complete.
    fn push(&mut self, bytes: [u8; 2]) -> io::Result<()> {
        let unit = if self.big_endian {
            u16::from_be_bytes(bytes)
        } else {
            u16::from_le_bytes(bytes)
        };
        let code = match (self.high.take(), unit) {
            (None, 0xD800..=0xDBFF) => {
                *self.high = Some(unit);
                return Ok(());
            }
            (None, 0xDC00..=0xDFFF) | (Some(_), 0x0000..=0xDBFF | 0xE000..=0xFFFF) => {
                return Err(invalid("the UTF-16 data holds an unpaired surrogate"));
            }
            (Some(high), low) => {
                0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(low) - 0xDC00)
            }
            (None, unit) => u32::from(unit),
        };
        let c = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
        if self.buf.len() < *self.end + 4 {
            let len = *self.end + CHUNK;
            self.buf.resize(len, 0);
        }
        let end = *self.end;
        *self.end += c.encode_utf8(&mut self.buf[end..end + 4]).len();
        Ok(())
    }
}

fn invalid(message: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message.to_string())
}

/// Tells the encoding from the first bytes; returns it and the length of its BOM.
fn sniff(head: &[u8]) -> Result<(Encoding, usize), Diagnostic> {
    let refuse = |what: &str| {
        Err(Diagnostic::error(
            1,
            1,
            format!(
                "{what}: korpu reads TMX in UTF-8, or in UTF-16 with a byte order mark; \
                 convert the file (for example with iconv) and import it again"
            ),
        ))
    };
    match head {
        [0xEF, 0xBB, 0xBF, ..] => Ok((Encoding::Utf8Bom, 3)),
        [0x00, 0x00, 0xFE, 0xFF, ..] | [0xFF, 0xFE, 0x00, 0x00, ..] => {
            refuse("the file is in UTF-32")
        }
        [0xFE, 0xFF, ..] => Ok((Encoding::Utf16Be, 2)),
        [0xFF, 0xFE, ..] => Ok((Encoding::Utf16Le, 2)),
        [0x4C, 0x6F, 0xA7, 0x94, ..] => refuse("the file is in EBCDIC"),
        [0x00, 0x00, ..] | [_, 0x00, 0x00, ..] => refuse("the file is in UTF-32"),
        [0x00, b, ..] | [b, 0x00, ..] if *b != 0 => {
            refuse("the file looks like UTF-16 without a byte order mark")
        }
        _ => Ok((Encoding::Utf8, 0)),
    }
}

impl<R: BufRead> Read for Input<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Input<R> {
    // The parser calls these several times per event: they must stay cheap.
    #[inline]
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.pos == self.end && !self.eof {
            self.refill()?;
        }
        Ok(&self.buf[self.pos..self.end])
    }

    #[inline]
    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.end);
    }
}
