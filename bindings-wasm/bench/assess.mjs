// Benchmark (prints figures, not a test): the gzipped size of the WebAssembly module and the
// time to assess 10,000 enterprises in Node (each call crosses the boundary as JSON, as a web
// page's would). `make js-bench`.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import * as umkm from "../pkg/node.js";

const wasm = readFileSync(new URL("../pkg/web/umkm_wasm_bg.wasm", import.meta.url));
console.log(`umkm_wasm_bg.wasm: ${wasm.length} bytes, ${gzipSync(wasm, { level: 9 }).length} bytes gzipped (target: under 300 KB)`);

const seeds = JSON.parse(readFileSync(new URL("../../examples/data/seed_enterprises.json", import.meta.url), "utf8"));
const destinations = ["AU", "JP", "NZ", "SG", "US", "EU"];
const n = Number(process.argv[2] ?? 10_000);
const cases = Array.from({ length: n }, (_, i) => {
  const seed = structuredClone(seeds[i % seeds.length]);
  seed.name = `${seed.name} ${i}`;
  return [seed, seed.products[0].name, destinations[i % destinations.length]];
});

let best = Infinity;
for (let run = 0; run < 3; run++) {
  const start = process.hrtime.bigint();
  let ready = 0;
  for (const [record, product, destination] of cases) {
    if (umkm.assess(record, product, destination, "2025-11-01").export_ready) ready += 1;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  best = Math.min(best, seconds);
  if (run === 0) console.log(`${ready} of ${n} export ready`);
}
console.log(`assess ${n} enterprises in Node: ${best.toFixed(2)} s (${((best / n) * 1e6).toFixed(0)} µs each)`);
