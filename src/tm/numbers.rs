//! Carrying the query's numbers into a match's target.

use crate::locale::Locale;
use crate::text::{format_number, number_value, tokens_for, TokenKind};

/// The numbers of a text as canonical values, in order, with their byte ranges.
fn numbers(text: &str, lang: &Locale) -> Vec<(std::ops::Range<usize>, String)> {
    tokens_for(text, lang.language())
        .into_iter()
        .filter(|t| t.kind == TokenKind::Number)
        .filter_map(|t| {
            let value = number_value(&text[t.span.clone()], lang.language())?;
            Some((t.span, value))
        })
        .collect()
}

/// `target` with the numbers that differ between `query` and `source` replaced by the
/// query's, written in the target locale's notation (`1,8968` in az and ru, `1.8968` in
/// en).
///
/// The numbers of the query and the source are paired in order; where a pair differs,
/// every number in the target with the source's value takes the query's value. When the
/// query and the source do not have the same count of numbers, or a changed number does
/// not occur in the target, the target is returned as it is: a guess would be worse
/// than no substitution.
///
/// ```
/// use korpu::locale::Locale;
/// use korpu::tm::numbers::substitute_numbers;
/// let (en, az) = (Locale::parse("en").unwrap(), Locale::parse("az").unwrap());
/// let out = substitute_numbers(
///     "The euro rose to 1.9011 manats.",
///     "The euro rose to 1.8968 manats.",
///     "Avro 1,8968 manata yüksəldi.",
///     &en,
///     &az,
/// );
/// assert_eq!(out, "Avro 1,9011 manata yüksəldi.");
/// ```
pub fn substitute_numbers(
    query: &str,
    source: &str,
    target: &str,
    from: &Locale,
    to: &Locale,
) -> String {
    let q = numbers(query, from);
    let s = numbers(source, from);
    if q.len() != s.len() || q.is_empty() {
        return target.to_string();
    }
    let changes: Vec<(&str, &str)> = q
        .iter()
        .zip(&s)
        .filter(|(a, b)| a.1 != b.1)
        .map(|(a, b)| (b.1.as_str(), a.1.as_str()))
        .collect();
    if changes.is_empty() {
        return target.to_string();
    }
    let mut out = String::with_capacity(target.len() + 8);
    let mut pos = 0;
    let mut replaced = 0;
    for (span, value) in numbers(target, to) {
        if let Some((_, new)) = changes.iter().find(|(old, _)| *old == value) {
            out.push_str(&target[pos..span.start]);
            out.push_str(&format_number(new, to));
            pos = span.end;
            replaced += 1;
        }
    }
    if replaced == 0 {
        return target.to_string();
    }
    out.push_str(&target[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(t: &str) -> Locale {
        Locale::parse(t).expect("tag")
    }

    #[test]
    fn numbers_follow_the_target_notation() {
        let ru = substitute_numbers(
            "The dollar was 1.7000 and the euro 1.9011 manats.",
            "The dollar was 1.7000 and the euro 1.8968 manats.",
            "Доллар стоил 1,7000, а евро 1,8968 маната.",
            &l("en"),
            &l("ru"),
        );
        assert_eq!(ru, "Доллар стоил 1,7000, а евро 1,9011 маната.");
        let en = substitute_numbers(
            "Avro 1,9011 manata yüksəldi.",
            "Avro 1,8968 manata yüksəldi.",
            "The euro rose to 1.8968 manats.",
            &l("az"),
            &l("en"),
        );
        assert_eq!(en, "The euro rose to 1.9011 manats.");
    }

    #[test]
    fn unpaired_numbers_leave_the_target_alone() {
        let t = "Avro 1,8968 manata yüksəldi.";
        assert_eq!(
            substitute_numbers(
                "The euro rose 2 times to 1.9011.",
                "The euro rose to 1.8968.",
                t,
                &l("en"),
                &l("az")
            ),
            t
        );
        assert_eq!(
            substitute_numbers("Rates held.", "Rates held.", t, &l("en"), &l("az")),
            t
        );
    }
}
