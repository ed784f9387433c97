//! The native half of `make bench` (scripts/bench/run.mjs runs it): the
//! core's throughput over a corpus, the latency of one article, and how the
//! cost grows with the size of the input. Prints one JSON object.
//!
//! ```sh
//! cargo run --profile native --example bench_native -- \
//!     --article ../shared/examples/belgorod-raid.txt ../shared/data/dev/*.jsonl
//! ```
//!
//! `--once` analyzes the corpus a single time and prints nothing else, for a
//! profiler (`valgrind --tool=callgrind`, `perf record`); `--once --size N`
//! analyzes one document of the first N bytes of the mixed corpus instead;
//! `--once --slice N` analyzes the article, then the first texts of the
//! mixed corpus, each as its own document, until they make N bytes (a fixed
//! slice for instruction counts; see `analyze_slice`).

use std::time::{Duration, Instant};

use sitrep::Options;

/// Analyses of one article for the latency figures.
const LATENCY_RUNS: usize = 400;
/// Passes over the whole corpus; the median pass is reported.
const CORPUS_PASSES: usize = 3;
/// Input sizes for the scaling figures (bytes, decimal units).
const SCALES: [usize; 4] = [10_000, 100_000, 1_000_000, 10_000_000];

struct Args {
    article: String,
    corpus: Vec<String>,
    once: bool,
    size: Option<usize>,
    slice: Option<usize>,
}

fn parse_args() -> Result<Args, String> {
    let mut article = None;
    let mut corpus = Vec::new();
    let mut once = false;
    let mut size = None;
    let mut slice = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--article" => article = Some(args.next().ok_or("--article needs a path")?),
            "--once" => once = true,
            "--size" => {
                let n = args.next().ok_or("--size needs a number of bytes")?;
                size = Some(
                    n.parse()
                        .map_err(|_| format!("--size: not a number: {n}"))?,
                );
            }
            "--slice" => {
                let n = args.next().ok_or("--slice needs a number of bytes")?;
                slice = Some(
                    n.parse()
                        .map_err(|_| format!("--slice: not a number: {n}"))?,
                );
            }
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ => corpus.push(arg),
        }
    }
    let article = article.ok_or("--article PATH is required")?;
    if corpus.is_empty() {
        return Err("give at least one corpus file (*.jsonl with a \"text\" field)".into());
    }
    Ok(Args {
        article,
        corpus,
        once,
        size,
        slice,
    })
}

/// The `text` field of every line of the JSONL files, by file.
fn read_corpus(paths: &[String]) -> Result<Vec<Vec<String>>, String> {
    let mut files = Vec::new();
    for path in paths {
        let mut texts = Vec::new();
        let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        for (i, line) in data.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let record: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
            if let Some(text) = record.get("text").and_then(|t| t.as_str()) {
                texts.push(text.to_string());
            }
        }
        files.push(texts);
    }
    Ok(files)
}

/// All the texts, the files interleaved in proportion to their sizes (the
/// next text always comes from the file with the smallest share taken so
/// far), so that every prefix has the corpus's mix: the scaling figures then
/// compare sizes, not kinds of text. Same order as `mixed` in
/// scripts/bench/page.mjs.
fn interleaved(files: &[Vec<String>]) -> Vec<&str> {
    let totals: Vec<usize> = files
        .iter()
        .map(|f| f.iter().map(|t| t.len()).sum())
        .collect();
    let mut taken = vec![0usize; files.len()];
    let mut next = vec![0usize; files.len()];
    let mut out: Vec<&str> = Vec::new();
    loop {
        let pick = (0..files.len())
            .filter(|&f| next[f] < files[f].len())
            .min_by(|&a, &b| {
                let share = |f: usize| taken[f] as f64 / totals[f].max(1) as f64;
                share(a).total_cmp(&share(b)).then(a.cmp(&b))
            });
        let Some(f) = pick else { break };
        let t = &files[f][next[f]];
        next[f] += 1;
        taken[f] += t.len();
        out.push(t);
    }
    out
}

/// One document of all the texts, in the order of `interleaved`.
fn mixed(files: &[Vec<String>]) -> String {
    interleaved(files).join("\n\n")
}

/// Something from the report, so the analysis cannot be optimized away.
fn analyze(text: &str, options: &Options) -> usize {
    let r = sitrep::analyze(text, options);
    r.events.len()
        + r.sentences.len()
        + r.mentions.places.len()
        + r.mentions.actors.len()
        + r.mentions.weapons.len()
        + r.mentions.dates.len()
        + r.mentions.quantities.len()
}

/// The first texts of `texts` until they make at least `limit` bytes.
fn slice_of<'a>(texts: &[&'a str], limit: usize) -> Vec<&'a str> {
    let mut bytes = 0;
    texts
        .iter()
        .take_while(|t| {
            let take = bytes < limit;
            bytes += t.len();
            take
        })
        .copied()
        .collect()
}

