//! `korpu export edition`: localized editions of articles, with an index and a
//! manifest, written all or nothing.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::harness::{s, sample, shared_data, Env};

/// A store with the exchange-rates sample in en and its az and ru translations (as the
/// README tour aligns them), and the transport-corridor sample untranslated.
fn newsroom() -> Env {
    let env = Env::new();
    env.add_sample("exchange-rates.en.txt", "en", "exchange-rates");
    for lang in ["az", "ru"] {
        let file = sample(&format!("exchange-rates.{lang}.txt"));
        env.run([
            "article",
            "align",
            "exchange-rates",
            s(&file),
            "--lang",
            lang,
        ])
        .ok();
    }
    env.add_sample("transport-corridor.en.txt", "en", "transport-corridor");
    env
}

/// Every file of a folder, by name.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("read the edition folder")
        .map(|e| {
            let e = e.expect("entry");
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read file"),
            )
        })
        .collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json_file(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Names in a folder other than the store, sorted.
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n != "store")
        .collect();
    names.sort();
    names
}

/// The part of an HTML page from `<table` to `</table>`.
fn table_of(html: &str) -> &str {
    let start = html.find("<table").expect("a table");
    let end = html[start..].find("</table>").expect("a closed table") + start;
    &html[start..end]
}

#[test]
fn html_editions_in_az_and_ru_rebuild_the_article_with_its_rate_table() {
    let env = newsroom();
    for (lang, title, sentence, header) in [
        (
            "az",
            "Dollar 1,70 manat səviyyəsində qalır, avro bir qədər bahalaşıb",
            "Günün əsas dəyişikliyi avronun payına düşüb.",
            "Valyuta məzənnələri",
        ),
        (
            "ru",
            "Манат держится на уровне 1,70 за доллар, евро немного подорожал",
            "Главные изменения дня коснулись евро.",
            "Курсы валют",
        ),
    ] {
        let out = env.path(&format!("edition-{lang}"));
        env.run([
            "export",
            "edition",
            "exchange-rates",
            "--lang",
            lang,
            "--format",
            "html",
            "--out",
            s(&out),
        ])
        .ok();
        let page = read(&out.join("exchange-rates.html"));
        assert!(page.contains(&format!("<html lang=\"{lang}\">")), "{page}");
        assert!(page.contains(&format!("<title>{title}</title>")), "{page}");
        assert!(page.contains(&format!("<h1>{title}</h1>")), "{page}");
        assert!(page.contains(&format!("<h2>{header}</h2>")), "{page}");
        assert!(page.contains(sentence), "{lang}: {page}");
        // No English sentence is left, and nothing is marked as another language.
        assert!(!page.contains("The euro was the day"), "{page}");
        assert!(!page.contains("korpu-fallback"), "{page}");
        // The table lines became a table, in the locale's notation.
        let table = table_of(&page);
        assert!(table.contains("<th"), "{table}");
        assert_eq!(table.matches("<tr>").count(), 1 + 9, "{table}");
        assert!(table.contains(">1,8968<"), "{table}");
        assert!(table.contains(">0,0040<"), "{table}");
        assert!(!table.contains("1.8968"), "{table}");
        assert!(!page.contains("<p>USD 1"), "{page}");

        let index = read(&out.join("index.html"));
        assert!(
            index.contains(&format!("<html lang=\"{lang}\">")),
            "{index}"
        );
        assert!(
            index.contains(&format!(
                "<a href=\"exchange-rates.html\" hreflang=\"{lang}\">{title}</a>"
            )),
            "{index}"
        );

        let manifest: Value = json_file(&out.join("manifest.json"));
        assert_eq!(manifest["lang"], lang);
        assert_eq!(manifest["format"], "html");
        let entry = &manifest["files"][0];
        assert_eq!(entry["file"], "exchange-rates.html");
        assert_eq!(entry["article"], "exchange-rates");
        assert_eq!(entry["title"], title);
        assert_eq!(entry["segments"], 25);
        assert_eq!(entry["translated"], 25);
        assert_eq!(entry["translated_share"], 1.0);
        assert_eq!(entry["rate_table_rows"], 9);
        assert_eq!(
            entry["sha256"],
            sha256_hex(&std::fs::read(out.join("exchange-rates.html")).expect("the page"))
        );
        assert_eq!(
            manifest["index"]["sha256"],
            sha256_hex(&std::fs::read(out.join("index.html")).expect("the index"))
        );
        let names: Vec<String> = files(&out).into_keys().collect();
        assert_eq!(
            names,
            ["exchange-rates.html", "index.html", "manifest.json"]
        );
    }
}

