// Orders the functions of a WebAssembly module so that gzip compresses it better, without
// changing what any function does.
//
//   node tools/order-functions.mjs in.wasm out.wasm
//
// gzip finds repeats only within the last 32 KB it has read. The linker lays functions out
// roughly in the order the compiler produced them, which scatters look-alike code (the readers
// serde derives for a hundred types, the copies of a generic function) over a megabyte. This
// tool chains functions greedily by likeness: after each placed function comes the unplaced one
// sharing the most 4-byte sequences with the last few placed (sequences found in more than 5 %
// of functions count for nothing, being everywhere); when nothing is alike, the next by name.
// It writes that order as the module's function names (`000000`, `000001`, …); binaryen's
// `wasm-opt --reorder-functions-by-name` then moves the bodies and renumbers every reference,
// and strips the names. The order is a pure function of the input bytes.

import { readFileSync, writeFileSync } from "node:fs";

const WINDOW = 8; // placed functions a candidate is compared with
const SHARED_MIN = 0.1; // least share of a candidate's sequences found in the window
const COMMON = 0.05; // a sequence in more functions than this share is ignored

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

function leb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function sections(bytes) {
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    out.push({ id, start, end: start + size, header: at });
    at = start + size;
  }
  return out;
}

function customName(bytes, s) {
  const [len, at] = readLeb(bytes, s.start);
  return new TextDecoder().decode(bytes.subarray(at, at + len));
}

/** Imported functions, the body of each defined function, and the names the module gives. */
function parse(bytes) {
  let imported = 0;
  const bodies = [];
  const names = new Map();
  for (const s of sections(bytes)) {
    if (s.id === 2) {
      let [count, at] = readLeb(bytes, s.start);
      for (let i = 0; i < count; i++) {
        for (let k = 0; k < 2; k++) {
          const [len, next] = readLeb(bytes, at);
          at = next + len;
        }
        const kind = bytes[at++];
        if (kind === 0) {
          [, at] = readLeb(bytes, at);
          imported++;
        } else if (kind === 1) {
          at++;
          let flags;
          [flags, at] = readLeb(bytes, at);
          [, at] = readLeb(bytes, at);
          if (flags & 1) [, at] = readLeb(bytes, at);
        } else if (kind === 2) {
          let flags;
          [flags, at] = readLeb(bytes, at);
          [, at] = readLeb(bytes, at);
          if (flags & 1) [, at] = readLeb(bytes, at);
        } else if (kind === 3) {
          at += 2;
        } else if (kind === 4) {
          at += 1;
          [, at] = readLeb(bytes, at);
        } else {
          throw new Error(`unknown import kind ${kind}`);
        }
      }
    } else if (s.id === 10) {
      let [count, at] = readLeb(bytes, s.start);
      for (let i = 0; i < count; i++) {
        const [size, start] = readLeb(bytes, at);
        bodies.push(bytes.subarray(start, start + size));
        at = start + size;
      }
    } else if (s.id === 0 && customName(bytes, s) === "name") {
      let [, at] = readLeb(bytes, s.start);
      at += 4;
      while (at < s.end) {
        const sub = bytes[at];
        const [size, start] = readLeb(bytes, at + 1);
        if (sub === 1) {
          let [count, p] = readLeb(bytes, start);
          for (let i = 0; i < count; i++) {
            let index, len;
            [index, p] = readLeb(bytes, p);
            [len, p] = readLeb(bytes, p);
            names.set(index, new TextDecoder().decode(bytes.subarray(p, p + len)));
            p += len;
          }
        }
        at = start + size;
      }
    }
  }
  return { imported, bodies, names };
}

/** The order of the defined functions (indices into `bodies`). */
function order(bodies, fallbackRank) {
  const n = bodies.length;
  const shingles = bodies.map((b) => {
    const set = new Set();
    for (let i = 0; i + 4 <= b.length; i++) {
      set.add(((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0);
    }
    return set;
  });
  const df = new Map();
  for (const set of shingles) for (const h of set) df.set(h, (df.get(h) ?? 0) + 1);
  const limit = n * COMMON;
  const postings = new Map();
  const kept = shingles.map((set, f) => {
    const own = [];
    for (const h of set) {
      if (df.get(h) > limit) continue;
      own.push(h);
      let list = postings.get(h);
      if (!list) postings.set(h, (list = []));
      list.push(f);
    }
    return own;
  });
  const byFallback = [...Array(n).keys()].sort((a, b) => fallbackRank[a] - fallbackRank[b]);
  const placed = new Uint8Array(n);
  const shared = new Float64Array(n); // sequences shared with the window, counted per window member
  const candidates = new Set();
  const window = [];
  const result = [];
  const add = (f, sign) => {
    for (const h of kept[f]) {
      for (const g of postings.get(h)) {
        if (placed[g]) continue;
        shared[g] += sign;
        if (shared[g] > 0) candidates.add(g);
        else candidates.delete(g);
      }
    }
  };
  let next = 0;
  let current = byFallback[0];
  for (;;) {
    placed[current] = 1;
    candidates.delete(current);
    result.push(current);
    if (result.length === n) break;
    window.push(current);
    add(current, +1);
    if (window.length > WINDOW) add(window.shift(), -1);
    let best = -1;
    let bestScore = 0;
    for (const g of candidates) {
      const score = shared[g] / (kept[g].length + 1);
      if (score > bestScore || (score === bestScore && best >= 0 && fallbackRank[g] < fallbackRank[best])) {
        best = g;
        bestScore = score;
      }
    }
    if (best < 0 || bestScore < SHARED_MIN) {
      while (placed[byFallback[next]]) next++;
      best = byFallback[next];
    }
    current = best;
  }
  return result;
}

/** The module with its name section replaced by one naming each function by its place. */
function renamed(bytes, imported, place, names) {
  const encoder = new TextEncoder();
  const entries = [];
  const total = imported + place.length;
  for (let index = 0; index < total; index++) {
    const name =
      index < imported
        ? (names.get(index) ?? `import${index}`)
        : String(place[index - imported]).padStart(6, "0");
    const text = encoder.encode(name);
    entries.push(...leb(index), ...leb(text.length), ...text);
  }
  const sub = [...leb(total), ...entries];
  const body = [...leb(4), ...encoder.encode("name"), 1, ...leb(sub.length), ...sub];
  const parts = [bytes.subarray(0, 8)];
  for (const s of sections(bytes)) {
    if (s.id === 0 && customName(bytes, s) === "name") continue;
    parts.push(bytes.subarray(s.header, s.end));
  }
  parts.push(Uint8Array.from([0, ...leb(body.length), ...body]));
  return Buffer.concat(parts);
}

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node order-functions.mjs in.wasm out.wasm");
  process.exit(2);
}
const bytes = new Uint8Array(readFileSync(input));
const { imported, bodies, names } = parse(bytes);
const byName = [...bodies.keys()].sort((a, b) => {
  const x = names.get(a + imported) ?? "";
  const y = names.get(b + imported) ?? "";
  return x < y ? -1 : x > y ? 1 : a - b;
});
const fallbackRank = new Array(bodies.length);
byName.forEach((f, rank) => (fallbackRank[f] = rank));
const sequence = order(bodies, fallbackRank);
const place = new Array(bodies.length);
sequence.forEach((f, k) => (place[f] = k));
writeFileSync(output, renamed(bytes, imported, place, names));
