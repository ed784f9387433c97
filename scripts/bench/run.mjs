#!/usr/bin/env node
// `make bench`: Sitrep against its peers, measured in one run, separate from
// the tests. Prints a table and rewrites the measured part of BENCHMARKS.md
// (between the bench:begin/bench:end markers; the notes around them are kept).
//
//   node scripts/bench/run.mjs [--quick] [--no-write] [--skip-load]
//   node scripts/bench/run.mjs --load-only [--dist DIR]   (navigation times of dist/, or DIR, only, printed)
//   node scripts/bench/run.mjs --report target/bench.json   (rewrite from saved figures)
//
// Steps (each figure's method is in BENCHMARKS.md):
//   1. native: examples/bench_native.rs, built with the `native` profile;
//   2. browser: examples/bench_wasm.rs built like the page (release,
//      --no-default-features --features web, wasm-bindgen, wasm-opt -Oz), and
//      compromise + wink-nlp bundled by esbuild, all in one page in headless
//      Chromium (Debian's, through playwright-core);
//   3. load: dist/ (make dist) served by scripts/serve.mjs: bytes by file, and
//      navigation to the first rendered analysis, cold and warm;
//   4. memory and scaling (10 KB .. 10 MB), native and wasm.
//
// Corpus: ../shared/data/dev/*.jsonl (the "text" field of each line) and
// ../shared/examples/belgorod-raid.txt, read at run time (SITREP_SHARED=DIR
// to point elsewhere).

import { execFileSync, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "../serve.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SHARED = resolve(process.env.SITREP_SHARED || join(ROOT, "..", "shared"));
const ARGS = new Set(process.argv.slice(2));
const QUICK = ARGS.has("--quick");
const SIZES = [10_000, 100_000, 1_000_000, 10_000_000];
const PEER_SAMPLE_BYTES = QUICK ? 60_000 : 250_000;
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-precise-memory-info",
];
const TARGETS = {
  native_mb_s: 40,
  vs_compromise: 200,
  vs_wink: 10,
  article_ms: 1,
  shell_gzip: 400_000,
  data_gzip: 2_000_000,
  cold_ms: 1000,
};

const log = (...a) => console.error("bench:", ...a);
const die = (msg) => {
  console.error(`bench: error: ${msg}`);
  process.exit(1);
};

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 28, ...opts });
  if (r.status !== 0) die(`${cmd} ${r.error ? `failed: ${r.error.message}` : `exited with ${r.status}`}`);
  return r.stdout ? r.stdout.toString() : "";
}
const sh = (cmd) => {
  try {
    return execFileSync("bash", ["-c", cmd], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
  } catch {
    return "";
  }
};

// ---------------------------------------------------------------------------
// Corpus and machine

function corpusFiles() {
  const dev = join(SHARED, "data", "dev");
  const article = join(SHARED, "examples", "belgorod-raid.txt");
  if (!existsSync(dev) || !existsSync(article)) {
    die(`the corpus is read from ${dev}/*.jsonl and ${article}: not found (the shared data lives beside the repo; SITREP_SHARED=DIR to point elsewhere)`);
  }
  const files = readdirSync(dev)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(dev, f));
  if (!files.length) die(`no *.jsonl in ${dev}`);
  return { files, article };
}

/** The `text` field of every line, by file. */
function readTexts(files) {
  return files.map((f) => {
    const texts = [];
    for (const line of readFileSync(f, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const t = JSON.parse(line).text;
      if (typeof t === "string") texts.push(t);
    }
    return texts;
  });
}

function machine() {
  const lscpu = sh("lscpu");
  const field = (name) => (lscpu.match(new RegExp(`^${name}:\\s*(.+)$`, "m")) || [])[1] || "?";
  const mem = sh("free -b | awk '/^Mem:/ {print $2}'");
  const ver = (cmd) => sh(cmd).split("\n")[0];
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    nproc: sh("nproc"),
    cpu: field("Model name"),
    threads_per_core: field("Thread\\(s\\) per core"),
    memory_gb: mem ? (Number(mem) / 1e9).toFixed(1) : "?",
    kernel: sh("uname -sr"),
    rustc: ver("rustc --version"),
    node: process.version,
    chromium: ver(`${CHROMIUM} --version`),
    // SITREP_BENCH_COMMIT names the commit when the tree is an export (git archive).
    commit:
      process.env.SITREP_BENCH_COMMIT ||
      sh("git rev-parse --short HEAD") + (sh("git status --porcelain --untracked-files=no") ? " (with uncommitted changes)" : ""),
    load: sh("cut -d' ' -f1-3 /proc/loadavg"),
  };
}

