// Opens a bundler's output in Debian's headless Chromium and prints what the page computed
// with the umkm package: `node bindings-wasm/tools/bundle-check.mjs <dist-folder>`. The folder
// is served as static files on 127.0.0.1; the page sets body[data-ready] and writes its answer
// into #out. Fails on a page error, a failed request (a .wasm the bundler did not copy) or a
// timeout. Used by tools/dist-test.sh on a fresh Vite project.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright-core";

const root = resolve(process.argv[2] ?? "dist");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, "http://localhost").pathname;
  const file = normalize(join(root, path === "/" ? "index.html" : path));
  try {
    if (!file.startsWith(root)) throw new Error("outside");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const ready = await page.waitForSelector("body[data-ready=true]", { timeout: 20000 }).then(() => true, () => false);
  if (!ready) problems.push("the page never set body[data-ready]");
  if (problems.length) throw new Error(problems.join("\n"));
  console.log(await page.textContent("#out"));
} finally {
  await browser.close();
  server.close();
}
