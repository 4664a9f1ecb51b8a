//! The translation memory through the command line: import, search, scores, numbers,
//! exchange formats, segments entering the memory, pretranslation, analysis.

use serde_json::Value;

use crate::harness::*;

const TMX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu tuid="eur"><prop type="x-domain">finance</prop><note>Daily rate.</note>
<tuv xml:lang="en"><seg>The euro rose to 1.8968 manat.</seg></tuv>
<tuv xml:lang="az"><seg>Avro 1,8968 manata yüksəldi.</seg></tuv>
<tuv xml:lang="ru"><seg>Евро подорожал до 1,8968 маната.</seg></tuv>
</tu>
<tu tuid="usd">
<tuv xml:lang="en"><seg>The dollar held at 1.7000 manat.</seg></tuv>
<tuv xml:lang="az"><seg>Dollar 1,7000 manat səviyyəsində qaldı.</seg></tuv>
</tu>
<tu tuid="tag">
<tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to keep it.</seg></tuv>
<tuv xml:lang="ru"><seg>Нажмите <bpt i="1">&lt;b&gt;</bpt>Сохранить<ept i="1">&lt;/b&gt;</ept>, чтобы сохранить.</seg></tuv>
</tu>
</body>
</tmx>
"#;

fn with_memory() -> Env {
    let env = Env::new();
    let f = env.file("mem.tmx", TMX);
    let r = env.run(["--json", "tm", "import", s(&f)]).json();
    assert_eq!(r["imported"], 3);
    env
}

fn search(env: &Env, from: &str, to: &str, text: &str) -> Vec<Value> {
    let out = env
        .run(["--json", "tm", "search", "--from", from, "--to", to, text])
        .json();
    out.as_array().expect("array").clone()
}

#[test]
fn scores_are_the_designs() {
    let env = with_memory();
    // Identical: 100. Numbers differ: 99. Case and punctuation: 98. One word in 7: 85.
    let cases = [
        ("The euro rose to 1.8968 manat.", 100),
        ("The euro rose to 1.9011 manat.", 99),
        ("the euro rose to 1.8968 manat", 98),
        ("The euro rose sharply to 1.8968 manat.", 85),
    ];
    for (query, want) in cases {
        let m = search(&env, "en", "az", query);
        assert_eq!(m[0]["score"], want, "{query}: {m:?}");
        assert_eq!(m[0]["source"], "The euro rose to 1.8968 manat.");
        assert_eq!(m[0]["target"], "Avro 1,8968 manata yüksəldi.");
    }
    // Numbers are carried over in the target's notation.
    let m = search(&env, "en", "az", "The euro rose to 1.9011 manat.");
    assert_eq!(m[0]["target_substituted"], "Avro 1,9011 manata yüksəldi.");
    let m = search(&env, "en", "ru", "The euro rose to 1.9011 manat.");
    assert_eq!(
        m[0]["target_substituted"],
        "Евро подорожал до 1,9011 маната."
    );
    // Every match carries the fields a pipeline reads.
    for key in [
        "score",
        "source",
        "target",
        "target_substituted",
        "diff",
        "unit",
        "origin",
    ] {
        assert!(m[0].get(key).is_some(), "{key} missing: {}", m[0]);
    }
    let diff = m[0]["diff"].as_array().expect("diff");
    let changed: Vec<&Value> = diff.iter().filter(|d| d["tag"] != "equal").collect();
    assert_eq!(changed.len(), 1, "{diff:?}");
    assert_eq!(changed[0]["query"]["start"], 17);
    // Any direction: az → ru through the same unit.
    let m = search(&env, "az", "ru", "Avro 1,8968 manata yüksəldi.");
    assert_eq!(m[0]["score"], 100);
    assert_eq!(m[0]["target"], "Евро подорожал до 1,8968 маната.");
    // Below the minimum nothing comes back; --min lowers it.
    assert!(search(&env, "en", "az", "Completely different words here.").is_empty());
    let low = env
        .run([
            "--json",
            "tm",
            "search",
            "--from",
            "en",
            "--to",
            "az",
            "--min",
            "30",
            "The euro fell sharply.",
        ])
        .json();
    assert!(!low.as_array().expect("array").is_empty());
}

