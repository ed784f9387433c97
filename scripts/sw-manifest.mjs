#!/usr/bin/env node
// Trunk post_build hook: writes the build's asset list and version into the
// service worker, so the offline cache never goes stale and nobody edits it.
//
// Runs in Trunk's staging directory ($TRUNK_STAGING_DIR), after the HTML is
// written and before dist/ is replaced. The version is a hash of every file's
// path and content: the same build gives the same version, any change a new one.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const SW = "sw.js";
const MARKER = /^const BUILD = .*;$/m;

function fail(message) {
  console.error(`sw-manifest: ${message}`);
  process.exit(1);
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail("TRUNK_STAGING_DIR is not set: run me as a Trunk post_build hook");

const swPath = join(staging, SW);
let sw;
try {
  sw = readFileSync(swPath, "utf8");
} catch {
  fail(`${swPath} is missing: index.html must copy ${SW} (<link data-trunk rel="copy-file" href="${SW}">)`);
}
const markers = sw.match(new RegExp(MARKER.source, "gm")) || [];
if (markers.length !== 1) fail(`${SW} must have exactly one line 'const BUILD = ...;', found ${markers.length}`);

const assets = files(staging)
  .map((path) => relative(staging, path).split(sep).join("/"))
  .filter((path) => path !== SW)
  .sort();
const hash = createHash("sha256");
for (const path of assets) {
  hash.update(path).update("\0").update(readFileSync(join(staging, path))).update("\0");
}
const version = hash.digest("hex").slice(0, 16);
const build = { version, assets: ["./", ...assets.map((path) => `./${path}`)] };

writeFileSync(swPath, sw.replace(MARKER, `const BUILD = ${JSON.stringify(build)};`));
console.log(`sw-manifest: ${assets.length} assets, version ${version}`);
