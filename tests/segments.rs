//! The translator's segment flow: next, set, history, revisions, merge, split.

use crate::harness::*;

const TEXT: &str = "Rates held steady.\n\nThe euro rose to 1.8968 manats. The pound fell. The lira was flat.\n\nTrading resumes at 15.00 on Monday.\n";

fn env_with_article() -> Env {
    let env = Env::new();
    let f = env.file("rates.txt", TEXT);
    env.run(["article", "add", s(&f), "--lang", "en", "--id", "rates"])
        .ok();
    env
}

#[test]
fn next_walks_the_segments_that_need_work() {
    let env = env_with_article();
    let next = env
        .run(["--json", "segment", "next", "rates", "--lang", "az"])
        .json();
    assert_eq!(next["n"], 1);
    assert_eq!(next["count"], 5);
    assert_eq!(next["text"], "Rates held steady.");
    assert_eq!(next["status"], "new");
    assert_eq!(next["after"][0]["n"], 2);
    assert_eq!(next["before"], serde_json::json!([]));

    env.run([
        "segment",
        "set",
        "rates",
        "1",
        "--lang",
        "az",
        "Məzənnələr sabit qaldı.",
    ])
    .ok();
    env.run([
        "segment",
        "set",
        "rates",
        "2",
        "--lang",
        "az",
        "--status",
        "draft",
        "Avro 1,8968 manata yüksəldi.",
    ])
    .ok();
    // A draft still needs work.
    let next = env
        .run(["--json", "segment", "next", "rates", "--lang", "az"])
        .json();
    assert_eq!(next["n"], 2);
    assert_eq!(next["status"], "draft");
    assert_eq!(next["translation"]["text"], "Avro 1,8968 manata yüksəldi.");
    assert_eq!(next["before"][0]["translation"], "Məzənnələr sabit qaldı.");
    let next = env
        .run([
            "--json", "segment", "next", "rates", "--lang", "az", "--after", "2",
        ])
        .json();
    assert_eq!(next["n"], 3);

    let text = env
        .run(["segment", "next", "rates", "--lang", "az"])
        .ok()
        .to_string();
    assert!(
        text.contains("segment 2 of 5") && text.contains("→") && text.contains("The euro rose"),
        "{text}"
    );

    for n in 2..=5 {
        env.run([
            "segment",
            "set",
            "rates",
            &n.to_string(),
            "--lang",
            "az",
            "--status",
            "reviewed",
            "Mətn.",
        ])
        .ok();
    }
    let next = env
        .run(["--json", "segment", "next", "rates", "--lang", "az"])
        .json();
    assert_eq!(next["n"], serde_json::Value::Null);
    assert!(env
        .run(["segment", "next", "rates", "--lang", "az"])
        .ok()
        .contains("every segment"));
}

