//! Fluent resources (`.ftl`): entries with their comments, junk reported with its
//! position, and resources written back so that they parse to the same syntax tree.
//!
//! An entry (message or term) is kept as its own FTL text, comment included; a
//! resource is written by putting the entries' trees back together in order and
//! serialising the whole, then parsing the result again before anyone sees it.

use fluent_syntax::ast;
use fluent_syntax::parser;
use fluent_syntax::serializer;

use super::{line_col, Diagnostic};

/// One item of a resource, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FtlItem {
    /// A message (`id`) or a term (`-id`).
    Entry {
        /// The id; a term's starts with `-`.
        id: String,
        /// The entry as FTL, its comment included, ending in a newline.
        text: String,
        /// 1-based line of the entry in the file that was read (0 when unknown).
        line: usize,
    },
    /// A standalone comment (`#`, `##` or `###`) as FTL.
    Comment(String),
}

/// A resource as read: every well-formed item, and a diagnostic per bad entry.
#[derive(Debug, Clone, Default)]
pub struct FtlResource {
    /// Entries and standalone comments in file order.
    pub items: Vec<FtlItem>,
    /// One error per junk entry, one warning per repeated id.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads an FTL resource. Never fails: malformed entries become diagnostics with the
/// line and column where the parser stopped.
pub fn read_ftl(text: &str) -> FtlResource {
    let (resource, errors) = match parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    let mut out = FtlResource::default();
    for e in &errors {
        // Report the bad entry where it starts; say where the parser gave up when
        // that is elsewhere.
        let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
        let (line, column) = line_col(text, start);
        let (at_line, at_column) = line_col(text, e.pos.start);
        let name = e
            .slice
            .as_ref()
            .and_then(|s| text.get(s.clone()))
            .and_then(|junk| junk.split('=').next())
            .map(str::trim)
            .filter(|id| is_entry_id(id))
            .map_or_else(|| "entry".to_string(), |id| format!("entry \"{id}\""));
        let message = if (at_line, at_column) == (line, column) {
            format!("bad {name}: {}", e.kind)
        } else {
            format!("bad {name}: {} (at {at_line}:{at_column})", e.kind)
        };
        out.diagnostics
            .push(Diagnostic::error(line, column, message));
    }
    let starts = entry_lines(text);
    let mut seen = std::collections::HashMap::new();
    for entry in &resource.body {
        let id = match entry {
            ast::Entry::Message(m) => m.id.name.to_string(),
            ast::Entry::Term(t) => format!("-{}", t.id.name),
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {
                out.items.push(FtlItem::Comment(entry_text(entry)));
                continue;
            }
            ast::Entry::Junk { .. } => continue,
        };
        let line = starts.get(id.as_str()).copied().unwrap_or(0);
        if let Some(first) = seen.insert(id.clone(), line) {
            out.diagnostics.push(Diagnostic::warning(
                line,
                1,
                format!("\"{id}\" is defined again (first on line {first}); the later definition is kept"),
            ));
            out.items
                .retain(|i| !matches!(i, FtlItem::Entry { id: other, .. } if *other == id));
        }
        out.items.push(FtlItem::Entry {
            text: entry_text(entry),
            id,
            line,
        });
    }
    out.diagnostics.sort_by_key(|d| (d.line, d.column));
    out
}

/// The first line on which each id is defined (`id =` or `-id =` at a line start).
fn entry_lines(text: &str) -> std::collections::HashMap<&str, usize> {
    let mut lines = std::collections::HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let Some(eq) = line.find('=') else { continue };
        let id = line[..eq].trim_end();
        if is_entry_id(id) {
            lines.entry(id).or_insert(n + 1);
        }
    }
    lines
}

/// Serialises one entry as a resource of its own.
fn entry_text<'s, S: parser::Slice<'s> + Clone>(entry: &ast::Entry<S>) -> String {
    serializer::serialize(&ast::Resource {
        body: vec![entry.clone()],
    })
}

/// Whether `id` is a Fluent identifier: a letter, then letters, digits, `_` or `-`.
pub fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Whether `id` names a message (`id`) or a term (`-id`).
pub fn is_entry_id(id: &str) -> bool {
    is_identifier(id.strip_prefix('-').unwrap_or(id))
}

/// Parses the text of one stored entry.
///
/// Fails when the text is not exactly one message or term (with its comment).
pub fn parse_entry(text: &str) -> Result<ast::Entry<String>, String> {
    let resource = parser::parse(text.to_string()).map_err(|(_, errors)| {
        errors
            .first()
            .map_or_else(|| "does not parse".into(), |e| e.kind.to_string())
    })?;
    let mut entries = resource
        .body
        .into_iter()
        .filter(|e| matches!(e, ast::Entry::Message(_) | ast::Entry::Term(_)));
    match (entries.next(), entries.next()) {
        (Some(e), None) => Ok(e),
        (None, _) => Err("no message or term".into()),
        (Some(_), Some(_)) => Err("more than one message or term".into()),
    }
}

