//! `korpu export xliff` and `korpu import xliff`: articles out to other CAT tools and
//! their translations back, with stale sources, unknown units and bad files.

use std::collections::{HashMap, HashSet};

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;
use serde_json::Value;

use crate::harness::{s, shared_data, Env};

const NS20: &[u8] = b"urn:oasis:names:tc:xliff:document:2.0";
const NS_MDA: &[u8] = b"urn:oasis:names:tc:xliff:metadata:2.0";

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

fn nmtoken(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'))
}

/// The XLIFF 2.0 core rules an exported file must keep, checked without a schema:
/// namespaces resolve (every prefix is declared), the root is `<xliff version="2.0">`
/// with `srcLang` and `trgLang`, file ids are unique NMTOKENs and unit ids unique
/// NMTOKENs within their file, `mda:metadata` comes first in a file or unit, a unit has
/// one or more segments, a segment has one source then at most one target, `state` is
/// one of the four values and a state past `initial` has a target, `subState` has the
/// form `prefix:value` and only appears beside `state`, and every data reference names
/// a `<data>` of its unit. Returns the problems found.
fn xliff20_problems(xml: &str) -> Vec<String> {
    let mut c = Checker::default();
    let mut reader = NsReader::from_str(xml);
    loop {
        let (ns, event) = match reader.read_resolved_event() {
            Ok(ev) => ev,
            Err(e) => {
                c.problems.push(format!(
                    "not well-formed at byte {}: {e}",
                    reader.error_position()
                ));
                break;
            }
        };
        match &event {
            Event::Start(e) => c.start(&ns, e),
            Event::Empty(e) => {
                c.start(&ns, e);
                c.end();
            }
            Event::End(_) => c.end(),
            Event::Eof => break,
            _ => {}
        }
    }
    c.problems
}

#[derive(Default)]
struct Checker {
    problems: Vec<String>,
    /// Open elements: local name and the local names of their structural children.
    stack: Vec<(String, Vec<String>)>,
    file_ids: HashSet<String>,
    unit_ids: HashSet<String>,
    data_ids: HashSet<String>,
    refs: Vec<String>,
    segment_state: Option<String>,
}

impl Checker {
    fn start(&mut self, ns: &ResolveResult, e: &BytesStart) {
        let local = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
        let in_ns = match ns {
            ResolveResult::Bound(n) if n.as_ref() == NS20 => "xliff",
            ResolveResult::Bound(n) if n.as_ref() == NS_MDA => "mda",
            ResolveResult::Unknown(p) => {
                self.problems.push(format!(
                    "prefix {} is not declared",
                    String::from_utf8_lossy(p)
                ));
                "?"
            }
            _ => "other",
        };
        let inline = self
            .stack
            .iter()
            .any(|(n, _)| n == "source" || n == "target" || n == "data");
        if let Some((parent, children)) = self.stack.last_mut() {
            let first_child = children.is_empty();
            if !inline {
                children.push(local.clone());
            }
            if local == "metadata" && in_ns == "mda" && !first_child {
                self.problems
                    .push(format!("mda:metadata is not the first child of <{parent}>"));
            }
        } else if local != "xliff"
            || in_ns != "xliff"
            || attr(e, "version").as_deref() != Some("2.0")
        {
            self.problems
                .push("the root is not an XLIFF 2.0 <xliff>".into());
        } else if attr(e, "srcLang").is_none() || attr(e, "trgLang").is_none() {
            self.problems.push("srcLang or trgLang is missing".into());
        }
        match (in_ns, local.as_str()) {
            ("xliff", "file") => {
                let id = attr(e, "id").unwrap_or_default();
                if !nmtoken(&id) || !self.file_ids.insert(id.clone()) {
                    self.problems
                        .push(format!("file id {id:?} is not a unique NMTOKEN"));
                }
                self.unit_ids.clear();
            }
            ("xliff", "unit") => {
                let id = attr(e, "id").unwrap_or_default();
                if !nmtoken(&id) || !self.unit_ids.insert(id.clone()) {
                    self.problems
                        .push(format!("unit id {id:?} is not a unique NMTOKEN"));
                }
                self.data_ids.clear();
            }
            ("xliff", "data") => self.data_ids.extend(attr(e, "id")),
            ("xliff", "segment") => {
                let state = attr(e, "state");
                if let Some(st) = &state {
                    if !["initial", "translated", "reviewed", "final"].contains(&st.as_str()) {
                        self.problems
                            .push(format!("state {st} is not an XLIFF 2.0 state"));
                    }
                }
                if let Some(sub) = attr(e, "subState") {
                    if state.is_none() {
                        self.problems.push("subState without state".into());
                    }
                    let form = sub
                        .split_once(':')
                        .is_some_and(|(p, v)| !p.is_empty() && !v.is_empty());
                    if !form {
                        self.problems
                            .push(format!("subState {sub} is not prefix:value"));
                    }
                }
                self.segment_state = Some(state.unwrap_or_else(|| "initial".into()));
            }
            ("xliff", "pc" | "ph" | "sc" | "ec") => {
                for a in ["dataRef", "dataRefStart", "dataRefEnd"] {
                    self.refs.extend(attr(e, a));
                }
            }
            _ => {}
        }
        self.stack.push((local, Vec::new()));
    }

