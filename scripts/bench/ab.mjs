#!/usr/bin/env node
// Two builds of the bench wasm compared in one Chromium, alternated: for a
// change of build settings (a profile's opt-level) that must not cost wasm
// throughput. Not part of `make bench`.
//
//   node scripts/bench/ab.mjs --save DIR      build the bench page (as make bench does) into DIR
//   node scripts/bench/ab.mjs DIR_A DIR_B [ROUNDS]   alternate A and B ROUNDS times (default 3)
//
// Each round opens a fresh page per build and measures sitrep over every
// text of the corpus (the median of three passes) and sitrep and wink-nlp on the same ~60 KB
// sample (the `peers` step of make bench, --quick size). Prints MB/s and
// the sitrep/wink ratio per round, then the medians.

import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SHARED = resolve(process.env.SITREP_SHARED || join(ROOT, "..", "shared"));
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function run(cmd, args) {
  console.error(`ab: $ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} exited with ${r.status}`);
  return r.stdout.toString();
}

function texts(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text)
    .filter((t) => typeof t === "string");
}

function save(dir) {
  mkdirSync(dir, { recursive: true });
  run("cargo", ["build", "--quiet", "--release", "--example", "bench_wasm", "--target", "wasm32-unknown-unknown", "--no-default-features", "--features", "web"]);
  const targetDir = JSON.parse(run("cargo", ["metadata", "--format-version", "1", "--no-deps"])).target_directory;
  const pkg = join(dir, "pkg");
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", pkg, join(targetDir, "wasm32-unknown-unknown", "release", "examples", "bench_wasm.wasm")]);
  const bg = join(pkg, "bench_wasm_bg.wasm");
  run("wasm-opt", ["-Oz", bg, "-o", bg]);
  run(join(ROOT, "node_modules", ".bin", "esbuild"), [join(ROOT, "scripts", "bench", "peers.mjs"), "--bundle", "--minify", "--format=iife", "--platform=browser", "--log-level=warning", `--outfile=${join(dir, "peers.js")}`]);
  copyFileSync(join(ROOT, "scripts", "bench", "page.mjs"), join(dir, "page.mjs"));
  writeFileSync(join(dir, "index.html"), '<!doctype html><meta charset="utf-8"><script src="peers.js"></script><script type="module" src="page.mjs"></script>\n');
  const dev = join(SHARED, "data", "dev");
  const files = readdirSync(dev).filter((f) => f.endsWith(".jsonl")).sort().map((f) => texts(join(dev, f)));
  writeFileSync(join(dir, "corpus.json"), JSON.stringify({ files, article: readFileSync(join(SHARED, "examples", "belgorod-raid.txt"), "utf8") }));
  const gaz = join(ROOT, "data", "gazetteer");
  const cities = readdirSync(gaz)
    .filter((f) => /^cities-\d+\.tsv$/.test(f))
    .sort((a, b) => parseInt(a.slice(7)) - parseInt(b.slice(7)))
    .map((f) => readFileSync(join(gaz, f), "utf8").replace(/\n?$/, "\n"))
    .join("");
  writeFileSync(join(dir, "cities.tsv"), cities);
  for (const f of ["admin1.tsv", "cities-major.tsv"]) copyFileSync(join(gaz, f), join(dir, f));
  console.log(`${dir}: bench wasm ${statSync(bg).size} raw, ${gzipSync(readFileSync(bg), { level: 9 }).length} gzip`);
}

function serve(dir) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };
  const server = createServer((req, res) => {
    const file = resolve(dir, `.${decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/$/, "/index.html")}`);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": types[extname(file)] || "text/plain", "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp", "Cache-Control": "no-store" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.argv[2] === "--save") {
  save(resolve(process.argv[3]));
  process.exit(0);
}
const dirs = process.argv.slice(2, 4).map((d) => resolve(d));
const rounds = Number(process.argv[4] || 3);
const servers = await Promise.all(dirs.map(serve));
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const got = dirs.map(() => ({ corpus: [], sitrep: [], wink: [], ratio: [] }));
try {
  for (let r = 0; r < rounds; r++) {
    for (const [i, { url }] of servers.entries()) {
      const p = await browser.newPage();
      await p.goto(url);
      await p.waitForFunction(() => window.benchReady === true);
      await p.evaluate(() => window.bench.init());
      const c = await p.evaluate(() => window.bench.corpus(3, 20));
      const peers = await p.evaluate(() => window.bench.peers(60_000, 5));
      await p.close();
      const g = got[i];
      g.corpus.push(c.corpus.mb_per_s);
      g.sitrep.push(peers.sitrep.mb_per_s);
      g.wink.push(peers.wink.mb_per_s);
      g.ratio.push(peers.sitrep.mb_per_s / peers.wink.mb_per_s);
      console.log(`round ${r + 1} ${"AB"[i]}: corpus ${c.corpus.mb_per_s.toFixed(3)} MB/s; sample sitrep ${peers.sitrep.mb_per_s.toFixed(3)}, wink ${peers.wink.mb_per_s.toFixed(3)} MB/s, ratio ${(peers.sitrep.mb_per_s / peers.wink.mb_per_s).toFixed(2)}`);
    }
  }
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
}
for (const [i, g] of got.entries()) {
  console.log(`${"AB"[i]} ${dirs[i]}: median corpus ${med(g.corpus).toFixed(3)} MB/s, sample sitrep ${med(g.sitrep).toFixed(3)} MB/s, wink ${med(g.wink).toFixed(3)}, ratio ${med(g.ratio).toFixed(2)}`);
}
console.log(`B/A: corpus ${(med(got[1].corpus) / med(got[0].corpus)).toFixed(3)}, sample ${(med(got[1].sitrep) / med(got[0].sitrep)).toFixed(3)}, ratio ${(med(got[1].ratio) / med(got[0].ratio)).toFixed(3)}`);
