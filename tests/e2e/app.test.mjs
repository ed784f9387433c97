// End-to-end tests: the built dist/ in Debian's Chromium.
//
//   node --test tests/e2e/      (after `trunk build --release`; `make test` does both)

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import {
  ROOT,
  mentionTexts,
  quantityRows,
  screenshot,
  seriousA11yViolations,
  useApp,
  waitForAnalysis,
  waitForCities,
} from "./harness.mjs";

const BELGOROD = join(ROOT, "..", "shared", "examples", "belgorod-raid.txt");

const app = useApp();
const open = app.open;

test("pasting the Belgorod article highlights its quantities", async (t) => {
  if (!existsSync(BELGOROD)) {
    t.skip(`${BELGOROD} is absent (the shared examples live beside the repo); skipped`);
    return;
  }
  const text = readFileSync(BELGOROD, "utf8");
  const { context, page, errors } = await open();
  await page.fill("#article", text);
  await waitForAnalysis(page);

  const expected = [
    "over two dozen",
    "more than 100",
    "nearly 160",
    "dozens",
    "over 150",
    "over 130",
    "five",
    "130",
  ];
  const marked = await mentionTexts(page, "quantity");
  // In this order, whatever else is also found.
  let at = 0;
  for (const want of expected) {
    const found = marked.indexOf(want, at);
    assert.ok(found >= 0, `"${want}" not highlighted (in order) among ${JSON.stringify(marked)}`);
    at = found + 1;
  }
  // The table says what they were read as.
  const rows = await quantityRows(page);
  const row = (text) => rows.find((r) => r.text === text);
  assert.deepEqual(row("nearly 160"), { text: "nearly 160", low: null, best: 160, high: 160 });
  assert.deepEqual(row("over 150"), { text: "over 150", low: 150, best: 150, high: null });
  assert.deepEqual(row("five"), { text: "five", low: 5, best: 5, high: 5 });
  assert.equal(await page.locator(".text-view").textContent(), text);
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Before any page script: lets the test hold back every timer of 100 ms to
 * 1 s set while `window.__holdTimers` is true (the page's wait for typing
 * to pause is one), until `window.__releaseTimers()`. A clearTimeout of a
 * held timer drops it, as it would a running one.
 */
function holdTimers() {
  const set = window.setTimeout.bind(window);
  const clear = window.clearTimeout.bind(window);
  const held = new Map();
  let next = 1_500_000_000;
  window.__holdTimers = false;
  window.__heldTimers = held;
  window.setTimeout = (fn, ms = 0, ...args) => {
    if (window.__holdTimers && typeof fn === "function" && ms >= 100 && ms <= 1000) {
      const id = next++;
      held.set(id, () => fn(...args));
      return id;
    }
    return set(fn, ms, ...args);
  };
  window.clearTimeout = (id) => (held.delete(id) ? undefined : clear(id));
  window.__releaseTimers = () => {
    const due = [...held.values()];
    held.clear();
    for (const fn of due) set(fn, 0);
    return due.length;
  };
}

test("a paste is read at once, while typing waits until it pauses", async () => {
  const { context, page, errors } = await open({}, app.url, (context) => context.addInitScript(holdTimers));
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.origin });
  // From here on no wait of the page's runs until the test says so: what is
  // read now is read without one.
  await page.evaluate(() => (window.__holdTimers = true));
  const pasted = "Shelling killed 4 people and injured over 20 in Kherson on Tuesday.";
  await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
  await page.focus("#article");
  // A real paste: its input event says "insertFromPaste".
  const kind = page.evaluate(
    () => new Promise((resolve) => document.querySelector("#article").addEventListener("input", (e) => resolve(e.inputType), { once: true })),
  );
  await page.keyboard.press("Control+V");
  assert.equal(await kind, "insertFromPaste");
  assert.equal(await page.inputValue("#article"), pasted);
  // Read and shown with every timer held (a paste that waited would never be).
  await page.waitForFunction((text) => document.querySelector(".text-view")?.textContent === text, pasted, { timeout: 15_000 });
  await waitForAnalysis(page);
  assert.deepEqual(await mentionTexts(page, "quantity"), ["4", "over 20"]);
  assert.equal(await page.evaluate(() => window.__heldTimers.size), 0, "a paste set a timer");

  // Typing: each key waits for the next; nothing is read while the wait is held.
  const typed = " Two drones hit Odesa.";
  await page.keyboard.type(typed);
  assert.equal(await page.inputValue("#article"), pasted + typed);
  await page.waitForTimeout(800);
  assert.equal(await page.locator(".text-view").textContent(), pasted, "typing was read without waiting for a pause");
  assert.match(await page.locator(".status").first().textContent(), /Analyzing/);
  // One wait is left (each key cancelled the one before): once it is over,
  // the typed text is read.
  assert.equal(await page.evaluate(() => window.__releaseTimers()), 1);
  await page.evaluate(() => (window.__holdTimers = false));
  await waitForAnalysis(page);
  assert.equal(await page.locator(".text-view").textContent(), pasted + typed);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the example loads, and the page looks right on desktop, phone and in dark mode", async () => {
  const shots = [
    ["desktop", { viewport: { width: 1280, height: 900 } }],
    ["phone", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
    ["dark", { viewport: { width: 1280, height: 900 }, colorScheme: "dark" }],
  ];
  for (const [name, options] of shots) {
    const { context, page, errors } = await open(options);
    await page.getByRole("button", { name: "Load example" }).click();
    await waitForAnalysis(page);
    const marked = await mentionTexts(page, "quantity");
    const rows = await quantityRows(page);
    assert.ok(marked.length >= 5, `${name}: too few numbers highlighted: ${JSON.stringify(marked)}`);
    assert.deepEqual(rows.map((r) => r.text), marked, `${name}: table and highlights disagree`);
    assert.match(await page.locator(".status").textContent(), /\d+ sentences · \d+ events? · \d+ numbers · read in \d+ ms/);
    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow}px`);
    await screenshot(page, name);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("axe-core finds no serious accessibility problem, light or dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { context, page } = await open({ colorScheme });
    assert.deepEqual(await seriousA11yViolations(page), [], `${colorScheme}, empty page`);
    await page.getByRole("button", { name: "Load example" }).click();
    await waitForAnalysis(page);
    assert.deepEqual(await seriousA11yViolations(page), [], `${colorScheme}, with the example`);
    await context.close();
  }
});

test("the keyboard reaches the article, the date, the buttons and the links, with a visible focus ring", async () => {
  const { context, page } = await open();
  const stops = [];
  // A date field takes a few Tab presses (one per part of the date): count
  // each control once.
  for (let i = 0; i < 12 && stops.length < 5; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      return { name: el.id || el.textContent.trim(), ring: getComputedStyle(el).outlineStyle };
    });
    if (stops.at(-1)?.name !== stop.name) stops.push(stop);
  }
  // "Clear" is disabled while the text is empty, so it is skipped.
  assert.deepEqual(
    stops.map((s) => s.name),
    ["article", "date", "Load example", "GeoNames", "CC BY 4.0"],
  );
  for (const s of stops) assert.notEqual(s.ring, "none", `no focus ring on ${s.name}`);
  await context.close();
});

test("user text is shown as text, never run as HTML", async () => {
  const { context, page, errors } = await open();
  const text = '<img src="x" onerror="window.__pwned = 1"> <b>Three</b> soldiers &amp; 7 civilians <script>window.__pwned = 2</script>';
  await page.fill("#article", text);
  await waitForAnalysis(page);
  assert.equal(await page.locator(".text-view").textContent(), text);
  assert.equal(await page.locator(".text-view img, .text-view b, .text-view script").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test("after one visit the page works offline", async () => {
  const { context, page } = await open();
  // Wait until the service worker controls the page (it claims it on activation).
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
  await context.setOffline(true);
  // Really offline: a request the cache cannot answer fails.
  const probe = await page.evaluate(() =>
    fetch(`not-cached-${Date.now()}.txt`).then(
      () => "answered",
      () => "failed",
    ),
  );
  assert.equal(probe, "failed");
  await page.reload();
  await page.waitForSelector("#article");
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), "reloaded page is not controlled");
  // The lazily loaded city list comes from the cache too.
  await waitForCities(page);
  await page.fill("#article", "Shelling killed 4 people and injured over 20 in Kherson on Tuesday.");
  await waitForAnalysis(page);
  assert.deepEqual(await mentionTexts(page, "quantity"), ["4", "over 20"]);
  await context.close();
});
