//! Labels through the command line: import (FTL trees, PO, JSON), set, list, show,
//! format, catalogs and locale trees for pipelines, and the Firefox round trip.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use crate::harness::*;

const EN: &str = "## Rates\n\n# Shown above the table.\nrates-title = Exchange rates on { $date }\n    .title = Official rates\n\nrates-count = { $count ->\n    [one] { $count } currency\n   *[other] { $count } currencies\n}\n\n-brand = Körpü\nabout = About { -brand }\n";
const RU: &str = "rates-title = Курсы валют на { $date }\n    .title = Официальные курсы\nrates-count = { $count ->\n    [one] { $count } валюта\n    [few] { $count } валюты\n    [many] { $count } валют\n   *[other] { $count } валюты\n}\n-brand = Кёрпю\n";

/// A store with `locales/{en,ru}/news.ftl` imported.
fn with_labels() -> Env {
    let env = Env::new();
    std::fs::create_dir_all(env.path("locales/en")).expect("dir");
    std::fs::create_dir_all(env.path("locales/ru")).expect("dir");
    env.file("locales/en/news.ftl", EN);
    env.file("locales/ru/news.ftl", RU);
    let r = env
        .run(["--json", "label", "import", s(&env.path("locales"))])
        .json();
    assert_eq!(r["added"], 7, "{r}");
    env
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).expect("read dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(&p, base, out);
            } else {
                out.push(p.strip_prefix(base).expect("under base").to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Messages and terms of an FTL text by id.
fn entries(text: &str, what: &str) -> BTreeMap<String, ast::Entry<String>> {
    let res = fluent_syntax::parser::parse(text.to_string())
        .unwrap_or_else(|(_, e)| panic!("{what} does not parse: {e:?}"));
    res.body
        .into_iter()
        .filter_map(|e| match &e {
            ast::Entry::Message(m) => Some((m.id.name.clone(), e)),
            ast::Entry::Term(t) => Some((format!("-{}", t.id.name), e)),
            _ => None,
        })
        .collect()
}

#[test]
fn firefox_trees_export_to_the_same_messages_at_the_same_paths() {
    let Some(data) = shared_data() else { return };
    let tree = data.join("firefox-ftl");
    let env = Env::new();
    let r = env.run(["--json", "label", "import", s(&tree)]).json();
    assert!(r["added"].as_u64().unwrap_or(0) > 10_000, "{r}");
    assert_eq!(r["diagnostics"].as_array().map(Vec::len), Some(0), "{r}");
    let out = env.path("out");
    env.run(["export", "locales", "--out", s(&out)]).ok();
    let source_files = files_under(&tree);
    assert!(source_files.len() > 300);
    let mut exported = files_under(&out);
    exported.retain(|p| p != Path::new("manifest.json"));
    assert_eq!(exported, source_files, "the same files at the same paths");
    let mut messages = 0;
    for rel in &source_files {
        let a = std::fs::read_to_string(tree.join(rel)).expect("source");
        let b = std::fs::read_to_string(out.join(rel)).expect("export");
        let (ea, eb) = (entries(&a, "source"), entries(&b, "export"));
        assert_eq!(
            ea.keys().collect::<Vec<_>>(),
            eb.keys().collect::<Vec<_>>(),
            "{}",
            rel.display()
        );
        for (id, entry) in &ea {
            assert_eq!(Some(entry), eb.get(id), "{} in {}", id, rel.display());
        }
        messages += ea.len();
        // Standalone comments survive too: the whole tree is the same, layout aside.
        let full = |t: &str| {
            fluent_syntax::parser::parse(t.to_string())
                .map(|r| r.body)
                .ok()
        };
        assert_eq!(full(&a), full(&b), "{}", rel.display());
    }
    assert!(messages > 10_000);
    // The manifest describes each file truthfully.
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("manifest.json")).expect("manifest"),
    )
    .expect("json");
    let listed = manifest["files"].as_array().expect("files");
    assert_eq!(listed.len(), source_files.len());
    assert_eq!(manifest["reference"], "en-US");
    for f in listed.iter().take(20) {
        let path = out.join(f["file"].as_str().expect("file"));
        let bytes = std::fs::read(&path).expect("listed file exists");
        use sha2::Digest;
        let digest: String = sha2::Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(f["sha256"], digest.as_str());
    }
    // Deterministic: a second export gives the same bytes.
    let again = env.path("again");
    env.run(["export", "locales", "--out", s(&again)]).ok();
    for rel in files_under(&out) {
        assert_eq!(
            std::fs::read(out.join(&rel)).expect("a"),
            std::fs::read(again.join(&rel)).expect("b"),
            "{}",
            rel.display()
        );
    }
}

