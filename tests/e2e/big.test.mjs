// End-to-end: big pastes are read in the worker while the page stays
// responsive (2 MB and 10 MB), the analysis can be cancelled and its memory
// comes back, and past the 16 MiB limit the page says what it analyzed.

import assert from "node:assert/strict";
import { test } from "node:test";
import { useApp, waitForAnalysis, waitForCities } from "./harness.mjs";

const app = useApp();
const open = app.open;

/** About `bytes` of the page's own example article, repeated. */
async function bigText(page, bytes) {
  await page.getByRole("button", { name: "Load example" }).click();
  const example = await page.inputValue("#article");
  return example.repeat(Math.ceil(bytes / example.length) + 1).slice(0, bytes);
}

/** Puts `text` in the article as a paste does: one input event. (Playwright's
 *  fill is far slower than a paste on megabytes.) */
function paste(page, text) {
  return page.evaluate((t) => {
    const area = document.querySelector("#article");
    area.value = t;
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
}

/** Starts recording the longest gap between timer ticks (a frozen page has long ones). */
function watchStalls(page) {
  return page.evaluate(() => {
    window.__stall = 0;
    let last = performance.now();
    window.__ticker = setInterval(() => {
      const now = performance.now();
      window.__stall = Math.max(window.__stall, now - last);
      last = now;
    }, 20);
  });
}

test("a 2 MB paste is read in the background: the date field still takes typing", async () => {
  const { context, page, errors } = await open();
  const text = await bigText(page, 2_000_000);
  // The browser's own cost of putting 2 MB into a textarea comes first
  // (the same for any page); then the page must stay responsive.
  const p0 = Date.now();
  await paste(page, text);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  const pasting = Date.now() - p0;
  await watchStalls(page);
  // The analysis runs in the worker; the status says so, with a progress bar.
  await page.locator(".progress progress").waitFor({ timeout: 10_000 });
  assert.match(await page.locator(".status").first().textContent(), /large text \(2\.0 MB\)/);
  // Typing in the date field works at once while it runs.
  const t0 = Date.now();
  await page.locator("#date").pressSequentially("05012024", { delay: 20 });
  const typing = Date.now() - t0;
  assert.equal(await page.inputValue("#date"), "2024-05-01");
  assert.ok(await page.locator(".progress progress").isVisible(), "the analysis should still be running");
  const stallWhileReading = await page.evaluate(() => window.__stall);
  // Then the result arrives, for the whole text.
  await page.waitForFunction(() => /read in \d+ ms/.test(document.querySelector(".status").textContent), null, {
    timeout: 180_000,
  });
  const status = await page.locator(".status").first().textContent();
  assert.equal((await page.locator(".text-view").textContent()).length, text.length);
  assert.ok((await page.locator(".event-card").count()) >= 1);
  console.log(
    `2 MB: paste handled in ${pasting} ms; typing 8 keys took ${typing} ms; longest stall while reading ${Math.round(stallWhileReading)} ms; ${status}`,
  );
  assert.ok(stallWhileReading < 500, `the page froze for ${stallWhileReading} ms while the worker read`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a big analysis can be cancelled, and an edit starts it again", async () => {
  const { context, page, errors } = await open();
  const text = await bigText(page, 1_500_000);
  await paste(page, text);
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.waitForFunction(() => /cancelled/.test(document.querySelector(".status").textContent));
  assert.equal(await page.locator(".progress").count(), 0);
  // Whatever was already on its way is not shown.
  await page.waitForTimeout(2000);
  assert.match(await page.locator(".status").first().textContent(), /cancelled/);
  assert.ok((await page.locator(".result-panel").textContent()).length < 10_000, "the big text's analysis was shown");
  await paste(page, `${text} Two drones hit Odesa.`);
  await page.waitForFunction(() => /read in \d+ ms/.test(document.querySelector(".status").textContent), null, {
    timeout: 180_000,
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the city list loads in the worker: the page does no long work after its first result", async () => {
  const context = await app.newContext();
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(err.message));
  await page.goto(app.url);
  await page.waitForSelector("#article");
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "Load example" }).click();
  // The example is read in the worker; once it is on show the worker
  // fetches and parses the 111,000 places (~0.4 s of work, which on the
  // page's thread was one task of 0.45 to 1.8 s), then the text is read
  // again.
  await waitForAnalysis(page);
  await waitForCities(page);
  await waitForAnalysis(page);
  const longest = await page.evaluate(
    (t0) => Math.round(Math.max(0, ...window.__longTasks.filter(([start]) => start >= t0).map(([, d]) => d))),
    t0,
  );
  console.log(`city list: the page's longest task from the example's first reading until the cities were in: ${longest} ms`);
  assert.ok(longest < 300, `a ${longest} ms task held the page while the city list loaded`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a big paste read before the page has settled: the worker also brings the city list", async () => {
  const context = await app.newContext();
  // The worker's major places come late, so the big text is the page's
  // first analysis, and the page asks for the cities table only after it.
  await context.route("**/gazetteer/admin1.tsv", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(err.message));
  await page.goto(app.url);
  await page.waitForSelector("#article");
  await paste(page, "Shelling hit Vovchansk overnight, killing two people. ".repeat(1500));
  await page.waitForFunction(() => /read in \d+ ms/.test(document.querySelector(".status").textContent), null, {
    timeout: 60_000,
  });
  await waitForCities(page);
  // A small text now: Vovchansk is in the cities table only.
  await page.fill("#article", "Shelling killed two people in Vovchansk on Tuesday.");
  await waitForAnalysis(page);
  assert.deepEqual(await page.locator(".text-view mark.mark-place").allTextContents(), ["Vovchansk"]);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The page tells a failed worker: the places table and a new text both say so. */
async function expectWorkerFailure(page) {
  await page.locator(".places").filter({ hasText: "did not load (the analysis worker failed)" }).waitFor({ timeout: 15_000 });
  await page.fill("#article", "Two drones hit Odesa.");
  await page.locator(".notice").filter({ hasText: "could not be analyzed: the analysis worker failed" }).waitFor({ timeout: 15_000 });
}

test("a worker that cannot load: the page says so, also for the one boot.js started early", async () => {
  const context = await app.newContext();
  // Every worker script fails, the one boot.js starts before the page's
  // wasm (whose failure no page code hears) and those the page starts.
  await context.route("**/worker.js", (route) => route.fulfill({ status: 404, body: "" }));
  // The page's wasm comes late, so the early worker has failed before the
  // page takes it over.
  await context.route(/\/app-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForSelector("#article");
  await expectWorkerFailure(page);
  await context.close();
});

test("a worker whose glue cannot load: the page says so instead of waiting", async () => {
  const context = await app.newContext();
  // The page and its worker run one wasm module: the worker script loads,
  // but the wasm-bindgen glue it imports fails (every request for it after
  // the page's own), so the worker cannot instantiate the module the page
  // posted it; worker.js turns that into an error the page hears.
  let glue = 0;
  await context.route(/\/app-[0-9a-f]+\.js$/, (route) =>
    glue++ === 0 ? route.continue() : route.fulfill({ status: 404, body: "" }),
  );
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForSelector("#article");
  await expectWorkerFailure(page);
  assert.ok(glue >= 2, `the glue was requested ${glue} times: no worker imported it`);
  await context.close();
});

/**
 * Watches a page for the 10 MB tests, from before its first script: the
 * main thread's wasm memory (from the event boot.js fires), when the page
 * sends each text to a worker ([time, bytes]) and when each report from a worker
 * arrives, every task that kept the main thread busy
 * for more than 50 ms (the browser's long tasks: [start, duration]), and
 * every gap of more than 50 ms between animation frames or 20 ms timer
 * ticks ([end, length]: what a person sees, which also grows when the
 * machine is short of CPU).
 */
async function watchPage(context) {
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
    addEventListener("TrunkApplicationStarted", (e) => {
      window.__wasmMemory = e.detail.wasm.memory;
    });
    window.__workerMessages = [];
    window.__workerTexts = [];
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(...args) {
        super(...args);
        // Only the reports, not the worker's word that its places are in.
        this.addEventListener("message", (e) => {
          if (e.data && e.data.report) window.__workerMessages.push(performance.now());
        });
      }
      postMessage(...args) {
        // Only the texts, not the page's request for the cities table.
        if (args[0] && args[0].text) {
          window.__workerTexts.push([performance.now(), args[0].text.byteLength]);
        }
        return super.postMessage(...args);
      }
    };
    window.__gaps = [];
    let frame = performance.now();
    const onFrame = (now) => {
      if (now - frame > 50) window.__gaps.push([now, now - frame]);
      frame = now;
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    let tick = performance.now();
    setInterval(() => {
      const now = performance.now();
      if (now - tick > 50) window.__gaps.push([now, now - tick]);
      tick = now;
    }, 20);
  });
}

/** The main thread's memory after a garbage collection: JS heap and wasm linear memory, in bytes. */
async function memory(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__wasmMemory.buffer.byteLength);
  return { js: usedSize, wasm };
}

const MB = (n) => `${(n / 1e6).toFixed(1)} MB`;

/**
 * Follows the page's workers, those running now and those it starts later
 * (the analysis worker starts with the page, and again when a text needs it
 * after a Cancel); returns a
 * function whose promise resolves once all of them have closed.
 */
function followWorkers(page) {
  const open = new Set();
  const follow = (worker) => {
    const closed = new Promise((resolve) => worker.once("close", resolve));
    open.add(closed);
    closed.then(() => open.delete(closed));
  };
  page.workers().forEach(follow);
  page.on("worker", follow);
  return () => Promise.all([...open]);
}

test("a 10 MB paste: typing still works while the worker reads, Cancel ends the worker, and memory comes back", async () => {
  const { context, page, errors } = await open({}, app.url, watchPage);
  const allClosed = followWorkers(page);
  const cdp = await context.newCDPSession(page);
  const text = await bigText(page, 10_000_000);
  await page.fill("#article", "");
  const before = await memory(page, cdp);
  const rounds = [];
  for (const round of [1, 2]) {
    await page.evaluate(() => {
      window.__workerMessages = [];
      window.__workerTexts = [];
    });
    const p0 = Date.now();
    await paste(page, text);
    // Chromium takes 3 to 8 s to lay out 10 MB in the textarea, more when
    // other builds share the 2 cores; what is measured is what comes after.
    await page.locator(".progress progress").waitFor({ timeout: 30_000 });
    const pasting = Date.now() - p0;
    assert.match(await page.locator(".status").first().textContent(), /large text \(10\.0 MB\)/);
    // Wait until the worker has the text (the page sends it once the worker
    // is ready), then look at the main thread while the worker reads.
    // (The big text: the cleared one before it was sent too.)
    const big = () => window.__workerTexts.find(([, bytes]) => bytes > 1e6);
    await page.waitForFunction(`(${big})()`, null, { timeout: 30_000 });
    const t0 = await page.evaluate(() => performance.now());
    const k0 = Date.now();
    // (The worker reads 10 MB in under 2 s on an idle machine: the keys
    // and Cancel must come while it still reads.)
    await page.locator("#date").pressSequentially(round === 1 ? "05012024" : "06022024");
    const typing = Date.now() - k0;
    assert.equal(await page.inputValue("#date"), round === 1 ? "2024-05-01" : "2024-06-02");
    // Still reading (no report yet), and the page kept ticking.
    const watched = await page.evaluate((t0) => {
      const [sent] = window.__workerTexts.find(([, bytes]) => bytes > 1e6);
      const gaps = window.__gaps.filter(([end, gap]) => end - gap >= t0).map(([, gap]) => gap);
      const tasks = window.__longTasks.filter(([start]) => start >= t0).map(([, d]) => d);
      return {
        reading: !window.__workerMessages.some((t) => t > sent),
        timeline: { sent, reports: window.__workerMessages, t0, now: performance.now() },
        task: Math.round(Math.max(0, ...tasks)),
        gap: Math.round(Math.max(0, ...gaps)),
        watchedMs: Math.round(performance.now() - t0),
      };
    }, t0);
    assert.ok(
      watched.reading,
      `round ${round}: the analysis finished before it could be watched (typing took ${typing} ms; ${JSON.stringify(watched.timeline)})`,
    );
    // The page's thread did no long work while the worker read, and frames
    // kept coming. Reading 10 MB on the page's thread would be one task of
    // 3 to 6 s. What is left is the browser's own: when the focus moves from
    // the textarea to the date field, Chromium repaints the 10 MB textarea
    // (a trace shows ~300 ms of compositing inputs and ~150 ms of paint in
    // one task; less on an idle machine, up to ~700 ms seen with other
    // builds sharing the 2 cores, hence the margins).
    assert.ok(watched.task < 1000, `a ${watched.task} ms task blocked the page while the worker read`);
    assert.ok(watched.gap < 1500, `no frame for ${watched.gap} ms while the worker read`);

    await page.getByRole("button", { name: "Cancel" }).click();
    await allClosed(); // the worker is terminated: its heap and wasm memory go with it
    await page.waitForFunction(() => /cancelled/.test(document.querySelector(".status").textContent));
    assert.equal(page.workers().length, 0);
    const during = await memory(page, cdp);
    await page.fill("#article", "");
    await page.waitForFunction(() => /Nothing analyzed yet/.test(document.querySelector(".status").textContent));
    const after = await memory(page, cdp);
    rounds.push({ pasting, typing, ...watched, during, after });
    console.log(
      `10 MB, round ${round}: paste handled in ${pasting} ms; typing 8 keys took ${typing} ms while the worker read; ` +
        `over ${watched.watchedMs} ms of reading, longest task on the page's thread ${watched.task} ms, longest gap between frames ${watched.gap} ms; ` +
        `after Cancel and Clear: JS heap ${MB(before.js)} -> ${MB(after.js)}, page wasm memory ${MB(before.wasm)} -> ${MB(after.wasm)} (worker gone)`,
    );
  }
  // Memory: the JS heap is back where it was; WebAssembly memory never
  // shrinks, but what the first round used is reused by the second, not
  // added to (a leak of the 10 MB text would grow it by 10 MB a round).
  for (const r of rounds) assert.ok(r.after.js < before.js + 2e6, `JS heap ${MB(before.js)} -> ${MB(r.after.js)}`);
  assert.ok(
    rounds[1].after.wasm <= rounds[0].after.wasm + 1e6,
    `wasm memory grew from ${MB(rounds[0].after.wasm)} to ${MB(rounds[1].after.wasm)} in the second round`,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test("over the 16 MiB limit, the page says what was analyzed", async () => {
  const { context, page, errors } = await open({}, app.url, watchPage);
  const text = await bigText(page, 17_000_000);
  const bytes = Buffer.byteLength(text);
  assert.ok(bytes > 16 * 1024 * 1024);
  await paste(page, text);
  const t0 = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => /read in \d+ ms/.test(document.querySelector(".status").textContent), null, {
    timeout: 240_000,
  });
  const warning = await page.locator("ul.warnings li").first().textContent();
  const m = warning.match(
    /^input is 16\.2 MiB \(([\d,]+) bytes\), over the 16\.0 MiB limit; analyzed the first 16\.0 MiB \(characters 0 to ([\d,]+), cut at (the end of a sentence|a blank line)\); the rest was not read$/,
  );
  assert.ok(m, warning);
  assert.equal(Number(m[1].replaceAll(",", "")), bytes);
  // It was cut where it says, under the limit.
  const end = Number(m[2].replaceAll(",", ""));
  const read = [...text].slice(0, end).join("");
  assert.ok(Buffer.byteLength(read) <= 16 * 1024 * 1024);
  assert.ok(Buffer.byteLength(read) > 16 * 1024 * 1024 - 10_000, "cut far before the limit");
  const rest = [...text].slice(end, end + 100).join("");
  const around = JSON.stringify(`${read.slice(-40)}|${rest.slice(0, 40)}`);
  if (m[3] === "a blank line") {
    // Somewhere in the white space around the cut, two line breaks.
    const blank = read.match(/\s*$/)[0] + rest.match(/^\s*/)[0];
    assert.ok((blank.match(/\n/g) || []).length >= 2, around);
  } else {
    assert.ok(/[.!?]["'”’)]?\s*$/.test(read), around);
  }
  // The result's arrival (the report parsed and drawn on the page's thread)
  // is the one stretch where the page stops: measured, and bounded.
  const stall = await page.evaluate((t0) => {
    // From when the page sent the text to the worker (the first message
    // after the paste) to the worker's last message, which brings the report.
    const [ready, arrived] = [window.__workerTexts.find(([t]) => t >= t0)?.[0], window.__workerMessages.at(-1)];
    const tasks = window.__longTasks.filter(([start]) => start >= t0);
    const max = (list) => Math.round(Math.max(0, ...list.map(([, d]) => d)));
    return {
      reading: max(tasks.filter(([start, d]) => start > ready && start + d < arrived)),
      result: max(tasks.filter(([start, d]) => start + d >= arrived)),
      readingMs: Math.round(arrived - ready),
    };
  }, t0);
  console.log(
    `16.2 MiB: ${await page.locator(".status").first().textContent()}; over ${stall.readingMs} ms of reading, longest task on the page's thread ${stall.reading} ms; when the result arrived ${stall.result} ms`,
  );
  assert.ok(stall.reading < 1000, `a ${stall.reading} ms task blocked the page while the worker read`);
  // Taking in the report of 16 MiB (parsing it, drawing the page) is the
  // one long stop left: ~0.7 s here on a busy machine. (It was 3 to 5 s
  // while the text view laid out all 16 MiB at once; now the text past the
  // highlights is drawn in blocks laid out only when on screen.)
  assert.ok(stall.result < 3000, `the result took the page's thread for ${stall.result} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});