#[test]
fn batch_search_prints_json_lines() {
    let env = with_memory();
    let q = env.file(
        "q.txt",
        "The euro rose to 1.8968 manat.\n\nThe dollar held at 1.7100 manat.\nNothing like it at all.\n",
    );
    let out = env
        .run([
            "tm",
            "search",
            "--from",
            "en",
            "--to",
            "az",
            "--batch",
            s(&q),
        ])
        .ok()
        .to_string();
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0][0]["score"], 100);
    assert_eq!(lines[1], serde_json::json!([]));
    assert_eq!(lines[2][0]["score"], 99);
    assert_eq!(
        lines[2][0]["target_substituted"],
        "Dollar 1,7100 manat səviyyəsində qaldı."
    );
    assert_eq!(lines[3], serde_json::json!([]));
}

#[test]
fn units_can_be_edited_deleted_counted_and_penalised() {
    let env = with_memory();
    let stats = env.run(["--json", "tm", "stats"]).json();
    assert_eq!(stats["units"], 3);
    assert_eq!(stats["memories"]["main"]["locales"]["en"], 3);
    assert_eq!(stats["memories"]["main"]["locales"]["ru"], 2);
    let unit = search(&env, "en", "az", "The dollar held at 1.7000 manat.")[0]["unit"].clone();
    let id = unit.to_string();
    env.run([
        "tm",
        "edit",
        &id,
        "--lang",
        "ru",
        "Доллар остался на уровне 1,7000 маната.",
    ])
    .ok();
    let m = search(&env, "en", "ru", "The dollar held at 1.7000 manat.");
    assert_eq!(m[0]["target"], "Доллар остался на уровне 1,7000 маната.");
    // A penalty lowers every score of that memory.
    env.run(["tm", "memory", "main", "--penalty", "3"]).ok();
    assert_eq!(
        search(&env, "en", "ru", "The dollar held at 1.7000 manat.")[0]["score"],
        97
    );
    env.run(["tm", "memory", "main", "--penalty", "0"]).ok();
    env.run(["tm", "delete", &id]).ok();
    assert!(search(&env, "en", "ru", "The dollar held at 1.7000 manat.").is_empty());
    assert!(env
        .run(["tm", "delete", &id])
        .fails()
        .contains("unknown memory unit"));
    assert_eq!(env.run(["--json", "tm", "stats"]).json()["units"], 2);
}

#[test]
fn duplicates_merge_and_memories_are_named() {
    let env = with_memory();
    let f = env.file("mem2.tmx", TMX);
    let r = env.run(["--json", "tm", "import", s(&f)]).json();
    assert_eq!(
        (r["imported"].as_u64(), r["skipped"].as_u64()),
        (Some(0), Some(3))
    );
    // A client memory sits beside the newsroom's own and can be searched alone.
    let r = env
        .run(["--json", "tm", "import", "--memory", "client", s(&f)])
        .json();
    assert_eq!(r["imported"], 3);
    let only = env
        .run([
            "--json",
            "tm",
            "search",
            "--from",
            "en",
            "--to",
            "az",
            "--memory",
            "client",
            "The euro rose to 1.8968 manat.",
        ])
        .json();
    assert!(only
        .as_array()
        .expect("array")
        .iter()
        .all(|m| m["memory"] == "client"));
    let stats = env.run(["--json", "tm", "stats"]).json();
    assert_eq!(stats["units"], 6);
}