#[test]
fn ftl_junk_is_reported_entry_by_entry_and_imports_only_with_keep_going() {
    let env = Env::new();
    let before = env.snapshot();
    let f = env.file(
        "bad.ftl",
        "good = Fine\nbroken = { $x\nalso-good = Yes\n= no id\nlast = Last\n",
    );
    let err = env
        .run(["label", "import", "--lang", "az", s(&f)])
        .fails()
        .to_string();
    assert!(err.contains("bad.ftl:2:1:"), "{err}");
    assert!(err.contains("bad.ftl:4:1:"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    assert_eq!(env.snapshot(), before, "nothing half-imported");
    let r = env
        .run([
            "--json",
            "label",
            "import",
            "--lang",
            "az",
            "--keep-going",
            s(&f),
        ])
        .json();
    assert_eq!(r["added"], 3, "{r}");
    assert_eq!(r["diagnostics"].as_array().map(Vec::len), Some(2));
    assert_eq!(r["diagnostics"][0]["line"], 2);
    let ids: Vec<String> = env
        .run(["--json", "label", "list", "--lang", "az"])
        .json()
        .as_array()
        .expect("array")
        .iter()
        .map(|l| l["id"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(ids, ["also-good", "good", "last"]);
}

#[test]
fn a_file_without_a_locale_or_with_an_unknown_one_is_refused() {
    let env = Env::new();
    let f = env.file("strings.ftl", "a = A\n");
    let err = env.run(["label", "import", s(&f)]).fails().to_string();
    assert!(err.contains("cannot tell its locale"), "{err}");
    let err = env
        .run(["label", "import", "--lang", "xx-Qqqq-ZZ9", s(&f)])
        .fails()
        .to_string();
    assert!(err.contains("xx-Qqqq-ZZ9"), "{err}");
    let err = env
        .run(["label", "list", "--lang", "fr"])
        .fails()
        .to_string();
    assert!(err.contains("no labels in fr"), "{err}");
}

#[test]
fn set_checks_the_pattern_and_the_id_and_keeps_attributes() {
    let env = with_labels();
    let before = env.snapshot();
    let err = env
        .run([
            "label",
            "set",
            "rates-title",
            "--lang",
            "ru",
            "Курсы { $date",
        ])
        .fails()
        .to_string();
    assert!(err.contains("nothing was written"), "{err}");
    assert!(err.contains(":1:"), "{err}");
    let err = env
        .run(["label", "set", "rates.title", "--lang", "ru", "x"])
        .fails()
        .to_string();
    assert!(err.contains("not a Fluent identifier"), "{err}");
    assert_eq!(env.snapshot(), before);
    // A variable the reference lacks is stored; `korpu check` reports it.
    env.run([
        "label",
        "set",
        "rates-title",
        "--lang",
        "ru",
        "Курсы на { $day }",
    ])
    .ok();
    let shown = env.run(["--json", "label", "show", "rates-title"]).json();
    let ru = shown
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["lang"] == "ru")
        .expect("ru")
        .clone();
    assert_eq!(ru["value"], "Курсы на { $day }");
    assert_eq!(ru["attributes"][0][1], "Официальные курсы", "{ru}");
    assert_eq!(ru["author"], "tester");
    // Terms are set with their dash.
    env.run(["label", "set", "-brand", "--lang", "ru", "Кёрпю!"])
        .ok();
    assert_eq!(
        env.run(["label", "format", "-brand", "--lang", "ru"]).ok(),
        "Кёрпю!\n"
    );
}

#[test]
fn list_and_missing_give_id_lang_and_value() {
    let env = with_labels();
    let all = env.run(["--json", "label", "list", "--lang", "en"]).json();
    let first = &all[0];
    for key in ["id", "lang", "value", "resource"] {
        assert!(first.get(key).is_some(), "{first}");
    }
    let missing = env
        .run(["--json", "label", "list", "--lang", "ru", "--missing"])
        .json();
    let ids: Vec<&str> = missing
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|m| m["id"].as_str())
        .collect();
    assert_eq!(ids, ["about"]);
    assert_eq!(missing[0]["lang"], "ru");
    assert!(missing[0]["value"].is_null());
    // en-US labels are the reference for a store whose reference is `en`.
    assert_eq!(env.run(["label", "reference"]).ok(), "en\n");
}

#[test]
fn format_shows_what_a_reader_sees() {
    let env = with_labels();
    let ru = |n: &str| {
        env.run([
            "label",
            "format",
            "rates-count",
            "--lang",
            "ru",
            "--arg",
            &format!("count={n}"),
        ])
        .ok()
        .trim_end()
        .to_string()
    };
    assert_eq!(ru("1"), "1 валюта");
    assert_eq!(ru("3"), "3 валюты");
    assert_eq!(ru("11"), "11 валют");
    assert_eq!(ru("21"), "21 валюта");
    assert_eq!(ru("1,5"), "1,5 валюты");
    assert_eq!(ru("1000"), "1\u{a0}000 валют");
    let en = env
        .run([
            "label",
            "format",
            "rates-count",
            "--lang",
            "en-US",
            "--arg",
            "count=1.8968",
        ])
        .ok()
        .to_string();
    assert_eq!(en, "1.8968 currencies\n");
    // Missing in ru: the reference is shown, as the runtime falls back, and said so.
    let r = env.run(["label", "format", "about", "--lang", "ru"]);
    assert_eq!(r.ok(), "About Körpü\n");
    assert!(r.stderr.contains("not translated in ru"), "{}", r.stderr);
    let attr = env
        .run([
            "label",
            "format",
            "rates-title",
            "--lang",
            "ru",
            "--attribute",
            "title",
        ])
        .ok()
        .to_string();
    assert_eq!(attr, "Официальные курсы\n");
    let err = env
        .run(["label", "format", "nothing-here", "--lang", "ru"])
        .fails()
        .to_string();
    assert!(err.contains("no message \"nothing-here\""), "{err}");
}

#[test]
fn catalogs_are_deterministic_and_leave_out_untranslated_ftl_messages() {
    let env = with_labels();
    let a = env
        .run(["export", "catalog", "--lang", "ru", "--format", "ftl"])
        .ok()
        .to_string();
    let b = env
        .run(["export", "catalog", "--lang", "ru", "--format", "ftl"])
        .ok()
        .to_string();
    assert_eq!(a, b);
    let ids: Vec<String> = entries(&a, "catalog").into_keys().collect();
    assert_eq!(ids, ["-brand", "rates-count", "rates-title"]);
    let filled = env
        .run([
            "export",
            "catalog",
            "--lang",
            "ru",
            "--format",
            "ftl",
            "--fill-from",
            "en",
        ])
        .ok()
        .to_string();
    assert!(filled.contains("about = About { -brand }"), "{filled}");
    let json = env
        .run([
            "--json", "export", "catalog", "--lang", "ru", "--format", "json",
        ])
        .json();
    assert_eq!(json["rates-title.title"], "Официальные курсы");
    let xliff = env
        .run(["export", "catalog", "--lang", "ru", "--format", "xliff"])
        .ok()
        .to_string();
    assert!(xliff.contains("srcLang=\"en\" trgLang=\"ru\""), "{xliff}");
    assert!(
        xliff.contains("name=\"about\""),
        "untranslated units are listed for translators"
    );
    let po = env.path("ru.po");
    env.run([
        "export",
        "catalog",
        "--lang",
        "ru",
        "--format",
        "po",
        "-o",
        s(&po),
    ])
    .ok();
    let text = std::fs::read_to_string(&po).expect("po");
    assert!(text.contains("msgctxt \"rates-title\"\nmsgid \"Exchange rates on { $date }\"\nmsgstr \"Курсы валют на { $date }\""), "{text}");
    let check = std::process::Command::new("msgfmt")
        .args(["-c", "-o", "/dev/null", s(&po)])
        .output();
    if let Ok(out) = check {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn django_catalogs_as_labels_keep_msgids_contexts_and_plural_forms() {
    let Some(data) = shared_data() else { return };
    let locale = data.join("po/Django-6.1.3/django/conf/locale");
    let env = Env::new();
    let az = locale.join("az/LC_MESSAGES/django.po");
    let ru = locale.join("ru/LC_MESSAGES/django.po");
    let r = env
        .run(["--json", "label", "import", s(&az), s(&ru)])
        .json();
    assert!(r["added"].as_u64().unwrap_or(0) > 500, "{r}");
    let listed = env.run(["--json", "label", "list", "--lang", "ru"]).json();
    assert_eq!(listed[0]["resource"], "LC_MESSAGES/django.po");
    for (lang, path) in [("az", &az), ("ru", &ru)] {
        let out = env.path(&format!("{lang}.po"));
        env.run([
            "export",
            "catalog",
            "--lang",
            lang,
            "--format",
            "po",
            "-o",
            s(&out),
        ])
        .ok();
        let (orig, _) = korpu::formats::po::parse_po(&std::fs::read_to_string(path).expect("po"));
        let (back, d) =
            korpu::formats::po::parse_po(&std::fs::read_to_string(&out).expect("exported"));
        assert!(d.is_empty(), "{d:?}");
        let keys = |c: &korpu::formats::po::PoCatalog| -> Vec<(Option<String>, String, Option<String>, usize)> {
            c.entries
                .iter()
                .filter(|e| !e.obsolete)
                .map(|e| (e.msgctxt.clone(), e.msgid.clone(), e.msgid_plural.clone(), e.msgstr.len()))
                .collect()
        };
        assert_eq!(keys(&orig), keys(&back), "{lang}");
        let flags = |c: &korpu::formats::po::PoCatalog| -> Vec<Vec<String>> {
            c.entries
                .iter()
                .filter(|e| !e.obsolete)
                .map(|e| e.flags.clone())
                .collect()
        };
        assert_eq!(
            flags(&orig),
            flags(&back),
            "{lang}: flags and placeholders kept"
        );
        assert_eq!(
            orig.header.get("Plural-Forms"),
            back.header.get("Plural-Forms"),
            "{lang}"
        );
        if let Ok(o) = std::process::Command::new("msgfmt")
            .args(["-c", "-o", "/dev/null", s(&out)])
            .output()
        {
            assert!(
                o.status.success(),
                "{lang}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
    }
}

#[test]
fn nested_json_catalogs_import_and_export() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("i18n/az")).expect("dir");
    let f = env.file(
        "i18n/az/app.json",
        "{\n  \"menu\": {\n    \"open\": \"Aç {name}\",\n    \"close\": \"Bağla\"\n  },\n  \"title\": \"Körpü\"\n}\n",
    );
    let r = env.run(["--json", "label", "import", s(&f)]).json();
    assert_eq!(r["added"], 3);
    let out = env
        .run([
            "--json", "export", "catalog", "--lang", "az", "--format", "json",
        ])
        .json();
    assert_eq!(out["menu.open"], "Aç {name}");
    let tree = env.path("tree");
    env.run(["export", "locales", "--out", s(&tree), "--format", "json"])
        .ok();
    let written = std::fs::read_to_string(tree.join("az/app.json")).expect("written");
    assert!(written.contains("\"menu.close\": \"Bağla\""), "{written}");
    let bad = env.file("i18n/az/bad.json", "{\"a\": 1,\n \"b\": \"B\"");
    let err = env.run(["label", "import", s(&bad)]).fails().to_string();
    assert!(err.contains("bad.json:2:"), "{err}");
}

#[test]
fn a_tree_export_is_all_or_nothing() {
    let env = with_labels();
    // A folder that is not an earlier export is not replaced.
    std::fs::create_dir_all(env.path("busy")).expect("dir");
    env.file("busy/keep.txt", "mine");
    let err = env
        .run(["export", "locales", "--out", s(&env.path("busy"))])
        .fails()
        .to_string();
    assert!(err.contains("not a korpu export"), "{err}");
    assert_eq!(files_under(&env.path("busy")), [PathBuf::from("keep.txt")]);
    // A folder that cannot be written (its parent is a file, which stops root as
    // well as anyone): an error, and nothing is left behind.
    env.file("plain-file", "x");
    let outside_store = || -> Vec<PathBuf> {
        files_under(env.dir.path())
            .into_iter()
            .filter(|p| !p.starts_with("store"))
            .collect()
    };
    let before = outside_store();
    let err = env
        .run(["export", "locales", "--out", s(&env.path("plain-file/out"))])
        .fails()
        .to_string();
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(outside_store(), before);
    let err = env
        .run([
            "export",
            "catalog",
            "--lang",
            "ru",
            "--format",
            "ftl",
            "-o",
            s(&env.path("plain-file/ru.ftl")),
        ])
        .fails()
        .to_string();
    assert!(err.contains("nothing was written"), "{err}");
    // An earlier export is replaced as a whole.
    let out = env.path("out");
    env.run(["export", "locales", "--out", s(&out)]).ok();
    env.file("out/en/stale.ftl", "stale = Old\n");
    env.run(["export", "locales", "--out", s(&out)]).ok();
    assert!(!out.join("en/stale.ftl").exists());
    assert!(out.join("ru/news.ftl").exists());
}

#[test]
fn labels_survive_backup_and_restore() {
    let env = with_labels();
    env.run(["label", "reference", "ru"]).ok();
    let backup = env.run(["backup", "-"]).ok().to_string();
    assert!(backup.contains("\"label\""), "labels are in the backup");
    let other = Env::new();
    let f = other.file("b.jsonl", &backup);
    other.run(["restore", s(&f)]).ok();
    assert_eq!(other.snapshot(), backup);
    assert_eq!(other.run(["label", "reference"]).ok(), "ru\n");
}
