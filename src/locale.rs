//! Locales: BCP 47 tags over `unic_langid`, plural categories and negotiation.
//!
//! A [`Locale`] keeps the tag in canonical case exactly as the user gave it: `en-US`
//! stays `en-US` and `az` stays `az`. Two tags that differ only in a region or in an
//! implied script still *match* each other through negotiation ([`Locale::matches`]),
//! so a translation stored under `en-US` is found when `en` is asked for.
//!
//! `az` means Azerbaijani in Latin script; `az-Cyrl` is a distinct locale.

use std::fmt;
use std::str::FromStr;

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use unic_langid::LanguageIdentifier;

/// A locale given as a BCP 47 language tag.
///
/// ```
/// use korpu::locale::Locale;
/// let l: Locale = "EN-us".parse().unwrap();
/// assert_eq!(l.to_string(), "en-US");
/// assert!(l.matches(&"en".parse().unwrap()));
/// assert!("xx-!!".parse::<Locale>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale {
    tag: String,
    id: LanguageIdentifier,
}

/// A tag that is not a valid BCP 47 language identifier, or names no known language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocaleError {
    /// Not a well-formed tag.
    #[error(
        "invalid language tag \"{0}\": expected a BCP 47 tag such as en, az, ru, en-US or az-Cyrl"
    )]
    Invalid(String),
    /// Well-formed, but no language CLDR knows.
    #[error("unknown language \"{0}\": the tag is well-formed but names no language with CLDR data (en, az, ru, de, tr, …)")]
    Unknown(String),
}

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Plural {
    /// `zero`
    Zero,
    /// `one`
    One,
    /// `two`
    Two,
    /// `few`
    Few,
    /// `many`
    Many,
    /// `other`
    Other,
}

impl Plural {
    /// The CLDR keyword of the category.
    pub fn as_str(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    fn from_cldr(c: PluralCategory) -> Plural {
        match c {
            PluralCategory::ZERO => Plural::Zero,
            PluralCategory::ONE => Plural::One,
            PluralCategory::TWO => Plural::Two,
            PluralCategory::FEW => Plural::Few,
            PluralCategory::MANY => Plural::Many,
            PluralCategory::OTHER => Plural::Other,
        }
    }
}

impl Locale {
    /// Parses a tag; the stored form is the canonical case of what was given.
    pub fn parse(tag: &str) -> Result<Locale, LocaleError> {
        let trimmed = tag.trim();
        let err = || LocaleError::Invalid(tag.to_string());
        // unic_langid accepts "und" and the empty string as the undetermined locale;
        // a user never means that, so both are refused.
        if trimmed.is_empty() || trimmed.eq_ignore_ascii_case("und") {
            return Err(err());
        }
        let id: LanguageIdentifier = trimmed.parse().map_err(|_| err())?;
        if id.language.is_empty() {
            return Err(err());
        }
        // A well-formed tag may still name no language ("english", "zz"): CLDR's likely
        // subtags know every language with locale data, so one they cannot complete is
        // refused.
        let mut probe = LanguageIdentifier::from_parts(id.language, None, None, &[]);
        if !probe.maximize() {
            return Err(LocaleError::Unknown(tag.to_string()));
        }
        Ok(Locale {
            tag: id.to_string(),
            id,
        })
    }

    /// The tag in canonical case, as given (`en-US`, `az`, `az-Cyrl`).
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The language subtag (`en`, `az`, `ru`).
    pub fn language(&self) -> &str {
        self.id.language.as_str()
    }

    /// The script subtag if the tag names one (`Cyrl` in `az-Cyrl`).
    pub fn script(&self) -> Option<&str> {
        self.id.script.as_ref().map(|s| s.as_str())
    }

    /// The underlying identifier.
    pub fn id(&self) -> &LanguageIdentifier {
        &self.id
    }

    /// Whether two locales name the same language for lookup purposes: `en` and `en-US`
    /// match, `az` and `az-Latn` match, `az` and `az-Cyrl` do not.
    pub fn matches(&self, other: &Locale) -> bool {
        self == other || other.negotiate_among(std::slice::from_ref(self)).is_some()
    }