#[test]
fn markdown_and_json_editions() {
    let env = newsroom();
    let md = env.path("md");
    env.run([
        "export",
        "edition",
        "exchange-rates",
        "--lang",
        "az",
        "--format",
        "md",
        "--out",
        s(&md),
    ])
    .ok();
    let doc = read(&md.join("exchange-rates.md"));
    assert!(
        doc.starts_with("# Dollar 1,70 manat səviyyəsində qalır, avro bir qədər bahalaşıb\n\n"),
        "{doc}"
    );
    assert!(doc.contains("\n## Valyuta məzənnələri\n\n| "), "{doc}");
    assert!(doc.contains("\n| --- | ---: | --- | ---: |\n"), "{doc}");
    let eur = doc
        .lines()
        .find(|l| l.starts_with("| EUR |"))
        .expect("a EUR row");
    assert!(eur.ends_with("| 1,8968 |"), "{eur}");
    // Markdown-significant characters in plain text are escaped, not interpreted.
    assert!(!doc.contains("<span"), "{doc}");
    let index = read(&md.join("index.md"));
    assert!(index.contains("(exchange-rates.md)"), "{index}");

    let json = env.path("json");
    let run = env.run([
        "--json",
        "export",
        "edition",
        "exchange-rates",
        "--lang",
        "ru",
        "--format",
        "json",
        "--out",
        s(&json),
    ]);
    let printed = run.json();
    let manifest: Value = json_file(&json.join("manifest.json"));
    assert_eq!(printed, manifest, "--json prints the manifest");
    let doc: Value = json_file(&json.join("exchange-rates.json"));
    assert_eq!(doc["lang"], "ru");
    assert_eq!(doc["source_lang"], "en");
    let blocks = doc["blocks"].as_array().expect("an array");
    assert_eq!(blocks[0]["kind"], "heading");
    assert_eq!(blocks[0]["segments"][0]["n"], 1);
    assert_eq!(blocks[0]["segments"][0]["lang"], "ru");
    assert_eq!(blocks[0]["segments"][0]["fallback"], false);
    let table = blocks.last().expect("a block");
    assert_eq!(table["kind"], "rate_table");
    assert_eq!(
        table["segments"],
        serde_json::json!([17, 18, 19, 20, 21, 22, 23, 24, 25])
    );
    assert_eq!(table["columns"].as_array().expect("an array").len(), 4);
    let rows = table["rows"].as_array().expect("an array");
    assert_eq!(rows.len(), 9);
    assert_eq!(rows[1]["code"], "EUR");
    assert_eq!(rows[1]["nominal"], "1");
    assert_eq!(rows[1]["rate"], "1,8968");
    assert_eq!(rows[7]["nominal"], "100");
    let index: Value = json_file(&json.join("index.json"));
    assert_eq!(index["articles"][0]["file"], "exchange-rates.json");
}