    fn end(&mut self) {
        let Some((name, children)) = self.stack.pop() else {
            return;
        };
        match name.as_str() {
            "unit" => {
                if !children.iter().any(|c| c == "segment") {
                    self.problems.push("a unit without a segment".into());
                }
                for r in std::mem::take(&mut self.refs) {
                    if !self.data_ids.contains(&r) {
                        self.problems
                            .push(format!("data reference {r} has no <data>"));
                    }
                }
            }
            "segment" | "ignorable" => {
                let sources = children.iter().filter(|c| *c == "source").count();
                let targets = children.iter().filter(|c| *c == "target").count();
                if sources != 1
                    || targets > 1
                    || children.first().map(String::as_str) != Some("source")
                {
                    self.problems.push(format!("a {name} holds {children:?}"));
                }
                if let Some(st) = self.segment_state.take() {
                    if st != "initial" && targets == 0 {
                        self.problems.push(format!("state {st} without a target"));
                    }
                }
            }
            _ => {}
        }
    }
}

/// Checks well-formedness with xmllint too when it is installed.
fn xmllint(path: &std::path::Path) {
    let Ok(out) = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg(path)
        .output()
    else {
        eprintln!("skipped: xmllint is not on PATH");
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The text of a unit (`<unit id="ID">` … `</unit>`) in a document.
fn unit_range(xml: &str, id: &str) -> std::ops::Range<usize> {
    let open = format!("<unit id=\"{id}\">");
    let start = xml.find(&open).unwrap_or_else(|| panic!("no unit {id}"));
    let end = start + xml[start..].find("</unit>").expect("unit closes") + "</unit>".len();
    start..end
}

/// What a translator's tool does to one unit: a new target (markup inside it written
/// as given) and a new `<segment …>` start tag.
fn edit_unit(xml: &str, id: &str, segment_tag: &str, target: &str) -> String {
    let r = unit_range(xml, id);
    let mut unit = xml[r.clone()].to_string();
    let seg = unit.find("<segment").expect("segment");
    let seg_end = seg + unit[seg..].find('>').expect("segment tag ends") + 1;
    unit.replace_range(seg..seg_end, segment_tag);
    if let Some(t) = unit.find("<target>") {
        let t_end = t + unit[t..].find("</target>").expect("target ends") + "</target>".len();
        unit.replace_range(t..t_end, &format!("<target>{target}</target>"));
    } else {
        let s_end = unit.find("</source>").expect("source") + "</source>".len();
        unit.insert_str(s_end, &format!("\n        <target>{target}</target>"));
    }
    format!("{}{unit}{}", &xml[..r.start], &xml[r.end..])
}

/// Unit ids of a document, in order.
fn unit_ids(xml: &str) -> Vec<String> {
    xml.match_indices("<unit id=\"")
        .map(|(i, m)| {
            let rest = &xml[i + m.len()..];
            rest[..rest.find('"').expect("id ends")].to_string()
        })
        .collect()
}

fn export(env: &Env, args: &[&str]) -> String {
    let out = env.path("out.xlf");
    let mut all = vec!["export", "xliff"];
    all.extend_from_slice(args);
    all.extend(["-o", s(&out)]);
    env.run(&all).ok();
    std::fs::read_to_string(&out).expect("exported file")
}

fn import(env: &Env, xml: &str, extra: &[&str]) -> crate::harness::Run {
    let path = env.file("back.xlf", xml);
    let mut all = vec!["--json", "import", "xliff", s(&path)];
    all.extend_from_slice(extra);
    env.run(&all)
}

fn translation<'a>(show: &'a Value, n: usize, lang: &str) -> &'a Value {
    &show["segments"][n - 1]["translations"][lang]
}