#[test]
fn confirmed_segments_enter_the_memory_with_context() {
    let env = Env::new();
    let text = "Rates held steady.\n\nThe euro rose to 1.8968 manats. The pound fell.\n";
    let f = env.file("a.txt", text);
    env.run(["article", "add", s(&f), "--lang", "en", "--id", "a"])
        .ok();
    env.run([
        "segment",
        "set",
        "a",
        "2",
        "--lang",
        "az",
        "--status",
        "draft",
        "Avro 1,8968 manata yüksəldi.",
    ])
    .ok();
    // A draft is not confirmed work: the memory does not have it.
    assert!(search(&env, "en", "az", "The euro rose to 1.8968 manats.").is_empty());
    env.run([
        "segment",
        "set",
        "a",
        "2",
        "--lang",
        "az",
        "Avro 1,8968 manata yüksəlib.",
    ])
    .ok();
    let m = search(&env, "en", "az", "The euro rose to 1.8968 manats.");
    assert_eq!(m[0]["score"], 100);
    assert_eq!(m[0]["target"], "Avro 1,8968 manata yüksəlib.");
    assert_eq!(m[0]["origin"], "article:a");
    // The same sentence in the same surroundings is a context match.
    let g = env.file("b.txt", text);
    env.run(["article", "add", s(&g), "--lang", "en", "--id", "b"])
        .ok();
    let next = env
        .run([
            "--json", "segment", "next", "b", "--lang", "az", "--after", "1",
        ])
        .json();
    assert_eq!(next["n"], 2);
    assert_eq!(next["suggestions"][0]["score"], 101);
    let shown = env
        .run(["segment", "next", "b", "--lang", "az", "--after", "1"])
        .ok()
        .to_string();
    assert!(
        shown.contains("101%") && shown.contains("Avro 1,8968 manata yüksəlib."),
        "{shown}"
    );
    // Pretranslation fills drafts from the memory.
    let r = env
        .run(["--json", "pretranslate", "b", "--lang", "az"])
        .json();
    assert_eq!(r["filled"][0]["n"], 2);
    assert_eq!(r["filled"][0]["origin"], "tm:101");
    let show = env.show("b");
    assert_eq!(show["segments"][1]["translations"]["az"]["status"], "draft");
    assert_eq!(
        show["segments"][1]["translations"]["az"]["origin"],
        "tm:101"
    );
    // Changing a confirmed translation updates its unit instead of adding one.
    env.run([
        "segment",
        "set",
        "a",
        "2",
        "--lang",
        "az",
        "Avro 1,8968 manatadək bahalaşıb.",
    ])
    .ok();
    let m = search(&env, "en", "az", "The euro rose to 1.8968 manats.");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0]["target"], "Avro 1,8968 manatadək bahalaşıb.");
}

#[test]
fn analysis_counts_words_per_band() {
    let env = with_memory();
    let text = "The euro rose to 1.8968 manat.\n\nThe euro rose to 1.9011 manat. Nothing in the memory looks like this.\n\nThe euro rose to 1.8968 manat.\n";
    let f = env.file("a.txt", text);
    env.run(["article", "add", s(&f), "--lang", "en", "--id", "a"])
        .ok();
    let r = env.run(["--json", "analyze", "a", "--lang", "az"]).json();
    let bands = &r["articles"][0]["bands"];
    assert_eq!(bands["100"]["segments"], 1);
    assert_eq!(bands["100"]["words"], 6);
    assert_eq!(bands["95-99"]["segments"], 1);
    assert_eq!(bands["no match"]["segments"], 1);
    assert_eq!(bands["no match"]["words"], 7);
    assert_eq!(bands["repetitions"]["segments"], 1);
    assert_eq!(r["total"]["repetitions"]["words"], 6);
    let table = env.run(["analyze", "a", "--lang", "az"]).ok().to_string();
    assert!(
        table.contains("repetitions") && table.contains("no match"),
        "{table}"
    );
}

