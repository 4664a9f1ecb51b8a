//! `korpu check`: the report over labels and articles, over files, its JSON shape and
//! exit codes, and the real Firefox catalogs.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{s, sample, shared_data, Env, Run};

/// The report printed on stdout, whatever the exit code.
#[track_caller]
fn report(run: &Run) -> Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}\n{}", run.stdout, run.stderr))
}

/// `(kind, lang, id or article#segment)` of each item of a list.
fn items(report: &Value, list: &str) -> Vec<(String, String, String)> {
    report[list]
        .as_array()
        .unwrap_or_else(|| panic!("no {list} in {report}"))
        .iter()
        .map(|f| {
            let place = match (f.get("id"), f.get("article")) {
                (Some(id), _) => {
                    let mut p = id.as_str().unwrap_or_default().to_string();
                    if let Some(a) = f.get("attribute") {
                        p.push('.');
                        p.push_str(a.as_str().unwrap_or_default());
                    }
                    p
                }
                (None, Some(a)) => format!(
                    "{}#{}",
                    a.as_str().unwrap_or_default(),
                    f.get("segment").map_or(String::new(), Value::to_string)
                ),
                (None, None) => String::new(),
            };
            (
                f["kind"].as_str().unwrap_or_default().to_string(),
                f.get("lang")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                place,
            )
        })
        .collect()
}

fn has(list: &[(String, String, String)], kind: &str, lang: &str, place: &str) -> bool {
    list.iter()
        .any(|(k, l, p)| k == kind && l == lang && p == place)
}

const EN: &str = "\
-brand = Körpü
hello = Hello, { $name }!
tabs =
    { $count ->
        [one] { $count } tab
       *[other] { $count } tabs
    }
link = Read <a data-l10n-name=\"more\">more</a> about { -brand }
    .title = More
open = Open the file
";