/// Analyzes each text of a slice as its own document. Kept out of line so a
/// profiler can count it alone (`valgrind --tool=callgrind
/// --collect-atstart=no --toggle-collect=*analyze_slice*`).
#[inline(never)]
fn analyze_slice(texts: &[&str], options: &Options) -> usize {
    texts.iter().map(|t| analyze(t, options)).sum()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// The value at quantile `q` (nearest rank).
fn quantile(mut xs: Vec<f64>, q: f64) -> f64 {
    xs.sort_by(f64::total_cmp);
    let rank = ((q * xs.len() as f64).ceil() as usize).clamp(1, xs.len());
    xs[rank - 1]
}

/// The first `n` bytes of `text`, cut back to a character boundary.
fn prefix(text: &str, n: usize) -> &str {
    let mut end = n.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("bench_native: {e}");
            std::process::exit(2);
        }
    };
    let article = std::fs::read_to_string(&args.article).unwrap_or_else(|e| {
        eprintln!("bench_native: {}: {e}", args.article);
        std::process::exit(1);
    });
    let files = read_corpus(&args.corpus).unwrap_or_else(|e| {
        eprintln!("bench_native: {e}");
        std::process::exit(1);
    });
    let texts: Vec<&str> = files.iter().flatten().map(String::as_str).collect();
    let options = Options::default();
    let corpus_bytes: usize = texts.iter().map(|t| t.len()).sum::<usize>() + article.len();

    if let (true, Some(size)) = (args.once, args.size) {
        let joined = mixed(&files);
        let text = prefix(&joined, size);
        let sink = analyze(text, &options);
        eprintln!(
            "bench_native: analyzed one text of {} bytes ({sink})",
            text.len()
        );
        return;
    }
    if let (true, Some(limit)) = (args.once, args.slice) {
        // The article first, so the shared tables are built before the slice.
        let mut sink = analyze(&article, &options);
        let slice = slice_of(&interleaved(&files), limit);
        let bytes: usize = slice.iter().map(|t| t.len()).sum();
        sink += analyze_slice(&slice, &options);
        eprintln!(
            "bench_native: analyzed the article, then {} texts, {bytes} bytes ({sink})",
            slice.len()
        );
        return;
    }
    if args.once {
        let mut sink = analyze(&article, &options);
        for t in &texts {
            sink += analyze(t, &options);
        }
        eprintln!(
            "bench_native: analyzed {} texts, {corpus_bytes} bytes ({sink})",
            texts.len() + 1
        );
        return;
    }

    // The first analysis builds the shared tables; time it on its own.
    let start = Instant::now();
    let mut sink = analyze(&article, &options);
    let first_ms = start.elapsed().as_secs_f64() * 1e3;

    // Throughput over the corpus (every text analyzed on its own, as a
    // document), median of a few passes.
    let mut passes = Vec::new();
    for _ in 0..CORPUS_PASSES {
        let start = Instant::now();
        sink += analyze(&article, &options);
        for t in &texts {
            sink += analyze(t, &options);
        }
        passes.push(mb_per_s(corpus_bytes, start.elapsed()));
    }

    // Latency of one article.
    let mut runs = Vec::with_capacity(LATENCY_RUNS);
    for _ in 0..LATENCY_RUNS {
        let start = Instant::now();
        sink += analyze(&article, &options);
        runs.push(start.elapsed().as_secs_f64() * 1e3);
    }

    // Scaling: one document made of the corpus texts, cut at each size.
    let joined = mixed(&files);
    let mut scaling = Vec::new();
    for &size in &SCALES {
        let text = prefix(&joined, size);
        let mut times = Vec::new();
        let budget = Instant::now();
        // At least 3 runs, or one when a run takes over 2 s.
        while times.len() < 3 && budget.elapsed() < Duration::from_secs(2)
            || (budget.elapsed() < Duration::from_millis(500) && times.len() < 50)
        {
            let start = Instant::now();
            sink += analyze(text, &options);
            times.push(start.elapsed().as_secs_f64());
        }
        let t = median(times);
        scaling.push(format!(
            "{{\"bytes\":{},\"ms\":{:.4},\"mb_per_s\":{:.3}}}",
            text.len(),
            t * 1e3,
            text.len() as f64 / 1e6 / t
        ));
    }

    println!(
        "{{\"texts\":{},\"bytes\":{corpus_bytes},\"first_ms\":{first_ms:.3},\
         \"mb_per_s\":{:.3},\"passes\":[{}],\
         \"article_bytes\":{},\"article_median_ms\":{:.4},\"article_p95_ms\":{:.4},\
         \"article_runs\":{LATENCY_RUNS},\"scaling\":[{}],\"sink\":{sink}}}",
        texts.len() + 1,
        median(passes.clone()),
        passes
            .iter()
            .map(|p| format!("{p:.3}"))
            .collect::<Vec<_>>()
            .join(","),
        article.len(),
        median(runs.clone()),
        quantile(runs, 0.95),
        scaling.join(",")
    );
}
