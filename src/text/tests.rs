use super::*;
use crate::locale::Locale;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// `(kind, raw text, norm)` of each token, for compact assertions.
fn toks<'a>(text: &'a str, lang: &str) -> Vec<(TokenKind, &'a str, String)> {
    tokens_for(text, lang)
        .into_iter()
        .map(|t| (t.kind, &text[t.span.clone()], t.norm))
        .collect()
}

fn raws<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
    tokens_for(text, lang)
        .into_iter()
        .map(|t| &text[t.span])
        .collect()
}

fn norms(text: &str, lang: &str) -> Vec<String> {
    tokens_for(text, lang).into_iter().map(|t| t.norm).collect()
}

fn l(tag: &str) -> Locale {
    Locale::parse(tag).expect("valid tag")
}

#[test]
fn nfc_composes_and_borrows_when_already_composed() {
    assert_eq!(nfc("e\u{301}"), "é");
    assert_eq!(nfc("I\u{307}lham"), "İlham");
    assert!(matches!(nfc("Əliyev İlham"), Cow::Borrowed(_)));
    assert!(matches!(nfc("e\u{301}"), Cow::Owned(_)));
}

#[test]
fn english_words_numbers_and_punctuation() {
    let text = "The euro rose to 1.8968 manat.";
    assert_eq!(
        raws(text, "en"),
        ["The", "euro", "rose", "to", "1.8968", "manat"]
    );
    assert_eq!(norms(text, "en")[0], "the");
    assert_eq!(norms(text, "en")[4], NUMBER_CLASS);
}

#[test]
fn azerbaijani_dotted_and_dotless_i_fold_by_the_turkic_rule() {
    assert_eq!(
        norms("İLHAM ƏLİYEV BAKIDA İQTİSADİ FORUMDA", "az"),
        ["ilham", "əliyev", "bakıda", "iqtisadi", "forumda"]
    );
    // Composed and decomposed capital dotted I fold alike.
    assert_eq!(norms("I\u{307}lham", "az"), ["ilham"]);
    assert_eq!(norms("ISTI", "az-Latn-AZ"), ["ıstı"]);
    assert_eq!(norms("ISTI", "tr"), ["ıstı"]);
    // Other languages use Unicode lowercase.
    assert_eq!(norms("ISTI", "en"), ["isti"]);
    assert_eq!(norms("İlham", "en"), ["i\u{307}lham"]);
    assert_eq!(norms("İlham", "ru"), ["i\u{307}lham"]);
}

#[test]
fn russian_words_and_hyphenated_compounds() {
    let text = "Из-за роста цен Центробанк России, т.е. ЦБ, поднял ставку.";
    assert_eq!(
        raws(text, "ru"),
        [
            "Из-за",
            "роста",
            "цен",
            "Центробанк",
            "России",
            "т",
            "е",
            "ЦБ",
            "поднял",
            "ставку"
        ]
    );
    assert_eq!(norms("ЦЕНТРОБАНК Ёлка", "ru"), ["центробанк", "ёлка"]);
}

#[test]
fn apostrophes_and_hyphens_join_words_typographic_forms_fold() {
    assert_eq!(
        raws("don't Russian-Azerbaijani", "en"),
        ["don't", "Russian-Azerbaijani"]
    );
    assert_eq!(norms("Don’t co‐operate", "en"), ["don't", "co-operate"]);
    // At the edge of a word they are punctuation.
    assert_eq!(raws("'students' -- well-", "en"), ["students", "well"]);
    assert_eq!(
        raws("rock'n'roll COVID-19 Su-35", "en"),
        ["rock'n'roll", "COVID-19", "Su-35"]
    );
    // Azerbaijani ʼ (U+02BC) is a letter, so it is inside the word by itself.
    assert_eq!(raws("Qurʼan", "az"), ["Qurʼan"]);
}

