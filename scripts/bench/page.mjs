// The benchmark page (run.mjs serves it from a temporary directory with the
// bench wasm build in pkg/, the peers' bundle in peers.js and the corpus in
// corpus.json). Every figure is measured here, in one page and one run, so
// the ratios compare like with like. run.mjs calls window.bench.* through
// Playwright and gets plain objects back.
import init, * as sitrep from "./pkg/bench_wasm.js";

const utf8 = new TextEncoder();
const bytesOf = (s) => utf8.encode(s).length;
const now = () => performance.now();

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil(q * s.length))) - 1];
}

let corpus; // { files: [[text, ...], ...], texts: all of them, article: "..." }
const { compromise, wink } = globalThis.peers;

// What each tool is asked to do with one text. Each returns a count so the
// work can't be skipped.
const tools = {
  // The core's full analysis, as the page runs it.
  sitrep: (t) => sitrep.analyze(t),
  // compromise 14: people, places, organizations and numbers.
  compromise: (t) => {
    const doc = compromise(t);
    return (
      doc.people().out("array").length +
      doc.places().out("array").length +
      doc.organizations().out("array").length +
      doc.numbers().out("array").length
    );
  },
  // wink-nlp with its lite web model: tokens, sentences, POS and entities.
  wink: (t) => {
    const doc = wink.nlp.readDoc(t);
    return doc.entities().out(wink.its.detail).length + doc.sentences().length();
  },
};

/** One pass of `tool` over `texts`: seconds. */
function pass(tool, texts) {
  const f = tools[tool];
  let sink = 0;
  const t0 = now();
  for (const t of texts) sink += f(t);
  const ms = now() - t0;
  if (sink < 0) throw new Error("unreachable");
  return ms / 1000;
}

/** Throughput of `tool` over `texts`: the median of `passes` passes, MB/s (1 MB = 10^6 bytes of UTF-8). */
function throughput(tool, texts, passes) {
  const bytes = texts.reduce((n, t) => n + bytesOf(t), 0);
  const secs = [];
  for (let i = 0; i < passes; i++) secs.push(pass(tool, texts));
  return { bytes, passes, mb_per_s: bytes / 1e6 / median(secs), secs };
}

/** Latency of one text: median and p95 over `runs` runs (after 5 warm-up runs), ms. */
function latency(tool, text, runs) {
  const f = tools[tool];
  for (let i = 0; i < 5; i++) f(text);
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    f(text);
    ms.push(now() - t0);
  }
  return { runs, median_ms: median(ms), p95_ms: quantile(ms, 0.95) };
}

/**
 * One document of all the texts, the files interleaved in proportion to their
 * sizes (the next text comes from the file with the smallest share taken so
 * far), so every prefix has the corpus's mix. Same order as `mixed` in
 * examples/bench_native.rs.
 */
function mixed(files) {
  const lens = files.map((f) => f.map(bytesOf));
  const totals = lens.map((l) => l.reduce((a, b) => a + b, 0));
  const taken = files.map(() => 0);
  const next = files.map(() => 0);
  const out = [];
  for (;;) {
    let pick = -1;
    for (let f = 0; f < files.length; f++) {
      if (next[f] >= files[f].length) continue;
      const share = taken[f] / Math.max(1, totals[f]);
      if (pick < 0 || share < taken[pick] / Math.max(1, totals[pick])) pick = f;
    }
    if (pick < 0) break;
    out.push(files[pick][next[pick]]);
    taken[pick] += lens[pick][next[pick]];
    next[pick]++;
  }
  return out.join("\n\n");
}

/** The first `n` bytes of `text` (UTF-8), cut back to a character boundary. */
function prefix(text, n) {
  const b = utf8.encode(text);
  let end = Math.min(n, b.length);
  while (end > 0 && end < b.length && (b[end] & 0xc0) === 0x80) end--;
  return new TextDecoder().decode(b.subarray(0, end));
}

function jsHeap() {
  const m = performance.memory;
  return m ? { used: m.usedJSHeapSize, total: m.totalJSHeapSize } : null;
}

window.bench = {
  /** Loads the wasm, the corpus and the gazetteer's files (as the page does). */
  async init() {
    const t0 = now();
    await init();
    const wasm_init_ms = now() - t0;
    corpus = await (await fetch("corpus.json")).json();
    corpus.texts = corpus.files.flat();
    const [admin1, major, cities] = await Promise.all(
      ["admin1.tsv", "cities-major.tsv", "cities.tsv"].map(async (f) => (await fetch(f)).text()),
    );
    const t1 = now();
    sitrep.install_major(admin1, major);
    const places = sitrep.install_cities(cities);
    const install_ms = now() - t1;
    const t2 = now();
    sitrep.analyze(corpus.article);
    const first_ms = now() - t2;
    return {
      wasm_init_ms,
      install_ms,
      places,
      first_ms,
      texts: corpus.texts.length + 1,
      timer_resolution_isolated: globalThis.crossOriginIsolated === true,
    };
  },

  /** sitrep on the whole corpus, and one article's latency. */
  corpus(passes, runs) {
    const texts = [corpus.article, ...corpus.texts];
    return {
      corpus: throughput("sitrep", texts, passes),
      article: { bytes: bytesOf(corpus.article), ...latency("sitrep", corpus.article, runs) },
    };
  },

  /**
   * The three tools on the same sample of the corpus (every k-th text, about
   * `sampleBytes` in all, so the slow peers finish), in one run.
   */
  peers(sampleBytes, runs) {
    const all = corpus.texts;
    const total = all.reduce((n, t) => n + bytesOf(t), 0);
    const stride = Math.max(1, Math.ceil(total / sampleBytes));
    const sample = all.filter((_, i) => i % stride === 0);
    const out = {};
    // Warm up each tool (JIT, lazy tables) on the article first.
    for (const tool of Object.keys(tools)) tools[tool](corpus.article);
    out.sitrep = throughput("sitrep", sample, 5);
    out.wink = throughput("wink", sample, 3);
    out.compromise = throughput("compromise", sample, 1);
    out.article = {
      sitrep: latency("sitrep", corpus.article, 200),
      wink: latency("wink", corpus.article, 50),
      compromise: latency("compromise", corpus.article, Math.max(5, Math.min(runs, 20))),
    };
    out.sample = { texts: sample.length, stride };
    return out;
  },

  /** Throughput at each size, one document cut from the joined corpus. */
  scaling(sizes, maxMs) {
    const joined = mixed(corpus.files);
    return sizes.map((size) => {
      const text = prefix(joined, size);
      const ms = [];
      const start = now();
      while (ms.length < 3 || (now() - start < maxMs && ms.length < 50)) {
        const t0 = now();
        sitrep.analyze(text);
        ms.push(now() - t0);
        if (ms.length >= 1 && ms[0] > 5000) break; // a slow size: one run is enough
      }
      const m = median(ms);
      return { bytes: bytesOf(text), runs: ms.length, ms: m, mb_per_s: bytesOf(text) / 1e6 / m * 1000 };
    });
  },

  /** Memory while analyzing a text of `size` bytes: wasm linear memory and JS heap. */
  memory(size) {
    const joined = mixed(corpus.files);
    const text = prefix(joined, size);
    const before = { wasm: sitrep.memory_bytes(), js: jsHeap() };
    const t0 = now();
    sitrep.analyze(text);
    const ms = now() - t0;
    const after = { wasm: sitrep.memory_bytes(), js: jsHeap() };
    return { bytes: bytesOf(text), ms, before, after };
  },
};
window.benchReady = true;
