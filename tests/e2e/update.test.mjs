// End-to-end: when a new version is deployed, the page says so and reloads
// into it on a click.

import assert from "node:assert/strict";
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serve } from "../../scripts/serve.mjs";
import { ROOT, guardedContext, launch, waitForAnalysis, waitForCities } from "./harness.mjs";

let browser;
let app;
let site;

before(async () => {
  assert.ok(existsSync(join(ROOT, "dist", "index.html")), "dist/ is not built: run `make dist` first");
  // A copy of dist/ that this test can "deploy" a new version into.
  site = mkdtempSync(join(tmpdir(), "sitrep-site-"));
  cpSync(join(ROOT, "dist"), site, { recursive: true });
  browser = await launch();
  app = await serve({ root: site, base: "/sitrep/" });
});

after(async () => {
  await browser?.close();
  app?.server.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

test("a new version waits, the page offers it, and Reload switches to it", async () => {
  const context = await guardedContext(browser, new URL(app.url).origin);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(err.message));
  await page.goto(app.url);
  await waitForCities(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
  const first = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
  assert.equal(await page.locator(".toast.update").count(), 0);

  // Deploy: a changed service worker (as a new build writes).
  appendFileSync(join(site, "sw.js"), `\n// deployed ${Date.now()}\n`);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.locator(".toast.update").waitFor({ timeout: 60_000 });
  assert.match(await page.locator(".toast.update").textContent(), /new version/);
  // The old worker still serves the page until the person says so.
  assert.ok(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting !== null)));

  await Promise.all([page.waitForEvent("load", { timeout: 60_000 }), page.getByRole("button", { name: "Reload" }).click()]);
  await page.waitForSelector("#article");
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
  const state = await page.evaluate(() =>
    navigator.serviceWorker.getRegistration().then((r) => ({ waiting: r.waiting !== null, url: navigator.serviceWorker.controller.scriptURL })),
  );
  assert.deepEqual(state, { waiting: false, url: first });
  assert.equal(await page.locator(".toast.update").count(), 0);
  await page.fill("#article", "Shelling killed 4 people in Kherson.");
  await waitForAnalysis(page);
  assert.deepEqual(errors, []);
  assert.deepEqual(context.foreign, []);
  await context.close();
});
