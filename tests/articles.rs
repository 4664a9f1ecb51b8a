//! Articles: add, list, show, export, align, replace, remove.

use crate::harness::*;

const TWO_PARAS: &str = "Manat holds steady\n\nThe rate is 1.7 manats. Dr. Aliyev said so. Markets were calm.\n\nThe euro rose to 1.8968 manats. It was the day's main mover.\n";

#[test]
fn add_list_and_show_as_json() {
    let env = Env::new();
    let f = env.file("rates.txt", TWO_PARAS);
    let added = env
        .run(["--json", "article", "add", s(&f), "--lang", "en"])
        .json();
    assert_eq!(added["id"], "rates");
    assert_eq!(added["segments"], 6);

    let list = env.run(["--json", "article", "list"]).json();
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert_eq!(list[0]["id"], "rates");
    assert_eq!(list[0]["title"], "Manat holds steady");
    assert_eq!(list[0]["lang"], "en");
    assert_eq!(list[0]["segments"], 6);

    let show = env.show("rates");
    assert_eq!(show["id"], "rates");
    assert_eq!(show["lang"], "en");
    let segs = show["segments"].as_array().expect("segments");
    let texts: Vec<&str> = segs
        .iter()
        .map(|s| s["text"].as_str().expect("text"))
        .collect();
    assert_eq!(
        texts,
        [
            "Manat holds steady",
            "The rate is 1.7 manats.",
            "Dr. Aliyev said so.",
            "Markets were calm.",
            "The euro rose to 1.8968 manats.",
            "It was the day's main mover."
        ]
    );
    let ns: Vec<u64> = segs.iter().map(|s| s["n"].as_u64().expect("n")).collect();
    assert_eq!(ns, [1, 2, 3, 4, 5, 6]);
    let paras: Vec<u64> = segs
        .iter()
        .map(|s| s["paragraph"].as_u64().expect("p"))
        .collect();
    assert_eq!(paras, [1, 2, 2, 2, 3, 3]);
    assert!(segs
        .iter()
        .all(|s| s["translations"].as_object().is_some_and(|o| o.is_empty())));
    // Offsets point into the source.
    for s in segs {
        let (a, b) = (
            s["start"].as_u64().expect("start") as usize,
            s["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(&TWO_PARAS[a..b], s["text"].as_str().expect("text"));
    }
}

#[test]
fn ids_titles_and_tags_are_kept_as_given() {
    let env = Env::new();
    let f = env.file(
        "Big News.en-US.txt",
        "Headline here\n\nBody text. More body.\n",
    );
    let r = env.run(["--json", "article", "add", s(&f), "--lang", "EN-us"]);
    assert_eq!(r.json()["id"], "big-news");
    let show = env.show("big-news");
    assert_eq!(show["lang"], "en-US");
    assert_eq!(show["title"], "Headline here");

    let f2 = env.file("x.txt", "Another text.\n");
    env.run([
        "article",
        "add",
        s(&f2),
        "--lang",
        "az",
        "--id",
        "custom-1",
        "--title",
        "Başlıq",
    ])
    .ok();
    let show = env.show("custom-1");
    assert_eq!(show["title"], "Başlıq");
    assert_eq!(show["lang"], "az");
}

#[test]
fn an_existing_id_needs_replace_and_replace_keeps_unchanged_translations() {
    let env = Env::new();
    let f = env.file("a.txt", TWO_PARAS);
    let fs = s(&f);
    env.run(["article", "add", fs, "--lang", "en", "--id", "a"])
        .ok();
    env.run([
        "segment",
        "set",
        "a",
        "2",
        "--lang",
        "az",
        "Məzənnə 1,7 manatdır.",
    ])
    .ok();
    env.run([
        "segment",
        "set",
        "a",
        "4",
        "--lang",
        "az",
        "Bazarlar sakit idi.",
    ])
    .ok();
    env.run([
        "segment",
        "set",
        "a",
        "4",
        "--lang",
        "ru",
        "Рынки были спокойны.",
    ])
    .ok();

    let before = env.snapshot();
    let err = env
        .run(["article", "add", fs, "--lang", "en", "--id", "a"])
        .fails()
        .to_string();
    assert!(
        err.contains("exists already") && err.contains("--replace"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);

    // The editor revises: sentence 2 changes, a sentence is inserted, 4 stays.
    let revised = "Manat holds steady\n\nThe rate is 1.70 manats. Dr. Aliyev said so. Trading was thin. Markets were calm.\n\nThe euro rose to 1.8968 manats. It was the day's main mover.\n";
    let f2 = env.file("a2.txt", revised);
    let out = env
        .run([
            "--json",
            "article",
            "add",
            s(&f2),
            "--lang",
            "en",
            "--id",
            "a",
            "--replace",
        ])
        .json();
    assert_eq!(out["segments"], 7);
    assert_eq!(out["replaced"], true);
    assert_eq!(out["kept"], 1);
    let show = env.show("a");
    let seg = |n: usize| show["segments"][n - 1].clone();
    assert_eq!(seg(2)["text"], "The rate is 1.70 manats.");
    assert!(
        seg(2)["translations"]
            .as_object()
            .is_some_and(|o| o.is_empty()),
        "changed segment is new"
    );
    assert_eq!(seg(5)["text"], "Markets were calm.");
    assert_eq!(seg(5)["translations"]["az"]["text"], "Bazarlar sakit idi.");
    assert_eq!(seg(5)["translations"]["ru"]["text"], "Рынки были спокойны.");
    // History travels with the kept translation.
    let hist = env
        .run(["--json", "segment", "history", "a", "5", "--lang", "az"])
        .json();
    assert_eq!(hist.as_array().map(Vec::len), Some(1));
    let next = env
        .run(["--json", "segment", "next", "a", "--lang", "az"])
        .json();
    assert_eq!(next["n"], 1);

    // --replace also works for an id that does not exist yet.
    env.run([
        "article",
        "add",
        fs,
        "--lang",
        "en",
        "--id",
        "fresh",
        "--replace",
    ])
    .ok();
    assert_eq!(
        env.show("fresh")["segments"].as_array().map(Vec::len),
        Some(6)
    );
}

#[test]
fn export_keeps_the_layout_and_falls_back_to_the_source() {
    let env = Env::new();
    let f = env.file("a.txt", TWO_PARAS);
    env.run(["article", "add", s(&f), "--lang", "en"]).ok();
    // The source language gives the source back, byte for byte.
    assert_eq!(
        env.run(["article", "export", "a", "--lang", "en"]).ok(),
        TWO_PARAS
    );
    env.run([
        "segment",
        "set",
        "a",
        "1",
        "--lang",
        "az",
        "Manat sabit qalır",
    ])
    .ok();
    env.run([
        "segment",
        "set",
        "a",
        "3",
        "--lang",
        "az",
        "Dr. Əliyev belə dedi.",
    ])
    .ok();
    let az = env
        .run(["article", "export", "a", "--lang", "az"])
        .ok()
        .to_string();
    assert_eq!(
        az,
        "Manat sabit qalır\n\nThe rate is 1.7 manats. Dr. Əliyev belə dedi. Markets were calm.\n\nThe euro rose to 1.8968 manats. It was the day's main mover.\n"
    );
    let out = env.path("a.az.html");
    env.run([
        "article",
        "export",
        "a",
        "--lang",
        "az",
        "--format",
        "html",
        "-o",
        s(&out),
    ])
    .ok();
    let html = std::fs::read_to_string(&out).expect("html written");
    assert!(html.contains("<html lang=\"az\">"), "{html}");
    assert!(
        html.contains("<p>The rate is 1.7 manats. Dr. Əliyev belə dedi. Markets were calm.</p>"),
        "{html}"
    );
    let md = env
        .run(["article", "export", "a", "--lang", "az", "--format", "md"])
        .ok()
        .to_string();
    // A short unpunctuated line on its own is a heading in plain text.
    assert!(md.starts_with("# Manat sabit qalır\n\nThe rate is"), "{md}");
}

#[test]
fn markdown_and_html_articles_keep_their_blocks() {
    let env = Env::new();
    let md = "# Rates today\n\nThe manat held at **1.7** per dollar. The euro rose.\n\n- USD: 1.7000\n- EUR: 1.8968\n";
    let f = env.file("rates.md", md);
    env.run(["article", "add", s(&f), "--lang", "en"]).ok();
    let show = env.show("rates");
    let kinds: Vec<&str> = show["segments"]
        .as_array()
        .expect("segs")
        .iter()
        .map(|s| s["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(
        kinds,
        [
            "heading",
            "paragraph",
            "paragraph",
            "list_item",
            "list_item"
        ]
    );
    assert_eq!(show["title"], "Rates today");
    assert_eq!(
        show["segments"][1]["text"],
        "The manat held at **1.7** per dollar."
    );
    env.run([
        "segment",
        "set",
        "rates",
        "1",
        "--lang",
        "ru",
        "Курсы на сегодня",
    ])
    .ok();
    let out = env
        .run(["article", "export", "rates", "--lang", "ru"])
        .ok()
        .to_string();
    assert_eq!(out, md.replace("Rates today", "Курсы на сегодня"));

    let html = "<html><body><h1>Rates</h1><p>The manat held at <b>1.7</b>. The euro rose.</p></body></html>";
    let f = env.file("page.html", html);
    env.run(["article", "add", s(&f), "--lang", "en"]).ok();
    let show = env.show("page");
    assert_eq!(show["segments"][0]["kind"], "heading");
    assert_eq!(show["segments"][1]["text"], "The manat held at <b>1.7</b>.");
    assert_eq!(
        env.run(["article", "export", "page", "--lang", "en"]).ok(),
        html
    );
}

#[test]
fn the_sample_article_is_trilingual_after_alignment() {
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
        // The export in that language is the translation file itself: alignment is
        // sentence for sentence and the layout is the source's.
        let exported = env
            .run(["article", "export", "exchange-rates", "--lang", lang])
            .ok()
            .to_string();
        assert_eq!(exported, std::fs::read_to_string(&file).expect("sample"));
    }
    let show = env.show("exchange-rates");
    for seg in show["segments"].as_array().expect("segs") {
        let t = seg["translations"].as_object().expect("translations");
        assert!(t.contains_key("az") && t.contains_key("ru"), "{seg}");
        assert_eq!(t["az"]["status"], "translated");
        assert_eq!(t["az"]["origin"], "import");
    }
    // A file whose sentences do not line up is refused as a whole.
    let bad = env.file("bad.az.txt", "Bir cümlə.\n");
    let err = env
        .run([
            "article",
            "align",
            "exchange-rates",
            s(&bad),
            "--lang",
            "az",
        ])
        .fails()
        .to_string();
    assert!(
        err.contains("paragraph") && err.contains("nothing was written"),
        "{err}"
    );
}

#[test]
fn locales_negotiate_between_en_and_en_us() {
    let env = Env::new();
    let f = env.file("x.txt", "Bu gün hava soyuqdur. Sabah qar yağacaq.\n");
    env.run(["article", "add", s(&f), "--lang", "az", "--id", "x"])
        .ok();
    env.run([
        "segment",
        "set",
        "x",
        "1",
        "--lang",
        "en-US",
        "It is cold today.",
    ])
    .ok();
    // `en` finds the `en-US` translation and writes to it.
    env.run([
        "segment",
        "set",
        "x",
        "2",
        "--lang",
        "en",
        "It will snow tomorrow.",
    ])
    .ok();
    let show = env
        .run(["--json", "article", "show", "x", "--lang", "en"])
        .json();
    assert_eq!(
        show["segments"][0]["translations"]["en-US"]["text"],
        "It is cold today."
    );
    assert_eq!(
        show["segments"][1]["translations"]["en-US"]["text"],
        "It will snow tomorrow."
    );
    assert!(show["segments"][1]["translations"].get("en").is_none());
    // en-GB is not en-US: it gets its own translation.
    env.run([
        "segment",
        "set",
        "x",
        "1",
        "--lang",
        "en-GB",
        "It's cold today.",
    ])
    .ok();
    let show = env.show("x");
    assert_eq!(
        show["segments"][0]["translations"]["en-US"]["text"],
        "It is cold today."
    );
    assert_eq!(
        show["segments"][0]["translations"]["en-GB"]["text"],
        "It's cold today."
    );
    // az-Cyrl is a different locale from az, the source.
    env.run([
        "segment",
        "set",
        "x",
        "1",
        "--lang",
        "az-Cyrl",
        "Бу ҝүн һава соjугдур.",
    ])
    .ok();
    let err = env
        .run(["segment", "set", "x", "1", "--lang", "az-Latn", "x"])
        .fails()
        .to_string();
    assert!(err.contains("source language"), "{err}");
}

#[test]
fn remove_needs_confirmation() {
    let env = Env::new();
    let f = env.file("a.txt", TWO_PARAS);
    env.run(["article", "add", s(&f), "--lang", "en"]).ok();
    assert_eq!(env.run(["article", "remove", "a"]).code, 2);
    env.run(["article", "remove", "a", "--yes"]).ok();
    assert_eq!(
        env.run(["--json", "article", "list"]).json(),
        serde_json::json!([])
    );
    let err = env
        .run(["article", "remove", "a", "--yes"])
        .fails()
        .to_string();
    assert!(err.contains("unknown article \"a\""), "{err}");
}

#[test]
fn split_prints_offsets_into_the_file() {
    let env = Env::new();
    let text = "\u{feff}Dr. Aliyev met V. Putin in Sochi. The euro rose to 1.8968 manats.\n";
    let f = env.file("bom.txt", text);
    let out = env.run(["--json", "split", "--lang", "en", s(&f)]).json();
    let segs = out.as_array().expect("array");
    assert_eq!(segs.len(), 2);
    for seg in segs {
        let (a, b) = (
            seg["start"].as_u64().expect("start") as usize,
            seg["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(&text[a..b], seg["text"].as_str().expect("text"));
    }
    assert_eq!(segs[0]["start"], 3);
    let plain = env.run_stdin(["split", "--lang", "en", "-"], b"One. Two.\n\nThree.");
    assert_eq!(plain.ok(), "One.\nTwo.\nThree.\n");
    let empty = env.file("empty.txt", "\n\n");
    assert!(env
        .run(["split", "--lang", "en", s(&empty)])
        .fails()
        .contains("nothing to split"));
}
