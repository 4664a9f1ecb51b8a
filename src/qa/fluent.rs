//! What a Fluent message or term uses: variables, message and term references,
//! select expressions and inline tags, per value and per attribute.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::common::{placeholders, Placeholder, PlaceholderKind};
use crate::formats::ftl::pattern_text;

/// The CLDR plural keywords other than `other`: a select with one of them as a key
/// selects a plural form. (A select on exact numbers only, `[1] Page *[other] Pages`,
/// picks a text for some values and is not held to the plural categories.)
const PLURAL_KEYS: [&str; 5] = ["zero", "one", "two", "few", "many"];

/// One entry, read.
#[derive(Debug, Clone, Default)]
pub(crate) struct EntryFacts {
    /// A term (`-id`): its variables are its own parameters.
    pub is_term: bool,
    /// The value, if it has one.
    pub value: Option<PartFacts>,
    /// The attributes in the order written.
    pub attributes: Vec<(String, PartFacts)>,
}

impl EntryFacts {
    /// The value (`None`) or an attribute.
    pub fn part(&self, attribute: Option<&str>) -> Option<&PartFacts> {
        match attribute {
            None => self.value.as_ref(),
            Some(a) => self.attributes.iter().find(|(n, _)| n == a).map(|(_, p)| p),
        }
    }

    /// Every part: the value as `None`, then the attributes by name.
    pub fn parts(&self) -> impl Iterator<Item = (Option<&str>, &PartFacts)> {
        self.value
            .iter()
            .map(|v| (None, v))
            .chain(self.attributes.iter().map(|(n, p)| (Some(n.as_str()), p)))
    }
}

/// What one pattern (a value or an attribute) uses.
#[derive(Debug, Clone, Default)]
pub(crate) struct PartFacts {
    /// Variables (`$x`), in selectors, variants, function and term arguments alike.
    pub variables: BTreeSet<String>,
    /// Referenced messages, each with the attribute referenced, if any.
    pub messages: BTreeSet<(String, Option<String>)>,
    /// Referenced terms, as `-id`.
    pub terms: BTreeSet<String>,
    /// Select expressions, nested ones included.
    pub selects: Vec<Select>,
    /// Inline tags in the text (`<a data-l10n-name="link">`, `</a>`): of a select,
    /// each tag as often as the variant that has it most often (variants are
    /// alternatives, not parts of one text).
    pub tags: Vec<Placeholder>,
    /// The pattern as a translator writes it.
    pub text: String,
}

/// One select expression.
#[derive(Debug, Clone)]
pub(crate) struct Select {
    /// The variable it selects on (`$n` or `NUMBER($n)`), if it is one.
    pub variable: Option<String>,
    /// The selector as written, for messages (`$n`, `NUMBER($n)`).
    pub selector: String,
    /// Whether it selects a plural form: a CLDR plural keyword other than `other`
    /// (`one`, `few`, …) is one of its keys.
    pub plural: bool,
    /// The variant keys.
    pub keys: BTreeSet<String>,
}

/// Reads what an entry uses.
pub(crate) fn entry_facts(entry: &ast::Entry<String>, lang: &str) -> EntryFacts {
    let (is_term, value, attributes) = match entry {
        ast::Entry::Message(m) => (false, m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (true, Some(&t.value), &t.attributes),
        _ => return EntryFacts::default(),
    };
    EntryFacts {
        is_term,
        value: value.map(|p| part_facts(p, lang)),
        attributes: attributes
            .iter()
            .map(|a| (a.id.name.clone(), part_facts(&a.value, lang)))
            .collect(),
    }
}

fn part_facts(pattern: &ast::Pattern<String>, lang: &str) -> PartFacts {
    let mut facts = PartFacts {
        text: pattern_text(pattern),
        ..PartFacts::default()
    };
    let tags = walk_pattern(pattern, lang, &mut facts);
    facts.tags = tags
        .into_values()
        .flat_map(|(n, p)| std::iter::repeat_n(p, n))
        .collect();
    facts
}

/// Tags by key: how many, and the first.
type Tags = BTreeMap<String, (usize, Placeholder)>;

/// Walks a pattern; returns its tags.
fn walk_pattern(pattern: &ast::Pattern<String>, lang: &str, facts: &mut PartFacts) -> Tags {
    let mut tags = Tags::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                for p in placeholders(value, lang)
                    .into_iter()
                    .filter(|p| p.kind == PlaceholderKind::Tag)
                {
                    tags.entry(p.key.clone()).or_insert((0, p)).0 += 1;
                }
            }
            ast::PatternElement::Placeable { expression } => {
                for (k, (n, p)) in walk_expression(expression, lang, facts) {
                    tags.entry(k).or_insert((0, p)).0 += n;
                }
            }
        }
    }
    tags
}

