//! Segmentation: data-driven cases from `tests/fixtures/segment`, the seed article,
//! Markdown and HTML documents, replacement and broken SRX files, and a fuzz-style
//! test that random input never panics and always gives lossless spans.
//!
//! Fixture formats are described in `tests/fixtures/segment/README.md`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use korpu::locale::Locale;
use korpu::segment::{BlockKind, DocFormat, Segmenter, Span, EMBEDDED_SRX};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/segment")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn locale(tag: &str) -> Locale {
    Locale::parse(tag).unwrap_or_else(|e| panic!("{e}"))
}

/// Checks what every split must give: spans in order, not overlapping, on char
/// boundaries, trimmed, not empty, paragraphs numbered 1, 2, … without gaps, and the
/// input rebuilt byte for byte from gaps and segments.
fn check_invariants(text: &str, spans: &[Span]) -> Result<(), String> {
    let mut rebuilt = String::with_capacity(text.len());
    let mut at = 0;
    let mut paragraph = 0;
    for s in spans {
        if s.start < at || s.end <= s.start || s.end > text.len() {
            return Err(format!(
                "span {s:?} after byte {at} is out of order or empty"
            ));
        }
        let (Some(gap), Some(seg)) = (text.get(at..s.start), text.get(s.start..s.end)) else {
            return Err(format!("span {s:?} is not on char boundaries"));
        };
        if seg.trim() != seg || seg.starts_with('\u{feff}') {
            return Err(format!("segment {seg:?} is not trimmed"));
        }
        if s.paragraph != paragraph && s.paragraph != paragraph + 1 {
            return Err(format!("paragraph {} follows {paragraph}", s.paragraph));
        }
        paragraph = s.paragraph;
        rebuilt.push_str(gap);
        rebuilt.push_str(seg);
        at = s.end;
    }
    rebuilt.push_str(&text[at..]);
    if rebuilt != text {
        return Err("gaps and segments do not rebuild the input".to_string());
    }
    Ok(())
}

/// For plain text, what lies between segments is whitespace only: no text is lost.
fn check_gaps_are_blank(text: &str, spans: &[Span]) -> Result<(), String> {
    let mut at = 0;
    let end = std::iter::once(text.len()..text.len());
    for s in spans.iter().map(|s| s.start..s.end).chain(end) {
        let gap = &text[at..s.start];
        if !gap.chars().all(|c| c.is_whitespace() || c == '\u{feff}') {
            return Err(format!(
                "text {gap:?} before byte {} is in no segment",
                s.start
            ));
        }
        at = s.end;
    }
    Ok(())
}

/// One case of a language fixture file.
struct Case {
    name: String,
    line: usize,
    locale: Option<String>,
    input: Vec<String>,
    expected: Vec<String>,
}

/// Reads a language fixture: `=== name [@locale]`, input lines, `---`, expected lines.
fn parse_cases(path: &Path) -> Vec<Case> {
    let text = read(path);
    let mut cases: Vec<Case> = Vec::new();
    let mut in_expected = false;
    for (i, line) in text.lines().enumerate() {
        if let Some(header) = line.strip_prefix("===") {
            let header = header.trim();
            let (name, locale) = match header.rsplit_once(" @") {
                Some((n, l)) => (n.trim().to_string(), Some(l.trim().to_string())),
                None => (header.to_string(), None),
            };
            cases.push(Case {
                name,
                line: i + 1,
                locale,
                input: Vec::new(),
                expected: Vec::new(),
            });
            in_expected = false;
            continue;
        }
        let Some(case) = cases.last_mut() else {
            continue; // The header comment of the file.
        };
        if !in_expected && line == "---" {
            in_expected = true;
        } else if in_expected {
            if !line.is_empty() {
                case.expected.push(line.to_string());
            }
        } else {
            case.input.push(line.to_string());
        }
    }
    for c in &cases {
        assert!(
            !c.expected.is_empty(),
            "{}:{}: case \"{}\" has no expected segments (missing ---?)",
            path.display(),
            c.line,
            c.name
        );
    }
    cases
}