#[test]
fn concordance_finds_words_in_any_language() {
    let env = with_memory();
    let r = env.run(["--json", "tm", "concordance", "manata"]).json();
    let hits = r.as_array().expect("array");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["lang"], "az");
    let text = hits[0]["text"].as_str().expect("text");
    let range = &hits[0]["hits"][0];
    let (a, b) = (
        range["start"].as_u64().expect("start") as usize,
        range["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(&text[a..b], "manata");
    let r = env
        .run(["--json", "tm", "concordance", "EURO rose", "--lang", "en"])
        .json();
    assert_eq!(r.as_array().map(Vec::len), Some(1));
    let shown = env.run(["tm", "concordance", "euro"]).ok().to_string();
    assert!(shown.contains("[euro]"), "{shown}");
}

#[test]
fn inline_codes_survive_a_tmx_round_trip() {
    let env = with_memory();
    let out = env.path("out.tmx");
    env.run(["tm", "export", "--format", "tmx", "-o", s(&out)])
        .ok();
    let written = std::fs::read_to_string(&out).expect("tmx");
    assert!(
        written.contains("<bpt i=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept>"),
        "{written}"
    );
    let again = Env::new();
    let r = again.run(["--json", "tm", "import", s(&out)]).json();
    assert_eq!(r["imported"], 3);
    let out2 = again.path("out2.tmx");
    again
        .run(["tm", "export", "--format", "tmx", "-o", s(&out2)])
        .ok();
    assert_eq!(std::fs::read_to_string(&out2).expect("tmx"), written);
    // Only some locales, in the order asked.
    let two = env
        .run(["tm", "export", "--format", "tmx", "--langs", "ru,en"])
        .ok()
        .to_string();
    assert!(!two.contains("xml:lang=\"az\""));
    if let Some(xmllint) = which("xmllint") {
        let dtd = root().join("tests/fixtures/tmx/tmx14.dtd");
        let status = std::process::Command::new(xmllint)
            .args(["--noout", "--nonet", "--dtdvalid", s(&dtd), s(&out)])
            .status()
            .expect("xmllint runs");
        assert!(
            status.success(),
            "the exported TMX is not valid against the TMX 1.4 DTD"
        );
    } else {
        eprintln!("skipped DTD validation: xmllint is not installed");
    }
}

fn which(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join(name))
            .find(|f| f.is_file())
    })
}

