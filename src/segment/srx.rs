//! Reading and compiling SRX 2.0 rule files.
//!
//! Reading is done in two steps so that a broken file costs little: [`parse`] walks the
//! XML once and collects the rules with their positions, then [`compile`] builds the
//! regular expressions. Every problem is an [`SrxError`] naming the line and column of
//! the element at fault.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use regex::{Regex, RegexBuilder};

use super::SrxError;

/// Compiled patterns are allowed to be this large: abbreviation lists with Unicode
/// classes are bigger than the regex crate's default allows for.
const REGEX_SIZE_LIMIT: usize = 64 << 20;

/// One `<rule>`, compiled.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    /// `break="yes"`.
    pub(crate) breaks: bool,
    /// `(?:before)$`, tested against the text before a position; `None` matches anything.
    pub(crate) before: Option<Regex>,
    /// `^(?:after)`, tested against the text after a position; `None` matches anything.
    pub(crate) after: Option<Regex>,
    /// `(?:before)(?:after)`, used to find the places where a break rule may apply;
    /// `None` when both sides are empty (the rule applies everywhere).
    pub(crate) scan: Option<Regex>,
}

/// One `<languagerule>`, compiled.
#[derive(Debug, Clone)]
pub(crate) struct LanguageRule {
    pub(crate) name: String,
    pub(crate) rules: Vec<Rule>,
}

/// One `<languagemap>`, compiled.
#[derive(Debug, Clone)]
pub(crate) struct LanguageMap {
    /// `(?i)^(?:pattern)$`.
    pub(crate) pattern: Regex,
    /// Index into [`RuleSet::language_rules`].
    pub(crate) rule: usize,
}

/// A whole SRX file, compiled.
#[derive(Debug, Clone)]
pub(crate) struct RuleSet {
    pub(crate) cascade: bool,
    pub(crate) language_rules: Vec<LanguageRule>,
    pub(crate) maps: Vec<LanguageMap>,
}

impl RuleSet {
    /// The language rules that apply to a locale tag, in the order they apply.
    pub(crate) fn language_rules_for(&self, tag: &str) -> Vec<&LanguageRule> {
        let mut out: Vec<&LanguageRule> = Vec::new();
        for map in &self.maps {
            if !map.pattern.is_match(tag) {
                continue;
            }
            if let Some(lr) = self.language_rules.get(map.rule) {
                // A rule set mapped twice would only repeat its rules.
                if !out.iter().any(|seen| std::ptr::eq(*seen, lr)) {
                    out.push(lr);
                }
            }
            if !self.cascade {
                break;
            }
        }
        out
    }
}

/// A position in the rule file (byte offset).
type Pos = usize;

#[derive(Debug, Default)]
struct RawRule {
    pos: Pos,
    breaks: bool,
    before: Option<(String, Pos)>,
    after: Option<(String, Pos)>,
}

#[derive(Debug)]
struct RawLanguageRule {
    name: String,
    rules: Vec<RawRule>,
}

#[derive(Debug)]
struct RawMap {
    pos: Pos,
    pattern: String,
    rule_name: String,
}

#[derive(Debug, Default)]
struct RawSrx {
    cascade: bool,
    language_rules: Vec<RawLanguageRule>,
    maps: Vec<RawMap>,
}

/// Reads and compiles an SRX file.
pub(crate) fn load(xml: &str, origin: &str) -> Result<RuleSet, SrxError> {
    let raw = parse(xml, origin)?;
    compile(raw, xml, origin)
}

