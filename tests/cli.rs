//! The `sitrep` command line, run as a program on temporary files: reports
//! as pretty JSON, `--date`, standard input, `--jsonl` streaming, and bad
//! input (not UTF-8, not JSON, no text, a bad date, unreadable files), which
//! is named on stderr with its file and line while the other inputs go on,
//! and shows in the exit code.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const ARTICLE: &str = "KYIV, Jan 2 (Reuters) - Russian drones hit Kyiv yesterday, \
    killing five people, officials said.\n";

/// A fresh directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

/// Runs `sitrep` with `args`, feeding `stdin`.
fn sitrep(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sitrep runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

/// Every JSON value printed, in order.
fn values(o: &Output) -> Vec<Value> {
    serde_json::Deserializer::from_slice(&o.stdout)
        .into_iter::<Value>()
        .map(|v| v.expect("stdout is JSON"))
        .collect()
}

fn deaths(report: &Value) -> Value {
    report["summary"]["fatalities"]["best"].clone()
}

#[test]
fn a_file_gives_one_pretty_report() {
    let dir = temp_dir("pretty");
    let file = write(&dir, "article.txt", ARTICLE.as_bytes());
    let o = sitrep(&[&file], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let out = stdout(&o);
    assert!(
        out.starts_with("{\n  \"schema\": \"sitrep.report/1\""),
        "{out}"
    );
    let reports = values(&o);
    assert_eq!(reports.len(), 1);
    assert_eq!(deaths(&reports[0]), 5);
    assert_eq!(reports[0]["reference_date"], Value::Null);
}

#[test]
fn date_anchors_relative_dates() {
    let dir = temp_dir("date");
    let file = write(&dir, "article.txt", ARTICLE.as_bytes());
    for args in [
        vec!["--date", "2024-01-02", file.as_str()],
        vec!["--date=2024-01-02", file.as_str()],
    ] {
        let o = sitrep(&args, b"");
        assert!(o.status.success(), "{}", stderr(&o));
        let r = &values(&o)[0];
        assert_eq!(r["reference_date"], "2024-01-02");
        let dates: Vec<&Value> = r["mentions"]["dates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| &d["value"])
            .collect();
        assert!(dates.contains(&&Value::from("2024-01-01")), "{dates:?}");
    }
    // A bad date is a usage error: nothing is read.
    let o = sitrep(&["--date", "2024-02-30", &file], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("\"2024-02-30\" is not a calendar date"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o), "");
}

#[test]
fn standard_input_reads_like_a_file() {
    let dir = temp_dir("stdin");
    let file = write(&dir, "article.txt", ARTICLE.as_bytes());
    let from_file = sitrep(&[&file], b"");
    let from_dash = sitrep(&["-"], ARTICLE.as_bytes());
    let from_nothing = sitrep(&[], ARTICLE.as_bytes());
    assert!(from_dash.status.success() && from_nothing.status.success());
    assert_eq!(values(&from_dash), values(&from_file));
    assert_eq!(values(&from_nothing), values(&from_file));
}

#[test]
fn bad_files_are_named_and_the_others_still_read() {
    let dir = temp_dir("files");
    let good = write(&dir, "good.txt", ARTICLE.as_bytes());
    let mut bytes = b"First line is fine.\nSecond line breaks: ".to_vec();
    bytes.extend([0xFF, 0xFE, b'\n']);
    let bad = write(&dir, "latin1.txt", &bytes);
    let missing = dir.join("missing.txt").to_str().unwrap().to_string();
    let folder = dir.to_str().unwrap().to_string();
    let o = sitrep(&[&bad, &good, &missing, &folder, &good], b"");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "{bad}:2: not valid UTF-8 (at byte 40 of the file)"
        )),
        "{err}"
    );
    assert!(err.contains(&format!("{missing}: cannot read: ")), "{err}");
    assert!(err.contains(&format!("{folder}: cannot read: ")), "{err}");
    assert!(err.contains("3 input(s) failed"), "{err}");
    // Both good files were read, in order.
    let reports = values(&o);
    assert_eq!(reports.len(), 2);
    assert!(reports.iter().all(|r| deaths(r) == 5));
    // Invalid UTF-8 on standard input too.
    let o = sitrep(&["-"], &[b'a', 0xC3, b'(']);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("<stdin>:1: not valid UTF-8 (at byte 1"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn jsonl_streams_in_order_and_echoes_ids() {
    let input = concat!(
        "\u{FEFF}{\"id\": 7, \"text\": \"Gunmen killed two people in Lagos.\", \"date\": \"2024-03-01\"}\n",
        "\n",
        "{\"id\": \"b\", \"text\": \"Drones hit Kyiv yesterday, killing five people.\"}\r\n",
        "{\"text\": \"Nothing happened today.\", \"date\": null}\n",
    );
    let o = sitrep(&["--jsonl", "--date", "2024-01-02", "-"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[1]["id"], "b");
    assert_eq!(lines[2]["id"], Value::Null);
    assert_eq!(lines[0]["schema"], "sitrep.report/1");
    // A line's own date wins over --date.
    assert_eq!(lines[0]["reference_date"], "2024-03-01");
    assert_eq!(lines[1]["reference_date"], "2024-01-02");
    assert_eq!(deaths(&lines[0]), 2);
    assert_eq!(deaths(&lines[1]), 5);
    assert_eq!(deaths(&lines[2]), 0);
}

#[test]
fn jsonl_bad_lines_are_named_by_file_and_line() {
    let dir = temp_dir("jsonl");
    let mut bytes = Vec::new();
    bytes.extend(b"{\"id\": 1, \"text\": \"Gunmen killed two people in Lagos.\"}\n");
    bytes.extend(b"{\"id\": 2, \"text\": \"broken \xFF\"}\n");
    bytes.extend(b"{\"id\": 3, \"text\": \"no closing brace\"\n");
    bytes.extend(b"{\"id\": 4}\n");
    bytes.extend(b"{\"id\": 5, \"text\": 12}\n");
    bytes.extend(b"{\"id\": 6, \"text\": \"Shelling killed one man.\", \"date\": \"2 Jan\"}\n");
    bytes.extend(b"[\"not an object\"]\n");
    bytes.extend(b"{\"id\": 8, \"text\": \"Drones hit Kyiv, killing five people.\"}\n");
    let file = write(&dir, "batch.jsonl", &bytes);
    let missing = dir.join("none.jsonl").to_str().unwrap().to_string();
    let o = sitrep(&["--jsonl", &file, &missing], b"");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for needle in [
        format!("{file}:2: not valid UTF-8"),
        format!("{file}:3: not a JSON object with a \"text\" string"),
        format!("{file}:4: not a JSON object with a \"text\" string: missing field `text`"),
        format!("{file}:5: not a JSON object with a \"text\" string: invalid type"),
        format!("{file}:6: reference date \"2 Jan\" is not a calendar date"),
        format!("{file}:7: not a JSON object"),
        format!("{missing}: cannot read: "),
        "7 input(s) failed".to_string(),
    ] {
        assert!(err.contains(&needle), "missing {needle:?} in:\n{err}");
    }
    // The good lines still came out, in order.
    let ids: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].clone())
        .collect();
    assert_eq!(ids, [Value::from(1), Value::from(8)]);
}

#[test]
fn usage_and_exit_codes() {
    let o = sitrep(&["--help"], b"");
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("usage: sitrep"));
    let o = sitrep(&["--frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown option \"--frobnicate\""));
    let o = sitrep(&["--date"], b"");
    assert_eq!(o.status.code(), Some(2));
    // Empty input is no error: an empty report.
    let o = sitrep(&["-"], b"");
    assert!(o.status.success());
    assert_eq!(values(&o)[0]["summary"]["events"], 0);
}
