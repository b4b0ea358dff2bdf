// Serves the browser tool on localhost: examples/web at /, the built package (bindings-wasm/pkg)
// at /umkm/. Static files only. `node bindings-wasm/tools/serve.mjs [port]` (make web).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

function resolve(url) {
  const path = decodeURIComponent(new URL(url, "http://localhost").pathname);
  const [base, rest] = path.startsWith("/umkm/")
    ? ["bindings-wasm/pkg", path.slice("/umkm/".length)]
    : ["examples/web", path === "/" ? "index.html" : path.slice(1)];
  const file = normalize(join(ROOT, base, rest));
  return file.startsWith(join(ROOT, base)) ? file : null;
}

/** Starts the server; resolves to it once listening on 127.0.0.1 (`port` 0 picks a free one). */
export function serve(port = 8080) {
  const server = createServer(async (req, res) => {
    const file = resolve(req.url);
    try {
      if (!file) throw new Error("outside");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(Number(process.argv[2] ?? 8080));
  console.log(`umkm browser tool: http://localhost:${server.address().port}/`);
}