#[test]
fn invisible_characters_inside_words_are_kept_in_the_span_and_dropped_from_the_norm() {
    let text = "Azər\u{ad}baycan";
    assert_eq!(
        toks(text, "az"),
        [(TokenKind::Word, text, "azərbaycan".to_string())]
    );
}

#[test]
fn combining_marks_stay_in_the_word_and_the_norm_is_nfc() {
    let text = "Ko\u{308}rpu\u{308} bridge";
    let t = toks(text, "az");
    assert_eq!(t[0].1, "Ko\u{308}rpu\u{308}");
    assert_eq!(t[0].2, "körpü");
    assert_eq!(t.len(), 2);
}

#[test]
fn mixed_scripts_in_one_sentence() {
    let text = "Компания Azercell (AZ) сообщила: «5G şəbəkəsi hazırdır».";
    assert_eq!(
        raws(text, "ru"),
        [
            "Компания",
            "Azercell",
            "AZ",
            "сообщила",
            "5",
            "G",
            "şəbəkəsi",
            "hazırdır"
        ]
    );
    let kinds: Vec<_> = tokens_for(text, "ru").iter().map(|t| t.kind).collect();
    assert_eq!(kinds[4], TokenKind::Number);
    assert_eq!(raws("G20 B2B x2", "en"), ["G20", "B2B", "x2"]);
}

#[test]
fn every_number_form_is_one_token() {
    for n in [
        "1.8968",
        "1,8968",
        "0,6294",
        "1 234,5",
        "1\u{a0}234,5",
        "1\u{202f}234\u{202f}567",
        "1,234.5",
        "1.234,5",
        "1,234,567.89",
        "15.00",
        "-3",
        "+0.4",
        "\u{2212}3",
        "2024",
        "12.05.2024",
        "192.168.0.1",
    ] {
        let text = format!("x {n} y");
        let t = toks(&text, "ru");
        assert_eq!(t.len(), 3, "{n}: {t:?}");
        assert_eq!((t[1].0, t[1].1), (TokenKind::Number, n), "{n}");
        assert_eq!(t[1].2, NUMBER_CLASS);
    }
}

#[test]
fn number_edges_percent_ranges_units_and_sentence_ends() {
    assert_eq!(raws("+0.4%", "en"), ["+0.4"]);
    assert_eq!(raws("rose 0.4%.", "en"), ["rose", "0.4"]);
    assert_eq!(raws("in 1990-2000", "en"), ["in", "1990", "2000"]);
    assert_eq!(raws("(-3)", "en"), ["-3"]);
    assert_eq!(raws("a-3", "en"), ["a-3"]);
    assert_eq!(
        raws("10km 1990-cı ildə", "az"),
        ["10", "km", "1990", "cı", "ildə"]
    );
    assert_eq!(raws("at 15:00.", "en"), ["at", "15", "00"]);
    assert_eq!(
        raws("in 2023. Then 1,5, 7", "en"),
        ["in", "2023", "Then", "1,5", "7"]
    );
    // A space groups exactly three digits after a first group of one to three.
    assert_eq!(
        raws("в 2023 150 человек", "ru"),
        ["в", "2023", "150", "человек"]
    );
    assert_eq!(raws("15 000 manat", "az"), ["15 000", "manat"]);
    assert_eq!(raws("1 2 3", "en"), ["1", "2", "3"]);
    assert_eq!(raws("1 2345", "en"), ["1", "2345"]);
    assert_eq!(raws("1 234 567,89 руб.", "ru"), ["1 234 567,89", "руб"]);
}

