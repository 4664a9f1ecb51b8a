//! Currency catalogs (generated from CLDR, house overrides on top), amounts through
//! fluent-bundle, and exchange-rate tables.

use std::path::PathBuf;
use std::process::Command;

use fluent::types::FluentNumber;
use fluent::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use korpu::export::currency::{generate, Currencies, CurrencyError, GenerateError, Input};
use korpu::export::rates::{localize, read_file, RateError, RateTable};
use korpu::locale::Locale;
use korpu::text::format_number;

use crate::harness::{root, shared_data};

fn l(tag: &str) -> Locale {
    Locale::parse(tag).expect("tag")
}

fn committed(lang: &str) -> String {
    let path = root().join(format!("locales/{lang}/currencies.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn house() -> String {
    std::fs::read_to_string(root().join("locales/house-currencies.ftl")).expect("house file")
}

fn cldr_text() -> Option<String> {
    let path = shared_data()?.join("currencies_cldr_en_az_ru.json");
    Some(std::fs::read_to_string(path).expect("CLDR currency data"))
}

fn generate_from(
    cldr: &str,
    house: &str,
) -> Result<Vec<korpu::export::currency::GeneratedFile>, GenerateError> {
    generate(
        Input {
            path: "cldr.json",
            text: cldr,
        },
        Input {
            path: "house.ftl",
            text: house,
        },
    )
}

/// The seed article's rate table: the lines after the "Exchange Rates" heading.
fn seed_table() -> Option<RateTable> {
    let text = std::fs::read_to_string(shared_data()?.join("seed_article_kaspi.txt"))
        .expect("seed article");
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim() == "Exchange Rates")
        .expect("the seed has a rate table");
    let rest: Vec<&str> = lines[at + 1..]
        .iter()
        .copied()
        .skip_while(|l| l.trim().is_empty())
        .collect();
    Some(RateTable::parse_lines(&rest).expect("the seed's table reads"))
}

#[test]
fn committed_catalogs_are_what_the_generator_makes() {
    let Some(cldr) = cldr_text() else { return };
    let files = generate_from(&cldr, &house()).expect("generates");
    assert_eq!(files.len(), 3);
    for f in &files {
        assert_eq!(f.path, format!("locales/{}/currencies.ftl", f.lang));
        assert!(
            f.text == committed(f.lang),
            "{} is out of date: run `cargo run --example gen_currencies -- --write`",
            f.path
        );
    }
    // Deterministic: the same input gives the same bytes.
    assert_eq!(generate_from(&cldr, &house()).expect("generates"), files);
}

#[test]
fn catalogs_name_every_code_cldr_names_in_their_locale_sorted() {
    let Some(cldr) = cldr_text() else { return };
    let data: serde_json::Value = serde_json::from_str(&cldr).expect("json");
    let data = data.as_object().expect("object");
    for lang in ["en", "az", "ru"] {
        let text = committed(lang);
        assert!(text.starts_with("### Currency names and amounts"), "{lang}");
        assert!(text.contains("gen_currencies -- --write"), "{lang}");
        let ids: Vec<&str> = text
            .lines()
            .filter_map(|line| line.strip_prefix("currency-"))
            .filter_map(|rest| rest.split_once(" =").map(|(id, _)| id))
            .filter(|id| !id.ends_with("-amount"))
            .collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "{lang}: sorted by code");
        let expected: Vec<String> = data
            .iter()
            .filter(|(_, v)| !v[lang].is_null())
            .map(|(code, _)| code.to_ascii_lowercase())
            .collect();
        assert_eq!(ids, expected, "{lang}: one entry per code CLDR names");
        let catalog = Currencies::for_locale(&l(lang)).expect("catalog");
        assert_eq!(catalog.codes().len(), expected.len());
        // Names come from CLDR unless the house overrides them.
        let cldr_usd = data["USD"][lang]["name"].as_str().expect("name");
        let house_usd = (lang == "az").then_some("ABŞ dolları");
        assert_eq!(
            catalog.name("USD").expect("USD"),
            house_usd.unwrap_or(cldr_usd)
        );
    }
}