#[test]
fn django_catalogs_merge_into_trilingual_units() {
    let Some(data) = shared_data() else {
        return;
    };
    let base = data.join("po/Django-6.1.3/django/conf/locale");
    let (az, ru) = (
        base.join("az/LC_MESSAGES/django.po"),
        base.join("ru/LC_MESSAGES/django.po"),
    );
    let env = Env::new();
    let r = env.run(["--json", "tm", "import", s(&az), s(&ru)]).json();
    assert!(r["imported"].as_u64().is_some_and(|n| n > 300), "{r}");
    assert!(
        r["merged"].as_u64().is_some_and(|n| n > 300),
        "az and ru share msgids: {r}"
    );
    // One unit holds en, az and ru.
    let m = search(&env, "en", "ru", "Enter a valid email address.");
    assert_eq!(m[0]["score"], 100, "{m:?}");
    let unit = m[0]["unit"].clone();
    let m_az = search(&env, "en", "az", "Enter a valid email address.");
    assert_eq!(m_az[0]["unit"], unit);
    assert!(!m_az[0]["target"].as_str().unwrap_or_default().is_empty());
    // An edited string finds its original.
    let m = search(&env, "en", "ru", "Please enter a valid email address.");
    assert!(
        m[0]["score"]
            .as_u64()
            .is_some_and(|s| (70..100).contains(&s)),
        "{m:?}"
    );
    // az → ru works through the same units.
    let az_text = m_az[0]["target"].as_str().expect("az").to_string();
    let m = search(&env, "az", "ru", &az_text);
    assert_eq!(m[0]["unit"], unit);
    // PO export of one pair passes msgfmt -c.
    let po = env.path("out.po");
    env.run([
        "tm",
        "export",
        "--format",
        "po",
        "--langs",
        "en,ru",
        "-o",
        s(&po),
    ])
    .ok();
    if let Some(msgfmt) = which("msgfmt") {
        let status = std::process::Command::new(msgfmt)
            .args(["-c", "-o", "/dev/null", s(&po)])
            .status()
            .expect("msgfmt runs");
        assert!(status.success(), "msgfmt -c refused the exported PO");
    }
    // TMX export validates against the DTD and imports back to the same units.
    let tmx = env.path("django.tmx");
    env.run([
        "tm",
        "export",
        "--format",
        "tmx",
        "--langs",
        "en,az,ru",
        "-o",
        s(&tmx),
    ])
    .ok();
    if let Some(xmllint) = which("xmllint") {
        let dtd = root().join("tests/fixtures/tmx/tmx14.dtd");
        let out = std::process::Command::new(xmllint)
            .args(["--noout", "--nonet", "--dtdvalid", s(&dtd), s(&tmx)])
            .output()
            .expect("xmllint runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let copy = Env::new();
    let r = copy.run(["--json", "tm", "import", s(&tmx)]).json();
    let stats = env.run(["--json", "tm", "stats"]).json();
    assert_eq!(r["imported"], stats["units"], "{r}");
    assert_eq!(
        copy.run(["--json", "tm", "stats"]).json()["memories"],
        stats["memories"]
    );
    let tmx2 = copy.path("django2.tmx");
    copy.run([
        "tm",
        "export",
        "--format",
        "tmx",
        "--langs",
        "en,az,ru",
        "-o",
        s(&tmx2),
    ])
    .ok();
    assert_eq!(
        std::fs::read_to_string(&tmx).expect("tmx"),
        std::fs::read_to_string(&tmx2).expect("tmx again"),
        "a TMX round trip changed the memory"
    );
    // XLIFF 2.0 export reads back.
    let xlf = env.path("out.xlf");
    env.run([
        "tm",
        "export",
        "--format",
        "xliff",
        "--langs",
        "en,az",
        "-o",
        s(&xlf),
    ])
    .ok();
    let again = Env::new();
    let r = again.run(["--json", "tm", "import", s(&xlf)]).json();
    assert!(r["imported"].as_u64().is_some_and(|n| n > 300), "{r}");
}

#[test]
fn bad_memory_input_is_refused_whole() {
    let env = with_memory();
    let before = env.snapshot();
    let truncated = env.file("t.tmx", &TMX[..TMX.len() / 2]);
    let err = env.run(["tm", "import", s(&truncated)]).fails().to_string();
    assert!(
        err.contains("t.tmx:") && err.contains("nothing was imported"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
    // Two files, the second broken: nothing of either is imported.
    let good = env.file(
        "g.tmx",
        TMX.replace("1.8968", "2.0000")
            .replace("tuid=\"", "tuid=\"x"),
    );
    let err = env
        .run(["tm", "import", s(&good), s(&truncated)])
        .fails()
        .to_string();
    assert!(err.contains("t.tmx:"), "{err}");
    assert_eq!(env.snapshot(), before);
    // --keep-going imports what can be read.
    let r = env
        .run([
            "--json",
            "tm",
            "import",
            "--keep-going",
            s(&good),
            s(&truncated),
        ])
        .json();
    assert!(r["imported"].as_u64().is_some_and(|n| n >= 1));
    assert!(!r["diagnostics"].as_array().expect("diagnostics").is_empty());

    let env = with_memory();
    let before = env.snapshot();
    let no_seg = env.file(
        "noseg.tmx",
        TMX.replace(
            "<tuv xml:lang=\"az\"><seg>Avro 1,8968 manata yüksəldi.</seg></tuv>",
            "<tuv xml:lang=\"az\"></tuv>",
        ),
    );
    let r = env.run(["--json", "tm", "import", "--keep-going", s(&no_seg)]);
    let r = r.json();
    assert!(r["diagnostics"].to_string().contains("seg"), "{r}");
    // A DTD on a remote host is not fetched: the import works offline.
    let remote = env.file(
        "remote.tmx",
        TMX.replace(
            "<tmx version=\"1.4\">",
            "<!DOCTYPE tmx SYSTEM \"http://192.0.2.1/tmx14.dtd\">\n<tmx version=\"1.4\">",
        ),
    );
    let started = std::time::Instant::now();
    env.run(["tm", "import", "--memory", "remote", s(&remote)])
        .ok();
    assert!(started.elapsed().as_secs() < 10);
    // UTF-16 with a byte order mark, and the legacy lang attribute, import.
    let mut utf16 = vec![0xFF, 0xFE];
    for u in TMX
        .replace("UTF-8", "UTF-16")
        .replace("xml:lang=", "lang=")
        .encode_utf16()
    {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let f = env.file("u16.tmx", utf16);
    let r = env
        .run(["--json", "tm", "import", "--memory", "u16", s(&f)])
        .json();
    assert_eq!(r["imported"], 3);
    let _ = before;

    // Queries: unknown locale, empty, huge.
    let err = env
        .run(["tm", "search", "--from", "english", "--to", "az", "x"])
        .fails()
        .to_string();
    assert!(err.contains("unknown language \"english\""), "{err}");
    assert!(env
        .run(["tm", "search", "--from", "en", "--to", "az", "  "])
        .fails()
        .contains("empty"));
    let huge = "word ".repeat(4_000);
    let started = std::time::Instant::now();
    let r = env.run(["tm", "search", "--from", "en", "--to", "az", &huge]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    assert!(
        started.elapsed().as_secs() < 10,
        "a 20,000-character query must answer or refuse quickly"
    );
    // A PO whose Plural-Forms header is broken.
    let po = env.file(
        "broken.po",
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: ru\\n\"\n\"Plural-Forms: nplurals=x; plural=n>1;\\n\"\n\nmsgid \"One\"\nmsgstr \"Один\"\n",
    );
    let before = env.snapshot();
    let err = env.run(["tm", "import", s(&po)]).fails().to_string();
    assert!(
        err.contains("broken.po:") && err.contains("Plural-Forms"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
}

/// A TMX of `n` generated units, plus one that adds German to the `eur` unit of [`TMX`].
fn big_tmx(n: usize) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n",
    );
    out.push_str("<tu tuid=\"eur\"><tuv xml:lang=\"en\"><seg>The euro rose to 1.8968 manat.</seg></tuv><tuv xml:lang=\"de\"><seg>Der Euro stieg auf 1,8968 Manat.</seg></tuv></tu>\n");
    for i in 0..n {
        out.push_str(&format!(
            "<tu><tuv xml:lang=\"en\"><seg>Sentence number {i} about the manat and the corridor.</seg></tuv><tuv xml:lang=\"az\"><seg>Manat və dəhliz haqqında {i} nömrəli cümlə.</seg></tuv></tu>\n"
        ));
    }
    out.push_str("</body>\n</tmx>\n");
    out
}

#[test]
fn an_interrupted_import_is_all_or_nothing() {
    let env = with_memory();
    let f = env.file("big.tmx", big_tmx(5_000));
    let before = env.snapshot();
    // A crash while the import writes its batches: nothing of it is visible, and the
    // next command sweeps what it wrote.
    let out = env
        .cmd()
        .args(["tm", "import", s(&f)])
        .env("KORPU_CRASH_AT", "tm-batch:2")
        .output()
        .expect("run korpu");
    assert!(
        out.status.code().is_none(),
        "the crash point was not reached"
    );
    assert_eq!(env.snapshot(), before);
    assert_eq!(env.run(["--json", "tm", "stats"]).json()["units"], 3);
    // A crash right after the commit: the import is complete, and the merge into the
    // existing unit is finished on the next open.
    let out = env
        .cmd()
        .args(["tm", "import", s(&f)])
        .env("KORPU_CRASH_AT", "tm-committed:1")
        .output()
        .expect("run korpu");
    assert!(
        out.status.code().is_none(),
        "the crash point was not reached"
    );
    let stats = env.run(["--json", "tm", "stats"]).json();
    assert_eq!(stats["units"], 5_003);
    assert_eq!(stats["memories"]["main"]["locales"]["de"], 1);
    let m = search(&env, "en", "de", "The euro rose to 1.8968 manat.");
    assert_eq!(m[0]["target"], "Der Euro stieg auf 1,8968 Manat.");
    let m = search(
        &env,
        "en",
        "az",
        "Sentence number 4321 about the manat and the corridor.",
    );
    assert_eq!(m[0]["score"], 100);
    // The index follows: a lookup after more changes sees them.
    env.run(["tm", "delete", &m[0]["unit"].to_string()]).ok();
    let m = search(
        &env,
        "en",
        "az",
        "Sentence number 4321 about the manat and the corridor.",
    );
    assert_eq!(m[0]["score"], 99, "{m:?}");
}