#[test]
fn strict_refuses_and_names_every_untranslated_segment() {
    let env = newsroom();
    env.run([
        "segment",
        "set",
        "transport-corridor",
        "1",
        "--lang",
        "az",
        "Şimal–Cənub dəhlizi",
    ])
    .ok();
    // A draft is not published by default either.
    env.run([
        "segment",
        "set",
        "transport-corridor",
        "2",
        "--lang",
        "az",
        "--status",
        "draft",
        "Qaralama.",
    ])
    .ok();
    let out = env.path("strict");
    let err = env
        .run([
            "export",
            "edition",
            "exchange-rates",
            "transport-corridor",
            "--lang",
            "az",
            "--strict",
            "--out",
            s(&out),
        ])
        .fails()
        .to_string();
    assert!(
        err.contains("18 segments are not translated into az"),
        "{err}"
    );
    assert!(
        err.contains("transport-corridor segment 2 (draft): Rail freight"),
        "{err}"
    );
    for n in 3..=19 {
        assert!(
            err.contains(&format!("transport-corridor segment {n} (new): ")),
            "segment {n} is not named: {err}"
        );
    }
    assert!(!err.contains("segment 1 "), "{err}");
    assert!(!err.contains("exchange-rates segment"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert!(!out.exists());
    assert_eq!(entries(env.dir.path()), Vec::<String>::new());

    // A fully translated article passes.
    let env2 = newsroom();
    let out2 = env2.path("strict-ok");
    env2.run([
        "export",
        "edition",
        "exchange-rates",
        "--lang",
        "az",
        "--strict",
        "--out",
        s(&out2),
    ])
    .ok();
    assert!(out2.join("exchange-rates.html").is_file());
}

#[test]
fn untranslated_parts_fall_back_and_are_marked_with_their_language() {
    let env = newsroom();
    for (n, lang, text) in [
        ("1", "az", "Şimal–Cənub dəhlizi"),
        ("4", "ru", "Идея не нова."),
        (
            "5",
            "az",
            "Rusiya, İran və Hindistan 2000-ci ildə Sankt-Peterburqda təsis sazişi imzalayıb.",
        ),
    ] {
        env.run([
            "segment",
            "set",
            "transport-corridor",
            n,
            "--lang",
            lang,
            text,
        ])
        .ok();
    }

    // --fallback az: az where there is az, else the English source.
    let out = env.path("ru");
    let run = env.run([
        "export",
        "edition",
        "transport-corridor",
        "--lang",
        "ru",
        "--fallback",
        "az",
        "--out",
        s(&out),
    ]);
    run.ok();
    let page = read(&out.join("transport-corridor.html"));
    assert!(page.contains("<html lang=\"ru\">"), "{page}");
    assert!(
        page.contains("<h1 lang=\"az\" class=\"korpu-fallback\">Şimal–Cənub dəhlizi</h1>"),
        "{page}"
    );
    assert!(
        page.contains(
            "<p>Идея не нова. <span lang=\"az\" class=\"korpu-fallback\">Rusiya, İran və Hindistan"
        ),
        "{page}"
    );
    assert!(
        page.contains(
            "<span lang=\"en\" class=\"korpu-fallback\">Counting rail, road and sea legs"
        ),
        "{page}"
    );
    assert!(
        page.contains(
            "<p lang=\"en\" class=\"korpu-fallback\">Rail freight between Russia and Iran"
        ),
        "{page}"
    );
    let manifest: Value = json_file(&out.join("manifest.json"));
    assert_eq!(manifest["untranslated"], "fallback");
    assert_eq!(manifest["fallback"], "az");
    assert_eq!(manifest["files"][0]["translated"], 1);
    assert_eq!(manifest["files"][0]["translated_share"], 0.0526);
    let listed: Vec<u64> = manifest["files"][0]["untranslated_segments"]
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_u64().expect("a number"))
        .collect();
    assert_eq!(listed, (1..=19).filter(|&n| n != 4).collect::<Vec<u64>>());

    // Markdown marks the same parts with an inline span; JSON with a field.
    let md = env.path("ru-md");
    env.run([
        "export",
        "edition",
        "transport-corridor",
        "--lang",
        "ru",
        "--fallback",
        "az",
        "--format",
        "md",
        "--out",
        s(&md),
    ])
    .ok();
    let doc = read(&md.join("transport-corridor.md"));
    assert!(
        doc.starts_with("# <span lang=\"az\">Şimal–Cənub dəhlizi</span>\n"),
        "{doc}"
    );

    // The default: the source language, with a warning that lists the parts.
    let plain = env.path("az");
    let run = env.run([
        "export",
        "edition",
        "transport-corridor",
        "--lang",
        "az",
        "--out",
        s(&plain),
    ]);
    run.ok();
    assert!(
        run.stderr.contains(
            "transport-corridor: 17 of 19 segments not translated into az, given in en: 2-4, 6-19"
        ),
        "{}",
        run.stderr
    );
    let page = read(&plain.join("transport-corridor.html"));
    assert!(page.contains("<h1>Şimal–Cənub dəhlizi</h1>"), "{page}");
    assert!(
        page.contains(
            "<span lang=\"en\" class=\"korpu-fallback\">The idea is not new.</span> Rusiya, İran"
        ),
        "{page}"
    );
}

#[test]
fn the_seed_articles_rate_table_is_localized() {
    let Some(data) = shared_data() else { return };
    let env = Env::new();
    let seed = data.join("seed_article_kaspi.txt");
    env.run(["article", "add", s(&seed), "--lang", "en", "--id", "kaspi"])
        .ok();
    env.run([
        "segment",
        "set",
        "kaspi",
        "1",
        "--lang",
        "az",
        "\"Kaspi\" nəşrləri",
    ])
    .ok();
    env.run([
        "segment",
        "set",
        "kaspi",
        "1",
        "--lang",
        "ru",
        "Публикации «Каспия»",
    ])
    .ok();
    let mut tables = BTreeMap::new();
    for lang in ["en", "az", "ru"] {
        let out = env.path(&format!("kaspi-{lang}"));
        env.run([
            "export",
            "edition",
            "kaspi",
            "--lang",
            lang,
            "--out",
            s(&out),
        ])
        .ok();
        let page = read(&out.join("kaspi.html"));
        assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        // The table replaced the lines it was written as.
        assert!(!page.contains("Tipi Ədə."), "{page}");
        assert!(!page.contains("<p>EUR 1 1 Avro"), "{page}");
        let table = table_of(&page).to_string();
        assert_eq!(table.matches("<tr>").count(), 1 + 9, "{table}");
        let manifest: Value = json_file(&out.join("manifest.json"));
        assert_eq!(manifest["files"][0]["rate_table_rows"], 9);
        tables.insert(lang, table);
    }
    assert!(tables["en"].contains(">1.8968<"), "{}", tables["en"]);
    assert!(tables["en"].contains(">0.6294<"), "{}", tables["en"]);
    for lang in ["az", "ru"] {
        assert!(tables[lang].contains(">1,8968<"), "{}", tables[lang]);
        assert!(tables[lang].contains(">0,6294<"), "{}", tables[lang]);
        assert!(!tables[lang].contains("1.8968"), "{}", tables[lang]);
    }
    // The central bank's own Azerbaijani names win over CLDR's.
    assert!(
        tables["az"].contains(">İngiltərə funt sterlinqi<"),
        "{}",
        tables["az"]
    );
    assert!(tables["az"].contains(">ABŞ dolları<"), "{}", tables["az"]);
    assert!(!tables["ru"].contains("İngiltərə"), "{}", tables["ru"]);
}

#[test]
fn the_same_store_gives_the_same_bytes() {
    let env = newsroom();
    env.run([
        "segment",
        "set",
        "transport-corridor",
        "1",
        "--lang",
        "ru",
        "Коридор «Север — Юг»",
    ])
    .ok();
    for format in ["html", "md", "json"] {
        let a = env.path(&format!("a-{format}"));
        let b = env.path(&format!("b-{format}"));
        for out in [&a, &b, &a] {
            // The third run replaces the first edition in place.
            env.run([
                "export",
                "edition",
                "exchange-rates",
                "transport-corridor",
                "--lang",
                "ru",
                "--format",
                format,
                "--out",
                s(out),
            ])
            .ok();
        }
        let (fa, fb) = (files(&a), files(&b));
        assert_eq!(fa.len(), 4, "{:?}", fa.keys());
        assert_eq!(fa, fb, "{format}: two exports differ");
    }
    // No temporary or old copies are left beside the editions.
    assert!(
        entries(env.dir.path()).iter().all(|n| !n.starts_with('.')),
        "{:?}",
        entries(env.dir.path())
    );
}

#[test]
fn bad_input_is_refused_and_nothing_is_written() {
    let env = newsroom();
    let out = env.path("edition");
    let cases: [(&[&str], &str); 6] = [
        (&["nope"], "unknown article \"nope\""),
        (
            &["transport-corridor", "--lang", "ru"],
            "article \"transport-corridor\" has no translations into ru (it has en (source))",
        ),
        (
            &["exchange-rates", "--lang", "de"],
            "article \"exchange-rates\" has no translations into de (it has en (source), az, ru)",
        ),
        (
            &["exchange-rates", "--lang", "az", "--fallback", "tr"],
            "has no translations into tr",
        ),
        (
            &["exchange-rates", "exchange-rates"],
            "article \"exchange-rates\" is given twice",
        ),
        (
            &["exchange-rates", "--min-status", "new"],
            "--min-status new",
        ),
    ];
    for (args, expected) in cases {
        let mut all = vec!["export", "edition", "--out", s(&out)];
        all.extend_from_slice(args);
        if !args.contains(&"--lang") {
            all.extend(["--lang", "az"]);
        }
        let err = env.run(&all).fails().to_string();
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(err.contains("nothing was written"), "{args:?}: {err}");
        assert!(!out.exists(), "{args:?}");
    }
    // --strict and --fallback together are a usage error.
    let run = env.run([
        "export",
        "edition",
        "exchange-rates",
        "--lang",
        "az",
        "--strict",
        "--fallback",
        "en",
        "--out",
        s(&out),
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    // An error in --json mode is JSON on stderr.
    let run = env.run([
        "--json",
        "export",
        "edition",
        "nope",
        "--lang",
        "az",
        "--out",
        s(&out),
    ]);
    run.fails();
    let err: Value = serde_json::from_str(run.stderr.trim()).expect("a JSON error");
    assert!(err["error"]["message"]
        .as_str()
        .expect("a message")
        .contains("unknown article"));
    assert_eq!(entries(env.dir.path()), Vec::<String>::new());
}

fn export_to(env: &Env, out: &Path) -> crate::harness::Run {
    env.run([
        "export",
        "edition",
        "exchange-rates",
        "--lang",
        "az",
        "--out",
        s(out),
    ])
}

#[test]
fn a_folder_that_cannot_be_written_is_left_as_it_was() {
    let env = newsroom();

    // The parent is a file.
    let file = env.file("not-a-folder", "x");
    let err = export_to(&env, &file.join("edition")).fails().to_string();
    assert!(
        err.contains("does not exist") && err.contains("nothing was written"),
        "{err}"
    );
    // The destination is a file.
    let err = export_to(&env, &file).fails().to_string();
    assert!(err.contains("is not a folder"), "{err}");
    assert_eq!(read(&file), "x");
    // The destination holds something korpu did not write.
    let mine = env.path("mine");
    std::fs::create_dir(&mine).expect("set up the folder");
    std::fs::write(mine.join("notes.txt"), "keep me").expect("set up the folder");
    let err = export_to(&env, &mine).fails().to_string();
    assert!(err.contains("not a korpu export"), "{err}");
    assert_eq!(files(&mine).into_keys().collect::<Vec<_>>(), ["notes.txt"]);
    assert_eq!(entries(env.dir.path()), ["mine", "not-a-folder"]);

    // A folder the system refuses to write in, even to root.
    #[cfg(target_os = "linux")]
    {
        let err = export_to(&env, Path::new("/proc/korpu-edition"))
            .fails()
            .to_string();
        assert!(err.contains("cannot write /proc/korpu-edition"), "{err}");
        assert!(err.contains("nothing was written"), "{err}");
        assert!(!Path::new("/proc/korpu-edition").exists());
    }

    // A read-only parent folder (permissions do not bind root, so only when they do).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = env.path("locked");
        std::fs::create_dir(&locked).expect("set up the folder");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555))
            .expect("set up the folder");
        let probe = std::fs::write(locked.join("probe"), "");
        if probe.is_err() {
            let err = export_to(&env, &locked.join("edition")).fails().to_string();
            assert!(err.contains("nothing was written"), "{err}");
            assert_eq!(
                std::fs::read_dir(&locked).expect("read the folder").count(),
                0
            );
        } else {
            std::fs::remove_file(locked.join("probe")).expect("set up the folder");
        }
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755))
            .expect("set up the folder");
    }
}