#[test]
fn placeables_are_one_token_each() {
    for p in [
        "<b>",
        "</a>",
        "<x1/>",
        "<br/>",
        "<br />",
        "<a href=\"https://x.az/?a=1&b=2\" class='c'>",
        "<ph id=\"1\"/>",
        "%s",
        "%d",
        "%.2f",
        "%-5s",
        "%(name)s",
        "%1$s",
        "%@",
        "%lld",
        "%1",
        "{0}",
        "{}",
        "{name}",
        "{ $count }",
        "{ -brand-name }",
        "{ NUMBER($n, minimumFractionDigits: 2) }",
        "{count, plural, one {# item} other {# items}}",
        "${user}",
        "{{ name }}",
        "`korpu serve`",
        "``a ` b``",
        "https://cbar.az/currencies/24.05.2024.xml",
        "www.kaspi.az",
        "press@president.az",
    ] {
        let text = format!("Aa {p} bb");
        let t = toks(&text, "en");
        assert_eq!(t.len(), 3, "{p}: {t:?}");
        assert_eq!((t[1].0, t[1].1), (TokenKind::Placeable, p), "{p}");
        assert_eq!(t[1].2, PLACEABLE_CLASS);
    }
}

#[test]
fn things_that_look_like_placeables_but_are_not() {
    // A percent sign after a number, a literal `%%`, `%` before a space.
    assert_eq!(
        raws("5%s 5%-dən 100% of", "az"),
        ["5", "s", "5", "dən", "100", "of"]
    );
    assert_eq!(raws("100%% done", "en"), ["100", "done"]);
    assert_eq!(raws("a % of", "en"), ["a", "of"]);
    // Comparisons, unbalanced braces, an unclosed code span.
    assert_eq!(raws("a < b > c", "en"), ["a", "b", "c"]);
    assert_eq!(raws("x { y", "en"), ["x", "y"]);
    assert_eq!(raws("x ` y", "en"), ["x", "y"]);
    // Markdown emphasis is punctuation.
    assert_eq!(raws("**bold** and __this__", "en"), ["bold", "and", "this"]);
    // A URL gives back the punctuation that ends the sentence; a bare domain is words.
    assert_eq!(
        raws("See https://kaspi.az/news.", "en"),
        ["See", "https://kaspi.az/news"]
    );
    assert_eq!(raws("(www.kaspi.az)", "en"), ["www.kaspi.az"]);
    assert_eq!(
        raws("on kaspi.az today", "en"),
        ["on", "kaspi", "az", "today"]
    );
    assert_eq!(raws("@user a@b", "en"), ["user", "a", "b"]);
}

#[test]
fn spans_are_byte_ranges_and_gaps_hold_the_rest() {
    let text = "«Məzənnə», dedi\u{a0}Bayramov.";
    let t = tokens_for(text, "az");
    let mut rebuilt = String::new();
    let mut at = 0;
    for tok in &t {
        rebuilt.push_str(&text[at..tok.span.start]);
        rebuilt.push_str(&text[tok.span.clone()]);
        at = tok.span.end;
    }
    rebuilt.push_str(&text[at..]);
    assert_eq!(rebuilt, text);
    assert_eq!(&text[t[0].span.clone()], "Məzənnə");
    assert_eq!(&text[t[1].span.end..t[2].span.start], "\u{a0}");
}

#[test]
fn word_count_counts_words_and_numbers_only() {
    assert_eq!(word_count(""), 0);
    assert_eq!(word_count("The euro rose to 1.8968 manat."), 6);
    assert_eq!(word_count("Avro 1,8968 manata yüksəldi."), 4);
    assert_eq!(word_count("Курс евро вырос до 1\u{a0}234,5 рубля!"), 6);
    assert_eq!(word_count("Click <b>%s</b> to open {file}."), 3);
    assert_eq!(word_count("Russian-Azerbaijani talks, don't stop"), 4);
    assert_eq!(word_count("— … !!"), 0);
}