fn segments<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
    spans.iter().map(|s| &text[s.start..s.end]).collect()
}

#[test]
fn language_fixtures() {
    let segmenter = Segmenter::embedded();
    let mut failures = String::new();
    let mut counts = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for path in &files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let cases = parse_cases(path);
        counts.push((stem.clone(), cases.len()));
        for case in cases {
            let tag = case.locale.clone().unwrap_or_else(|| stem.clone());
            let input = case.input.join("\n");
            let spans = segmenter.split(&input, &locale(&tag), DocFormat::Text);
            let got = segments(&input, &spans);
            let where_ = format!("{}:{} \"{}\" @{tag}", path.display(), case.line, case.name);
            if let Err(e) =
                check_invariants(&input, &spans).and_then(|()| check_gaps_are_blank(&input, &spans))
            {
                let _ = writeln!(failures, "{where_}: {e}");
            }
            if got != case.expected {
                let _ = writeln!(failures, "{where_}\n  expected:");
                for s in &case.expected {
                    let _ = writeln!(failures, "    {s}");
                }
                let _ = writeln!(failures, "  got:");
                for s in &got {
                    let _ = writeln!(failures, "    {s}");
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "segmentation fixtures failed:\n{failures}"
    );
    for lang in ["en", "az", "ru"] {
        let n = counts.iter().find(|(s, _)| s == lang).map_or(0, |c| c.1);
        assert!(
            n >= 40,
            "{lang}.txt has {n} cases; at least 40 are expected"
        );
    }
    assert!(counts.iter().any(|(s, n)| s == "default" && *n > 0));
}

/// Reads `3 heading | text` lines (text with `\n` and `\\` escapes).
fn parse_expected_blocks(text: &str) -> (Option<String>, Vec<(usize, String, String)>) {
    let mut tag = None;
    let mut out = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        if let Some(t) = line.strip_prefix('@') {
            tag = Some(t.trim().to_string());
            continue;
        }
        let (head, seg) = line.split_once(" | ").unwrap_or((line, ""));
        let mut words = head.split_whitespace();
        let paragraph = words.next().and_then(|n| n.parse().ok()).unwrap_or(0);
        let kind = words.next().unwrap_or_default().to_string();
        let seg = seg.replace("\\n", "\n").replace("\\\\", "\\");
        out.push((paragraph, kind, seg));
    }
    (tag, out)
}

fn kind_name(kind: BlockKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[test]
fn markdown_and_html_fixtures() {
    let dir = fixtures().join("markup");
    let mut failures = String::new();
    let mut seen = 0;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("markup fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "html"))
        .collect();
    files.sort();
    for path in files {
        let format = if path.extension().is_some_and(|x| x == "md") {
            DocFormat::Markdown
        } else {
            DocFormat::Html
        };
        let input = read(&path);
        let mut expected_path = path.clone().into_os_string();
        expected_path.push(".expected");
        let (tag, expected) = parse_expected_blocks(&read(Path::new(&expected_path)));
        let tag = tag.unwrap_or_else(|| "en".to_string());
        let spans = Segmenter::embedded().split(&input, &locale(&tag), format);
        if let Err(e) = check_invariants(&input, &spans) {
            let _ = writeln!(failures, "{}: {e}", path.display());
        }
        let got: Vec<(usize, String, String)> = spans
            .iter()
            .map(|s| {
                (
                    s.paragraph,
                    kind_name(s.kind),
                    input[s.start..s.end].to_string(),
                )
            })
            .collect();
        if got != expected {
            let show = |v: &[(usize, String, String)]| {
                v.iter()
                    .map(|(p, k, s)| format!("    {p} {k} | {}\n", s.replace('\n', "\\n")))
                    .collect::<String>()
            };
            let _ = writeln!(
                failures,
                "{}\n  expected:\n{}  got:\n{}",
                path.display(),
                show(&expected),
                show(&got)
            );
        }
        seen += 1;
    }
    assert!(failures.is_empty(), "markup fixtures failed:\n{failures}");
    assert!(
        seen >= 2,
        "expected Markdown and HTML fixtures in {}",
        dir.display()
    );
}

#[test]
fn seed_article_splits_as_a_translator_would() {
    let Some(data) = crate::harness::shared_data() else {
        return;
    };
    let path = data.join("seed_article_kaspi.txt");
    if !path.is_file() {
        eprintln!(
            "skipping the seed article test: {} is absent",
            path.display()
        );
        return;
    }
    let article = read(&path);
    let expected = read(&fixtures().join("seed_kaspi.expected"));
    let expected: Vec<&str> = expected.lines().collect();
    let spans = Segmenter::embedded().split(&article, &locale("en"), DocFormat::Text);
    check_invariants(&article, &spans)
        .and_then(|()| check_gaps_are_blank(&article, &spans))
        .unwrap_or_else(|e| panic!("{e}"));
    let got = segments(&article, &spans);
    let mut report = String::new();
    for i in 0..got.len().max(expected.len()) {
        let (g, e) = (got.get(i), expected.get(i));
        if g != e {
            let _ = writeln!(
                report,
                "segment {}:\n  expected {e:?}\n  got      {g:?}",
                i + 1
            );
        }
    }
    assert!(report.is_empty(), "seed article:\n{report}");
    // Lone short lines are headings; the headline and standfirst form one paragraph of
    // two lines, which keep its number although each line is a segment.
    use BlockKind::{Heading, Paragraph};
    let kinds: Vec<(usize, BlockKind)> = spans.iter().map(|s| (s.paragraph, s.kind)).collect();
    assert_eq!(
        kinds[..5],
        [
            (1, Heading),
            (2, Heading),
            (3, Paragraph),
            (3, Paragraph),
            (4, Paragraph)
        ]
    );
    let news_feed = got
        .iter()
        .position(|s| *s == "News feed")
        .expect("News feed");
    assert_eq!(kinds[news_feed].1, Heading);
    assert_eq!(kinds[news_feed + 1].1, Heading);
}

#[test]
fn a_replacement_srx_file_changes_the_rules() {
    let xml = read(&fixtures().join("srx/valid/semicolons.srx"));
    let custom = Segmenter::from_srx(&xml, "semicolons.srx").unwrap_or_else(|e| panic!("{e}"));
    let text = "First part; second part. Mr. Smith agrees.";
    let en = locale("en");
    let embedded = segments(
        text,
        &Segmenter::embedded().split(text, &en, DocFormat::Text),
    );
    assert_eq!(embedded, ["First part; second part.", "Mr. Smith agrees."]);
    let replaced = segments(text, &custom.split(text, &en, DocFormat::Text));
    assert_eq!(
        replaced,
        ["First part;", "second part.", "Mr.", "Smith agrees."]
    );
    // The custom file maps "ru" to no rules at all: one segment per block.
    let ru = segments(text, &custom.split(text, &locale("ru"), DocFormat::Text));
    assert_eq!(ru, [text]);
    assert_eq!(custom.language_rules_for(&en), ["Semicolons", "Stops"]);
}

#[test]
fn broken_srx_files_are_refused_with_line_and_column() {
    let dir = fixtures().join("srx/invalid");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("invalid SRX folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    assert!(
        files.len() >= 5,
        "expected broken SRX files in {}",
        dir.display()
    );
    for path in files {
        let xml = read(&path);
        // The first line says what to expect: <!-- expect LINE:COLUMN text -->
        let want = xml
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("<!-- expect "))
            .and_then(|l| l.strip_suffix(" -->"))
            .unwrap_or_else(|| panic!("{}: no expect comment", path.display()));
        let (position, text) = want.split_once(' ').unwrap_or((want, ""));
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let err = Segmenter::from_srx(&xml, name).expect_err(name);
        let shown = err.to_string();
        assert!(
            shown.starts_with(&format!("{name}:{position}: ")),
            "{name}: expected an error at {position}, got: {shown}"
        );
        assert!(
            shown.contains(text),
            "{name}: expected {text:?} in: {shown}"
        );
    }
}

/// A small deterministic generator (xorshift), so that failures can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_input_never_panics_and_stays_lossless() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // Rule files: random bytes, every prefix of the embedded file, random edits of it.
    for _ in 0..200 {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let _ = Segmenter::from_srx(&String::from_utf8_lossy(&bytes), "random.srx");
    }
    let cuts: Vec<usize> = EMBEDDED_SRX
        .char_indices()
        .map(|(i, _)| i)
        .step_by(97)
        .collect();
    for cut in cuts {
        let err = Segmenter::from_srx(&EMBEDDED_SRX[..cut], "cut.srx");
        assert!(err.is_err(), "a file cut at byte {cut} was accepted");
    }
    let pieces = [
        "<", ">", "/", "\"", "=", "(?<=a)", "(", "[", "\\", "&", "&lt;", "rule", "\n",
    ];
    for _ in 0..60 {
        let mut xml = EMBEDDED_SRX.to_string();
        for _ in 0..3 {
            let mut at = rng.below(xml.len());
            while !xml.is_char_boundary(at) {
                at -= 1;
            }
            xml.insert_str(at, pieces[rng.below(pieces.len())]);
        }
        if let Err(e) = Segmenter::from_srx(&xml, "edited.srx") {
            assert!(e.line >= 1 && e.column >= 1, "{e}");
        }
    }
    // Documents: random mixes of letters, stops, quotes, markup and whitespace.
    let alphabet = [
        "a",
        "Z",
        "ə",
        "İ",
        "Ə",
        "ж",
        "Ё",
        "1",
        "7",
        ".",
        "...",
        "…",
        "?",
        "!",
        "\"",
        "“",
        "”",
        "«",
        "»",
        "(",
        ")",
        " ",
        "  ",
        "\u{a0}",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        "Mr.",
        "г.",
        "e.g.",
        "<p>",
        "</p>",
        "<b>",
        "</b>",
        "<br>",
        "<!--",
        "-->",
        "&amp;",
        "&nbsp;",
        "&",
        "<",
        ">",
        "#",
        "# ",
        "- ",
        "1. ",
        "|",
        "---",
        "```",
        "> ",
        "*",
        "`",
        "\u{feff}",
        "😀",
        "<script>",
        "</script>",
        "<li>",
        "<td>",
        "===",
        "\\",
        // Markdown inline markup, indented code and HTML inline elements.
        "``",
        "[",
        "](",
        ")",
        "![",
        "<http://a.b>",
        "    ",
        "\n\n    ",
        ">\n> ",
        "<span>",
        "</span>",
        "<a href=\"x. Y\">",
        "</a>",
        ". A",
    ];
    let locales = ["en", "az", "ru", "az-Cyrl", "de"].map(locale);
    for round in 0..400 {
        let len = rng.below(60);
        let text: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        for format in [DocFormat::Text, DocFormat::Markdown, DocFormat::Html] {
            let l = &locales[round % locales.len()];
            let spans = Segmenter::embedded().split(&text, l, format);
            let checked = check_invariants(&text, &spans).and_then(|()| {
                if format == DocFormat::Text {
                    check_gaps_are_blank(&text, &spans)
                } else {
                    Ok(())
                }
            });
            if let Err(e) = checked {
                panic!("round {round}, {format:?}, {l}: {e}\ninput: {text:?}\nspans: {spans:?}");
            }
        }
    }
}
