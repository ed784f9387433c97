// End-to-end: when a new version is deployed, the page says so and reloads
// into it on a click.

import assert from "node:assert/strict";
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { useApp, waitForAnalysis } from "./harness.mjs";

// Served from a copy of dist/ (app.root) that this test can "deploy" a new version into.
const app = useApp({ copy: true });

test("a new version waits, the page offers it, and Reload switches to it", async () => {
  const { context, page, errors } = await app.open();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
  const first = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
  assert.equal(await page.locator(".toast.update").count(), 0);

  // Deploy: a changed service worker (as a new build writes).
  appendFileSync(join(app.root, "sw.js"), `\n// deployed ${Date.now()}\n`);
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
  await context.close();
});