/// Walks an expression; returns the tags of its variants (the most of each).
fn walk_expression(
    expression: &ast::Expression<String>,
    lang: &str,
    facts: &mut PartFacts,
) -> Tags {
    match expression {
        ast::Expression::Inline(inline) => {
            walk_inline(inline, lang, facts);
            Tags::new()
        }
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, lang, facts);
            let mut keys = BTreeSet::new();
            let mut plural = false;
            for v in variants {
                match &v.key {
                    ast::VariantKey::Identifier { name } => {
                        plural |= PLURAL_KEYS.contains(&name.as_str());
                        keys.insert(name.clone());
                    }
                    ast::VariantKey::NumberLiteral { value } => {
                        keys.insert(value.clone());
                    }
                }
            }
            facts.selects.push(Select {
                variable: selector_variable(selector),
                selector: selector_text(selector),
                plural,
                keys,
            });
            let mut most = Tags::new();
            for v in variants {
                for (k, (n, p)) in walk_pattern(&v.value, lang, facts) {
                    let e = most.entry(k).or_insert((0, p));
                    e.0 = e.0.max(n);
                }
            }
            most
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<String>, lang: &str, facts: &mut PartFacts) {
    match inline {
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, lang, facts)
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            facts
                .messages
                .insert((id.name.clone(), attribute.as_ref().map(|a| a.name.clone())));
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            facts.terms.insert(format!("-{}", id.name));
            // Named arguments are literals; a positional one is evaluated in the
            // message's scope (and then ignored by the term), so its variables count.
            if let Some(arguments) = arguments {
                walk_arguments(arguments, lang, facts);
            }
        }
        ast::InlineExpression::VariableReference { id } => {
            facts.variables.insert(id.name.clone());
        }
        ast::InlineExpression::Placeable { expression } => {
            walk_expression(expression, lang, facts);
        }
    }
}

fn walk_arguments(arguments: &ast::CallArguments<String>, lang: &str, facts: &mut PartFacts) {
    for p in &arguments.positional {
        walk_inline(p, lang, facts);
    }
    for n in &arguments.named {
        walk_inline(&n.value, lang, facts);
    }
}

/// The variable a selector reads (`$n`, `NUMBER($n)`).
fn selector_variable(selector: &ast::InlineExpression<String>) -> Option<String> {
    match selector {
        ast::InlineExpression::VariableReference { id } => Some(id.name.clone()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.first().and_then(|p| match p {
                ast::InlineExpression::VariableReference { id } => Some(id.name.clone()),
                _ => None,
            })
        }
        _ => None,
    }
}

fn selector_text(selector: &ast::InlineExpression<String>) -> String {
    match selector {
        ast::InlineExpression::VariableReference { id } => format!("${}", id.name),
        ast::InlineExpression::FunctionReference { id, arguments } => {
            match arguments.positional.first() {
                Some(ast::InlineExpression::VariableReference { id: v }) => {
                    format!("{}(${})", id.name, v.name)
                }
                _ => format!("{}(…)", id.name),
            }
        }
        ast::InlineExpression::TermReference { id, attribute, .. } => match attribute {
            Some(a) => format!("-{}.{}", id.name, a.name),
            None => format!("-{}", id.name),
        },
        ast::InlineExpression::MessageReference { id, attribute } => match attribute {
            Some(a) => format!("{}.{}", id.name, a.name),
            None => id.name.clone(),
        },
        ast::InlineExpression::StringLiteral { value } => format!("\"{value}\""),
        ast::InlineExpression::NumberLiteral { value } => value.clone(),
        ast::InlineExpression::Placeable { .. } => "{…}".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::ftl::parse_entry;

    fn facts(text: &str) -> EntryFacts {
        entry_facts(&parse_entry(text).expect("parses"), "en")
    }

    #[test]
    fn variables_come_from_everywhere_in_a_pattern() {
        let f = facts(
            "m = { $a } { NUMBER($b) ->\n    [one] { $c }\n   *[other] { -t(case: \"gen\") } { other.title }\n}\n    .title = <a data-l10n-name=\"x\">{ $d }</a>\n",
        );
        let value = f.part(None).expect("value");
        assert_eq!(
            value.variables,
            ["a", "b", "c"].map(String::from).into_iter().collect()
        );
        assert_eq!(
            value.terms,
            ["-t".to_string()].into_iter().collect::<BTreeSet<_>>()
        );
        assert_eq!(
            value.messages,
            [("other".to_string(), Some("title".to_string()))]
                .into_iter()
                .collect()
        );
        assert_eq!(value.selects.len(), 1);
        let s = &value.selects[0];
        assert!(s.plural);
        assert_eq!(s.variable.as_deref(), Some("b"));
        assert_eq!(s.selector, "NUMBER($b)");
        let title = f.part(Some("title")).expect("attribute");
        assert_eq!(
            title.variables,
            ["d".to_string()].into_iter().collect::<BTreeSet<_>>()
        );
        let tags: Vec<&str> = title.tags.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(tags, ["</a>", "<a data-l10n-name=\"x\">"]);
    }

    #[test]
    fn tags_of_alternative_variants_count_once() {
        let f = facts(
            "m = { $n ->\n    [one] <b>one</b>\n   *[other] <b>{ $n }</b> and <b>more</b>\n}\n",
        );
        let keys: Vec<&str> = f
            .part(None)
            .expect("value")
            .tags
            .iter()
            .map(|t| t.key.as_str())
            .collect();
        assert_eq!(keys, ["</b>", "</b>", "<b>", "<b>"]);
    }

    #[test]
    fn only_a_select_with_plural_keywords_selects_plural_forms() {
        let f = facts("m = { $kind ->\n    [file] File\n   *[other] Thing\n}\n");
        assert!(!f.part(None).expect("value").selects[0].plural);
        let f = facts("m = { $n ->\n    [1] Page\n   *[other] Pages\n}\n");
        assert!(!f.part(None).expect("value").selects[0].plural);
        let f = facts("m = { $n ->\n    [0] None\n    [one] One\n   *[other] Some\n}\n");
        assert!(f.part(None).expect("value").selects[0].plural);
    }

    #[test]
    fn a_terms_parameters_are_recorded_as_its_own() {
        let f = facts("-brand = { $case ->\n   *[nom] Körpü\n    [gen] Körpünün\n}\n");
        assert!(f.is_term);
        assert!(f.part(None).expect("value").variables.contains("case"));
    }
}