/// A bundle over the committed file of `lang`, as any Fluent runtime would load it.
fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(committed(lang)).expect("the catalog parses");
    let mut bundle = FluentBundle::new(vec![l(lang).id().clone()]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("no duplicate ids");
    bundle
}

fn fluent_amount(
    bundle: &FluentBundle<FluentResource>,
    lang: &str,
    code: &str,
    value: &str,
) -> String {
    let id = format!("currency-{}-amount", code.to_ascii_lowercase());
    let message = bundle.get_message(&id).expect("message");
    let mut args = FluentArgs::new();
    let number: FluentNumber = value.parse().expect("number");
    args.set("amount", FluentValue::Number(number));
    args.set("formatted", format_number(value, &l(lang)));
    let mut errors = Vec::new();
    let out = bundle.format_pattern(message.value().expect("value"), Some(&args), &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    out.into_owned()
}

#[test]
fn amounts_format_through_fluent_bundle_from_the_committed_files() {
    let ru = bundle("ru");
    let cases = [
        ("1", "1 доллар США"),
        ("2", "2 доллара США"),
        ("5", "5 долларов США"),
        ("11", "11 долларов США"),
        ("21", "21 доллар США"),
        ("22", "22 доллара США"),
        ("111", "111 долларов США"),
        ("1.5", "1,5 доллара США"),
        ("2.0", "2,0 доллара США"),
        ("1234.5", "1\u{a0}234,5 доллара США"),
        ("1000", "1\u{a0}000 долларов США"),
    ];
    for (value, expected) in cases {
        assert_eq!(
            fluent_amount(&ru, "ru", "USD", value),
            expected,
            "ru {value}"
        );
    }
    assert_eq!(fluent_amount(&ru, "ru", "EUR", "5"), "5 евро");
    assert_eq!(
        fluent_amount(&ru, "ru", "AZN", "1.8968"),
        "1,8968 азербайджанского маната"
    );
    assert_eq!(
        fluent_amount(&ru, "ru", "AZN", "3"),
        "3 азербайджанских маната"
    );

    let az = bundle("az");
    assert_eq!(fluent_amount(&az, "az", "USD", "1"), "1 ABŞ dolları");
    assert_eq!(
        fluent_amount(&az, "az", "AZN", "1.8968"),
        "1,8968 Azərbaycan manatı"
    );
    assert_eq!(
        fluent_amount(&az, "az", "GBP", "1234.5"),
        "1.234,5 İngiltərə funt sterlinqi"
    );

    let en = bundle("en");
    assert_eq!(fluent_amount(&en, "en", "USD", "1"), "1 US dollar");
    assert_eq!(fluent_amount(&en, "en", "USD", "21"), "21 US dollars");
    assert_eq!(fluent_amount(&en, "en", "USD", "1.0"), "1.0 US dollars");
    assert_eq!(
        fluent_amount(&en, "en", "AZN", "1.8968"),
        "1.8968 Azerbaijani manats"
    );
    assert_eq!(fluent_amount(&en, "en", "EUR", "1234.5"), "1,234.5 euros");

    // The library gives the same text as a plain bundle over the committed files.
    for (lang, b) in [("en", &en), ("az", &az), ("ru", &ru)] {
        let catalog = Currencies::for_locale(&l(lang)).expect("catalog");
        for (code, value) in [("USD", "1"), ("USD", "1.5"), ("RUB", "22"), ("GBP", "1000")] {
            assert_eq!(
                catalog.amount(code, value).expect("amount"),
                fluent_amount(b, lang, code, value),
                "{lang} {code} {value}"
            );
        }
    }
}

#[test]
fn ru_plural_categories_follow_cldr_operands() {
    let ru = Currencies::for_locale(&l("ru")).expect("catalog");
    let form = |value: &str| {
        let text = ru.amount("RUB", value).expect("amount");
        text.split_once(' ')
            .map(|(_, rest)| rest.to_string())
            .expect("two parts")
    };
    // one: v = 0, i % 10 = 1, i % 100 != 11; few: 2..4 but not 12..14; many: the other
    // integers; other: every decimal (v != 0).
    for (value, noun) in [
        ("1", "российский рубль"),
        ("101", "российский рубль"),
        ("11", "российских рублей"),
        ("12", "российских рублей"),
        ("24", "российских рубля"),
        ("0", "российских рублей"),
        ("1.0", "российского рубля"),
        ("0.5", "российского рубля"),
        ("21.25", "российского рубля"),
    ] {
        assert_eq!(form(value), noun, "ru {value}");
    }
}

#[test]
fn house_style_wins_over_cldr_and_says_so() {
    let az_text = committed("az");
    let az = Currencies::for_locale(&l("az")).expect("catalog");
    assert_eq!(az.name("GBP").expect("GBP"), "İngiltərə funt sterlinqi");
    assert_eq!(
        az.amount("GBP", "2").expect("GBP"),
        "2 İngiltərə funt sterlinqi"
    );
    assert!(az_text.contains(
        "# House style overrides CLDR, which has \"Britaniya Funtu\".\ncurrency-gbp = İngiltərə funt sterlinqi\n"
    ));
    assert!(az_text.contains(
        "# House style overrides CLDR, which has \"ABŞ Dolları\".\ncurrency-usd = ABŞ dolları\n"
    ));
    // Avro is CLDR's name too: no override comment.
    assert!(az_text.contains("\n\ncurrency-eur = Avro\n"));
    // Other locales keep CLDR.
    let en = Currencies::for_locale(&l("en")).expect("catalog");
    assert_eq!(en.name("GBP").expect("GBP"), "British Pound");
    assert!(!committed("en").contains("House style overrides"));

    // Every name in the seed's rate table is the az display name.
    let Some(table) = seed_table() else { return };
    assert_eq!(table.rows.len(), 9);
    for row in &table.rows {
        assert_eq!(az.name(&row.code).expect("known"), row.name, "{}", row.code);
    }
}

#[test]
fn generator_reports_bad_input_with_place() {
    let Some(cldr) = cldr_text() else { return };
    let cases = [
        (
            "az-usd = ABŞ dolları\naz-xyz = Foo\n",
            2,
            1,
            "unknown currency code \"XYZ\"",
        ),
        ("\n\nde-usd = Dollar\n", 3, 1, "unknown locale \"de\""),
        (
            "az-usd = ABŞ dolları\n    .few = x\n",
            1,
            1,
            "unknown attribute .few",
        ),
        (
            "az-usd = ABŞ dolları\n    .one = x\n",
            1,
            1,
            "must include .other",
        ),
        ("az-usd = { $x } dolları\n", 1, 1, "plain text"),
        ("az-usd = a\naz-usd = b\n", 2, 1, "overridden twice"),
        ("usd = a\n", 1, 1, "expected LANG-CODE"),
        ("az-usd = a\n\nbroken\n", 3, 7, "not valid Fluent"),
        ("-term = a\n", 1, 1, "a term"),
    ];
    for (house, line, column, message) in cases {
        let e = generate_from(&cldr, house).expect_err(house);
        assert_eq!(
            (e.path.as_str(), e.line, e.column),
            ("house.ftl", line, column),
            "{house}: {e}"
        );
        assert!(e.message.contains(message), "{house}: {e}");
    }
    let e = generate_from("{\n  \"USD\": {\n    \"en\": 5\n", "").expect_err("bad json");
    assert_eq!((e.path.as_str(), e.line), ("cldr.json", 3), "{e}");
    let e = generate_from("{\"usd\": {\"en\": null, \"az\": null, \"ru\": null}}", "")
        .expect_err("bad code");
    assert!(e.message.contains("not an ISO 4217 code"), "{e}");
    // A name with braces or outer spaces is escaped, not broken.
    let odd = r#"{"ABC": {"en": {"name": "A {b} ", "plural": {"one": "a}", "other": " a"}, "symbol": "{", "symbol_narrow": null}, "az": null, "ru": null}}"#;
    let files = generate_from(odd, "").expect("escaped");
    let en = &files[0];
    let mut b = FluentBundle::new(vec![l("en").id().clone()]);
    b.set_use_isolating(false);
    b.add_resource(FluentResource::try_new(en.text.clone()).expect("parses"))
        .expect("adds");
    let msg = b.get_message("currency-abc").expect("message");
    let mut errors = Vec::new();
    assert_eq!(
        b.format_pattern(msg.value().expect("value"), None, &mut errors),
        "A {b} "
    );
    let symbol = msg.get_attribute("symbol").expect("symbol").value();
    assert_eq!(b.format_pattern(symbol, None, &mut errors), "{");
    assert!(errors.is_empty());
    assert_eq!(fluent_amount(&b, "en", "ABC", "1"), "1 a}");
    assert_eq!(fluent_amount(&b, "en", "ABC", "2"), "2  a");
}

#[test]
fn the_seed_table_reads_and_localizes() {
    let Some(table) = seed_table() else { return };
    assert_eq!(table.header, "Tipi Ədə. Adı AZN");
    assert_eq!(table.quote_currency().as_deref(), Some("AZN"));
    let eur = &table.rows[1];
    assert_eq!(
        (
            eur.code.as_str(),
            eur.nominal.as_str(),
            eur.name.as_str(),
            eur.rate.as_str()
        ),
        ("EUR", "1", "Avro", "1.8968")
    );
    assert_eq!(table.rows[4].nominal, "100");
    let en = localize(&table, &l("en")).expect("en");
    let az = localize(&table, &l("az")).expect("az");
    let ru = localize(&table, &l("ru")).expect("ru");
    assert_eq!(
        en.columns,
        ["Code", "Units", "Currency", "Rate (AZN)"].map(String::from)
    );
    assert_eq!(az.columns[3], "Məzənnə (AZN)");
    assert_eq!(ru.columns[1], "Номинал");
    assert_eq!(en.rows[1].rate, "1.8968");
    assert_eq!(az.rows[1].rate, "1,8968");
    assert_eq!(ru.rows[1].rate, "1,8968");
    assert_eq!(ru.rows[4].rate, "0,004");
    assert_eq!(en.rows[3].name, "British Pound");
    assert_eq!(az.rows[3].name, "İngiltərə funt sterlinqi");
    assert_eq!(ru.rows[3].name, "британский фунт стерлингов");
    assert_eq!(ru.rows[0].code, "USD");
}

#[test]
fn tables_read_strictly_and_say_where() {
    let t =
        RateTable::read("\n\nKod Say Ad Kurs\nUSD 1000 US dollar 1.7\nJPY 100 100 Yen 1,1482\n")
            .expect("reads");
    assert_eq!(t.rows[0].line, 4);
    assert_eq!(
        (t.rows[0].nominal.as_str(), t.rows[0].name.as_str()),
        ("1000", "US dollar")
    );
    // A comma in one rate and a period in another: the period is the decimal mark.
    assert_eq!(t.decimal_separator(), '.');
    assert_eq!(t.quote_currency(), None);
    let ru = localize(&t, &l("ru")).expect("ru");
    assert_eq!(ru.rows[0].nominal, "1\u{a0}000");
    assert_eq!(ru.columns[3], "Курс");
    let az = localize(&t, &l("az")).expect("az");
    assert_eq!(az.rows[0].nominal, "1.000");

    // A table written with decimal commas reads them as decimals.
    let t = RateTable::read("H\nUSD 1 1 dollar 1,700\nEUR 1 1 euro 1,8968\n").expect("reads");
    assert_eq!(t.decimal_separator(), ',');
    assert_eq!(localize(&t, &l("en")).expect("en").rows[0].rate, "1.700");

    let bad = [
        ("", 1, 1, "expected a header line"),
        ("Tipi Ədə. Adı AZN\n", 2, 1, "at least one row"),
        ("USD 1 1 dollar 1.7\n", 1, 1, "found a row"),
        ("H\nusd 1 1 dollar 1.7\n", 2, 1, "three capital letters"),
        ("H\nUSD one dollar 1.7\n", 2, 5, "expected the nominal"),
        ("H\nUSD 1 10 dollar 1.7\n", 2, 7, "different values"),
        ("H\nUSD 1 1 dollar\n", 2, 15, "name and then its rate"),
        ("H\nUSD 1 1 ABŞ dolları 1.7x\n", 2, 21, "expected the rate"),
        (
            "H\nUSD 1 1 dollar 1.7\n\nEUR 1 1 euro 1.9\n",
            3,
            1,
            "blank line",
        ),
        ("H\nUSD 0 dollar 1.7\n", 2, 5, "expected the nominal"),
    ];
    for (text, line, column, message) in bad {
        let e = RateTable::read(text).expect_err(text);
        assert_eq!((e.line, e.column), (line, column), "{text:?}: {e}");
        assert!(e.message.contains(message), "{text:?}: {e}");
        let lines: Vec<&str> = text.lines().collect();
        assert!(RateTable::parse_lines(&lines).is_none(), "{text:?}");
    }
    // A paragraph of an article is not a table.
    assert!(
        RateTable::parse_lines(&["Exchange Rates", "The euro rose to 1.8968 manat."]).is_none()
    );
}

#[test]
fn unknown_codes_and_locales_are_refused() {
    let t = RateTable::read("H AZN\nUSD 1 1 dollar 1.7\n  XYZ 1 1 nothing 2.5\n").expect("reads");
    match localize(&t, &l("en")) {
        Err(RateError::UnknownCode { code, line, column }) => {
            assert_eq!((code.as_str(), line, column), ("XYZ", 3, 3));
        }
        other => panic!("expected an unknown code, got {other:?}"),
    }
    let ok = RateTable::read("H\nUSD 1 1 dollar 1.7\n").expect("reads");
    match localize(&ok, &l("de")) {
        Err(RateError::Currency(CurrencyError::NoLocale(tag))) => assert_eq!(tag, "de"),
        other => panic!("expected no locale, got {other:?}"),
    }
    // en-US negotiates to en.
    assert_eq!(
        localize(&ok, &l("en-US")).expect("en-US").rows[0].rate,
        "1.7"
    );
}

/// The built example, beside this test binary (`cargo test` builds examples).
fn example(name: &str) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let path = exe.parent()?.parent()?.join("examples").join(name);
    if path.is_file() {
        Some(path)
    } else {
        eprintln!("skipped: example {name} is not built (run the whole `cargo test`)");
        None
    }
}

