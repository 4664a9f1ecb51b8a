//! Currency names and amounts in en, az and ru, from the catalogs shipped in
//! `locales/{lang}/currencies.ftl` (embedded in the binary).
//!
//! The catalogs are generated from CLDR by [`generate`] (run it with `cargo run
//! --example gen_currencies -- --write`); house overrides in `locales/house-currencies.ftl` win
//! over CLDR. Each currency has two messages:
//!
//! - `currency-usd`: the display name, with `.symbol` and `.symbol-narrow` where CLDR
//!   has a symbol other than the code;
//! - `currency-usd-amount`: an amount, selecting on `$amount` (a number, so that the
//!   CLDR plural category of the locale picks the variant: ru one/few/many/other) and
//!   printing `$formatted`, the same number in the locale's notation. Fluent does not
//!   format numbers per locale, so the notation comes from
//!   [`format_number`](crate::text::format_number).
//!
//! ```
//! use korpu::export::currency::Currencies;
//! use korpu::locale::Locale;
//! let ru = Currencies::for_locale(&Locale::parse("ru").unwrap()).unwrap();
//! assert_eq!(ru.amount("USD", "21").unwrap(), "21 доллар США");
//! assert_eq!(ru.amount("USD", "1.5").unwrap(), "1,5 доллара США");
//! let az = Currencies::for_locale(&Locale::parse("az").unwrap()).unwrap();
//! assert_eq!(az.name("GBP").unwrap(), "İngiltərə funt sterlinqi");
//! ```

mod generate;

use std::str::FromStr;
use std::sync::OnceLock;

use fluent::concurrent::FluentBundle;
use fluent::types::FluentNumber;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::locale::Locale;
use crate::text::format_number;

pub use generate::{generate, GenerateError, GeneratedFile, Input};

/// The locales with a shipped currency catalog.
pub const SHIPPED: [&str; 3] = ["en", "az", "ru"];

/// The path of the house overrides inside the repository.
pub const HOUSE_OVERRIDES: &str = "locales/house-currencies.ftl";

/// The shipped catalogs: currency names and amounts, and the rate table's headings.
const CATALOGS: [(&str, &str, &str); 3] = [
    (
        "en",
        include_str!("../../../locales/en/currencies.ftl"),
        include_str!("../../../locales/en/rates.ftl"),
    ),
    (
        "az",
        include_str!("../../../locales/az/currencies.ftl"),
        include_str!("../../../locales/az/rates.ftl"),
    ),
    (
        "ru",
        include_str!("../../../locales/ru/currencies.ftl"),
        include_str!("../../../locales/ru/rates.ftl"),
    ),
];

/// What went wrong looking up a currency.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CurrencyError {
    /// A code CLDR does not name.
    #[error("unknown currency code \"{0}\": expected an ISO 4217 code that CLDR names, such as USD, EUR or AZN")]
    UnknownCode(String),
    /// No catalog for this locale.
    #[error("no currency names for locale \"{0}\": the shipped locales are en, az and ru")]
    NoLocale(String),
    /// An amount that is not a plain decimal number.
    #[error("\"{0}\" is not a number: expected digits with an optional fraction, such as 1.8968")]
    NotANumber(String),
    /// A shipped catalog that does not load or format (a bug in the catalog).
    #[error("the shipped catalog for {lang} is broken: {message}")]
    Catalog {
        /// The catalog's locale.
        lang: String,
        /// What failed.
        message: String,
    },
}

/// The currency catalog of one shipped locale.
pub struct Currencies {
    lang: Locale,
    bundle: FluentBundle<FluentResource>,
    codes: Vec<String>,
}

impl std::fmt::Debug for Currencies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Currencies")
            .field("lang", &self.lang)
            .field("codes", &self.codes.len())
            .finish()
    }
}

fn load_all() -> &'static Result<Vec<Currencies>, CurrencyError> {
    static LOADED: OnceLock<Result<Vec<Currencies>, CurrencyError>> = OnceLock::new();
    LOADED.get_or_init(|| CATALOGS.iter().map(|c| load(c.0, &[c.1, c.2])).collect())
}

