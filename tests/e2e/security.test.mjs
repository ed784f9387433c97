// End-to-end: the page's defences (SECURITY.md). Its Content-Security-Policy
// is in force, pasted or shared markup never runs, and a whole working
// session sends nothing anywhere.
//
// Every other test file checks, after its tests, that no page reported a
// policy violation or asked another origin for anything (harness.mjs,
// useApp); the tests here show that those checks would catch one.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { useApp, waitForAnalysis, waitForCities } from "./harness.mjs";

const app = useApp();

/** The policy in the page's <meta>, as { directive: [sources] }. */
function policyOf(page) {
  return page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return Object.fromEntries(
      (meta?.content ?? "")
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...sources]) => [name, sources]),
    );
  });
}

test("the Content-Security-Policy is strict and enforced: no inline script or handler, no eval, no other origin", async () => {
  const { context, page, errors } = await app.open();
  const policy = await policyOf(page);
  assert.deepEqual(policy["default-src"], ["'self'"]);
  assert.deepEqual(policy["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(policy["style-src"], ["'self'"]);
  assert.deepEqual(policy["connect-src"], ["'self'"]);
  assert.deepEqual(policy["worker-src"], ["'self'"]);
  assert.deepEqual(policy["object-src"], ["'none'"]);
  assert.deepEqual(policy["base-uri"], ["'none'"]);
  assert.deepEqual(policy["form-action"], ["'none'"]);
  // The page itself has no inline script: every <script> has a src.
  assert.deepEqual(await page.$$eval("script:not([src])", (s) => s.length), 0);
  assert.deepEqual(context.csp, [], "the page broke its own policy while starting");

  // An inline script that gets into the page does not run.
  const inline = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 50));
    return window.__inlineRan ?? false;
  });
  assert.equal(inline, false, "an injected inline script ran");
  // Nor does an inline event handler, nor eval. (Both are tried from a
  // timer, outside the test driver's own evaluation, which the browser
  // exempts from the policy.)
  const tried = await page.evaluate(
    () =>
      new Promise((resolve) =>
        setTimeout(() => {
          const button = document.createElement("button");
          button.setAttribute("onclick", "window.__handlerRan = true");
          document.body.append(button);
          button.click();
          button.remove();
          let evaluated;
          try {
            evaluated = eval("'eval ran'");
          } catch (e) {
            evaluated = e.name;
          }
          let made;
          try {
            made = new Function("return 'Function ran'")();
          } catch (e) {
            made = e.name;
          }
          resolve({ handler: window.__handlerRan ?? false, evaluated, made });
        }, 0),
      ),
  );
  assert.deepEqual(tried, { handler: false, evaluated: "EvalError", made: "EvalError" });
  // A style attribute is refused too (the page uses none).
  const styled = await page.evaluate(() => {
    const p = document.createElement("p");
    p.setAttribute("style", "display: none");
    document.body.append(p);
    const hidden = getComputedStyle(p).display === "none";
    p.remove();
    return hidden;
  });
  assert.equal(styled, false, "an inline style attribute was applied");
  // And a request to another origin (localhost is not 127.0.0.1 to the
  // browser) is refused by the policy before it is made.
  const probe = `http://localhost:${new URL(app.url).port}/csp-probe`;
  const fetched = await page.evaluate((url) => fetch(url, { mode: "no-cors" }).then(() => "answered", () => "refused"), probe);
  assert.equal(fetched, "refused");
  await waitFor(() => context.csp.some((v) => v.startsWith("connect-src")));
  const directives = new Set(context.csp.filter((v) => !v.startsWith("console:")).map((v) => v.split(":")[0]));
  assert.deepEqual(
    [...directives].sort(),
    ["connect-src", "script-src", "script-src-attr", "script-src-elem", "style-src-attr"],
    JSON.stringify(context.csp),
  );
  assert.equal(context.foreign.length, 0, "the policy should have stopped the request before the network");
  // These violations were provoked on purpose; the after-hook checks for any other.
  context.csp.length = 0;

  // The page still works under the policy: its WebAssembly, the worker for
  // big texts, the service worker and the lazily loaded city list.
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysis(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
  const big = (await page.inputValue("#article")).repeat(80);
  await page.fill("#article", big);
  await page.waitForFunction(() => /read in \d+ ms/.test(document.querySelector(".status").textContent), null, {
    timeout: 60_000,
  });
  assert.equal(page.workers().length, 1, "the analysis worker did not start");
  assert.ok((await page.locator(".event-card").count()) >= 1);
  assert.deepEqual(context.csp, []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Polls `check` (a function of test-side state) until it holds, or fails after 5 s. */
async function waitFor(check, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${check}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Markup that runs code if it is ever parsed as HTML. Each payload sets its
// own flag, and each element carries data-xss, so that a leak names itself.
const PAYLOADS = [
  `<img src=x onerror="window.__xss = (window.__xss || []).concat('img')" data-xss>`,
  `<script data-xss>window.__xss = (window.__xss || []).concat('script')</script>`,
  `<a data-xss href="javascript:window.__xss = (window.__xss || []).concat('link')">read more</a>`,
  `javascript:window.__xss=(window.__xss||[]).concat('bare')`,
  `</textarea><script data-xss>window.__xss = (window.__xss || []).concat('textarea')</script>`,
  `<svg data-xss onload="window.__xss = (window.__xss || []).concat('svg')"></svg>`,
  `"><img src=x data-xss onerror="window.__xss = (window.__xss || []).concat('attr')">`,
  `<iframe data-xss srcdoc="<script>parent.__xss = (parent.__xss || []).concat('iframe')</script>"></iframe>`,
];
// Around the payloads, a report the analyzer reads events and places from,
// so that markup also sits next to (and inside) what the cards show.
const HOSTILE = [
  `KHARKIV, March 3, 2024 - Russian forces shelled ${PAYLOADS[0]} Kharkiv overnight, killing 4 civilians and injuring 12.`,
  `${PAYLOADS[1]} Ukrainian drones struck an oil depot in Belgorod ${PAYLOADS[2]}, officials said.`,
  `Link text: ${PAYLOADS[3]} and ${PAYLOADS[4]} and ${PAYLOADS[5]}.`,
  `Protesters marched in Tbilisi${PAYLOADS[6]}; police detained 30 people ${PAYLOADS[7]}.`,
].join("\n\n");

/** Asserts the page shows `text` as text and that none of the payloads became an element or ran. */
async function assertInert(page, text, where) {
  assert.equal(await page.inputValue("#article"), text, `${where}: the textarea`);
  assert.equal(await page.locator(".text-view").textContent(), text, `${where}: the text view`);
  // Give any handler time to fire (an image error is reported within a task or two).
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const dom = await page.evaluate(() => ({
    flagged: document.querySelectorAll("[data-xss]").length,
    frames: document.querySelectorAll("iframe, object, embed, img").length,
    scripts: [...document.scripts].map((s) => s.getAttribute("src")),
    jsLinks: [...document.querySelectorAll("[href]")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href"))).length,
    ran: window.__xss ?? [],
  }));
  assert.deepEqual(dom, { flagged: 0, frames: 0, scripts: ["./boot.js"], jsLinks: 0, ran: [] }, where);
  // The cards show text from inside the payloads as text too.
  assert.ok((await page.locator(".event-card").count()) >= 1, `${where}: no event card`);
}

test("pasted script and markup render as text and run nothing, with or without the policy's help", async () => {
  // bypassCSP: the page's own handling of text, with the policy switched off.
  for (const bypassCSP of [false, true]) {
    const where = bypassCSP ? "policy off" : "policy on";
    const { context, page, errors } = await app.open({ bypassCSP });
    await page.fill("#article", HOSTILE);
    await waitForAnalysis(page);
    await assertInert(page, HOSTILE, where);
    // Clicking through the cards' evidence buttons runs nothing either.
    for (const button of await page.locator(".event-card button").all()) await button.click();
    await assertInert(page, HOSTILE, `${where}, after the evidence clicks`);
    if (bypassCSP) {
      // The control: the same payloads, parsed as HTML on this page with the
      // policy off, do run. So "nothing ran" above means something.
      const ran = await page.evaluate(async (payloads) => {
        const box = document.createElement("div");
        box.innerHTML = payloads.join("");
        document.body.append(box);
        await new Promise((r) => setTimeout(r, 500));
        box.querySelector("a[href^='javascript:']")?.click();
        await new Promise((r) => setTimeout(r, 100));
        box.remove();
        return [...new Set(window.__xss ?? [])].sort();
      }, PAYLOADS);
      // (An <svg onload> parsed this way does not fire in Chromium; the
      // others do.)
      assert.deepEqual(ran, ["attr", "iframe", "img", "link"], "the control payloads did not run");
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a share link carrying markup opens as text and runs nothing", async () => {
  const { context, page, errors } = await app.open();
  await page.fill("#article", HOSTILE);
  await waitForAnalysis(page);
  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.inputValue(".share-link input");
  assert.match(new URL(link).hash, /^#s1\.[A-Za-z0-9_-]+$/, "the link holds only its encoding, no markup");
  const other = await app.open({}, link);
  await waitForAnalysis(other.page);
  await assertInert(other.page, HOSTILE, "opened from a link");
  assert.deepEqual(other.errors, []);
  assert.deepEqual(errors, []);
  await other.context.close();
  await context.close();
});

test("privacy: a whole session (paste, analyze, export, copy, share, offline reload) sends nothing anywhere", async () => {
  // Everything the server receives, as the server saw it.
  const received = [];
  const onRequest = (req) => received.push(`${req.method} ${req.url}`);
  app.server.on("request", onRequest);
  try {
    const context = await app.newContext({ acceptDownloads: true });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.origin });
    // Every request the browser makes for the page, its workers and its
    // service worker, as the browser saw it.
    const requests = [];
    context.on("request", (r) =>
      requests.push({ url: r.url(), method: r.method(), body: r.postData(), sw: r.serviceWorker() !== null }),
    );
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (err) => errors.push(err.message));
    await page.goto(app.url);
    await page.waitForSelector("#article");
    await waitForCities(page);

    // The promise is on the page.
    assert.match(await page.locator(".site-footer").textContent(), /Your text never leaves this browser\./);
    await page.waitForFunction(() => /Everything stays in this browser\./.test(document.querySelector(".status").textContent));

    // A text with a word found nowhere else, to look for in every request.
    const secret = "Qwelmorant";
    const text =
      `ODESA, May 2, 2024 - Drones hit a warehouse in Odesa owned by ${secret} Logistics, killing 2 workers and injuring 9.\n\n` +
      "Officials said air defence shot down 11 of 14 drones over the region.";
    // A big paste first: it is read in the worker.
    await page.fill("#article", `${text}\n\n`.repeat(400));
    await page.waitForFunction(() => /read in \d+ ms/.test(document.querySelector(".status").textContent), null, {
      timeout: 60_000,
    });
    assert.equal(page.workers().length, 1, "the big paste should be read in the worker");
    await page.fill("#article", text);
    await waitForAnalysis(page);
    assert.ok((await page.locator(".event-card").count()) >= 1);

    // Every export, and the brief on the clipboard.
    for (const name of ["JSON", "CSV", "GeoJSON"]) {
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
      assert.ok(readFileSync(await file.path(), "utf8").length > 0, name);
    }
    await page.getByRole("button", { name: "Copy brief" }).click();
    await page.waitForFunction(() => /clipboard/.test(document.querySelector(".export-status").textContent));
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^## Sitrep brief/);

    // A share link, opened in a second tab.
    await page.getByRole("button", { name: "Share link" }).click();
    const link = await page.inputValue(".share-link input");
    const tab = await context.newPage();
    tab.on("pageerror", (err) => errors.push(err.message));
    await tab.goto(link);
    await tab.waitForSelector("#article");
    await waitForAnalysis(tab);
    assert.equal(await tab.inputValue("#article"), text);
    await tab.close();

    // Offline, then a reload: the service worker serves the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
    // Requests made before going offline (the closed tab's, the service
    // worker's caching) may still be on their way on a busy machine: wait
    // until the server has heard nothing new for a second.
    for (let seen = -1; seen !== received.length; ) {
      seen = received.length;
      await page.waitForTimeout(1000);
    }
    const online = received.length;
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector("#article");
    await waitForCities(page);
    await page.fill("#article", text);
    await waitForAnalysis(page);
    assert.deepEqual(received.slice(online), [], "offline, yet the server was asked for something");
    await context.setOffline(false);

    // What was asked for, seen from both ends.
    const base = app.url;
    const strange = requests.filter((r) => !r.url.startsWith(base) || r.method !== "GET" || r.body);
    assert.deepEqual(strange, [], "a request that is not a GET of one of the page's own files");
    assert.deepEqual(context.foreign, []);
    const path = new URL(base).pathname;
    assert.deepEqual(
      received.filter((line) => !line.startsWith(`GET ${path}`)),
      [],
      "the server got something other than a GET of the page's files",
    );
    // The text is in no request: not in a URL (the share link's text rides in
    // the fragment, which a browser never sends), not in a body.
    const leaks = [...received, ...requests.map((r) => new URL(r.url).pathname + new URL(r.url).search)].filter((u) =>
      decodeURIComponent(u).includes(secret),
    );
    assert.deepEqual(leaks, []);
    // The recorder saw the service worker's and the analysis worker's own
    // requests too (so "nothing else" covers them).
    assert.ok(
      requests.some((r) => r.sw),
      "no service worker request was recorded",
    );
    // (Only the analysis worker itself asks for the major places, apart from
    // the service worker's caching, which is told apart above.)
    assert.ok(
      requests.some((r) => !r.sw && r.url.endsWith("/gazetteer/cities-major.tsv")),
      "the analysis worker's own request for its major places was not recorded",
    );
    assert.deepEqual(context.csp, []);
    assert.deepEqual(errors, []);
    console.log(
      `privacy: ${requests.length} requests recorded (${requests.filter((r) => r.sw).length} by the service worker), ${received.length} reached the server, none elsewhere`,
    );

    // The guard catches what the policy does not govern: a navigation to
    // another origin is aborted and recorded.
    const probe = `http://localhost:${new URL(app.url).port}/guard-probe`;
    await assert.rejects(page.goto(probe));
    assert.deepEqual(context.foreign, [probe]);
    context.foreign.length = 0;
    await context.close();
  } finally {
    app.server.off("request", onRequest);
  }
});
