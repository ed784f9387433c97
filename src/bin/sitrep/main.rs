//! The `sitrep` command line tool: reports as JSON, or JSON lines in batch.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::ExitCode;

use serde::{Deserialize, Serialize};

mod eval;

const USAGE: &str = "\
usage: sitrep [--date YYYY-MM-DD] [--jsonl] [FILE... | -]

Reads news text and prints one sitrep.report/1 JSON report per input.

  FILE...            text files to analyze; '-' or nothing reads standard input
  --date YYYY-MM-DD  the reference date for relative dates ('yesterday', 'on Sunday')
  --jsonl            read one {\"id\", \"text\", \"date\"} object a line and write
                     one {\"id\", ...report} line per input line, in order
  -h, --help         show this help

       sitrep eval DIR [--only DATASET] [--limit N]
scores the analyzer against the gold dev sets in DIR and prints a scoreboard
";

struct Args {
    options: sitrep::Options,
    jsonl: bool,
    inputs: Vec<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut options = sitrep::Options::default();
    let mut jsonl = false;
    let mut inputs = Vec::new();
    let mut args = args.peekable();
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => return Ok(None),
            "--jsonl" => jsonl = true,
            "--date" => {
                let d = args.next().ok_or("--date needs a value, YYYY-MM-DD")?;
                options = options.with_reference_date(&d).map_err(|e| e.to_string())?;
            }
            s if s.starts_with("--date=") => {
                options = options
                    .with_reference_date(&s["--date=".len()..])
                    .map_err(|e| e.to_string())?;
            }
            "--" => inputs.extend(args.by_ref()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s:?}")),
            _ => inputs.push(a),
        }
    }
    if inputs.is_empty() {
        inputs.push("-".to_string());
    }
    Ok(Some(Args {
        options,
        jsonl,
        inputs,
    }))
}

/// Reads a whole input, naming it in the error.
fn read_input(name: &str) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    let result = if name == "-" {
        io::stdin().lock().read_to_end(&mut buf)
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut buf))
    };
    result.map_err(|e| format!("{}: cannot read: {e}", display_name(name)))?;
    Ok(buf)
}

fn display_name(name: &str) -> &str {
    if name == "-" {
        "<stdin>"
    } else {
        name
    }
}

/// Turns bytes into text, or says where they stop being UTF-8.
fn utf8(bytes: Vec<u8>, name: &str, line: Option<usize>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        match line {
            Some(l) => format!(
                "{}:{l}: not valid UTF-8 (at byte {at} of the line)",
                display_name(name)
            ),
            None => {
                // The line and the byte of the file where it stops being UTF-8.
                let bytes = e.as_bytes();
                let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
                format!(
                    "{}:{line}: not valid UTF-8 (at byte {at} of the file); not analyzed",
                    display_name(name)
                )
            }
        }
    })
}

#[derive(Deserialize)]
struct InputLine {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

#[derive(Serialize)]
struct OutputLine<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    report: sitrep::Report,
}

/// Runs one JSON-lines input; returns how many lines failed.
fn run_jsonl(name: &str, options: &sitrep::Options, out: &mut impl Write) -> io::Result<usize> {
    let reader: Box<dyn BufRead> = if name == "-" {
        Box::new(BufReader::new(io::stdin().lock()))
    } else {
        match std::fs::File::open(name) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                eprintln!("sitrep: {}: cannot read: {e}", display_name(name));
                return Ok(1);
            }
        }
    };
    let mut failed = 0;
    for (n, line) in reader.split(b'\n').enumerate() {
        let n = n + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("sitrep: {}:{n}: cannot read: {e}", display_name(name));
                return Ok(failed + 1);
            }
        };
        let line = match utf8(line, name, Some(n)) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("sitrep: {e}");
                failed += 1;
                continue;
            }
        };
        // A byte order mark some editors put at the start of a file.
        let line = if n == 1 {
            line.strip_prefix('\u{FEFF}').unwrap_or(&line)
        } else {
            &line
        };
        if line.trim().is_empty() {
            continue;
        }
        let input: InputLine = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!(
                    "sitrep: {}:{n}: not a JSON object with a \"text\" string: {e}",
                    display_name(name)
                );
                failed += 1;
                continue;
            }
        };
        let line_options = match input.date.as_deref() {
            Some(d) => match options.clone().with_reference_date(d) {
                Ok(o) => o,
                Err(e) => {
                    eprintln!("sitrep: {}:{n}: {e}", display_name(name));
                    failed += 1;
                    continue;
                }
            },
            None => options.clone(),
        };
        let report = sitrep::analyze(&input.text, &line_options);
        serde_json::to_writer(
            &mut *out,
            &OutputLine {
                id: &input.id,
                report,
            },
        )?;
        out.write_all(b"\n")?;
        out.flush()?;
    }
    Ok(failed)
}

fn run(args: Args) -> io::Result<usize> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    for name in &args.inputs {
        if args.jsonl {
            failed += run_jsonl(name, &args.options, &mut out)?;
            continue;
        }
        let text = match read_input(name).and_then(|b| utf8(b, name, None)) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("sitrep: {e}");
                failed += 1;
                continue;
            }
        };
        let report = sitrep::analyze(&text, &args.options);
        serde_json::to_writer_pretty(&mut out, &report)?;
        out.write_all(b"\n")?;
        out.flush()?;
    }
    Ok(failed)
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.first().map(String::as_str) == Some("eval") {
        return match eval::main(&argv[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("sitrep eval: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let args = match parse_args(argv.into_iter()) {
        Ok(Some(a)) => a,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("sitrep: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(n) => {
            eprintln!("sitrep: {n} input(s) failed");
            ExitCode::FAILURE
        }
        // A closed pipe (`sitrep ... | head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sitrep: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}
