//! Bad input: a clear message, exit 1, and the store exactly as it was.

use crate::harness::*;

fn env_with_article() -> Env {
    let env = Env::new();
    env.add_sample("exchange-rates.en.txt", "en", "exchange-rates");
    env.run([
        "segment",
        "set",
        "exchange-rates",
        "1",
        "--lang",
        "az",
        "Başlıq.",
    ])
    .ok();
    env
}

/// Runs a failing command and checks that it said `needle` and changed nothing.
#[track_caller]
fn refused(env: &Env, args: &[&str], needle: &str) {
    let before = env.snapshot();
    let run = env.run(args);
    let err = run.fails();
    assert!(err.contains(needle), "expected {needle:?} in: {err}");
    assert!(err.starts_with("korpu: error: "), "{err}");
    assert_eq!(env.snapshot(), before, "the store changed after {args:?}");
}

#[test]
fn files_that_are_not_utf8_text() {
    let env = env_with_article();
    let latin1 = env.file("latin1.txt", b"Caf\xe9 au lait.\nSecond line.\n");
    refused(
        &env,
        &["article", "add", s(&latin1), "--lang", "en"],
        "latin1.txt:1:4: byte 0xE9 is not valid UTF-8",
    );
    let binary = env.file("image.txt", [0x89u8, b'P', b'N', b'G', 0, 0, 1, 2]);
    refused(
        &env,
        &["article", "add", s(&binary), "--lang", "en"],
        "binary file",
    );
    let utf16 = env.file("u16.txt", [0xFFu8, 0xFE, b'H', 0, b'i', 0]);
    refused(
        &env,
        &["article", "add", s(&utf16), "--lang", "en"],
        "UTF-16",
    );
    let empty = env.file("empty.txt", "");
    refused(
        &env,
        &["article", "add", s(&empty), "--lang", "en"],
        "empty.txt is empty",
    );
    let blank = env.file("blank.txt", " \n\n\t\n");
    refused(
        &env,
        &["article", "add", s(&blank), "--lang", "en"],
        "is empty",
    );
    refused(
        &env,
        &["article", "add", "no-such-file.txt", "--lang", "en"],
        "cannot read no-such-file.txt",
    );
    refused(
        &env,
        &["split", "--lang", "en", s(&latin1)],
        "not valid UTF-8",
    );
}

#[test]
fn unknown_and_invalid_languages() {
    let env = env_with_article();
    let f = env.file("ok.txt", "A sentence.\n");
    refused(
        &env,
        &["article", "add", s(&f), "--lang", "english!"],
        "invalid language tag \"english!\"",
    );
    refused(
        &env,
        &["article", "add", s(&f), "--lang", ""],
        "invalid language tag \"\"",
    );
    refused(
        &env,
        &[
            "segment",
            "set",
            "exchange-rates",
            "1",
            "--lang",
            "x-y-z-",
            "t",
        ],
        "invalid language tag \"x-y-z-\"",
    );
    refused(
        &env,
        &["segment", "next", "exchange-rates", "--lang", "12"],
        "invalid language tag \"12\"",
    );
    refused(
        &env,
        &["split", "--lang", "??", s(&f)],
        "invalid language tag \"??\"",
    );
    // Well-formed tags that name no language are refused too.
    for unknown in ["english", "zz", "rus"] {
        refused(
            &env,
            &[
                "segment",
                "set",
                "exchange-rates",
                "1",
                "--lang",
                unknown,
                "t",
            ],
            &format!("unknown language \"{unknown}\""),
        );
        refused(
            &env,
            &["article", "add", s(&f), "--lang", unknown],
            "unknown language",
        );
    }
    // A valid tag nobody translated into is not an error for `next`: everything is new.
    let next = env
        .run([
            "--json",
            "segment",
            "next",
            "exchange-rates",
            "--lang",
            "ka",
        ])
        .json();
    assert_eq!(next["n"], 1);
}

#[test]
fn unknown_ids_and_numbers() {
    let env = env_with_article();
    for args in [
        &["article", "show", "nope"][..],
        &["article", "export", "nope", "--lang", "az"],
        &["article", "remove", "nope", "--yes"],
        &["segment", "next", "nope", "--lang", "az"],
        &["segment", "set", "nope", "1", "--lang", "az", "x"],
        &["segment", "history", "nope", "1", "--lang", "az"],
        &["segment", "merge", "nope", "1"],
    ] {
        refused(&env, args, "unknown article \"nope\"");
    }
    let count = env.show("exchange-rates")["segments"]
        .as_array()
        .map(Vec::len)
        .expect("segments");
    let beyond = (count + 1).to_string();
    refused(
        &env,
        &[
            "segment",
            "set",
            "exchange-rates",
            &beyond,
            "--lang",
            "az",
            "x",
        ],
        &format!("has {count} segments; there is no segment {beyond}"),
    );
    refused(
        &env,
        &["segment", "set", "exchange-rates", "0", "--lang", "az", "x"],
        "there is no segment 0",
    );
    refused(
        &env,
        &[
            "segment",
            "history",
            "exchange-rates",
            &beyond,
            "--lang",
            "az",
        ],
        "there is no segment",
    );
    refused(
        &env,
        &["segment", "split", "exchange-rates", &beyond, "--at", "2"],
        "there is no segment",
    );
    refused(
        &env,
        &[
            "segment",
            "set",
            "exchange-rates",
            "1",
            "--lang",
            "az",
            "--status",
            "done",
            "x",
        ],
        "unknown status \"done\"",
    );
    refused(
        &env,
        &[
            "segment",
            "set",
            "exchange-rates",
            "1",
            "--lang",
            "az",
            "  ",
        ],
        "translation is empty",
    );
    refused(
        &env,
        &[
            "article",
            "add",
            s(&sample("exchange-rates.en.txt")),
            "--lang",
            "en",
            "--id",
            "../x",
        ],
        "invalid article id",
    );
}