// ---------------------------------------------------------------------------
// Native

function native({ files, article }) {
  const out = run("cargo", ["run", "--quiet", "--profile", "native", "--example", "bench_native", "--", "--article", article, ...files]);
  return JSON.parse(out.trim().split("\n").pop());
}

// ---------------------------------------------------------------------------
// The bench page: wasm + peers + corpus in a temporary directory

function buildBenchPage(dir, { files, article }) {
  run("cargo", ["build", "--quiet", "--release", "--example", "bench_wasm", "--target", "wasm32-unknown-unknown", "--no-default-features", "--features", "web"]);
  const targetDir = JSON.parse(run("cargo", ["metadata", "--format-version", "1", "--no-deps"])).target_directory;
  const wasm = join(targetDir, "wasm32-unknown-unknown", "release", "examples", "bench_wasm.wasm");
  const pkg = join(dir, "pkg");
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", pkg, wasm]);
  // As Trunk does for the page (data-wasm-opt="z").
  const bg = join(pkg, "bench_wasm_bg.wasm");
  run("wasm-opt", ["-Oz", bg, "-o", bg]);
  run(join(ROOT, "node_modules", ".bin", "esbuild"), [join(ROOT, "scripts", "bench", "peers.mjs"), "--bundle", "--minify", "--format=iife", "--platform=browser", "--log-level=warning", `--outfile=${join(dir, "peers.js")}`]);
  copyFileSync(join(ROOT, "scripts", "bench", "page.mjs"), join(dir, "page.mjs"));
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><meta charset="utf-8"><title>sitrep bench</title><script src="peers.js"></script><script type="module" src="page.mjs"></script>\n',
  );
  writeFileSync(join(dir, "corpus.json"), JSON.stringify({ files: readTexts(files), article: readFileSync(article, "utf8") }));
  // The cities table, as the page fetches it (gazetteer::CITY_FILES).
  const gaz = join(ROOT, "data", "gazetteer");
  const cities = readdirSync(gaz)
    .filter((f) => /^cities-\d+\.tsv$/.test(f))
    .sort((a, b) => parseInt(a.slice(7)) - parseInt(b.slice(7)))
    .map((f) => {
      const t = readFileSync(join(gaz, f), "utf8");
      return t.endsWith("\n") ? t : `${t}\n`;
    })
    .join("");
  writeFileSync(join(dir, "cities.tsv"), cities);
  // The major places (gazetteer::MAJOR_FILES), installed first.
  for (const f of ["admin1.tsv", "cities-major.tsv"]) copyFileSync(join(gaz, f), join(dir, f));
  return {
    wasm_raw: statSync(bg).size,
    wasm_gzip: gzipSync(readFileSync(bg), { level: 9 }).length,
    peers_raw: statSync(join(dir, "peers.js")).size,
    peers_gzip: gzipSync(readFileSync(join(dir, "peers.js")), { level: 9 }).length,
  };
}

// A static server for the bench page, cross-origin isolated so that
// performance.now() has 5 µs resolution instead of 100 µs.
function isolatedServer(dir) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".tsv": "text/plain" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = resolve(dir, `.${path === "/" ? "/index.html" : path}`);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": types[extname(file)] || "application/octet-stream",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
      "Cache-Control": "no-store",
    });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

