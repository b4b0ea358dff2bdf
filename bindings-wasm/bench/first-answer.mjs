// The time from navigation to the first identifier answer in the browser tool, in Debian's
// headless Chromium (the modules fetched from a local server, nothing cached: a new browser
// each run), and the sizes of both modules. Prints the median of three runs.
// `node bindings-wasm/bench/first-answer.mjs` after `make js-build` (part of `make js-bench`).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../tools/serve.mjs";
import { graph } from "../tools/sizes.mjs";

const pkg = new URL("../pkg/", import.meta.url);
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
/** Gzipped bytes of an entry's JavaScript (with what it imports statically) and its .wasm. */
const sizes = (entry, wasm) => {
  const js = [...graph(fileURLToPath(new URL(entry, pkg)))].reduce((n, p) => n + gz(p), 0);
  return [js, gz(fileURLToPath(new URL(wasm, pkg)))];
};
console.log(`load average before: ${loadavg()[0].toFixed(2)}`);
for (const [name, entry, wasm] of [
  ["umkm/id (what the tool loads first)", "id-init.js", "wasm/umkm_id_wasm_bg.wasm"],
  ["umkm (fetched when first needed)", "init.js", "wasm/umkm_wasm_bg.wasm"],
]) {
  const [js, w] = sizes(entry, wasm);
  console.log(`${name}: ${((js + w) / 1024).toFixed(1)} KB gzipped (JavaScript ${(js / 1024).toFixed(1)}, .wasm ${(w / 1024).toFixed(1)})`);
}

const times = [];
for (let run = 0; run < 3; run++) {
  const server = await serve(0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: "commit" });
    await page.waitForSelector("body[data-ready=true]");
    await page.fill("input[name=npwp]", "013121660091000");
    await page.waitForFunction(() => document.querySelector('.check[data-for="npwp"]').textContent.startsWith("✓"));
    // From the navigation's start to the answer on screen.
    times.push(await page.evaluate(() => performance.now()));
  } finally {
    await browser.close();
    server.close();
  }
}
times.sort((a, b) => a - b);
console.log(`navigation to the first NPWP answer: ${times[1].toFixed(0)} ms (median of ${times.map((t) => t.toFixed(0)).join(", ")})`);
console.log(`load average after: ${loadavg()[0].toFixed(2)}`);