fn load(lang: &str, sources: &[&str]) -> Result<Currencies, CurrencyError> {
    let broken = |message: String| CurrencyError::Catalog {
        lang: lang.to_string(),
        message,
    };
    let locale = Locale::parse(lang).map_err(|e| broken(e.to_string()))?;
    let mut bundle = FluentBundle::new_concurrent(vec![locale.id().clone()]);
    bundle.set_use_isolating(false);
    let mut codes = Vec::new();
    for source in sources {
        let resource = FluentResource::try_new(source.to_string())
            .map_err(|(_, errors)| broken(format!("{:?}", errors.first())))?;
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                if let Some(code) = m.id.name.strip_prefix("currency-") {
                    if code.len() == 3 {
                        codes.push(code.to_ascii_uppercase());
                    }
                }
            }
        }
        bundle
            .add_resource(resource)
            .map_err(|errors| broken(format!("{:?}", errors.first())))?;
    }
    codes.sort();
    Ok(Currencies {
        lang: locale,
        bundle,
        codes,
    })
}

impl Currencies {
    /// The catalog for `lang`, negotiated among en, az and ru (`en-US` gets en; `az-Cyrl`
    /// gets nothing, as the az catalog is Latin).
    pub fn for_locale(lang: &Locale) -> Result<&'static Currencies, CurrencyError> {
        let all = load_all().as_ref().map_err(Clone::clone)?;
        let locales: Vec<Locale> = all.iter().map(|c| c.lang.clone()).collect();
        let found = lang
            .negotiate_among(&locales)
            .ok_or_else(|| CurrencyError::NoLocale(lang.tag().to_string()))?;
        all.iter()
            .find(|c| &c.lang == found)
            .ok_or_else(|| CurrencyError::NoLocale(lang.tag().to_string()))
    }

    fn english() -> Result<&'static Currencies, CurrencyError> {
        let all = load_all().as_ref().map_err(Clone::clone)?;
        all.iter()
            .find(|c| c.lang.tag() == "en")
            .ok_or_else(|| CurrencyError::NoLocale("en".to_string()))
    }

    /// The catalog's locale (`en`, `az` or `ru`).
    pub fn locale(&self) -> &Locale {
        &self.lang
    }

    /// The codes this catalog names, sorted.
    pub fn codes(&self) -> &[String] {
        &self.codes
    }

    /// Whether CLDR names `code` (case-insensitive; en names every code).
    pub fn is_known(code: &str) -> bool {
        Currencies::english().is_ok_and(|en| en.has(&code.to_ascii_uppercase()))
    }

    fn has(&self, code: &str) -> bool {
        self.codes.binary_search(&code.to_string()).is_ok()
    }

    /// The catalog that names `code`: this one, else en's (CLDR leaves some old
    /// currencies unnamed in az and ru).
    fn naming(&self, code: &str) -> Result<&Currencies, CurrencyError> {
        if self.has(code) {
            return Ok(self);
        }
        let en = Currencies::english()?;
        if en.has(code) {
            Ok(en)
        } else {
            Err(CurrencyError::UnknownCode(code.to_string()))
        }
    }

    /// The display name of `code` (`USD`; case-insensitive), in this locale or, where
    /// CLDR has no name in it, in English.
    pub fn name(&self, code: &str) -> Result<String, CurrencyError> {
        let code = code.to_ascii_uppercase();
        let cat = self.naming(&code)?;
        cat.format(
            &format!("currency-{}", code.to_ascii_lowercase()),
            None,
            None,
        )
    }

    /// The symbol of `code` when CLDR has one other than the code itself (`$`, `₼`).
    pub fn symbol(&self, code: &str) -> Result<Option<String>, CurrencyError> {
        let code = code.to_ascii_uppercase();
        let cat = self.naming(&code)?;
        let id = format!("currency-{}", code.to_ascii_lowercase());
        let has = cat
            .bundle
            .get_message(&id)
            .is_some_and(|m| m.get_attribute("symbol").is_some());
        if !has {
            return Ok(None);
        }
        cat.format(&id, Some("symbol"), None).map(Some)
    }

    /// An amount of `code`: `value` is a plain decimal (`"1"`, `"1.5"`, `"-0.40"`;
    /// the fraction digits as written count for the plural category, so `"1.0"` is not
    /// "one"), written in this locale's notation with the plural form CLDR selects.
    pub fn amount(&self, code: &str, value: &str) -> Result<String, CurrencyError> {
        if !is_decimal(value) {
            return Err(CurrencyError::NotANumber(value.to_string()));
        }
        let code = code.to_ascii_uppercase();
        let cat = self.naming(&code)?;
        let mut args = FluentArgs::new();
        args.set("amount", FluentValue::Number(plural_operand(value)));
        args.set("formatted", format_number(value, &self.lang));
        cat.format(
            &format!("currency-{}-amount", code.to_ascii_lowercase()),
            None,
            Some(&args),
        )
    }

    /// Formats a message (or one of its attributes) of this catalog.
    pub(crate) fn format(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Result<String, CurrencyError> {
        let broken = |message: String| CurrencyError::Catalog {
            lang: self.lang.tag().to_string(),
            message,
        };
        let message = self
            .bundle
            .get_message(id)
            .ok_or_else(|| broken(format!("no message {id}")))?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        }
        .ok_or_else(|| broken(format!("{id} has no {}", attribute.unwrap_or("value"))))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if let Some(e) = errors.first() {
            return Err(broken(format!("{id}: {e}")));
        }
        Ok(text.into_owned())
    }
}