async function browserBench(browser, url) {
  const page = async () => {
    const p = await browser.newPage();
    p.on("pageerror", (e) => log(`page error: ${e.message}`));
    await p.goto(url);
    await p.waitForFunction(() => window.benchReady === true);
    return p;
  };
  const p = await page();
  log("browser: init");
  const init = await p.evaluate(() => window.bench.init());
  log("browser: sitrep over the corpus");
  const corpus = await p.evaluate(([passes, runs]) => window.bench.corpus(passes, runs), [QUICK ? 1 : 3, QUICK ? 100 : 400]);
  log("browser: sitrep, wink-nlp and compromise on one sample");
  const peers = await p.evaluate(([bytes, runs]) => window.bench.peers(bytes, runs), [PEER_SAMPLE_BYTES, 20]);
  await p.close();
  // Memory on a fresh page: its wasm memory has seen nothing bigger.
  log("browser: memory on a 10 MB text");
  const m = await page();
  await m.evaluate(() => window.bench.init());
  const memory = await m.evaluate((size) => window.bench.memory(size), SIZES[SIZES.length - 1]);
  const cdp = await m.context().newCDPSession(m);
  await cdp.send("Performance.enable");
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((x) => [x.name, x.value]));
  memory.cdp_js_heap_used = metrics.JSHeapUsedSize;
  memory.cdp_js_heap_total = metrics.JSHeapTotalSize;
  log("browser: scaling");
  const scaling = await m.evaluate(([sizes, maxMs]) => window.bench.scaling(sizes, maxMs), [SIZES, QUICK ? 200 : 500]);
  await m.close();
  return { init, corpus, peers, memory, scaling };
}

// ---------------------------------------------------------------------------
// Load: dist/ sizes and navigation to the first analysis

function distSizes() {
  const dist = join(ROOT, "dist");
  if (!existsSync(join(dist, "index.html"))) die("no dist/: run make dist first (make bench does)");
  const files = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (f.startsWith(".")) continue;
      if (statSync(p).isDirectory()) walk(p);
      else {
        const body = readFileSync(p);
        const name = relative(dist, p);
        const kind = name.startsWith("gazetteer/") ? "data" : { ".wasm": "wasm", ".js": "js", ".css": "css" }[extname(p)] || "other";
        files.push({ name, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
      }
    }
  };
  walk(dist);
  return files.sort((a, b) => b.gzip - a.gzip);
}

// In the page, before anything else runs: as soon as the textarea exists,
// paste the article into it (one input event that says it is a paste, as a
// user's paste does, so the page reads it at once rather than waiting for
// typing to pause); note when the text view shows its analysis.
const PASTE_AND_WATCH = `
(() => {
  const text = __ARTICLE__;
  const marks = {};
  window.__benchLoad = marks;
  const tick = () => {
    const area = document.querySelector("#article");
    if (area && marks.input === undefined) {
      marks.input = performance.now();
      area.value = text;
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }
    const view = document.querySelector(".text-view");
    if (marks.input !== undefined && view && view.textContent === text && view.querySelector("mark")) {
      marks.analysis = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  const start = () => { new MutationObserver(() => {}).observe(document, { childList: true, subtree: true }); tick(); };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
`;