/// Writes a resource from its items, in order, and parses the result again.
///
/// An item that does not parse, or output that does not parse back, is an error with
/// the line and column in the output: such a file must never be written.
pub fn write_ftl(items: &[FtlItem]) -> Result<String, Diagnostic> {
    let mut body = Vec::new();
    for item in items {
        let text = match item {
            FtlItem::Entry { text, .. } | FtlItem::Comment(text) => text,
        };
        match parser::parse(text.clone()) {
            Ok(r) => body.extend(r.body),
            Err((_, errors)) => {
                let (line, column) = errors
                    .first()
                    .map_or((1, 1), |e| line_col(text, e.pos.start));
                let what = match item {
                    FtlItem::Entry { id, .. } => format!("entry \"{id}\""),
                    FtlItem::Comment(_) => "a comment".to_string(),
                };
                return Err(Diagnostic::error(
                    line,
                    column,
                    format!(
                        "{what} does not parse: {}",
                        errors
                            .first()
                            .map_or_else(String::new, |e| e.kind.to_string())
                    ),
                ));
            }
        }
    }
    // Entries one by one, a blank line between them: the layout people write.
    let out = body
        .iter()
        .map(|e| {
            let mut text = entry_text(e);
            text.truncate(text.trim_end_matches('\n').len());
            text.push('\n');
            text
        })
        .collect::<Vec<_>>()
        .join("\n");
    match parser::parse(out.clone()) {
        Err((_, errors)) => {
            let e = &errors[0];
            let (line, column) = line_col(&out, e.pos.start);
            Err(Diagnostic::error(
                line,
                column,
                format!("the written resource does not parse back: {}", e.kind),
            ))
        }
        Ok(back) if back.body != body => Err(Diagnostic::error(
            1,
            1,
            "the written resource does not read back as the same entries",
        )),
        Ok(_) => Ok(out),
    }
}

/// The value of a stored entry as a pattern, the way a translator writes it after
/// `id = ` (continuation lines without their indentation); `None` for an entry with
/// attributes only.
pub fn value_text(entry_text: &str) -> Option<String> {
    let entry = parse_entry(entry_text).ok()?;
    let value = match entry {
        ast::Entry::Message(m) => m.value?,
        ast::Entry::Term(t) => t.value,
        _ => return None,
    };
    Some(pattern_text(&value))
}

/// The attributes of a stored entry, each as `(name, pattern)`.
pub fn attribute_texts(entry_text: &str) -> Vec<(String, String)> {
    let attributes = match parse_entry(entry_text) {
        Ok(ast::Entry::Message(m)) => m.attributes,
        Ok(ast::Entry::Term(t)) => t.attributes,
        _ => return Vec::new(),
    };
    attributes
        .iter()
        .map(|a| (a.id.name.clone(), pattern_text(&a.value)))
        .collect()
}