/// Whether `value` is a plain decimal: an optional `-`, digits, and optionally `.` and
/// more digits.
pub(crate) fn is_decimal(value: &str) -> bool {
    let body = value.strip_prefix('-').unwrap_or(value);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(int) && frac.is_none_or(digits)
}

/// A number with the same CLDR plural operands as the decimal `value` for the rules of
/// en, az and ru (and every rule that looks at the integer only through `i % 10`, `i %
/// 100`, `i % 1000000` and small values), that a 64-bit float holds exactly: the
/// integer part is cut to its last six digits (plus 1,000,000 when it was longer, so
/// that it stays above 1), and the fraction to its first eight digits, keeping how many
/// digits are visible (so `1.0` stays "other" in en, and `1.50` has two).
fn plural_operand(value: &str) -> FluentNumber {
    let body = value.strip_prefix('-').unwrap_or(value);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i.trim_start_matches('0'), Some(f)),
        None => (body.trim_start_matches('0'), None),
    };
    let int = if int.len() > 6 {
        format!("1{}", &int[int.len() - 6..])
    } else if int.is_empty() {
        "0".to_string()
    } else {
        int.to_string()
    };
    let text = match frac {
        Some(f) => format!("{int}.{}", &f[..f.len().min(8)]),
        None => int,
    };
    // `text` is digits with an optional fraction, so it parses; 0 is the safe fallback.
    FluentNumber::from_str(&text).unwrap_or_else(|_| FluentNumber::from(0u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(cat: &Currencies, code: &str, value: &str) -> String {
        cat.amount(code, value).expect("amount")
    }

    fn cat(tag: &str) -> &'static Currencies {
        Currencies::for_locale(&Locale::parse(tag).expect("tag")).expect("catalog")
    }

    #[test]
    fn plural_operands_survive_large_and_long_numbers() {
        let ru = cat("ru");
        let big = "1000000000000000000021";
        let ru_big = format_number(big, ru.locale());
        assert_eq!(amount(ru, "USD", big), format!("{ru_big} доллар США"));
        assert_eq!(amount(ru, "USD", "12"), "12 долларов США");
        assert!(amount(ru, "USD", "1000000000000000000012").ends_with("долларов США"));
        assert_eq!(
            amount(ru, "USD", "0.000000000000000001"),
            "0,000000000000000001 доллара США"
        );
        assert_eq!(amount(cat("en"), "USD", "1.0"), "1.0 US dollars");
        assert_eq!(amount(cat("en"), "USD", "-1"), "-1 US dollar");
    }

    #[test]
    fn malformed_amounts_and_codes_are_refused() {
        let en = cat("en");
        for bad in ["", "1,5", "1.", ".5", "1e5", "inf", "NaN", "--1", "1.2.3"] {
            assert_eq!(
                en.amount("USD", bad),
                Err(CurrencyError::NotANumber(bad.to_string())),
                "{bad}"
            );
        }
        assert_eq!(
            en.amount("XYZ", "1"),
            Err(CurrencyError::UnknownCode("XYZ".to_string()))
        );
        assert!(!Currencies::is_known("XYZ"));
        assert!(Currencies::is_known("azn"));
    }

    #[test]
    fn locales_are_negotiated() {
        assert_eq!(cat("en-US").locale().tag(), "en");
        assert_eq!(cat("az-Latn").locale().tag(), "az");
        assert_eq!(
            Currencies::for_locale(&Locale::parse("az-Cyrl").expect("tag")).expect_err("az-Cyrl"),
            CurrencyError::NoLocale("az-Cyrl".to_string())
        );
        assert!(Currencies::for_locale(&Locale::parse("de").expect("tag")).is_err());
    }
}