    /// The best of `available` for this locale by CLDR negotiation (exact tag first).
    pub fn negotiate_among<'a>(&self, available: &'a [Locale]) -> Option<&'a Locale> {
        if let Some(exact) = available.iter().find(|l| l.tag == self.tag) {
            return Some(exact);
        }
        let ids: Vec<&LanguageIdentifier> = available.iter().map(|l| &l.id).collect();
        let wanted = [&self.id];
        let found = negotiate_languages(&wanted, &ids, None, NegotiationStrategy::Filtering);
        let first = found.first()?;
        // Negotiation maps `az` to `az-Latn` by likely subtags; a different explicit
        // script is a different locale and must not match.
        let hit = available.iter().find(|l| &&l.id == *first)?;
        if self.effective_script() != hit.effective_script() {
            return None;
        }
        // `en` matches `en-US`, but `en-GB` and `en-US` are different locales.
        if let (Some(a), Some(b)) = (self.id.region, hit.id.region) {
            if a != b {
                return None;
            }
        }
        Some(hit)
    }

    /// The script the tag implies when it names none (Latin for az, Cyrillic for ru).
    fn effective_script(&self) -> Option<String> {
        if let Some(s) = self.script() {
            return Some(s.to_string());
        }
        let mut id = self.id.clone();
        if id.maximize() {
            id.script.map(|s| s.as_str().to_string())
        } else {
            None
        }
    }

    /// The plural categories CLDR defines for cardinal numbers in this locale, in
    /// CLDR order (`one`, `few`, `many`, `other` for ru; `one`, `other` for en and az).
    pub fn plural_categories(&self) -> Vec<Plural> {
        let Ok(rules) = PluralRules::create(self.id.clone(), PluralRuleType::CARDINAL) else {
            return vec![Plural::Other];
        };
        let mut found = Vec::new();
        // Every category of every CLDR locale is reached by an integer below 1,000,000
        // or by one of a few decimals; sampling them is simpler than reading the rules.
        let integers = (0..=200u64).chain([1_000, 10_000, 100_000, 1_000_000]);
        let decimals = ["0.5", "1.5", "2.5", "0.1", "1.0", "1.2"];
        let mut add = |c: PluralCategory| {
            let p = Plural::from_cldr(c);
            if !found.contains(&p) {
                found.push(p);
            }
        };
        for n in integers {
            if let Ok(c) = rules.select(n) {
                add(c);
            }
        }
        for d in decimals {
            if let Ok(c) = rules.select(d) {
                add(c);
            }
        }
        found.sort();
        found
    }

    /// The plural category of a number written as a decimal string (`"1"`, `"2.5"`).
    pub fn plural_of(&self, number: &str) -> Plural {
        PluralRules::create(self.id.clone(), PluralRuleType::CARDINAL)
            .ok()
            .and_then(|r| r.select(number).ok())
            .map(Plural::from_cldr)
            .unwrap_or(Plural::Other)
    }
}

impl FromStr for Locale {
    type Err = LocaleError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::parse(s)
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({})", self.tag)
    }
}

impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.tag)
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Locale::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(s: &str) -> Locale {
        Locale::parse(s).expect("valid tag")
    }

    #[test]
    fn canonical_case_is_kept_as_given() {
        assert_eq!(l("en-us").tag(), "en-US");
        assert_eq!(l("az").tag(), "az");
        assert_eq!(l("AZ-cyrl").tag(), "az-Cyrl");
        assert_eq!(l("ru").tag(), "ru");
    }

    #[test]
    fn invalid_tags_are_refused_with_the_tag_quoted() {
        for bad in ["", "und", "english!", "e", "12", "en--US"] {
            let e = Locale::parse(bad).expect_err(bad);
            assert_eq!(e, LocaleError::Invalid(bad.to_string()));
            assert!(e.to_string().contains(&format!("\"{bad}\"")), "{e}");
        }
        for unknown in ["english", "zz", "qaa", "rus"] {
            let e = Locale::parse(unknown).expect_err(unknown);
            assert_eq!(e, LocaleError::Unknown(unknown.to_string()));
        }
        for known in ["kk", "tr", "de-CH", "uk", "sr-Latn-RS", "ka"] {
            assert!(Locale::parse(known).is_ok(), "{known}");
        }
    }

    #[test]
    fn negotiation_matches_regions_but_not_scripts() {
        assert!(l("en").matches(&l("en-US")));
        assert!(l("en-US").matches(&l("en")));
        assert!(l("az").matches(&l("az-Latn")));
        assert!(!l("az").matches(&l("az-Cyrl")));
        assert!(!l("az-Cyrl").matches(&l("az")));
        assert!(!l("en").matches(&l("ru")));
        assert!(!l("en-GB").matches(&l("en-US")));
        assert!(l("en-GB").matches(&l("en")));
        assert_eq!(l("en-GB").negotiate_among(&[l("en-US")]), None);
    }

    #[test]
    fn plural_categories_follow_cldr() {
        use Plural::*;
        assert_eq!(l("en").plural_categories(), vec![One, Other]);
        assert_eq!(l("az").plural_categories(), vec![One, Other]);
        assert_eq!(l("ru").plural_categories(), vec![One, Few, Many, Other]);
        assert_eq!(l("ru").plural_of("21"), One);
        assert_eq!(l("ru").plural_of("22"), Few);
        assert_eq!(l("ru").plural_of("25"), Many);
        assert_eq!(l("ru").plural_of("1.5"), Other);
    }
}