#[test]
fn the_example_prints_three_locales_and_refuses_bad_tables() {
    let Some(bin) = example("exchange_rates") else {
        return;
    };
    let out = Command::new(&bin).output().expect("runs");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    for part in [
        "[en]",
        "[az]",
        "[ru]",
        "1.7",
        "1,7",
        "1 доллар США = 1,7 азербайджанского маната",
    ] {
        assert!(stdout.contains(part), "{part} in\n{stdout}");
    }

    let dir = tempfile::tempdir().expect("tempdir");
    let unknown = dir.path().join("unknown.txt");
    std::fs::write(
        &unknown,
        "Tipi Ədə. Adı AZN\nUSD 1 1 ABŞ dolları 1.7\nXYZ 1 1 Nə 2.5\n",
    )
    .expect("write");
    let out = Command::new(&bin).arg(&unknown).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing printed before the error");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 3, column 1: unknown currency code \"XYZ\""),
        "{stderr}"
    );
    assert!(stderr.contains("unknown.txt"), "{stderr}");

    let malformed = dir.path().join("malformed.txt");
    std::fs::write(&malformed, "Tipi Ədə. Adı AZN\nUSD 1 1 ABŞ dolları\n").expect("write");
    let out = Command::new(&bin).arg(&malformed).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("malformed.txt: line 2, column 13"),
        "{stderr}"
    );

    let e = read_file(&dir.path().join("absent.txt")).expect_err("absent");
    assert!(e.to_string().contains("absent.txt"), "{e}");
}