/// A pattern as FTL source text, without the indentation of continuation lines.
pub fn pattern_text(pattern: &ast::Pattern<String>) -> String {
    let message = ast::Entry::Message(ast::Message {
        id: ast::Identifier { name: "x".into() },
        value: Some(pattern.clone()),
        attributes: Vec::new(),
        comment: None,
    });
    let text = entry_text(&message);
    let body = text.strip_prefix("x =").unwrap_or(&text);
    let body = body.strip_suffix('\n').unwrap_or(body);
    match body.strip_prefix('\n') {
        Some(block) => block
            .split('\n')
            .map(|l| l.strip_prefix("    ").unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n"),
        None => body.strip_prefix(' ').unwrap_or(body).to_string(),
    }
}

/// Builds the FTL text of entry `id` with `value` as its value, keeping the comment
/// and attributes of `existing` (the stored text of the same entry), if any. With
/// `attribute`, the value goes to that attribute instead.
///
/// `value` is a Fluent pattern; a syntax error is returned with its line and column
/// within `value`.
pub fn with_value(
    id: &str,
    existing: Option<&str>,
    attribute: Option<&str>,
    value: &str,
) -> Result<String, Diagnostic> {
    if !is_entry_id(id) {
        return Err(Diagnostic::error(
            1,
            1,
            format!("\"{id}\" is not a Fluent identifier (a letter, then letters, digits, `_` or `-`; a term starts with `-`)"),
        ));
    }
    if let Some(a) = attribute {
        if !is_identifier(a) {
            return Err(Diagnostic::error(
                1,
                1,
                format!("\"{a}\" is not a Fluent attribute name"),
            ));
        }
    }
    let pattern = parse_pattern(value)?;
    let mut entry = match existing.map(parse_entry) {
        Some(Ok(e)) => e,
        Some(Err(e)) => {
            return Err(Diagnostic::error(
                1,
                1,
                format!("the stored entry \"{id}\" does not parse: {e}"),
            ))
        }
        None if id.starts_with('-') => ast::Entry::Term(ast::Term {
            id: ast::Identifier {
                name: id[1..].to_string(),
            },
            value: pattern.clone(),
            attributes: Vec::new(),
            comment: None,
        }),
        None => ast::Entry::Message(ast::Message {
            id: ast::Identifier {
                name: id.to_string(),
            },
            value: None,
            attributes: Vec::new(),
            comment: None,
        }),
    };
    let attributes = match &mut entry {
        ast::Entry::Message(m) => {
            if attribute.is_none() {
                m.value = Some(pattern.clone());
            }
            &mut m.attributes
        }
        ast::Entry::Term(t) => {
            if attribute.is_none() {
                t.value = pattern.clone();
            }
            &mut t.attributes
        }
        _ => unreachable!("parse_entry returns messages and terms only"),
    };
    if let Some(name) = attribute {
        match attributes.iter_mut().find(|a| a.id.name == name) {
            Some(a) => a.value = pattern,
            None => attributes.push(ast::Attribute {
                id: ast::Identifier {
                    name: name.to_string(),
                },
                value: pattern,
            }),
        }
    }
    Ok(entry_text(&entry))
}

/// Parses a pattern as written after `id = `; continuation lines need no indentation.
pub fn parse_pattern(value: &str) -> Result<ast::Pattern<String>, Diagnostic> {
    const PREFIX: &str = "x = ";
    let mut source = String::from(PREFIX);
    for (i, line) in value.split('\n').enumerate() {
        if i > 0 {
            source.push_str("\n    ");
        }
        source.push_str(line);
    }
    source.push('\n');
    let value_lines: Vec<&str> = value.split('\n').collect();
    let located = |pos: usize| {
        let (line, column) = line_col(&source, pos);
        if line > value_lines.len() {
            // The parser ran past the end of the value: point just after it.
            let last = value_lines.last().map_or(0, |l| l.chars().count());
            return (value_lines.len().max(1), last + 1);
        }
        // Undo the prefix on the first line and the indentation on the others.
        let shift = if line == 1 { PREFIX.len() } else { 4 };
        (line, column.saturating_sub(shift).max(1))
    };
    let resource = match parser::parse(source.clone()) {
        Ok(r) => r,
        Err((_, errors)) => {
            let e = &errors[0];
            let (line, column) = located(e.pos.start);
            return Err(Diagnostic::error(line, column, e.kind.to_string()));
        }
    };
    match resource.body.as_slice() {
        [ast::Entry::Message(ast::Message {
            value: Some(p),
            attributes,
            ..
        })] if attributes.is_empty() => Ok(p.clone()),
        [ast::Entry::Message(ast::Message { value: None, .. })] => {
            Err(Diagnostic::error(1, 1, "the value is empty"))
        }
        _ => Err(Diagnostic::error(
            1,
            1,
            "the value must be one pattern (an attribute or a new entry was found in it)",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "### Resource comment\n\n## Group\n\n# Says hello\nhello = Hello, { $name }!\n    .title = Greeting\n\n-brand = { $case ->\n   *[nom] Korpu\n    [gen] Korpu's\n}\n\n# standalone\n\nbye = Bye\n";

    #[test]
    fn entries_and_comments_are_read_in_order() {
        let r = read_ftl(SAMPLE);
        assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
        let ids: Vec<String> = r
            .items
            .iter()
            .map(|i| match i {
                FtlItem::Entry { id, line, .. } => format!("{id}@{line}"),
                FtlItem::Comment(c) => c.lines().next().unwrap_or("").to_string(),
            })
            .collect();
        assert_eq!(
            ids,
            [
                "### Resource comment",
                "## Group",
                "hello@6",
                "-brand@9",
                "# standalone",
                "bye@16"
            ]
        );
        let FtlItem::Entry { text, .. } = &r.items[2] else {
            panic!("an entry")
        };
        assert!(
            text.starts_with("# Says hello\nhello = Hello, { $name }!\n"),
            "{text}"
        );
    }

    #[test]
    fn a_written_resource_parses_to_the_same_tree() {
        let r = read_ftl(SAMPLE);
        let out = write_ftl(&r.items).expect("writes");
        let again = parser::parse(out.as_str()).expect("parses");
        let first = parser::parse(SAMPLE).expect("parses");
        assert_eq!(again, first);
    }

    #[test]
    fn junk_is_reported_with_line_and_column_and_the_rest_is_kept() {
        let r = read_ftl("ok = Fine\nbroken = { $x\nalso-ok = Yes\n");
        assert_eq!(r.diagnostics.len(), 1, "{:?}", r.diagnostics);
        assert_eq!(r.diagnostics[0].line, 2);
        let ids: Vec<_> = r
            .items
            .iter()
            .filter_map(|i| match i {
                FtlItem::Entry { id, .. } => Some(id.as_str()),
                FtlItem::Comment(_) => None,
            })
            .collect();
        assert_eq!(ids, ["ok", "also-ok"]);
    }

    #[test]
    fn a_repeated_id_is_a_warning_and_the_later_one_wins() {
        let r = read_ftl("a = One\nb = Two\na = Three\n");
        assert_eq!(r.diagnostics.len(), 1);
        assert_eq!(r.diagnostics[0].severity, super::super::Severity::Warning);
        assert_eq!(r.items.len(), 2);
        assert!(matches!(&r.items[1], FtlItem::Entry { text, .. } if text == "a = Three\n"));
    }

    #[test]
    fn values_and_attributes_read_as_translators_write_them() {
        let text = "m = First\n    second { $n }\n    .title = T { -brand }\n";
        assert_eq!(value_text(text).as_deref(), Some("First\nsecond { $n }"));
        assert_eq!(
            attribute_texts(text),
            [("title".to_string(), "T { -brand }".to_string())]
        );
        assert_eq!(value_text("m =\n    .a = only\n"), None);
    }

    #[test]
    fn setting_a_value_keeps_comment_and_attributes() {
        let old = "# note\nm = Old\n    .title = T\n";
        let new = with_value("m", Some(old), None, "New { $x }").expect("valid");
        assert_eq!(new, "# note\nm = New { $x }\n    .title = T\n");
        let attr = with_value("m", Some(&new), Some("title"), "U").expect("valid");
        assert_eq!(attr, "# note\nm = New { $x }\n    .title = U\n");
        let term = with_value("-t", None, None, "Term").expect("valid");
        assert_eq!(term, "-t = Term\n");
    }

    #[test]
    fn a_bad_value_or_id_is_refused_with_its_position() {
        let e = with_value("m", None, None, "Hello { $x").expect_err("unclosed");
        assert_eq!((e.line, e.column), (1, 11));
        let e = with_value("m", None, None, "ok\nbad { ").expect_err("unclosed");
        assert_eq!(e.line, 2);
        assert!(with_value("1m", None, None, "x").is_err());
        assert!(with_value("a.b", None, None, "x").is_err());
        assert!(with_value("m", None, None, "").is_err());
        assert!(with_value("m", None, None, "x\n.attr = y").is_err());
    }

    use crate::formats::testing::{self, Edit};
    use proptest::prelude::*;

    fn mutation() -> impl Strategy<Value = Edit> {
        testing::mutation(vec![
            "{", "}", "{ $", "{ -", "[", "*[", "]", "\n", "\n    ", ".", "=", " = ", "#", "## ",
            "\"", "\\u", "->", "NUMBER(", ")", ":", "\r\n", "\u{feff}", "\u{0}", "ə", "-",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 300,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn mutated_resources_never_panic_and_what_was_read_writes_back(
            edits in prop::collection::vec(mutation(), 1..8),
        ) {
            let text = testing::mutate(SAMPLE, &edits, 40);
            let r = read_ftl(&text);
            let lines = text.split('\n').count();
            for d in &r.diagnostics {
                prop_assert!(d.line >= 1 && d.line <= lines && d.column >= 1, "{d:?}");
            }
            let out = write_ftl(&r.items).map_err(|d| TestCaseError::fail(format!("{d:?}")))?;
            let again = read_ftl(&out);
            prop_assert!(again.diagnostics.iter().all(|d| d.severity != super::super::Severity::Error));
            prop_assert_eq!(again.items.len(), r.items.len());
        }

        #[test]
        fn any_value_is_taken_or_refused_without_panic(value in "\\PC{0,60}") {
            match with_value("m", None, None, &value) {
                Ok(text) => prop_assert!(parse_entry(&text).is_ok(), "{text:?}"),
                Err(d) => prop_assert!(d.line >= 1 && d.column >= 1),
            }
        }
    }
}