/// Runs an export that aborts at a crash point, as a `kill -9` would.
fn crash_at(env: &Env, out: &Path, point: &str) {
    let run = env
        .cmd()
        .args([
            "export",
            "edition",
            "exchange-rates",
            "--lang",
            "az",
            "--out",
            s(out),
        ])
        .env("KORPU_CRASH_AT", point)
        .output()
        .expect("run korpu");
    assert!(
        run.status.code().is_none(),
        "the crash point {point} was not reached: {}\n{}",
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn a_crash_never_leaves_a_half_written_edition() {
    let env = newsroom();
    let out = env.path("edition");

    // A crash while the first edition is being written: no edition at all.
    crash_at(&env, &out, "export-file:2");
    assert!(!out.exists());
    export_to(&env, &out).ok();
    let first = files(&out);
    assert_eq!(first.len(), 3);
    assert_eq!(
        entries(env.dir.path()),
        ["edition"],
        "the leftover was swept"
    );

    // A translation changes; a crash while its edition is written keeps the old one.
    env.run([
        "segment",
        "set",
        "exchange-rates",
        "2",
        "--lang",
        "az",
        "Mərkəzi Bank manatın rəsmi məzənnəsini dəyişmədi.",
    ])
    .ok();
    crash_at(&env, &out, "export-file:3");
    assert_eq!(files(&out), first);

    // A crash between moving the old edition aside and putting the new one in place:
    // the next export puts the old one back first, then replaces it.
    crash_at(&env, &out, "export-swap:1");
    assert!(!out.exists());
    export_to(&env, &out).ok();
    let second = files(&out);
    assert_ne!(second, first);
    assert!(String::from_utf8_lossy(&second["exchange-rates.html"])
        .contains("Mərkəzi Bank manatın rəsmi məzənnəsini dəyişmədi."));
    assert_eq!(entries(env.dir.path()), ["edition"]);
}