#[test]
fn number_values_depend_on_the_language_only_where_ambiguous() {
    let v = |t: &str, lang: &str| number_value(t, lang);
    for lang in ["en", "az", "ru", "de"] {
        assert_eq!(v("1.8968", lang).as_deref(), Some("1.8968"), "{lang}");
        assert_eq!(v("1,8968", lang).as_deref(), Some("1.8968"), "{lang}");
        assert_eq!(v("0,6294", lang).as_deref(), Some("0.6294"), "{lang}");
        assert_eq!(v("1,234.5", lang).as_deref(), Some("1234.5"), "{lang}");
        assert_eq!(v("1.234,5", lang).as_deref(), Some("1234.5"), "{lang}");
        assert_eq!(v("1 234,5", lang).as_deref(), Some("1234.5"), "{lang}");
        assert_eq!(v("1\u{a0}234.5", lang).as_deref(), Some("1234.5"), "{lang}");
        assert_eq!(v("1.234.567", lang).as_deref(), Some("1234567"), "{lang}");
        assert_eq!(v("1,234,567", lang).as_deref(), Some("1234567"), "{lang}");
        assert_eq!(v("15.00", lang).as_deref(), Some("15.00"), "{lang}");
        assert_eq!(v("1.7000", lang).as_deref(), Some("1.7000"), "{lang}");
        assert_eq!(v("-3", lang).as_deref(), Some("-3"), "{lang}");
        assert_eq!(v("\u{2212}3", lang).as_deref(), Some("-3"), "{lang}");
        assert_eq!(v("+0.4", lang).as_deref(), Some("0.4"), "{lang}");
        assert_eq!(v("-0,00", lang).as_deref(), Some("0.00"), "{lang}");
        assert_eq!(v("007", lang).as_deref(), Some("7"), "{lang}");
        assert_eq!(v("0,123", lang).as_deref(), Some("0.123"), "{lang}");
        for bad in [
            "12.05.2024",
            "1.2.3",
            "192.168.0.1",
            "1,2.3.4",
            "",
            "-",
            "1.",
            "a1",
            "1 23",
        ] {
            assert_eq!(v(bad, lang), None, "{bad} in {lang}");
        }
    }
    // A comma before exactly three digits groups in en, is a decimal comma in az and ru.
    assert_eq!(v("1,234", "en").as_deref(), Some("1234"));
    assert_eq!(v("1,234", "en-US").as_deref(), Some("1234"));
    assert_eq!(v("1,234", "az").as_deref(), Some("1.234"));
    assert_eq!(v("1,234", "ru").as_deref(), Some("1.234"));
    // A dot before exactly three digits groups in az (CLDR), is decimal in en and ru.
    assert_eq!(v("1.234", "az").as_deref(), Some("1234"));
    assert_eq!(v("1.234", "en").as_deref(), Some("1.234"));
    assert_eq!(v("1.234", "ru").as_deref(), Some("1.234"));
    assert_eq!(v("1234,567", "en").as_deref(), Some("1234.567"));
}

#[test]
fn parse_number_reads_one_whole_number() {
    assert_eq!(parse_number("1,234", &l("en")).as_deref(), Some("1234"));
    assert_eq!(parse_number("1,234", &l("ru")).as_deref(), Some("1.234"));
    assert_eq!(
        parse_number(" 1\u{a0}234,5\n", &l("ru")).as_deref(),
        Some("1234.5")
    );
    assert_eq!(parse_number("-0,4", &l("az")).as_deref(), Some("-0.4"));
    assert_eq!(parse_number("", &l("en")), None);
    assert_eq!(parse_number("1.5%", &l("en")), None);
    assert_eq!(parse_number("1 2", &l("en")), None);
    assert_eq!(parse_number("manat", &l("az")), None);
    assert_eq!(parse_number("12.05.2024", &l("az")), None);
}

