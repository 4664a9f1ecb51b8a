//! JSON key catalogs as web apps use them: flat (`{"home.title": "…"}`) or nested
//! (`{"home": {"title": "…"}}`). Keys keep their file order; nested keys are joined
//! with dots.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::{line_col, Diagnostic};

/// A catalog as read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonCatalog {
    /// `(key, string)` pairs in file order; nested keys joined with `.`.
    pub entries: Vec<(String, String)>,
    /// Whether the file nests objects (and so is written back nested).
    pub nested: bool,
    /// What could not be read.
    pub diagnostics: Vec<Diagnostic>,
}

enum Node {
    Text(String),
    Object(Vec<(String, Node)>),
    Other(&'static str),
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or an object")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Text(v.to_string()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Text(v))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Node, E> {
        Ok(Node::Other("a boolean"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Node, E> {
        Ok(Node::Other("a number"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Node, E> {
        Ok(Node::Other("a number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Node, E> {
        Ok(Node::Other("a number"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Other("null"))
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(Node::Other("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut out = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            out.push((key, map.next_value::<NodeSeed>()?.0));
        }
        Ok(Node::Object(out))
    }
}

struct NodeSeed(Node);

impl<'de> de::Deserialize<'de> for NodeSeed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor).map(NodeSeed)
    }
}

/// Reads a catalog. Never fails: a syntax error or a value that is neither a string
/// nor an object becomes a diagnostic.
pub fn read_json(text: &str) -> JsonCatalog {
    let mut out = JsonCatalog::default();
    let mut de = serde_json::Deserializer::from_str(text);
    let root = match de::Deserialize::deserialize(&mut de).and_then(|n: NodeSeed| {
        de.end()?;
        Ok(n.0)
    }) {
        Ok(root) => root,
        Err(e) => {
            out.diagnostics.push(Diagnostic::error(
                e.line().max(1),
                e.column().max(1),
                format!("not a JSON catalog: {e}"),
            ));
            return out;
        }
    };
    let Node::Object(top) = root else {
        out.diagnostics.push(Diagnostic::error(
            1,
            1,
            "a JSON catalog is an object of strings (or of nested objects)",
        ));
        return out;
    };
    let mut seen = std::collections::HashSet::new();
    flatten(text, "", top, &mut out, &mut seen);
    out
}

fn flatten(
    text: &str,
    prefix: &str,
    members: Vec<(String, Node)>,
    out: &mut JsonCatalog,
    seen: &mut std::collections::HashSet<String>,
) {
    for (key, node) in members {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match node {
            Node::Text(s) => {
                if seen.insert(path.clone()) {
                    out.entries.push((path, s));
                } else {
                    let (line, column) = find_key(text, &key);
                    out.diagnostics.push(Diagnostic::warning(
                        line,
                        column,
                        format!("key \"{path}\" appears twice; the later value is kept"),
                    ));
                    if let Some(e) = out.entries.iter_mut().find(|(k, _)| *k == path) {
                        e.1 = s;
                    }
                }
            }
            Node::Object(inner) => {
                out.nested = true;
                flatten(text, &path, inner, out, seen);
            }
            Node::Other(what) => {
                let (line, column) = find_key(text, &key);
                out.diagnostics.push(Diagnostic::error(
                    line,
                    column,
                    format!(
                        "key \"{path}\" holds {what}; a catalog value is a string or an object"
                    ),
                ));
            }
        }
    }
}

/// Where a key is written (its first occurrence), for messages about its value.
fn find_key(text: &str, key: &str) -> (usize, usize) {
    let quoted = serde_json::to_string(key).unwrap_or_default();
    text.find(&quoted).map_or((1, 1), |pos| line_col(text, pos))
}

/// Writes a catalog: two-space indentation, keys in the given order, nested when
/// `nested` (a key that would clash with another's object stays whole).
pub fn write_json(entries: &[(String, String)], nested: bool) -> String {
    let mut root: Vec<(String, Node)> = Vec::new();
    for (key, value) in entries {
        if nested && insert_nested(&mut root, key, value) {
            continue;
        }
        root.push((key.clone(), Node::Text(value.clone())));
    }
    let mut out = String::new();
    write_node(&mut out, &Node::Object(root), 0);
    out.push('\n');
    out
}

/// Puts `value` at the dotted path `key`; false when the path clashes with a string.
fn insert_nested(root: &mut Vec<(String, Node)>, key: &str, value: &str) -> bool {
    let parts: Vec<&str> = key.split('.').collect();
    if parts.iter().any(|p| p.is_empty()) {
        return false;
    }
    let mut level = root;
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let pos = level.iter().position(|(k, _)| k == part);
        match (pos, last) {
            (Some(_), true) => return false,
            (None, true) => {
                level.push(((*part).to_string(), Node::Text(value.to_string())));
                return true;
            }
            (Some(p), false) => match &mut level[p].1 {
                Node::Object(inner) => level = inner,
                _ => return false,
            },
            (None, false) => {
                level.push(((*part).to_string(), Node::Object(Vec::new())));
                let n = level.len() - 1;
                let Node::Object(inner) = &mut level[n].1 else {
                    return false;
                };
                level = inner;
            }
        }
    }
    false
}

fn write_node(out: &mut String, node: &Node, depth: usize) {
    match node {
        Node::Text(s) => out.push_str(&serde_json::to_string(s).unwrap_or_default()),
        Node::Other(_) => out.push_str("null"),
        Node::Object(members) if members.is_empty() => out.push_str("{}"),
        Node::Object(members) => {
            out.push_str("{\n");
            for (i, (k, v)) in members.iter().enumerate() {
                out.push_str(&"  ".repeat(depth + 1));
                out.push_str(&serde_json::to_string(k).unwrap_or_default());
                out.push_str(": ");
                write_node(out, v, depth + 1);
                if i + 1 < members.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            out.push_str(&"  ".repeat(depth));
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_keys_are_joined_in_file_order() {
        let c = read_json(r#"{"b": "B", "a": {"y": "Y", "x": {"z": "Z {name}"}}}"#);
        assert!(c.diagnostics.is_empty());
        assert!(c.nested);
        assert_eq!(
            c.entries,
            [
                ("b".to_string(), "B".to_string()),
                ("a.y".to_string(), "Y".to_string()),
                ("a.x.z".to_string(), "Z {name}".to_string())
            ]
        );
        let again = read_json(&write_json(&c.entries, true));
        assert_eq!(again, c);
    }

    #[test]
    fn flat_catalogs_stay_flat() {
        let text = "{\n  \"home.title\": \"Körpü\",\n  \"q\": \"\\\"quoted\\\"\"\n}\n";
        let c = read_json(text);
        assert!(!c.nested);
        assert_eq!(write_json(&c.entries, false), text);
    }

    #[test]
    fn bad_values_and_syntax_are_reported_with_positions() {
        let c = read_json("{\n  \"a\": \"A\",\n  \"n\": 3\n}");
        assert_eq!(c.entries.len(), 1);
        assert_eq!((c.diagnostics[0].line, c.diagnostics[0].column), (3, 3));
        let c = read_json("{\n  \"a\": \"A\",\n}");
        assert_eq!(c.diagnostics[0].line, 3);
        assert!(c.entries.is_empty());
        let c = read_json("[\"a\"]");
        assert_eq!(c.diagnostics.len(), 1);
    }

    #[test]
    fn a_clashing_nested_key_stays_whole() {
        let entries = vec![
            ("a".to_string(), "A".to_string()),
            ("a.b".to_string(), "B".to_string()),
        ];
        let text = write_json(&entries, true);
        assert_eq!(read_json(&text).entries, entries);
    }

    use crate::formats::testing::{self, Edit};
    use proptest::prelude::*;

    const SAMPLE: &str = "{\n  \"menu\": {\n    \"open\": \"Aç {name}\",\n    \"close\": \"Bağla\"\n  },\n  \"title\": \"Körpü \\\"x\\\"\"\n}\n";

    fn mutation() -> impl Strategy<Value = Edit> {
        testing::mutation(vec![
            "{", "}", "[", "]", "\"", "\\", "\\u", "\\uD800", ":", ",", "1", "null", "true", "\n",
            "\u{feff}", "\u{0}", "ə",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 300,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn mutated_catalogs_never_panic_and_what_was_read_writes_back(
            edits in prop::collection::vec(mutation(), 1..8),
        ) {
            let text = testing::mutate(SAMPLE, &edits, 30);
            let c = read_json(&text);
            let lines = text.split('\n').count();
            for d in &c.diagnostics {
                prop_assert!(d.line >= 1 && d.line <= lines && d.column >= 1, "{d:?}");
            }
            let again = read_json(&write_json(&c.entries, c.nested));
            prop_assert!(again.diagnostics.is_empty(), "{:?}", again.diagnostics);
            prop_assert_eq!(again.entries, c.entries);
        }
    }
}