/// Builds an error at a byte offset of the file.
fn error_at(xml: &str, origin: &str, pos: Pos, message: impl Into<String>) -> SrxError {
    let (line, column) = line_column(xml, pos);
    SrxError {
        origin: origin.to_string(),
        line,
        column,
        message: message.into(),
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, pos: usize) -> (usize, usize) {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &text[..pos];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Where the text of a pattern element is being collected.
enum Collecting {
    Nothing,
    Before,
    After,
}

fn parse(xml: &str, origin: &str) -> Result<RawSrx, SrxError> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut out = RawSrx::default();
    // Open elements and where they start.
    let mut stack: Vec<(String, Pos)> = Vec::new();
    let mut seen_root = false;
    let mut collecting = Collecting::Nothing;
    let mut text = String::new();
    let err = |pos: Pos, msg: String| error_at(xml, origin, pos, msg);

    loop {
        let pos = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(e) => {
                let at = usize::try_from(reader.error_position()).unwrap_or(pos);
                return Err(err(at, format!("malformed XML: {e}")));
            }
        };
        match event {
            Event::Start(e) | Event::Empty(e) if !matches!(collecting, Collecting::Nothing) => {
                let name = local_name(&e);
                return Err(err(
                    pos,
                    format!("unexpected <{name}> inside a pattern: patterns are plain text"),
                ));
            }
            Event::Start(e) => {
                let name = local_name(&e);
                start_element(&mut out, &stack, &name, &e, pos, seen_root)
                    .map_err(|m| err(pos, m))?;
                seen_root = true;
                match name.as_str() {
                    "beforebreak" => collecting = Collecting::Before,
                    "afterbreak" => collecting = Collecting::After,
                    _ => {}
                }
                text.clear();
                stack.push((name, pos));
            }
            Event::Empty(e) => {
                let name = local_name(&e);
                start_element(&mut out, &stack, &name, &e, pos, seen_root)
                    .map_err(|m| err(pos, m))?;
                seen_root = true;
            }
            Event::End(_) => {
                let name = stack.pop().map(|(name, _)| name).unwrap_or_default();
                match (&collecting, name.as_str()) {
                    (Collecting::Before, "beforebreak") => {
                        set_pattern(&mut out, true, std::mem::take(&mut text));
                        collecting = Collecting::Nothing;
                    }
                    (Collecting::After, "afterbreak") => {
                        set_pattern(&mut out, false, std::mem::take(&mut text));
                        collecting = Collecting::Nothing;
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                if !matches!(collecting, Collecting::Nothing) {
                    let s = t
                        .unescape()
                        .map_err(|e| err(pos, format!("malformed XML text: {e}")))?;
                    text.push_str(&s);
                } else if stack.is_empty() && !t.iter().all(u8::is_ascii_whitespace) {
                    return Err(err(pos, "text outside the <srx> element".to_string()));
                }
            }
            Event::CData(t) => {
                if !matches!(collecting, Collecting::Nothing) {
                    text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::Eof => {
                if let Some((open, at)) = stack.last() {
                    let (line, column) = line_column(xml, *at);
                    return Err(err(
                        xml.len(),
                        format!(
                            "unexpected end of file: <{open}> (line {line}, column {column}) \
                             is not closed"
                        ),
                    ));
                }
                if !seen_root {
                    return Err(err(xml.len(), "no <srx> element found".to_string()));
                }
                return Ok(out);
            }
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
}

fn local_name(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

/// The unescaped value of an attribute, if present.
fn attribute(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    for a in e.attributes() {
        let a = a.map_err(|e| format!("malformed attribute: {e}"))?;
        if a.key.local_name().as_ref() == name.as_bytes() {
            let v = a
                .unescape_value()
                .map_err(|e| format!("malformed attribute value: {e}"))?;
            return Ok(Some(v.into_owned()));
        }
    }
    Ok(None)
}

fn yes_no(value: Option<String>, attr: &str, default: bool) -> Result<bool, String> {
    match value.as_deref().map(str::trim) {
        None => Ok(default),
        Some("yes") => Ok(true),
        Some("no") => Ok(false),
        Some(other) => Err(format!("{attr}=\"{other}\": expected \"yes\" or \"no\"")),
    }
}

/// Handles an opening (or empty) element; returns an error message on misuse.
fn start_element(
    out: &mut RawSrx,
    stack: &[(String, Pos)],
    name: &str,
    e: &BytesStart<'_>,
    pos: Pos,
    seen_root: bool,
) -> Result<(), String> {
    let parent = stack.last().map(|(name, _)| name.as_str());
    match name {
        "srx" => {
            if seen_root {
                return Err("a second <srx> element".to_string());
            }
            match attribute(e, "version")?.as_deref().map(str::trim) {
                Some("2.0") | Some("1.0") => Ok(()),
                Some(v) => Err(format!(
                    "unsupported SRX version \"{v}\": expected version=\"2.0\""
                )),
                None => Err("<srx> has no version attribute: expected version=\"2.0\"".into()),
            }
        }
        _ if !seen_root || stack.is_empty() => {
            Err(format!("expected the <srx> root element, found <{name}>"))
        }
        "header" => {
            out.cascade = yes_no(attribute(e, "cascade")?, "cascade", false)?;
            yes_no(attribute(e, "segmentsubflows")?, "segmentsubflows", true)?;
            Ok(())
        }
        "languagerule" => {
            if parent != Some("languagerules") {
                return Err("<languagerule> outside <languagerules>".into());
            }
            let Some(rule_name) = attribute(e, "languagerulename")? else {
                return Err("<languagerule> without a languagerulename attribute".into());
            };
            if out.language_rules.iter().any(|r| r.name == rule_name) {
                return Err(format!("a second languagerule named \"{rule_name}\""));
            }
            out.language_rules.push(RawLanguageRule {
                name: rule_name,
                rules: Vec::new(),
            });
            Ok(())
        }
        "rule" => {
            if parent != Some("languagerule") {
                return Err("<rule> outside <languagerule>".into());
            }
            let breaks = yes_no(attribute(e, "break")?, "break", true)?;
            if let Some(lr) = out.language_rules.last_mut() {
                lr.rules.push(RawRule {
                    pos,
                    breaks,
                    ..RawRule::default()
                });
            }
            Ok(())
        }
        "beforebreak" | "afterbreak" => {
            if parent != Some("rule") {
                return Err(format!("<{name}> outside <rule>"));
            }
            let Some(rule) = out
                .language_rules
                .last_mut()
                .and_then(|l| l.rules.last_mut())
            else {
                return Err(format!("<{name}> outside <rule>"));
            };
            let slot = if name == "beforebreak" {
                &mut rule.before
            } else {
                &mut rule.after
            };
            if slot.is_some() {
                return Err(format!("a second <{name}> in one <rule>"));
            }
            *slot = Some((String::new(), pos));
            Ok(())
        }
        "languagemap" => {
            if !matches!(parent, Some("maprules") | Some("maprule")) {
                return Err("<languagemap> outside <maprules>".into());
            }
            let Some(pattern) = attribute(e, "languagepattern")? else {
                return Err("<languagemap> without a languagepattern attribute".into());
            };
            let Some(rule_name) = attribute(e, "languagerulename")? else {
                return Err("<languagemap> without a languagerulename attribute".into());
            };
            out.maps.push(RawMap {
                pos,
                pattern,
                rule_name,
            });
            Ok(())
        }
        // body, languagerules, maprules, maprule, formathandle and foreign elements.
        _ => Ok(()),
    }
}

/// Stores collected pattern text in the current rule.
fn set_pattern(out: &mut RawSrx, before: bool, text: String) {
    if let Some(rule) = out
        .language_rules
        .last_mut()
        .and_then(|l| l.rules.last_mut())
    {
        let slot = if before {
            &mut rule.before
        } else {
            &mut rule.after
        };
        if let Some((pattern, _)) = slot {
            *pattern = text;
        }
    }
}

/// The useful line of a regex error (the crate's message spans several lines, with the
/// pattern and a caret).
fn regex_message(e: &regex::Error) -> String {
    match e {
        regex::Error::Syntax(s) => s
            .lines()
            .find_map(|l| l.strip_prefix("error: "))
            .map_or_else(|| s.replace('\n', " "), str::to_string),
        other => other.to_string().replace('\n', " "),
    }
}

fn build(pattern: &str, case_insensitive: bool) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .case_insensitive(case_insensitive)
        .size_limit(REGEX_SIZE_LIMIT)
        .build()
}

fn compile(raw: RawSrx, xml: &str, origin: &str) -> Result<RuleSet, SrxError> {
    // A pattern is first compiled alone, so that an error is reported for what the
    // author wrote and a pattern such as "a)(b" cannot escape the group it is put in.
    let check = |pattern: &str, pos: Pos, element: &str| -> Result<(), SrxError> {
        build(pattern, false).map(|_| ()).map_err(|e| {
            let hint = if pattern.contains("(?=")
                || pattern.contains("(?!")
                || pattern.contains("(?<=")
                || pattern.contains("(?<!")
            {
                " (korpu's rules use Rust regex syntax, which has no look-around: \
                 move the context into <beforebreak> or <afterbreak>)"
            } else {
                ""
            };
            error_at(
                xml,
                origin,
                pos,
                format!(
                    "invalid regular expression in <{element}> \"{pattern}\": {}{hint}",
                    regex_message(&e)
                ),
            )
        })
    };
    let wrap = |pattern: String, pos: Pos| -> Result<Regex, SrxError> {
        build(&pattern, false).map_err(|e| error_at(xml, origin, pos, regex_message(&e)))
    };

    let mut language_rules = Vec::with_capacity(raw.language_rules.len());
    for lr in raw.language_rules {
        let mut rules = Vec::with_capacity(lr.rules.len());
        for r in lr.rules {
            let before = r.before.filter(|(p, _)| !p.is_empty());
            let after = r.after.filter(|(p, _)| !p.is_empty());
            if let Some((p, pos)) = &before {
                check(p, *pos, "beforebreak")?;
            }
            if let Some((p, pos)) = &after {
                check(p, *pos, "afterbreak")?;
            }
            let scan = if r.breaks && (before.is_some() || after.is_some()) {
                let b = before.as_ref().map_or("", |(p, _)| p.as_str());
                let a = after.as_ref().map_or("", |(p, _)| p.as_str());
                Some(wrap(format!("(?:{b})(?:{a})"), r.pos)?)
            } else {
                None
            };
            rules.push(Rule {
                breaks: r.breaks,
                before: match before {
                    Some((p, pos)) => Some(wrap(format!("(?:{p})$"), pos)?),
                    None => None,
                },
                after: match after {
                    Some((p, pos)) => Some(wrap(format!("^(?:{p})"), pos)?),
                    None => None,
                },
                scan,
            });
        }
        language_rules.push(LanguageRule {
            name: lr.name,
            rules,
        });
    }

    let mut maps = Vec::with_capacity(raw.maps.len());
    for m in raw.maps {
        let Some(rule) = language_rules.iter().position(|l| l.name == m.rule_name) else {
            return Err(error_at(
                xml,
                origin,
                m.pos,
                format!(
                    "<languagemap> names languagerule \"{}\", which is not defined",
                    m.rule_name
                ),
            ));
        };
        let pattern = build(&m.pattern, true)
            .and_then(|_| build(&format!("^(?:{})$", m.pattern), true))
            .map_err(|e| {
                error_at(
                    xml,
                    origin,
                    m.pos,
                    format!(
                        "invalid languagepattern \"{}\": {}",
                        m.pattern,
                        regex_message(&e)
                    ),
                )
            })?;
        maps.push(LanguageMap { pattern, rule });
    }

    Ok(RuleSet {
        cascade: raw.cascade,
        language_rules,
        maps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\nçd\nxyz";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // 'ç' is two bytes: the 'd' after it is column 2.
        assert_eq!(line_column(text, 5), (2, 2));
        assert_eq!(line_column(text, 100), (3, 4));
    }

    #[test]
    fn a_pattern_cannot_escape_its_group() {
        let xml = r#"<srx version="2.0"><header cascade="no"/><body><languagerules>
<languagerule languagerulename="x"><rule><beforebreak>a)(b</beforebreak></rule></languagerule>
</languagerules><maprules/></body></srx>"#;
        let e = load(xml, "t.srx").expect_err("unbalanced group");
        assert_eq!((e.line, e.column), (2, 42), "{e}");
    }
}
