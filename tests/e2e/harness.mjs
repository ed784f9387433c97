// Shared pieces of the end-to-end tests: Debian's Chromium driven by
// playwright-core, dist/ served by scripts/serve.mjs under a sub-path, a
// guard that aborts and records every request leaving the page's origin,
// and a recorder of Content-Security-Policy violations.
//
// Every test file starts with `const app = useApp()`: one browser and one
// server for the file, and after its tests, the check that no page of any
// test talked to another origin or broke the page's security policy.

import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const ARTIFACTS = join(ROOT, "tests", "e2e", "artifacts");
export const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The flags that work for Debian's Chromium as root with no network. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: FLAGS,
  });
}

/**
 * The life cycle every test file shares: before its tests, Chromium and a
 * server for dist/ (or, with `copy: true`, for a temporary copy of dist/ in
 * `app.root` that the tests may change); after them, both stopped and, for
 * every context the tests opened, the assertion that no request left the
 * origin and no Content-Security-Policy violation was reported.
 *
 * Returns `app`, filled in before the first test: `browser`, `url` (the
 * page's address), `origin`, `root`, and `app.open()`, `app.newContext()`.
 */
export function useApp({ copy = false } = {}) {
  const app = { browser: null, server: null, url: null, origin: null, root: join(ROOT, "dist"), contexts: [] };
  before(async () => {
    assert.ok(existsSync(join(ROOT, "dist", "index.html")), "dist/ is not built: run `make dist` first");
    if (copy) {
      app.root = mkdtempSync(join(tmpdir(), "sitrep-site-"));
      cpSync(join(ROOT, "dist"), app.root, { recursive: true });
    }
    app.browser = await launch();
    // Served under a sub-path, on purpose (as a project page is hosted).
    const started = await serve({ root: app.root, base: "/sitrep/" });
    app.server = started.server;
    app.url = started.url;
    app.origin = new URL(app.url).origin;
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
    if (copy && app.root) rmSync(app.root, { recursive: true, force: true });
    // Whatever the tests did, no page talked to another origin or broke the
    // security policy (a test that provokes a violation on purpose clears it).
    for (const context of app.contexts) {
      assert.deepEqual(context.foreign, [], "a request left the page's origin");
      assert.deepEqual(context.csp, [], "the Content-Security-Policy was violated");
    }
  });
  /** A guarded context (see guardedContext), checked after the file's tests. */
  app.newContext = async (options = {}) => {
    const context = await guardedContext(app.browser, app.origin, options);
    app.contexts.push(context);
    return context;
  };
  /**
   * Opens the page (or `url`) in a new guarded context and waits until it
   * is up and its city list loaded (which makes the text be read again), so
   * that each test sees one settled page. Page errors go to `errors`.
   * `prepare(context)`, if given, runs before the page is opened (to add
   * init scripts, say).
   */
  app.open = async (options = {}, url = app.url, prepare = async () => {}) => {
    const context = await app.newContext(options);
    await prepare(context);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (err) => errors.push(err.message));
    await page.goto(url);
    await page.waitForSelector("#article");
    await waitForCities(page);
    return { context, page, errors };
  };
  return app;
}

/**
 * A browser context whose requests to any other origin are aborted and
 * recorded in `context.foreign`, and whose pages report every
 * Content-Security-Policy violation into `context.csp` (a
 * `securitypolicyviolation` listener installed before any page script
 * runs, and Chromium's console messages about the policy). Tests assert
 * both stay empty.
 */
export async function guardedContext(browser, origin, options = {}) {
  const context = await browser.newContext(options);
  context.csp = [];
  await context.exposeBinding("__sitrepCspViolation", (_source, report) => context.csp.push(report));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : "";
      window.__sitrepCspViolation(`${e.effectiveDirective}: blocked ${e.blockedURI || "?"}${where}`);
    });
  });
  context.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) context.csp.push(`console: ${message.text()}`);
  });
  context.foreign = [];
  const isForeign = (url) => {
    const u = new URL(url);
    return /^(https?|wss?):$/.test(u.protocol) && u.origin !== origin;
  };
  // Route and request events may both see one request: record it once.
  const record = (url) => {
    if (!context.foreign.includes(url)) context.foreign.push(url);
  };
  await context.route(isForeign, (route) => {
    record(route.request().url());
    return route.abort("blockedbyclient");
  });
  context.on("request", (request) => {
    if (isForeign(request.url())) record(request.url());
  });
  return context;
}

/** Waits until the text view shows the analysis of the textarea's current text. */
export async function waitForAnalysis(page) {
  await page.waitForFunction(() => {
    const area = document.querySelector("#article");
    const view = document.querySelector(".text-view");
    const status = document.querySelector(".status");
    return (
      area && view && status && view.textContent === area.value && !/Analyzing/.test(status.textContent)
    );
  });
}

/** Waits until the gazetteer's cities table is in place; fails if it did not load. */
export async function waitForCities(page) {
  await page.waitForFunction(() => !/Loading the full list/.test(document.querySelector(".places")?.textContent ?? ""));
  const failed = await page.locator(".places").count();
  if (failed) throw new Error(`cities table: ${await page.locator(".places").textContent()}`);
}

/** The mentions of one kind highlighted in the text view, each put back together from its pieces. */
export function mentionTexts(page, kind) {
  return page.evaluate((kind) => {
    const texts = new Map();
    for (const mark of document.querySelectorAll(".text-view mark[data-mentions]")) {
      for (const id of mark.dataset.mentions.split(" ")) {
        if (id.startsWith(`${kind}-`)) texts.set(id, (texts.get(id) || "") + mark.textContent);
      }
    }
    return [...texts.values()];
  }, kind);
}

/** The rows of the numbers table: { text, low, best, high }. */
export function quantityRows(page) {
  return page.$$eval("table.quantities tbody tr", (rows) =>
    rows.map((row) => {
      const cells = [...row.children].map((c) => c.textContent.trim());
      const num = (s) => (/^\d+$/.test(s) ? Number(s) : null);
      return { text: cells[0], low: num(cells[1]), best: num(cells[2]), high: num(cells[3]) };
    }),
  );
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousA11yViolations(page) {
  // Not page.addScriptTag: that writes an inline <script>, which the page's
  // security policy (rightly) refuses to run. Evaluated by the test driver.
  await page.evaluate(readFileSync(AXE, "utf8"));
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