#[test]
fn set_records_history_and_revisions() {
    let env = env_with_article();
    let r = env
        .run([
            "--json",
            "segment",
            "set",
            "rates",
            "2",
            "--lang",
            "ru",
            "--status",
            "draft",
            "--author",
            "leyla",
            "Евро вырос.",
        ])
        .json();
    assert_eq!(r["revision"], 1);
    assert_eq!(r["status"], "draft");
    assert_eq!(r["author"], "leyla");
    // Text from standard input; the author from KORPU_AUTHOR (set by the harness).
    let r = env.run_stdin(
        [
            "--json",
            "segment",
            "set",
            "rates",
            "2",
            "--lang",
            "ru",
            "--expect-revision",
            "1",
            "-",
        ],
        "Евро подорожал до 1,8968 маната.\n".as_bytes(),
    );
    let r = r.json();
    assert_eq!(r["revision"], 2);
    assert_eq!(r["text"], "Евро подорожал до 1,8968 маната.");
    assert_eq!(r["status"], "translated");
    env.run([
        "segment",
        "set",
        "rates",
        "2",
        "--lang",
        "ru",
        "--status",
        "approved",
        "--author",
        "editor",
        "Евро подорожал до 1,8968 маната.",
    ])
    .ok();

    let hist = env
        .run(["--json", "segment", "history", "rates", "2", "--lang", "ru"])
        .json();
    let hist = hist.as_array().expect("array");
    assert_eq!(hist.len(), 3);
    let fields: Vec<(u64, &str, &str)> = hist
        .iter()
        .map(|h| {
            (
                h["revision"].as_u64().expect("rev"),
                h["author"].as_str().expect("author"),
                h["status"].as_str().expect("status"),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            (1, "leyla", "draft"),
            (2, "tester", "translated"),
            (3, "editor", "approved")
        ]
    );
    assert_eq!(hist[0]["text"], "Евро вырос.");
    assert!(hist
        .iter()
        .all(|h| h["time"].as_str().is_some_and(|t| t.ends_with('Z'))));
    let text = env
        .run(["segment", "history", "rates", "2", "--lang", "ru"])
        .ok()
        .to_string();
    assert!(
        text.contains("leyla") && text.contains("Евро вырос."),
        "{text}"
    );

    let show = env.show("rates");
    let t = &show["segments"][1]["translations"]["ru"];
    assert_eq!(t["revision"], 3);
    assert_eq!(t["status"], "approved");
    assert_eq!(t["author"], "editor");
}

#[test]
fn a_stale_revision_is_refused_with_the_current_one() {
    let env = env_with_article();
    env.run([
        "segment",
        "set",
        "rates",
        "3",
        "--lang",
        "az",
        "Funt ucuzlaşdı.",
    ])
    .ok();
    env.run([
        "segment",
        "set",
        "rates",
        "3",
        "--lang",
        "az",
        "Funt sterlinq ucuzlaşdı.",
    ])
    .ok();
    let before = env.snapshot();
    let err = env
        .run([
            "segment",
            "set",
            "rates",
            "3",
            "--lang",
            "az",
            "--expect-revision",
            "1",
            "Köhnə.",
        ])
        .fails()
        .to_string();
    assert!(err.contains("revision 2, not 1"), "{err}");
    assert!(
        err.contains("Funt sterlinq ucuzlaşdı."),
        "the current text is shown: {err}"
    );
    let err = env.run([
        "--json",
        "segment",
        "set",
        "rates",
        "3",
        "--lang",
        "az",
        "--expect-revision",
        "0",
        "Köhnə.",
    ]);
    let e: serde_json::Value = serde_json::from_str(err.fails()).expect("json error");
    assert_eq!(e["error"]["current_revision"], 2);
    assert_eq!(e["error"]["current_text"], "Funt sterlinq ucuzlaşdı.");
    assert_eq!(env.snapshot(), before);
    // The matching revision goes through.
    env.run([
        "segment",
        "set",
        "rates",
        "3",
        "--lang",
        "az",
        "--expect-revision",
        "2",
        "Funt ucuzlaşıb.",
    ])
    .ok();
}

#[test]
fn merge_and_split_keep_translations_and_history() {
    let env = env_with_article();
    env.run([
        "segment",
        "set",
        "rates",
        "2",
        "--lang",
        "az",
        "Avro 1,8968 manata yüksəldi.",
    ])
    .ok();
    env.run([
        "segment",
        "set",
        "rates",
        "3",
        "--lang",
        "az",
        "--status",
        "reviewed",
        "Funt ucuzlaşdı.",
    ])
    .ok();
    env.run([
        "segment",
        "set",
        "rates",
        "3",
        "--lang",
        "ru",
        "Фунт подешевел.",
    ])
    .ok();
    let r = env.run(["--json", "segment", "merge", "rates", "2"]).json();
    assert_eq!(r["segments"], 4);
    let show = env.show("rates");
    let merged = &show["segments"][1];
    assert_eq!(
        merged["text"],
        "The euro rose to 1.8968 manats. The pound fell."
    );
    assert_eq!(
        merged["translations"]["az"]["text"],
        "Avro 1,8968 manata yüksəldi. Funt ucuzlaşdı."
    );
    assert_eq!(merged["translations"]["az"]["status"], "translated");
    // Only half of the source had a Russian translation: it is kept as a draft.
    assert_eq!(merged["translations"]["ru"]["text"], "Фунт подешевел.");
    assert_eq!(merged["translations"]["ru"]["status"], "draft");
    assert_eq!(show["segments"][2]["text"], "The lira was flat.");
    let hist = env
        .run(["--json", "segment", "history", "rates", "2", "--lang", "az"])
        .json();
    let texts: Vec<&str> = hist
        .as_array()
        .expect("array")
        .iter()
        .map(|h| h["text"].as_str().expect("text"))
        .collect();
    assert_eq!(
        texts,
        [
            "Avro 1,8968 manata yüksəldi.",
            "Funt ucuzlaşdı.",
            "Avro 1,8968 manata yüksəldi. Funt ucuzlaşdı."
        ]
    );
    assert_eq!(hist[2]["note"], "merge");

    // Merging across a paragraph boundary is refused; so is merging the last segment.
    let before = env.snapshot();
    assert!(env
        .run(["segment", "merge", "rates", "1"])
        .fails()
        .contains("different paragraphs"));
    assert!(env
        .run(["segment", "merge", "rates", "4"])
        .fails()
        .contains("cannot be merged"));
    assert_eq!(env.snapshot(), before);

    // Split it back where the second sentence starts.
    let at = "The euro rose to 1.8968 manats. ".len();
    let r = env
        .run([
            "--json",
            "segment",
            "split",
            "rates",
            "2",
            "--at",
            &at.to_string(),
        ])
        .json();
    assert_eq!(r["new"], 3);
    assert_eq!(r["segments"], 5);
    let show = env.show("rates");
    assert_eq!(
        show["segments"][1]["text"],
        "The euro rose to 1.8968 manats."
    );
    assert_eq!(show["segments"][2]["text"], "The pound fell.");
    assert_eq!(show["segments"][1]["translations"]["az"]["status"], "draft");
    assert!(show["segments"][2]["translations"]
        .as_object()
        .is_some_and(|o| o.is_empty()));
    // Offsets still point into the source, so the export keeps the layout.
    assert_eq!(
        env.run(["article", "export", "rates", "--lang", "en"]).ok(),
        TEXT
    );
    let hist = env
        .run(["--json", "segment", "history", "rates", "2", "--lang", "az"])
        .json();
    assert_eq!(hist.as_array().map(Vec::len), Some(4));
    assert_eq!(hist[3]["note"], "split");

    // Splits must fall inside the text on a character boundary.
    let before = env.snapshot();
    for bad in ["0", "9999"] {
        assert!(env
            .run(["segment", "split", "rates", "2", "--at", bad])
            .fails()
            .contains("cannot split"));
    }
    assert_eq!(env.snapshot(), before);

    // Cutting the last word off segment 1 again and again inserts every new segment
    // between segment 1 and the one cut before: the gap between their order keys runs
    // out and the article is renumbered. Order and text must survive that.
    let long = format!("{}\n", "ab ".repeat(60).trim_end());
    let f = env.file("long.txt", &long);
    env.run(["article", "add", s(&f), "--lang", "en", "--id", "long"])
        .ok();
    for k in 0..40 {
        let at = long.trim_end().len() - 3 * k - 2;
        env.run(["segment", "split", "long", "1", "--at", &at.to_string()])
            .ok();
    }
    let show = env.show("long");
    let texts: Vec<&str> = show["segments"]
        .as_array()
        .expect("segs")
        .iter()
        .map(|s| s["text"].as_str().expect("t"))
        .collect();
    assert_eq!(texts.len(), 41);
    assert_eq!(texts[0], "ab ".repeat(20).trim_end());
    assert!(texts[1..].iter().all(|t| *t == "ab"), "{texts:?}");
    assert_eq!(
        env.run(["article", "export", "long", "--lang", "en"]).ok(),
        long
    );
}
