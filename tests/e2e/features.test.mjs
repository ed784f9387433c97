// End-to-end tests of what an analyst does with the page: event and summary
// cards, evidence, filters, exports, share links, big pastes.
//
//   node --test tests/e2e/      (after `trunk build --release`; `make test` does both)

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { test } from "node:test";
import { ROOT, screenshot, useApp, waitForAnalysis } from "./harness.mjs";

const BELGOROD = join(ROOT, "..", "shared", "examples", "belgorod-raid.txt");

const app = useApp();
/** The page in a new context that accepts downloads (the exports). */
const open = (options = {}, url = app.url) => app.open({ acceptDownloads: true, ...options }, url);

/** The event cards as data: { id, type, subType, rows: { label: value } }. */
function cards(page) {
  return page.$$eval(".event-card", (els) =>
    els.map((el) => ({
      id: el.dataset.event,
      type: el.querySelector(".event-type").textContent,
      subType: el.querySelector(".sub-type").textContent,
      rows: Object.fromEntries(
        [...el.querySelectorAll(".row")].map((r) => [r.querySelector("dt").textContent, r.querySelector("dd").textContent]),
      ),
    })),
  );
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("the Belgorod article gives a claimed Battles card, the summary's totals, and evidence on a click", async (t) => {
  if (!existsSync(BELGOROD)) {
    t.skip(`${BELGOROD} is absent (the shared examples live beside the repo); skipped`);
    return;
  }
  const text = readFileSync(BELGOROD, "utf8");
  const { context, page, errors } = await open();
  await page.fill("#article", text);
  await waitForAnalysis(page);

  const all = await cards(page);
  const raid = all.find((c) => c.type === "Battles");
  assert.ok(raid, `no Battles card among ${JSON.stringify(all.map((c) => c.type))}`);
  assert.equal(raid.rows.Status, "claimed");
  assert.match(raid.rows.Where, /Belgorod/);
  assert.match(raid.rows.Who, /→/);
  // The summary adds up without double counting (what the core's example test expects).
  assert.equal(await page.locator(".toll.killed .value").textContent(), "54");
  assert.equal(await page.locator(".toll.injured .value").textContent(), "380");
  // Vague counts keep their ranges on the cards.
  const counts = all.flatMap((c) => [c.rows.Killed, c.rows.Injured]).filter(Boolean);
  assert.ok(counts.length >= 1, JSON.stringify(all));
  for (const c of counts) assert.match(c, /^(\d+|\d+\+|≤\d+|~\d+|\d+–\d+)$/);
  // The map has the places as points, and the timeline the dated events.
  assert.ok((await page.locator("svg.world-map circle").count()) >= 1);
  assert.equal(await page.locator(".card.timeline h3").textContent(), "Timeline");

  // A place mention, focused by keyboard, says what it was read as.
  const place = page.locator(".text-view mark.mark-place").first();
  await place.focus();
  const described = await place.evaluate((el) =>
    el
      .getAttribute("aria-describedby")
      .split(" ")
      .map((id) => document.getElementById(id).textContent)
      .join("; "),
  );
  assert.match(described, /^Place: .+, [A-Z]{2}/);
  assert.match(await place.getAttribute("data-tip"), /^Place: /);

  // Clicking the raid's card marks its evidence in the text and brings it into view.
  await page.locator(`.event-card[data-event="${raid.id}"] button`).click();
  const evidence = page.locator(".text-view mark.mark-evidence");
  await evidence.first().waitFor();
  await page.waitForFunction(() => {
    const r = document.querySelector(".text-view mark.mark-evidence").getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  const marked = (await evidence.allTextContents()).join("");
  assert.ok(text.includes(marked.slice(0, 40)), marked);
  assert.equal(await page.locator(`.event-card[data-event="${raid.id}"] button`).getAttribute("aria-pressed"), "true");

  // Filter by type: only Battles cards; then back to all.
  await page.selectOption("#filter-type", "Battles");
  const battles = await cards(page);
  assert.ok(battles.length >= 1 && battles.every((c) => c.type === "Battles"));
  assert.match(await page.locator("p.count").textContent(), new RegExp(`Showing ${battles.length} of ${all.length} events`));
  await page.selectOption("#filter-type", "");
  await page.selectOption("#sort-by", "killed");
  const sorted = await cards(page);
  assert.equal(sorted.length, all.length);
  await screenshot(page, "belgorod-evidence");
  assert.deepEqual(errors, []);
  await context.close();
});

test("clicking an event's trigger in the text picks its card and brings it into view, even one a filter hid", async () => {
  // A phone's viewport: the cards are far below the text, so "into view" means a scroll.
  const { context, page, errors } = await open({ viewport: { width: 390, height: 844 } });
  await page.fill("#article", "Thousands protested in Tbilisi on Sunday. Russian forces shelled Kharkiv, killing three.");
  await waitForAnalysis(page);
  await page.selectOption("#filter-type", "Protests");
  await page.locator(".text-view mark.pickable", { hasText: "shelled" }).click();
  const picked = page.locator(".event-card.picked");
  await picked.waitFor();
  assert.equal(await picked.locator(".event-type").textContent(), "Explosions/Remote violence");
  assert.equal(await page.locator("#filter-type").inputValue(), "", "the filter that hid the card is lifted");
  await page.waitForFunction(() => {
    const r = document.querySelector(".event-card.picked").getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0;
  });
  assert.match((await page.locator(".text-view mark.mark-evidence").allTextContents()).join(""), /shelled Kharkiv/);
  // By keyboard: Enter on the protest's trigger picks the other card.
  await page.locator(".text-view mark.pickable", { hasText: "protested" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".event-card.picked .event-type")?.textContent === "Protests");
  assert.equal(await page.locator(".event-card.picked").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("exports: the JSON report, one CSV row per event, GeoJSON points, and the brief on the clipboard", async () => {
  const { context, page, errors } = await open();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.origin });
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysis(page);
  const shown = await cards(page);
  assert.ok(shown.length >= 1);

  const json = await download(page, "JSON");
  assert.equal(json.name, "sitrep-report.json");
  const report = JSON.parse(json.text);
  assert.equal(report.schema, "sitrep.report/1");
  for (const key of ["reference_date", "events", "mentions", "summary", "warnings"]) assert.ok(key in report, key);
  assert.deepEqual(
    report.events.map((e) => e.id),
    shown.map((c) => c.id),
  );
  assert.equal(report.reference_date, await page.inputValue("#date"));

  const csv = await download(page, "CSV");
  const lines = csv.text.trimEnd().split("\r\n");
  assert.equal(
    lines[0],
    "event_id,event_date,event_type,sub_event_type,actor1,actor2,location,country,latitude,longitude,fatalities,injuries,weapons,source,notes",
  );
  assert.equal(lines.length, report.events.length + 1);
  assert.ok(lines[1].startsWith(`${report.events[0].id},`));

  const geo = JSON.parse((await download(page, "GeoJSON")).text);
  assert.equal(geo.type, "FeatureCollection");
  const located = report.events.filter((e) => e.location && e.location.lat !== null);
  assert.equal(geo.features.length, located.length);
  for (const f of geo.features) {
    const e = report.events.find((e) => e.id === f.id);
    assert.deepEqual(f.geometry.coordinates, [e.location.lon, e.location.lat]);
  }

  await page.getByRole("button", { name: "Copy brief" }).click();
  await page.waitForFunction(() => /clipboard/.test(document.querySelector(".export-status").textContent));
  const brief = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(brief.startsWith("## Sitrep brief\n"), brief);
  assert.match(brief, /- Killed: \d+/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a share link round-trips text and date; damaged and too-long links say so", async () => {
  const { context, page, errors } = await open();
  await page.getByRole("button", { name: "Load example" }).click();
  await waitForAnalysis(page);
  await page.fill("#date", "2024-02-29");
  await waitForAnalysis(page);
  const text = await page.inputValue("#article");
  const events = await cards(page);
  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.inputValue(".share-link input");
  const url = new URL(link);
  assert.match(url.hash, /^#s1\.[A-Za-z0-9_-]+$/);
  assert.ok(url.hash.length < text.length, "the link is compressed");
  assert.equal(await page.evaluate(() => location.hash), url.hash);
  // Standard raw deflate (the page deflates with CompressionStream): any inflater reads it.
  assert.equal(inflateRawSync(Buffer.from(url.hash.slice(4), "base64url")).toString("utf8"), `2024-02-29\n${text}`);

  // Another visitor opens the link: the same text, date and events.
  const other = await open({}, link);
  await waitForAnalysis(other.page);
  assert.equal(await other.page.inputValue("#article"), text);
  assert.equal(await other.page.inputValue("#date"), "2024-02-29");
  assert.deepEqual(await cards(other.page), events);
  assert.deepEqual(other.errors, []);

  // A link made before the page deflated with CompressionStream (by
  // miniz_oxide at level 9; src/web/share.rs checks the native encoder still
  // makes it) opens the same.
  const old = await open({}, `${app.url}#s1.HcrBDYMwDAXQe6f4A0AVRe0GvXcGq7GMC7KRnTA_iOOTXi31NZf3XOrjE26cyB7jt4LQePcOYwp8GyfBDw5TWfoEtf8INUFfghkyKFpOlxjBom60Qe7vgSRtzxM`);
  await waitForAnalysis(old.page);
  assert.equal(await old.page.inputValue("#article"), "Drones struck a depot near Odesa overnight, injuring three guards, the regional governor said.");
  assert.equal(await old.page.inputValue("#date"), "2024-05-02");
  assert.deepEqual(old.errors, []);

  // A damaged link: a clear message, the page still works.
  const cut = await open({}, `${app.url}#${url.hash.slice(1, -7)}x!`);
  await cut.page.locator(".notice").waitFor();
  assert.match(await cut.page.locator(".notice").textContent(), /damaged/);
  assert.equal(await cut.page.inputValue("#article"), "");
  // A "zip bomb" is refused quickly, without hanging the page.
  const bomb = `${app.url}#s1.${"7f".repeat(2)}${"A".repeat(200_000)}`;
  const t0 = Date.now();
  const big = await open({}, bomb);
  await big.page.locator(".notice").waitFor();
  assert.match(await big.page.locator(".notice").textContent(), /Could not open the link/);
  assert.ok(Date.now() - t0 < 15_000);

  // Text that does not compress enough: no link, the JSON is offered instead.
  const noise = [...randomBytes(120_000)].map((b) => (b % 8 === 0 ? " " : String.fromCharCode(97 + (b % 26)))).join("");
  await page.fill("#article", noise);
  await waitForAnalysis(page);
  await page.getByRole("button", { name: "Share link" }).click();
  await page.waitForFunction(() => /too long for a link/.test(document.querySelector(".export-status").textContent));
  assert.match(await page.locator(".export-status").textContent(), /too long for a link.*download the JSON instead/);
  assert.equal(await page.locator(".share-link").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
