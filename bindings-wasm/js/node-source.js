// What the Node loaders (init-node.js, id-init-node.js) hand to wasm-bindgen: a file (the
// package's own .wasm, or a file: URL or path you give) is read from disk, since Node's fetch
// does not read files; anything else as it is.
import { readFile } from "node:fs/promises";

/** A file to read: a file: URL (or its text), or a string that is no URL at all (a path). */
function file(source) {
  if (source instanceof URL) return source.protocol === "file:" ? source : null;
  if (typeof source !== "string") return null;
  if (source.startsWith("file:")) return new URL(source);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? null : source;
}

export async function nodeSource(source) {
  const path = file(source);
  return path === null ? source : new Uint8Array(await readFile(path));
}