#[test]
fn format_number_follows_cldr_symbols_and_grouping() {
    let cases = [
        ("0", "0", "0", "0"),
        ("999", "999", "999", "999"),
        ("1234.5", "1,234.5", "1.234,5", "1\u{a0}234,5"),
        ("1234", "1,234", "1.234", "1\u{a0}234"),
        ("12345", "12,345", "12.345", "12\u{a0}345"),
        (
            "1234567.891",
            "1,234,567.891",
            "1.234.567,891",
            "1\u{a0}234\u{a0}567,891",
        ),
        ("-0.4", "-0.4", "-0,4", "-0,4"),
        ("-1234", "-1,234", "-1.234", "-1\u{a0}234"),
        ("1.7000", "1.7000", "1,7000", "1,7000"),
        ("1.8968", "1.8968", "1,8968", "1,8968"),
    ];
    for (value, en, az, ru) in cases {
        assert_eq!(format_number(value, &l("en")), en, "{value}");
        assert_eq!(format_number(value, &l("en-GB")), en, "{value}");
        assert_eq!(format_number(value, &l("az")), az, "{value}");
        assert_eq!(format_number(value, &l("az-Cyrl")), az, "{value}");
        assert_eq!(format_number(value, &l("ru")), ru, "{value}");
        assert_eq!(format_number(value, &l("de")), en, "{value}");
    }
    // Not a canonical value: unchanged.
    assert_eq!(format_number("1,5", &l("az")), "1,5");
    assert_eq!(format_number("abc", &l("ru")), "abc");
}

#[test]
fn format_and_parse_round_trip() {
    for value in ["0", "1.8968", "1234.5", "-1234567.25", "15.00", "100000"] {
        for tag in ["en", "az", "ru"] {
            let locale = l(tag);
            let written = format_number(value, &locale);
            assert_eq!(
                parse_number(&written, &locale).as_deref(),
                Some(value),
                "{tag} {written}"
            );
            let t = tokens_for(&written, tag);
            assert_eq!(t.len(), 1, "{tag} {written}");
        }
    }
}

#[test]
fn tokenizer_never_panics_on_odd_input() {
    let odd = [
        "", "<", "</", "<a", "<a b=", "<a b='x", "%", "%(", "%(x", "%1$", "{", "}", "${", "`", "-",
        "+", "−", "1.", "1 ", "1 23", "ı", "İ", "\u{301}", "a\u{ad}", "\u{ad}a", "x@", "@x",
        "a@b.", "http://", "www.", "\u{feff}", "ǅ", "ﬁ",
    ];
    for s in odd {
        for lang in ["en", "az", "ru"] {
            let t = tokens_for(s, lang);
            for tok in t {
                assert!(s.is_char_boundary(tok.span.start) && s.is_char_boundary(tok.span.end));
                assert!(!tok.span.is_empty(), "{s:?}");
            }
            let _ = word_count(s);
        }
    }
}

#[test]
fn fast_paths_agree_with_the_unicode_tables() {
    use unicode_normalization::char::is_combining_mark;
    for c in ('\u{0}'..='\u{2fff}').chain(['\u{1f600}', '\u{10ffff}']) {
        assert_eq!(
            token::is_word_char(c),
            c.is_alphanumeric() || is_combining_mark(c),
            "U+{:04X}",
            c as u32
        );
        let s = c.to_string();
        if token::surely_nfc(&s) {
            assert!(
                matches!(is_nfc_quick(s.chars()), IsNormalized::Yes),
                "U+{:04X}",
                c as u32
            );
            // Nor does it compose with a following letter of the fast ranges.
            for next in ['a', 'İ', 'ə', 'й', '\u{52f}'] {
                let pair = format!("{c}{next}");
                assert_eq!(nfc(&pair), pair.nfc().collect::<String>());
            }
        }
    }
}

#[test]
fn fast_lowercase_agrees_with_unicode() {
    for c in ('\u{0}'..='\u{2fff}').filter(|c| is_word_char_for_test(*c)) {
        let mut fast = String::new();
        token::push_folded(&c.to_string(), CaseRule::Unicode, &mut fast);
        let slow: String = nfc(&c.to_lowercase().collect::<String>()).into_owned();
        assert_eq!(fast, slow, "U+{:04X}", c as u32);
    }
    assert_eq!(norms("ΟΔΟΣ Σ", "en"), ["οδος", "σ"]);
}

fn is_word_char_for_test(c: char) -> bool {
    c.is_alphanumeric() && c != 'İ' && c != 'Σ'
}