#[test]
fn an_article_goes_out_and_its_translations_come_back() {
    let env = Env::new();
    env.add_sample("exchange-rates.en.txt", "en", "rates");
    // Two drafts and an approved segment before the export.
    env.run([
        "segment",
        "set",
        "rates",
        "1",
        "--lang",
        "az",
        "--status",
        "draft",
        "Manat sabit qalır",
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
        "approved",
        "Təsdiqlənmiş tərcümə.",
    ])
    .ok();
    let xml = export(&env, &["rates", "--lang", "az"]);
    assert_eq!(xliff20_problems(&xml), Vec::<String>::new(), "{xml}");
    xmllint(&env.path("out.xlf"));
    let show = env.show("rates");
    let count = show["segments"].as_array().expect("segments").len();
    let ids = unit_ids(&xml);
    assert_eq!(ids.len(), count, "a unit per segment");
    assert!(ids.iter().all(|id| id.starts_with("rates:")), "{ids:?}");
    assert!(xml.contains(r#"<file id="rates">"#));
    assert!(xml.contains(r#"<mda:meta type="korpu:source-hash">"#));
    // Statuses go out as state + subState; a new segment has no target.
    let unit = |id: &str| xml[unit_range(&xml, id)].to_string();
    assert!(unit(&ids[0]).contains(r#"<segment state="initial" subState="korpu:draft">"#));
    assert!(unit(&ids[0]).contains("<target>Manat sabit qalır</target>"));
    assert!(unit(&ids[2]).contains(r#"<segment state="final" subState="korpu:approved">"#));
    assert!(unit(&ids[1]).contains(r#"<segment state="initial" subState="korpu:new">"#));
    assert!(!unit(&ids[1]).contains("<target>"));

    // The translator's tool: confirms unit 1 (dropping the subState, as the spec asks
    // of a tool that changes state), translates 2 as reviewed, 4 left in initial (a
    // draft), 5 translated with markup that must be escaped, and leaves 3 as it was.
    let mut back = edit_unit(
        &xml,
        &ids[0],
        r#"<segment state="translated">"#,
        "Manat sabit qalır",
    );
    back = edit_unit(
        &back,
        &ids[1],
        r#"<segment state="reviewed" subState="korpu:reviewed">"#,
        "Mərkəzi Bank manatın rəsmi məzənnəsini müəyyən edib.",
    );
    back = edit_unit(&back, &ids[3], r#"<segment state="initial">"#, "Qaralama");
    back = edit_unit(
        &back,
        &ids[4],
        r#"<segment state="translated" subState="memoq:confirmed">"#,
        "Avro 1,8968 &lt;manat&gt; &amp; funt",
    );
    let before = env.snapshot();
    let report = import(&env, &back, &["--author", "freelancer"]).json();
    assert_eq!(report["updated"], 4, "{report}");
    assert_eq!(report["unchanged"], 1, "{report}");
    assert_eq!(report["empty"], count - 5, "{report}");
    assert_eq!(report["stale"], serde_json::json!([]));
    assert_eq!(report["unknown"], serde_json::json!([]));
    assert_ne!(env.snapshot(), before);

    let show = env.show("rates");
    let t1 = translation(&show, 1, "az");
    assert_eq!(t1["text"], "Manat sabit qalır");
    assert_eq!(t1["status"], "translated");
    assert_eq!(t1["author"], "freelancer");
    assert_eq!(t1["origin"], "import");
    assert_eq!(t1["revision"], 2);
    let t2 = translation(&show, 2, "az");
    assert_eq!(t2["status"], "reviewed");
    assert_eq!(t2["revision"], 1);
    let t3 = translation(&show, 3, "az");
    assert_eq!(
        (t3["status"].as_str(), t3["author"].as_str()),
        (Some("approved"), Some("tester"))
    );
    assert_eq!(translation(&show, 4, "az")["status"], "draft");
    let t5 = translation(&show, 5, "az");
    assert_eq!(t5["text"], "Avro 1,8968 <manat> & funt");
    assert_eq!(t5["status"], "translated");
    assert!(translation(&show, 6, "az").is_null());

    // Confirmed imports entered the memory; the draft did not.
    let hits = env
        .run([
            "--json",
            "tm",
            "search",
            "--from",
            "en",
            "--to",
            "az",
            "--min",
            "100",
            show["segments"][0]["text"].as_str().expect("text"),
        ])
        .json();
    assert_eq!(hits[0]["target"], "Manat sabit qalır", "{hits}");
    let hits = env
        .run([
            "--json",
            "tm",
            "search",
            "--from",
            "en",
            "--to",
            "az",
            "--min",
            "100",
            show["segments"][3]["text"].as_str().expect("text"),
        ])
        .json();
    assert_eq!(hits, serde_json::json!([]));

    // The same file again changes nothing.
    let before = env.snapshot();
    let again = import(&env, &back, &["--author", "freelancer"]).json();
    assert_eq!(
        (again["updated"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(5))
    );
    assert_eq!(env.snapshot(), before);

    // A new export keeps the unit ids and carries the new statuses.
    let xml2 = export(&env, &["rates", "--lang", "az"]);
    assert_eq!(unit_ids(&xml2), ids);
    assert!(
        xml2[unit_range(&xml2, &ids[1])].contains(r#"state="reviewed" subState="korpu:reviewed""#)
    );

    // The text report.
    let path = env.file(
        "back2.xlf",
        edit_unit(&back, &ids[5], r#"<segment state="translated">"#, "Yeni"),
    );
    let out = env.run(["import", "xliff", s(&path)]).ok().to_string();
    assert!(
        out.contains("1 updated (1 confirmed), 5 unchanged"),
        "{out}"
    );
}

#[test]
fn a_revised_source_is_reported_stale_and_not_overwritten() {
    let env = Env::new();
    let v1 =
        "Manat steady\n\nThe euro rose to 1.8968 manats. The pound fell.\n\nMarkets were calm.\n";
    env.file("news.en.txt", v1);
    env.run(["article", "add", "news.en.txt", "--lang", "en"])
        .ok();
    env.run(["segment", "set", "news", "3", "--lang", "ru", "Фунт упал."])
        .ok();
    let xml = export(&env, &["news", "--lang", "ru"]);
    let ids = unit_ids(&xml);
    assert_eq!(ids.len(), 4);
    let mut back = xml.clone();
    for (id, t) in ids.iter().zip([
        "Манат стабилен",
        "Евро подорожал до 1,8968 маната.",
        "Фунт стерлингов упал.",
        "Рынки были спокойны.",
    ]) {
        back = edit_unit(&back, id, r#"<segment state="translated">"#, t);
    }
    // Meanwhile the editor revises one sentence, and the article is re-added.
    env.file(
        "news.en.txt",
        v1.replace("The pound fell.", "The pound fell sharply."),
    );
    env.run(["article", "add", "news.en.txt", "--lang", "en", "--replace"])
        .ok();
    let report = import(&env, &back, &[]).json();
    assert_eq!(report["updated"], 3, "{report}");
    let stale = report["stale"].as_array().expect("stale");
    assert_eq!(stale.len(), 1, "{report}");
    assert_eq!(stale[0]["unit"], ids[2].as_str());
    assert_eq!(stale[0]["exported_source"], "The pound fell.");
    assert_eq!(stale[0]["current_source"], "The pound fell sharply.");
    assert_eq!(stale[0]["target"], "Фунт стерлингов упал.");
    let show = env.show("news");
    assert_eq!(show["segments"][2]["text"], "The pound fell sharply.");
    // The revised sentence keeps no translation; the import did not give it one.
    assert!(translation(&show, 3, "ru").is_null(), "{show}");
    assert_eq!(
        translation(&show, 2, "ru")["text"],
        "Евро подорожал до 1,8968 маната."
    );

    // A unit of an article that is not in the store, and one another tool added.
    let alien = back
        .replacen(
            &format!("<unit id=\"{}\">", ids[0]),
            "<unit id=\"elsewhere:1\">",
            1,
        )
        .replacen(&format!("<unit id=\"{}\">", ids[3]), "<unit id=\"u99\">", 1);
    let report = import(&env, &alien, &[]).json();
    let unknown: Vec<&str> = report["unknown"]
        .as_array()
        .expect("unknown")
        .iter()
        .filter_map(|u| u["unit"].as_str())
        .collect();
    assert_eq!(unknown, ["elsewhere:1", "u99"], "{report}");
    assert_eq!(report["stale"].as_array().map(Vec::len), Some(1));
}

#[test]
fn bad_files_are_refused_whole() {
    let env = Env::new();
    env.add_sample("exchange-rates.en.txt", "en", "rates");
    let xml = export(&env, &["rates", "--lang", "az"]);
    let ids = unit_ids(&xml);
    let good = edit_unit(
        &xml,
        &ids[0],
        r#"<segment state="translated">"#,
        "Manat sabit qalır",
    );
    let before = env.snapshot();
    let name = env.path("back.xlf").display().to_string();

    // Malformed XML after a good unit: file, line and column; nothing stored.
    let at = good
        .match_indices("</source>")
        .nth(2)
        .expect("a third source")
        .0;
    let broken = format!("{}</sauce>{}", &good[..at], &good[at + "</source>".len()..]);
    let err = import(&env, &broken, &[]).fails().to_string();
    let line = broken[..at].lines().count();
    assert!(err.contains(&format!("{name}:{line}:")), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(env.snapshot(), before);

    // Truncated.
    let cut = good[..good.len() / 2].rfind('>').expect("a tag") + 1;
    let err = import(&env, &good[..cut], &[]).fails().to_string();
    assert!(err.contains("truncated") && err.contains(&name), "{err}");

    // The target language is not the one the file was exported for.
    let ru = good.replacen(r#"trgLang="az""#, r#"trgLang="ru""#, 1);
    let err = import(&env, &ru, &[]).fails().to_string();
    assert!(
        err.contains("exported for az") && err.contains("ru"),
        "{err}"
    );
    // Nor the one asked for, nor the source language, nor a language at all.
    let err = import(&env, &good, &["--lang", "ru"]).fails().to_string();
    assert!(err.contains("into az"), "{err}");
    let stripped = good.replace(r#"<mda:meta type="korpu:target">az</mda:meta>"#, "");
    let en = stripped.replacen(r#"trgLang="az""#, r#"trgLang="en""#, 1);
    let err = import(&env, &en, &[]).fails().to_string();
    assert!(err.contains("source language"), "{err}");
    let none = stripped.replacen(r#" trgLang="az""#, "", 1);
    let err = import(&env, &none, &[]).fails().to_string();
    assert!(err.contains("trgLang"), "{err}");
    // In JSON mode the error is JSON on stderr.
    let err = import(&env, &none, &[]).fails().to_string();
    let v: Value = serde_json::from_str(err.trim()).expect("JSON error");
    assert!(v["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("trgLang")));

    // A target with an inline code whose markup is unknown refuses the whole file,
    // even though another unit is fine.
    let stray = edit_unit(
        &good,
        &ids[1],
        r#"<segment state="translated">"#,
        r#"Bank <ph id="7"/>"#,
    );
    let err = import(&env, &stray, &[]).fails().to_string();
    assert!(
        err.contains(&ids[1]) && err.contains("id=\\\"7\\\""),
        "{err}"
    );
    // Two units for one segment.
    let r = unit_range(&good, &ids[0]);
    let twice = format!("{}{}{}", &good[..r.end], &good[r.clone()], &good[r.end..]);
    let err = import(&env, &twice, &[]).fails().to_string();
    assert!(err.contains("twice"), "{err}");
    assert_eq!(
        env.snapshot(),
        before,
        "nothing of a refused file is stored"
    );

    // Export errors: an unknown article, the source language, mixed source languages.
    let err = env
        .run(["export", "xliff", "nope", "--lang", "az"])
        .fails()
        .to_string();
    assert!(err.contains("nope"), "{err}");
    let err = env
        .run(["export", "xliff", "rates", "--lang", "en"])
        .fails()
        .to_string();
    assert!(err.contains("source language"), "{err}");
    env.add_sample("exchange-rates.ru.txt", "ru", "kursy");
    let err = env
        .run([
            "export", "xliff", "rates", "kursy", "--lang", "az", "-o", "x.xlf",
        ])
        .fails()
        .to_string();
    assert!(
        err.contains("separately") && err.contains("nothing was written"),
        "{err}"
    );
    assert!(!env.path("x.xlf").exists());
}

#[test]
fn inline_markup_travels_as_codes() {
    let env = Env::new();
    env.file(
        "page.en.html",
        "<h1>Rates</h1>\n<p>The <b>euro</b> rose to 1.8968.<br>See <a href=\"https://cbar.az\">the bank</a> for {count} more.</p>\n",
    );
    env.run(["article", "add", "page.en.html", "--lang", "en"])
        .ok();
    let xml = export(&env, &["page", "--lang", "az"]);
    assert_eq!(xliff20_problems(&xml), Vec::<String>::new(), "{xml}");
    let show = env.show("page");
    let texts: Vec<&str> = show["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .filter_map(|s| s["text"].as_str())
        .collect();
    let (n, text) = texts
        .iter()
        .enumerate()
        .find(|(_, t)| t.contains("<b>euro</b>"))
        .expect("a segment with markup");
    assert!(xml.contains("<pc id="), "tags become paired codes: {xml}");
    assert!(xml.contains("<data id=\"d1\">&lt;b&gt;</data>"), "{xml}");
    assert!(!xml.contains("&lt;b&gt;euro"), "markup is not text: {xml}");
    // The tool shows codes; the translator moves the text around them. Take the
    // exported source content as the target, translating a word.
    let id = &unit_ids(&xml)[n];
    let unit = &xml[unit_range(&xml, id)];
    let src =
        &unit[unit.find("<source>").expect("source") + 8..unit.find("</source>").expect("end")];
    let target = src.replace("euro", "avro");
    let back = edit_unit(&xml, id, r#"<segment state="translated">"#, &target);
    import(&env, &back, &[]).json();
    let show = env.show("page");
    assert_eq!(
        translation(&show, n + 1, "az")["text"],
        text.replace("euro", "avro").as_str()
    );
}

#[test]
fn several_articles_are_one_file_each() {
    let env = Env::new();
    env.add_sample("exchange-rates.en.txt", "en", "rates");
    env.add_sample("transport-corridor.en.txt", "en", "corridor");
    let out = env.path("both.xlf");
    let report = env
        .run([
            "--json",
            "export",
            "xliff",
            "corridor",
            "rates",
            "corridor",
            "--lang",
            "ru",
            "-o",
            s(&out),
        ])
        .json();
    assert_eq!(report["articles"], 2);
    let xml = std::fs::read_to_string(&out).expect("written");
    assert_eq!(xliff20_problems(&xml), Vec::<String>::new());
    let files: Vec<usize> = ["<file id=\"corridor\">", "<file id=\"rates\">"]
        .iter()
        .map(|f| xml.find(f).expect("file"))
        .collect();
    assert!(files[0] < files[1], "files in the order given");
    // One import for both: all of it in one transaction.
    let ids = unit_ids(&xml);
    let mut back = xml.clone();
    let mut per_article: HashMap<&str, usize> = HashMap::new();
    for id in &ids {
        back = edit_unit(&back, id, r#"<segment state="translated">"#, "Перевод");
        *per_article
            .entry(id.split(':').next().expect("article"))
            .or_default() += 1;
    }
    let report = import(&env, &back, &[]).json();
    assert_eq!(report["updated"], ids.len());
    for (article, n) in per_article {
        let show = env.show(article);
        let done = show["segments"]
            .as_array()
            .expect("segments")
            .iter()
            .filter(|s| s["translations"]["ru"]["status"] == "translated")
            .count();
        assert_eq!(done, n, "{article}");
    }
}

#[test]
fn the_kaspi_article_exports_as_valid_xliff() {
    let Some(data) = shared_data() else { return };
    let env = Env::new();
    let path = data.join("seed_article_kaspi.txt");
    env.run(["article", "add", s(&path), "--lang", "en", "--id", "kaspi"])
        .ok();
    let xml = export(&env, &["kaspi", "--lang", "az"]);
    assert_eq!(xliff20_problems(&xml), Vec::<String>::new());
    xmllint(&env.path("out.xlf"));
    let count = env.show("kaspi")["segments"].as_array().map_or(0, Vec::len);
    assert!(count > 10);
    assert_eq!(unit_ids(&xml).len(), count);
    // Read back as it is: every segment untranslated, nothing stored.
    let report = import(&env, &xml, &[]).json();
    assert_eq!(report["empty"], count);
    assert_eq!(report["updated"], 0);
}

#[test]
fn the_structural_check_finds_what_it_looks_for() {
    let bad = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="az">
  <file id="f"><unit id="u"><segment state="final" subState="nocolon"><source>a</source></segment>
  <x:meta/><mda:metadata xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"/></unit>
  <unit id="u"><segment><target>b</target><source>a</source></segment></unit>
  <unit id="v"><segment subState="k:v"><source>a <ph id="1" dataRef="d9"/></source></segment></unit>
  <unit id="w"/></file></xliff>"#;
    let problems = xliff20_problems(bad).join("\n");
    for expected in [
        "state final without a target",
        "subState nocolon is not prefix:value",
        "prefix x is not declared",
        "mda:metadata is not the first child of <unit>",
        "unit id \"u\" is not a unique NMTOKEN",
        "a segment holds [\"target\", \"source\"]",
        "subState without state",
        "data reference d9 has no <data>",
        "a unit without a segment",
    ] {
        assert!(problems.contains(expected), "{expected}\n{problems}");
    }
}
