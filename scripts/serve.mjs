#!/usr/bin/env node
// A small static file server for dist/: `make serve` uses it, and the
// end-to-end tests start it themselves (import { serve } from it).
//
//   node scripts/serve.mjs [--host 127.0.0.1] [--port 8080] [--base /] [DIR]
//
// `--base /sitrep/` serves DIR under that sub-path, the way a project page is
// hosted. Nothing is cached by the browser (Cache-Control: no-cache), so a new
// build and its service worker are picked up on reload.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves `root` at `http://host:port${base}`; resolves to { server, url }. */
export function serve({ root, host = "127.0.0.1", port = 0, base = "/" }) {
  const dir = resolve(root);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { "Cache-Control": "no-cache", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n");
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(400, "bad request\n");
    }
    if (`${path}/` === prefix) return send(301, "", { Location: prefix });
    if (!path.startsWith(prefix)) return send(404, "not found\n");
    let file = resolve(dir, `.${sep}${path.slice(prefix.length)}`);
    if (file !== dir && !file.startsWith(dir + sep)) return send(404, "not found\n");
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const type = TYPES[extname(file)] || "application/octet-stream";
      send(200, body, { "Content-Type": type, "Content-Length": body.length });
    } catch {
      send(404, "not found\n");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      ok({ server, url: `http://${host}:${bound}${prefix}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = { root: "dist", port: 8080 };
  const args = process.argv.slice(2);
  while (args.length) {
    const arg = args.shift();
    if (arg === "--host") opts.host = args.shift();
    else if (arg === "--port") opts.port = Number(args.shift());
    else if (arg === "--base") opts.base = args.shift();
    else opts.root = arg;
  }
  try {
    await stat(join(opts.root, "index.html"));
  } catch {
    console.error(`serve: ${opts.root}/index.html not found; build first (make dist)`);
    process.exit(1);
  }
  serve(opts).then(
    ({ url }) => console.log(`Serving ${opts.root}/ at ${url}  (Ctrl-C to stop)`),
    (err) => {
      console.error(`serve: cannot listen on ${opts.host || "127.0.0.1"}:${opts.port}: ${err.message}`);
      process.exit(1);
    },
  );
}
