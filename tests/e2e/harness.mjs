// Shared pieces of the end-to-end tests: Debian's Chromium driven by
// playwright-core, dist/ served by scripts/serve.mjs under a sub-path, and a
// guard that aborts and records every request leaving the page's origin.

import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
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

/** Serves dist/ at http://127.0.0.1:<free port>/sitrep/ (a sub-path, on purpose). */
export function startApp() {
  return serve({ root: join(ROOT, "dist"), base: "/sitrep/" });
}

/**
 * A browser context whose requests to any other origin are aborted and
 * recorded in `context.foreign` (tests assert it stays empty).
 */
export async function guardedContext(browser, origin, options = {}) {
  const context = await browser.newContext(options);
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
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