/// A catalog in en-US, az and ru with one problem of each kind.
fn broken_catalog(env: &Env) {
    std::fs::create_dir_all(env.path("l10n/en-US")).expect("dir");
    std::fs::create_dir_all(env.path("l10n/az")).expect("dir");
    std::fs::create_dir_all(env.path("l10n/ru")).expect("dir");
    env.file("l10n/en-US/app.ftl", EN);
    env.file(
        "l10n/az/app.ftl",
        "\
hello = Salam, { $user }!
tabs =
    { $count ->
        [one] { $count } vərəq
       *[other] { $count } vərəq
    }
link = { -brand } haqqında <a data-l10n-name=\"more\">ətraflı</a> oxuyun { -nowhere }
    .title = Ətraflı
open = Open the file
",
    );
    env.file(
        "l10n/ru/app.ftl",
        "\
-brand = { $case ->
   *[nom] Кёрпю
    [gen] Кёрпю
}
hello = Привет, { $name }!
tabs =
    { $count ->
        [one] { $count } вкладка
       *[other] { $count } вкладок
    }
link = Подробнее о { -brand(case: \"gen\") }
    .title = Подробнее
open = Открыть файл
",
    );
    env.run(["label", "import", s(&env.path("l10n"))]).ok();
}

#[test]
fn every_error_kind_is_reported_with_its_place_and_the_command_exits_1() {
    let env = Env::new();
    broken_catalog(&env);
    let run = env.run(["--json", "check"]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let r = report(&run);
    let errors = items(&r, "errors");
    let warnings = items(&r, "warnings");
    // A translation that uses a variable the source lacks.
    assert!(has(&errors, "variable-added", "az", "hello"), "{errors:?}");
    let added = r["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .find(|f| f["kind"] == "variable-added")
        .expect("variable-added");
    assert_eq!(added["resource"], "app.ftl");
    assert!(
        added["message"]
            .as_str()
            .expect("message")
            .contains("$user"),
        "{added}"
    );
    // -nowhere is defined in no resource: an error. -brand is in en-US only: az falls
    // back to it, a warning.
    assert!(has(&errors, "unknown-term", "az", "link"), "{errors:?}");
    assert!(
        has(&warnings, "term-fallback", "az", "link"),
        "{warnings:?}"
    );
    // ru needs one, few, many, other.
    assert!(has(&errors, "plural-missing", "ru", "tabs"), "{errors:?}");
    // az has one and other: complete.
    assert!(!has(&errors, "plural-missing", "az", "tabs"), "{errors:?}");
    // The inline link is gone from the ru text.
    assert!(
        has(&errors, "placeholder-missing", "ru", "link"),
        "{errors:?}"
    );
    // ru's $case inside its own term is the term's parameter, not the message's.
    assert!(!errors
        .iter()
        .any(|(k, l, _)| k.starts_with("variable") && l == "ru"));
    // Warnings: identical to the source, a variable left out.
    assert!(has(&warnings, "identical", "az", "open"), "{warnings:?}");
    assert!(
        has(&warnings, "variable-missing", "az", "hello"),
        "{warnings:?}"
    );
    // az has no -brand term of its own, so one label of app.ftl is untranslated.
    assert!(has(&warnings, "untranslated", "az", ""), "{warnings:?}");
    // Sorted, and the same every time.
    let again = env.run(["--json", "check"]);
    assert_eq!(again.stdout, run.stdout);
    // Text mode: one line per finding, the summary on stderr, still exit 1.
    let text = env.run(["check"]);
    assert_eq!(text.code, 1);
    assert!(
        text.stdout
            .lines()
            .any(|l| l.starts_with("app.ftl hello [az]: error: variable-added: ")),
        "{}",
        text.stdout
    );
    assert!(text.stderr.contains(" errors, "), "{}", text.stderr);
    // --lang ru: only ru's findings (the reference is still read).
    let ru = report(&env.run(["--json", "check", "--lang", "ru"]));
    let langs: Vec<String> = items(&ru, "errors")
        .into_iter()
        .chain(items(&ru, "warnings"))
        .map(|(_, l, _)| l)
        .collect();
    assert!(
        !langs.is_empty() && langs.iter().all(|l| l == "ru"),
        "{langs:?}"
    );
}

#[test]
fn a_clean_catalog_exits_0_with_an_empty_report() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("l10n/en")).expect("dir");
    std::fs::create_dir_all(env.path("l10n/ru")).expect("dir");
    env.file(
        "l10n/en/app.ftl",
        "files = { $n ->\n    [one] { $n } file\n   *[other] { $n } files\n}\n",
    );
    env.file(
        "l10n/ru/app.ftl",
        "files = { $n ->\n    [one] { $n } файл\n    [few] { $n } файла\n    [many] { $n } файлов\n   *[other] { $n } файла\n}\n",
    );
    env.run(["label", "import", s(&env.path("l10n"))]).ok();
    let run = env.run(["--json", "check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(
        report(&run),
        serde_json::json!({"errors": [], "warnings": []})
    );
    // A translation that drops [few] is an error, and names what is missing.
    env.run([
        "label",
        "set",
        "files",
        "--lang",
        "ru",
        "{ $n ->\n    [one] { $n } файл\n    [many] { $n } файлов\n   *[other] { $n } файла\n}",
    ])
    .ok();
    let run = env.run(["--json", "check"]);
    assert_eq!(run.code, 1);
    let r = report(&run);
    assert_eq!(r["errors"][0]["kind"], "plural-missing");
    assert!(
        r["errors"][0]["message"]
            .as_str()
            .expect("message")
            .contains("no [few] variant"),
        "{r}"
    );
}

#[test]
fn files_are_checked_before_import_with_file_line_and_column() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("l10n/en-US")).expect("dir");
    std::fs::create_dir_all(env.path("l10n/az")).expect("dir");
    env.file("l10n/en-US/app.ftl", EN);
    let az = env.file(
        "l10n/az/app.ftl",
        "hello = Salam, { $name }!\nbroken = { $x\nopen = Faylı { $path } aç\n",
    );
    let run = env.run(["--json", "check", s(&env.path("l10n"))]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let r = report(&run);
    let errors = r["errors"].as_array().expect("errors");
    let syntax = errors
        .iter()
        .find(|f| f["kind"] == "syntax")
        .expect("a syntax error");
    assert_eq!(syntax["file"], s(&az));
    assert_eq!(
        (syntax["line"].as_u64(), syntax["column"].as_u64()),
        (Some(2), Some(1))
    );
    let added = errors
        .iter()
        .find(|f| f["kind"] == "variable-added")
        .expect("variable-added");
    assert_eq!(
        (added["id"].as_str(), added["line"].as_u64()),
        (Some("open"), Some(3))
    );
    // Terms that no file given defines may come from another file: warnings here.
    assert!(r["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .all(|f| f["kind"] != "unknown-term"));
    // Nothing was stored: files are checked without a store.
    assert!(!env.store().exists());
    // Text mode names file:line:col.
    let text = env.run(["check", s(&az), "--lang", "az"]);
    assert_eq!(text.code, 1);
    assert!(
        text.stdout
            .contains(&format!("{}:2:1 [az]: error: syntax: ", s(&az))),
        "{}",
        text.stdout
    );
}

#[test]
fn gettext_catalogs_keep_placeholders_and_plural_forms() {
    let env = Env::new();
    let po = env.file(
        "django.po",
        "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n\n#, python-format\nmsgid \"%(name)s saved\"\nmsgstr \"%(title)s сохранён\"\n\n#, python-format\nmsgid \"%(n)s file\"\nmsgid_plural \"%(n)s files\"\nmsgstr[0] \"%(n)s файл\"\nmsgstr[1] \"%(n)s файла\"\n\nmsgid \"Close\"\nmsgstr \"Закрыть\"\n",
    );
    let run = env.run(["--json", "check", s(&po)]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let r = report(&run);
    let errors = items(&r, "errors");
    assert!(
        has(&errors, "placeholder-missing", "ru", "%(name)s saved"),
        "{errors:?}"
    );
    assert!(
        has(&errors, "placeholder-added", "ru", "%(name)s saved"),
        "{errors:?}"
    );
    assert!(
        has(&errors, "plural-missing", "ru", "%(n)s file"),
        "{errors:?}"
    );
    let lines: Vec<u64> = r["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|f| f["line"].as_u64())
        .collect();
    assert_eq!(lines, [7, 7, 11], "{r}");
}

#[test]
fn article_translations_are_checked_by_number_value_and_placeable() {
    let env = Env::new();
    env.add_sample("exchange-rates.en.txt", "en", "rates");
    let az = sample("exchange-rates.az.txt");
    env.run(["article", "align", "rates", s(&az), "--lang", "az"])
        .ok();
    // The team's translation is clean: notation differs (1,8968), values do not.
    let run = env.run(["--json", "check"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // A wrong rate in segment 5.
    let show = env.show("rates");
    let five = show["segments"][4]["translations"]["az"]["text"]
        .as_str()
        .expect("segment 5 in az")
        .to_string();
    assert!(five.contains("1,8968"), "{five}");
    env.run([
        "segment",
        "set",
        "rates",
        "5",
        "--lang",
        "az",
        &five.replace("1,8968", "1,9868"),
    ])
    .ok();
    let run = env.run(["--json", "check", "--lang", "az"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let r = report(&run);
    assert_eq!(
        items(&r, "errors"),
        [("number-mismatch".into(), "az".into(), "rates#5".into())]
    );
    let message = r["errors"][0]["message"].as_str().expect("message");
    assert!(
        message.contains("\"1.8968\"") && message.contains("\"1,9868\""),
        "{message}"
    );
    // No ru translation yet: one warning summarising the article.
    let ru = report(&env.run(["--json", "check", "--lang", "ru"]));
    let w = items(&ru, "warnings");
    assert_eq!(w, [("untranslated".into(), "ru".into(), "rates#".into())]);
}

#[test]
fn a_locale_without_labels_is_refused_with_a_clear_message() {
    let env = Env::new();
    // An empty store: nothing to check in az.
    let run = env.run(["check", "--lang", "az"]);
    assert!(run.fails().contains("nothing to check"), "{}", run.stderr);
    // Labels in en-US only: az has none.
    std::fs::create_dir_all(env.path("l10n/en-US")).expect("dir");
    env.file("l10n/en-US/app.ftl", "hello = Hello\n");
    env.run(["label", "import", s(&env.path("l10n"))]).ok();
    let run = env.run(["--json", "check", "--lang", "az"]);
    assert_eq!(run.code, 1);
    let r = report(&run);
    assert_eq!(r["errors"][0]["kind"], "no-labels");
    assert!(
        r["errors"][0]["message"]
            .as_str()
            .expect("message")
            .contains("there are no labels in az"),
        "{r}"
    );
    // A bad tag is a usage of the wrong kind: exit 1 with the tag quoted.
    assert!(env
        .run(["check", "--lang", "english"])
        .fails()
        .contains("\"english\""));
}

#[test]
fn the_firefox_catalogs_are_checked_in_reasonable_time_with_real_findings() {
    let Some(data) = shared_data() else { return };
    let env = Env::new();
    env.run(["label", "import", s(&data.join("firefox-ftl"))])
        .ok();
    let started = Instant::now();
    let run = env.run(["--json", "check"]);
    let took = started.elapsed();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(took < Duration::from_secs(30), "check took {took:?}");
    let r = report(&run);
    let errors = items(&r, "errors");
    let warnings = items(&r, "warnings");
    // Verified by hand: ru/preview/aiWindow.ftl has
    // `smart-window-confirm-close-tabs = { $count -> [one] … *[other] … }`, English
    // text with no [few] or [many].
    assert!(
        has(
            &errors,
            "plural-missing",
            "ru",
            "smart-window-confirm-close-tabs"
        ),
        "{errors:?}"
    );
    // ru's `login-list-count2` has one, few and *many but no [other], which ru uses
    // only for fractions: a warning.
    assert!(
        has(&warnings, "plural-missing", "ru", "login-list-count2"),
        "{warnings:?}"
    );
    // `-firefoxview-brand-name` lives in a branding file that the data does not have.
    assert!(
        has(
            &errors,
            "unknown-term",
            "az",
            "toolbar-button-firefox-view-2.label"
        ),
        "{errors:?}"
    );
    // az's siteProtections.ftl references messages that only en-US has.
    assert!(
        has(
            &warnings,
            "message-fallback",
            "az",
            "tracking-protection-icon-active-container.aria-label"
        ),
        "{warnings:?}"
    );
    // `-brand-short-name` is defined in branding/brand.ftl of every locale: never
    // reported.
    assert!(!run.stdout.contains("\"-brand-short-name\""));
    // The az tree covers about half of en-US: untranslated, per resource.
    assert!(warnings
        .iter()
        .any(|(k, l, _)| k == "untranslated" && l == "az"));
    // No real az or ru message uses a variable that en-US does not.
    assert!(!errors.iter().any(|(k, _, _)| k == "variable-added"));
    // The same files checked without the store point at file and line.
    let file = data.join("firefox-ftl/ru/preview/aiWindow.ftl");
    let en = data.join("firefox-ftl/en-US/preview/aiWindow.ftl");
    let run = env.run(["--json", "check", s(&en), s(&file)]);
    let r = report(&run);
    let found = r["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .find(|f| f["id"] == "smart-window-confirm-close-tabs")
        .expect("found in the file");
    assert_eq!(found["file"], s(&file));
    assert_eq!(found["line"], 292);
}