async function loadTimes(article, root = join(ROOT, "dist")) {
  const { server, url } = await serve({ root, base: "/sitrep/" });
  const requested = new Set();
  const once = async (context) => {
    const page = await context.newPage();
    page.on("request", (r) => requested.add(new URL(r.url()).pathname.replace(/^\/sitrep\//, "")));
    await page.addInitScript(PASTE_AND_WATCH.replace("__ARTICLE__", JSON.stringify(article)));
    await page.goto(url);
    await page.waitForFunction(() => window.__benchLoad && window.__benchLoad.analysis !== undefined, null, { timeout: 60_000 });
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return {
        input_ms: window.__benchLoad.input,
        analysis_ms: window.__benchLoad.analysis,
        dom_content_loaded_ms: nav.domContentLoadedEventEnd,
        sw: navigator.serviceWorker.controller !== null,
      };
    });
    return { page, r };
  };
  const cold = [];
  const warm = [];
  const runs = QUICK ? 1 : 3;
  for (let i = 0; i < runs; i++) {
    // A new profile each time: no HTTP cache, no service worker, no code cache.
    const profile = mkdtempSync(join(tmpdir(), "sitrep-bench-profile-"));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      const { page, r } = await once(context);
      cold.push(r);
      if (i === 0) {
        // Warm: once the service worker controls the page, load it again.
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
        await page.close();
        for (let j = 0; j < (QUICK ? 2 : 5); j++) {
          const w = await once(context);
          if (!w.r.sw) die("warm load: the service worker did not control the page");
          warm.push(w.r);
          await w.page.close();
        }
      } else {
        await page.close();
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  server.close();
  return { cold, warm, requested };
}

// ---------------------------------------------------------------------------
// Report

const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f1 = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const kb = (b) => `${(b / 1000).toLocaleString("en-US", { maximumFractionDigits: 1 })} KB`;
const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
const ok = (good) => (good ? "met" : "**not met**");

function table(rows) {
  const [head, ...body] = rows;
  const line = (r) => `| ${r.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? "---" : "---:"))), ...body.map(line)].join("\n");
}

function report({ m, nat, sizes, web, load, command }) {
  const p = web.peers;
  const vsComp = p.sitrep.mb_per_s / p.compromise.mb_per_s;
  const vsWink = p.sitrep.mb_per_s / p.wink.mb_per_s;
  const shell = sizes.filter((f) => f.kind !== "data");
  const firstLoad = load ? shell.filter((f) => load.requested.has(f.name) || f.name === "index.html") : shell;
  const sum = (fs, k) => fs.reduce((n, f) => n + f[k], 0);
  const data = sizes.filter((f) => f.kind === "data");
  const coldMs = load ? med(load.cold.map((r) => r.analysis_ms)) : NaN;
  const warmMs = load ? med(load.warm.map((r) => r.analysis_ms)) : NaN;
  const out = [];
  out.push(`Measured ${m.date} on ${m.nproc} cores (${m.cpu}, ${m.threads_per_core} thread(s) per core), ${m.memory_gb} GB RAM, ${m.kernel}; ${m.rustc}; node ${m.node}; ${m.chromium} (headless); commit ${m.commit}; load average at start ${m.load}. Other builds may share the machine: ratios are measured in one run and one page.`);
  out.push("");
  out.push(`Command: \`${command}\``);
  out.push("");
  out.push(`Corpus: ${nat.texts.toLocaleString("en-US")} texts, ${mb(nat.bytes)} of UTF-8 (the \`text\` field of every line of \`../shared/data/dev/*.jsonl\`, plus \`../shared/examples/belgorod-raid.txt\`, ${nat.article_bytes.toLocaleString("en-US")} bytes), each analyzed as its own document. 1 MB = 10^6 bytes.`);
  out.push("");
  out.push("### Targets");
  out.push("");
  out.push(
    table([
      ["figure", "measured", "target", ""],
      ["native throughput (corpus)", `${f1(nat.mb_per_s)} MB/s`, `>= ${TARGETS.native_mb_s} MB/s`, ok(nat.mb_per_s >= TARGETS.native_mb_s)],
      ["wasm throughput vs compromise (same sample, same page)", `${f1(vsComp)}×`, `>= ${TARGETS.vs_compromise}×`, ok(vsComp >= TARGETS.vs_compromise)],
      ["wasm throughput vs wink-nlp (same sample, same page)", `${f1(vsWink)}×`, `>= ${TARGETS.vs_wink}×`, ok(vsWink >= TARGETS.vs_wink)],
      ["example article in the browser, median (p95)", `${f1(web.corpus.article.median_ms)} ms (${f1(web.corpus.article.p95_ms)} ms)`, `< ${TARGETS.article_ms} ms`, ok(web.corpus.article.median_ms < TARGETS.article_ms)],
      ["first load, gzip, app shell", kb(sum(firstLoad, "gzip")), `<= ${kb(TARGETS.shell_gzip)}`, ok(sum(firstLoad, "gzip") <= TARGETS.shell_gzip)],
      ["lazily loaded gazetteer, gzip", kb(sum(data, "gzip")), `<= ${mb(TARGETS.data_gzip)}`, ok(sum(data, "gzip") <= TARGETS.data_gzip)],
      ["navigation to first analysis, cold, median", load ? `${f1(coldMs)} ms` : "not run", `< ${TARGETS.cold_ms} ms`, load ? ok(coldMs < TARGETS.cold_ms) : ""],
      ["10 MB input: the core's time in one call; peak wasm memory", `${f1(web.memory.ms / 1000)} s; ${mb(web.memory.after.wasm)}`, "no freeze; reported", "reported (the page reads big texts in a worker; not timed here)"],
    ]),
  );
  out.push("");
  out.push("### Throughput and latency");
  out.push("");
  out.push(
    table([
      ["tool", "where", "input", "throughput", "one article, median", "p95"],
      ["sitrep (native, `native` profile)", "CPU", `corpus, ${mb(nat.bytes)}`, `${f1(nat.mb_per_s)} MB/s`, `${f1(nat.article_median_ms)} ms`, `${f1(nat.article_p95_ms)} ms`],
      ["sitrep (wasm, release build as shipped)", "Chromium", `corpus, ${mb(web.corpus.corpus.bytes)}`, `${f1(web.corpus.corpus.mb_per_s)} MB/s`, `${f1(web.corpus.article.median_ms)} ms`, `${f1(web.corpus.article.p95_ms)} ms`],
      ["sitrep (wasm)", "Chromium", `sample, ${kb(p.sitrep.bytes)}`, `${f1(p.sitrep.mb_per_s)} MB/s`, `${f1(p.article.sitrep.median_ms)} ms`, `${f1(p.article.sitrep.p95_ms)} ms`],
      ["wink-nlp 2.4 + lite web model (readDoc, entities)", "Chromium", `sample, ${kb(p.wink.bytes)}`, `${f1(p.wink.mb_per_s)} MB/s`, `${f1(p.article.wink.median_ms)} ms`, `${f1(p.article.wink.p95_ms)} ms`],
      ["compromise 14.17 (people, places, organizations, numbers)", "Chromium", `sample, ${kb(p.compromise.bytes)}`, `${f1(p.compromise.mb_per_s)} MB/s`, `${f1(p.article.compromise.median_ms)} ms`, `${f1(p.article.compromise.p95_ms)} ms`],
    ]),
  );
  out.push("");
  out.push(`Ratios (wasm throughput on the sample, same page, same run): **sitrep / compromise = ${f1(vsComp)}×**, **sitrep / wink-nlp = ${f1(vsWink)}×**. The sample is one text in ${p.sample.stride} of the corpus (${p.sample.texts} texts), so the slow peers finish; passes: sitrep 5, wink-nlp 3, compromise 1, median. Native: median of 3 passes over the corpus, article latency over ${nat.article_runs} runs; browser: article latency over 400 runs, \`performance.now()\` in a cross-origin isolated page (${web.init.timer_resolution_isolated ? "5 µs" : "100 µs"} resolution). The first analysis, which builds the shared tables, is not counted: ${f1(nat.first_ms)} ms native, ${f1(web.init.first_ms)} ms in wasm (after installing the ${web.init.places.toLocaleString("en-US")} places of the cities table: ${f1(web.init.install_ms)} ms).`);
  out.push("");
  out.push("### Scaling (one document: the corpus texts interleaved in proportion to their files' sizes, cut at each size)");
  out.push("");
  const rows = [["input", "native time", "native MB/s", "wasm time", "wasm MB/s", "time per byte vs 10 KB (native)"]];
  nat.scaling.forEach((n, i) => {
    const w = web.scaling[i];
    rows.push([mb(n.bytes).replace(/^0\.0 MB$/, kb(n.bytes)).replace(/^0\.1 MB$/, kb(n.bytes)), `${f1(n.ms)} ms`, f1(n.mb_per_s), `${f1(w.ms)} ms`, f1(w.mb_per_s), `${f1(n.ms / n.bytes / (nat.scaling[0].ms / nat.scaling[0].bytes))}×`]);
  });
  out.push(table(rows));
  out.push("");
  out.push("Linear cost means flat throughput (the last column stays near 1×).");
  out.push("");
  out.push("### Memory (a 10 MB text, in Chromium)");
  out.push("");
  const mm = web.memory;
  out.push(
    table([
      ["", "before", "after (peak: wasm memory never shrinks)"],
      ["wasm linear memory", mb(mm.before.wasm), mb(mm.after.wasm)],
      ["JS heap used (performance.memory)", mm.before.js ? mb(mm.before.js.used) : "?", mm.after.js ? mb(mm.after.js.used) : "?"],
      ["JS heap total (performance.memory)", mm.before.js ? mb(mm.before.js.total) : "?", mm.after.js ? mb(mm.after.js.total) : "?"],
    ]),
  );
  out.push("");
  out.push(`The analysis of the ${mb(mm.bytes)} text took ${f1(mm.ms)} ms in one call of the core on the bench page's main thread (the app itself hands big texts to its web worker).`);
  out.push("");
  out.push("### Load");
  out.push("");
  const fileRows = [["file", "kind", "raw", "gzip -9", "first load"]];
  for (const f of sizes) fileRows.push([`\`${f.name.replace(/-[0-9a-f]{16}/, "-*")}\``, f.kind, kb(f.raw), kb(f.gzip), f.kind === "data" ? "after start-up" : firstLoad.includes(f) ? "yes" : "no"]);
  fileRows.push(["**first load (app shell)**", "", `**${kb(sum(firstLoad, "raw"))}**`, `**${kb(sum(firstLoad, "gzip"))}**`, ""]);
  // (The page and its analysis worker run one wasm module: no row for the
  // page alone.)
  fileRows.push(["**gazetteer data (lazy)**", "", `**${kb(sum(data, "raw"))}**`, `**${kb(sum(data, "gzip"))}**`, ""]);
  out.push(table(fileRows));
  out.push("");
  out.push(`For comparison, in the same run: the peers' browser bundle (compromise + wink-nlp + model, esbuild --minify) is ${kb(web.build.peers_raw)} raw, ${kb(web.build.peers_gzip)} gzip; the bench wasm (the core without UI) is ${kb(web.build.wasm_raw)} raw, ${kb(web.build.wasm_gzip)} gzip.`);
  out.push("");
  if (load) {
    out.push(
      table([
        ["navigation (dist/ on scripts/serve.mjs, localhost)", "runs", "textarea ready, median", "first rendered analysis, median", "all runs"],
        ["cold: new profile, no cache, no service worker", String(load.cold.length), `${f1(med(load.cold.map((r) => r.input_ms)))} ms`, `${f1(coldMs)} ms`, load.cold.map((r) => f1(r.analysis_ms)).join(", ")],
        ["warm: service worker controls the page", String(load.warm.length), `${f1(med(load.warm.map((r) => r.input_ms)))} ms`, `${f1(warmMs)} ms`, load.warm.map((r) => f1(r.analysis_ms)).join(", ")],
      ]),
    );
    out.push("");
    out.push("Times are `performance.now()` in the page (from navigation start). As soon as the textarea exists the article is pasted into it (an `input` event with `inputType: \"insertFromPaste\"`, as a user's paste gives); the analysis counts as rendered when the text view shows the whole text with its marks. The page reads a paste at once (only typing waits 150 ms for a pause).");
  }
  return out.join("\n");
}

function printTable({ nat, web, sizes, load }) {
  const p = web.peers;
  const shell = sizes.filter((f) => f.kind !== "data" && (!load || load.requested.has(f.name) || f.name === "index.html"));
  const rows = [
    ["native throughput (corpus)", `${f1(nat.mb_per_s)} MB/s`],
    ["native article median / p95", `${f1(nat.article_median_ms)} / ${f1(nat.article_p95_ms)} ms`],
    ["wasm throughput (corpus)", `${f1(web.corpus.corpus.mb_per_s)} MB/s`],
    ["wasm article median / p95", `${f1(web.corpus.article.median_ms)} / ${f1(web.corpus.article.p95_ms)} ms`],
    ["sample: sitrep wasm / wink-nlp / compromise", `${f1(p.sitrep.mb_per_s)} / ${f1(p.wink.mb_per_s)} / ${f1(p.compromise.mb_per_s)} MB/s`],
    ["ratio vs compromise / vs wink-nlp", `${f1(p.sitrep.mb_per_s / p.compromise.mb_per_s)}× / ${f1(p.sitrep.mb_per_s / p.wink.mb_per_s)}×`],
    ["first load gzip (app shell)", kb(shell.reduce((n, f) => n + f.gzip, 0))],
    ["gazetteer data gzip (lazy)", kb(sizes.filter((f) => f.kind === "data").reduce((n, f) => n + f.gzip, 0))],
    ["navigation → first analysis cold / warm", load ? `${f1(med(load.cold.map((r) => r.analysis_ms)))} / ${f1(med(load.warm.map((r) => r.analysis_ms)))} ms` : "not run"],
    ["10 MB: time, peak wasm memory", `${f1(web.memory.ms)} ms, ${mb(web.memory.after.wasm)}`],
    ...nat.scaling.map((n, i) => [`scaling ${mb(n.bytes)}: native / wasm`, `${f1(n.mb_per_s)} / ${f1(web.scaling[i].mb_per_s)} MB/s`]),
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(rows.map(([a, b]) => `${a.padEnd(w)}  ${b}`).join("\n"));
}

const BEGIN = "<!-- bench:begin (written by scripts/bench/run.mjs; edit outside these markers) -->";
const END = "<!-- bench:end -->";

function writeBenchmarks(body) {
  const path = join(ROOT, "BENCHMARKS.md");
  const old = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n\n";
  const i = old.indexOf(BEGIN);
  const j = old.indexOf(END);
  const block = `${BEGIN}\n${body}\n${END}`;
  const next = i >= 0 && j > i ? old.slice(0, i) + block + old.slice(j + END.length) : `${old.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
  log(`wrote ${path}`);
}

// ---------------------------------------------------------------------------

const command = `make bench${QUICK ? " BENCH_ARGS=--quick" : ""}`;
// --report FILE: write BENCHMARKS.md again from a saved target/bench.json.
const saved = process.argv.indexOf("--report");
if (saved > 0) {
  const d = JSON.parse(readFileSync(process.argv[saved + 1], "utf8"));
  const load = d.load && { ...d.load, requested: new Set(d.load.requested) };
  printTable({ nat: d.native, web: d.web, sizes: d.sizes, load });
  writeBenchmarks(report({ m: d.machine, nat: d.native, sizes: d.sizes, web: d.web, load, command: d.command || command }));
  process.exit(0);
}
const corpus = corpusFiles();
if (ARGS.has("--load-only")) {
  const dist = process.argv.indexOf("--dist");
  const root = dist > 0 ? resolve(process.argv[dist + 1]) : join(ROOT, "dist");
  const { cold, warm } = await loadTimes(readFileSync(corpus.article, "utf8"), root);
  const ms = (rs, key = "analysis_ms") => rs.map((r) => Math.round(r[key])).join(", ");
  console.log(`first rendered analysis, ms: cold ${ms(cold)}; warm ${ms(warm)}`);
  console.log(`textarea ready, ms: cold ${ms(cold, "input_ms")}; warm ${ms(warm, "input_ms")}`);
  process.exit(0);
}
const m = machine();
log(`machine: ${m.nproc} cores, ${m.cpu}, load ${m.load}`);
const sizes = distSizes();
log("native");
const nat = native(corpus);
const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
let web;
let load = null;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  const build = buildBenchPage(dir, corpus);
  const { server, url } = await isolatedServer(dir);
  try {
    web = await browserBench(browser, url);
    web.build = build;
  } finally {
    server.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
if (!ARGS.has("--skip-load")) {
  log("load: cold and warm navigation");
  load = await loadTimes(readFileSync(corpus.article, "utf8"));
}
printTable({ nat, web, sizes, load });
if (!ARGS.has("--no-write")) writeBenchmarks(report({ m, nat, sizes, web, load, command }));
mkdirSync(join(ROOT, "target"), { recursive: true });
writeFileSync(join(ROOT, "target", "bench.json"), JSON.stringify({ command, machine: m, native: nat, web, sizes, load: load && { ...load, requested: [...load.requested] } }, null, 2));
