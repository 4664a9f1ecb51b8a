//! Backup and restore.

use crate::harness::*;

fn filled_store() -> Env {
    let env = Env::new();
    env.add_sample("exchange-rates.en.txt", "en", "exchange-rates");
    env.add_sample("transport-corridor.en.txt", "en", "transport-corridor");
    let az = sample("exchange-rates.az.txt");
    env.run(["article", "align", "exchange-rates", s(&az), "--lang", "az"])
        .ok();
    env.run([
        "segment",
        "set",
        "transport-corridor",
        "1",
        "--lang",
        "ru",
        "--status",
        "draft",
        "Черновик.",
    ])
    .ok();
    env.run([
        "segment",
        "set",
        "transport-corridor",
        "1",
        "--lang",
        "ru",
        "Заголовок.",
    ])
    .ok();
    env.run(["segment", "merge", "transport-corridor", "2"])
        .ok();
    env
}

#[test]
fn backup_is_deterministic_and_restores_losslessly() {
    let env = filled_store();
    let (b1, b2) = (env.path("one.jsonl"), env.path("two.jsonl"));
    env.run(["backup", s(&b1)]).ok();
    env.run(["backup", s(&b2)]).ok();
    let bytes = std::fs::read(&b1).expect("backup written");
    assert_eq!(bytes, std::fs::read(&b2).expect("second backup"));
    assert!(std::str::from_utf8(&bytes)
        .expect("utf8")
        .lines()
        .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()));

    let other = Env::new();
    let r = other.run(["--json", "restore", s(&b1)]).json();
    assert_eq!(r["articles"], 2);
    assert_eq!(other.snapshot(), env.snapshot());
    for id in ["exchange-rates", "transport-corridor"] {
        assert_eq!(other.show(id), env.show(id));
        let h1 = env
            .run(["--json", "segment", "history", id, "1", "--lang", "ru"])
            .ok()
            .to_string();
        let h2 = other
            .run(["--json", "segment", "history", id, "1", "--lang", "ru"])
            .ok()
            .to_string();
        assert_eq!(h1, h2);
    }
    // A backup of the restored store is the same file.
    let b3 = other.path("three.jsonl");
    other.run(["backup", s(&b3)]).ok();
    assert_eq!(std::fs::read(&b3).expect("third"), bytes);
    // Work goes on after a restore: new history sorts after the restored entries.
    other
        .run([
            "segment",
            "set",
            "transport-corridor",
            "1",
            "--lang",
            "ru",
            "Новый заголовок.",
        ])
        .ok();
    let h = other
        .run([
            "--json",
            "segment",
            "history",
            "transport-corridor",
            "1",
            "--lang",
            "ru",
        ])
        .json();
    assert_eq!(h.as_array().map(Vec::len), Some(3));
    assert_eq!(h[2]["text"], "Новый заголовок.");
}

#[test]
fn restore_refuses_a_full_store_and_a_bad_file() {
    let env = filled_store();
    let b = env.path("b.jsonl");
    env.run(["backup", s(&b)]).ok();
    let before = env.snapshot();
    assert!(env.run(["restore", s(&b)]).fails().contains("not empty"));
    assert_eq!(env.snapshot(), before);

    let other = Env::new();
    let text = std::fs::read_to_string(&b).expect("backup");
    let mut lines: Vec<&str> = text.lines().collect();
    let broken_at = lines.len() - 2;
    lines[broken_at] = "{\"segment\": {\"article\": \"exchange-rates\", ";
    let bad = other.file("bad.jsonl", lines.join("\n"));
    let err = other.run(["restore", s(&bad)]).fails().to_string();
    assert!(
        err.contains(&format!("bad.jsonl:{}:", broken_at + 1))
            && err.contains("nothing was restored"),
        "{err}"
    );
    assert_eq!(
        other.run(["--json", "article", "list"]).json(),
        serde_json::json!([])
    );

    let not_backup = other.file("x.jsonl", "{\"hello\": 1}\n");
    assert!(other
        .run(["restore", s(&not_backup)])
        .fails()
        .contains("x.jsonl:1:"));
    let empty = other.file("e.jsonl", "");
    assert!(other.run(["restore", s(&empty)]).fails().contains("empty"));
    assert_eq!(
        other.run(["--json", "article", "list"]).json(),
        serde_json::json!([])
    );
}