#[test]
fn an_existing_id_without_replace() {
    let env = env_with_article();
    refused(
        &env,
        &[
            "article",
            "add",
            s(&sample("transport-corridor.en.txt")),
            "--lang",
            "en",
            "--id",
            "exchange-rates",
        ],
        "article \"exchange-rates\" exists already",
    );
}

#[test]
fn errors_are_json_in_json_mode_and_usage_errors_exit_2() {
    let env = env_with_article();
    let run = env.run(["--json", "article", "show", "nope"]);
    let e: serde_json::Value = serde_json::from_str(run.fails()).expect("JSON on stderr");
    assert!(e["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("unknown article")));
    assert_eq!(run.stdout, "");
    assert_eq!(env.run(["article", "frobnicate"]).code, 2);
    assert_eq!(
        env.run(["segment", "set", "exchange-rates", "x", "--lang", "az", "t"])
            .code,
        2
    );
    let help = env.run(["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("article"));
}

#[test]
fn a_bad_srx_file_names_its_line() {
    let env = env_with_article();
    let srx = env.file(
        "rules.srx",
        "<srx version=\"2.0\"><header/>\n<body><languagerules>\n<oops></body></srx>",
    );
    let f = env.file("ok.txt", "A sentence. Another.\n");
    refused(
        &env,
        &["article", "add", s(&f), "--lang", "en", "--srx", s(&srx)],
        "rules.srx:",
    );
    refused(
        &env,
        &["split", "--lang", "en", "--srx", s(&srx), s(&f)],
        "rules.srx:",
    );
}

#[test]
fn a_replacement_keeps_the_source_language() {
    let env = env_with_article();
    refused(
        &env,
        &[
            "article",
            "add",
            s(&sample("exchange-rates.az.txt")),
            "--lang",
            "az",
            "--id",
            "exchange-rates",
            "--replace",
        ],
        "is written in en, not az",
    );
}

#[test]
fn odd_file_names_and_huge_numbers_do_not_panic() {
    let env = env_with_article();
    // U+212A KELVIN SIGN lowercases to an ASCII k: the id is still made safely.
    let f = env.file("x.\u{212A}k.txt", "One sentence. Another one.\n");
    let r = env.run(["--json", "article", "add", s(&f), "--lang", "kk"]);
    assert!(r.json()["id"].as_str().is_some_and(|id| !id.is_empty()));
    let next = env.run([
        "segment",
        "next",
        "exchange-rates",
        "--lang",
        "az",
        "--context",
        "18446744073709551615",
    ]);
    next.ok();
    let after = env.run([
        "segment",
        "next",
        "exchange-rates",
        "--lang",
        "az",
        "--after",
        "999",
    ]);
    assert!(
        after.ok().contains("no segment after 999"),
        "{}",
        after.stdout
    );
}

/// A change made to one line of a backup.
type Edit = fn(&mut serde_json::Value);

#[test]
fn an_edited_backup_is_refused_with_its_line() {
    let env = env_with_article();
    let b = env.path("b.jsonl");
    env.run(["backup", s(&b)]).ok();
    let text = std::fs::read_to_string(&b).expect("backup");
    let lines: Vec<&str> = text.lines().collect();
    let seg_line = lines
        .iter()
        .position(|l| l.starts_with("{\"segment\""))
        .expect("a segment line");
    let edits: [(&str, Edit); 4] = [
        ("not a range of the source", |v| {
            v["segment"]["start"] = 1_000_000.into()
        }),
        ("not the source's bytes", |v| {
            v["segment"]["text"] = "something else".into()
        }),
        ("the article's own language", |v| {
            v["segment"]["translations"]["en-US"] = v["segment"]["translations"]["az"].clone()
        }),
        ("not a range of the source", |v| {
            let end = v["segment"]["end"].as_u64().expect("end");
            v["segment"]["start"] = (end + 1).into()
        }),
    ];
    for (needle, edit) in edits {
        let mut v: serde_json::Value = serde_json::from_str(lines[seg_line]).expect("json");
        edit(&mut v);
        let mut edited: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        edited[seg_line] = v.to_string();
        let bad = env.file("edited.jsonl", edited.join("\n"));
        let other = Env::new();
        let err = other.run(["restore", s(&bad)]).fails().to_string();
        assert!(
            err.contains(&format!("edited.jsonl:{}:", seg_line + 1)) && err.contains(needle),
            "{needle}: {err}"
        );
        assert_eq!(
            other.run(["--json", "article", "list"]).json(),
            serde_json::json!([])
        );
    }
}
