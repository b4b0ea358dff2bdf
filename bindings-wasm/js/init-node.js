// `umkm/init` in Node: as in browsers, but a file (the package's own .wasm, or a file: URL
// or path you give) is read from disk, since Node's fetch does not read files.
import { readFile } from "node:fs/promises";
import { makeLoader } from "./loader.js";

/** A file to read: a file: URL (or its text), or a string that is no URL at all (a path). */
function file(source) {
  if (source instanceof URL) return source.protocol === "file:" ? source : null;
  if (typeof source !== "string") return null;
  if (source.startsWith("file:")) return new URL(source);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? null : source;
}

const loader = makeLoader(
  () => new URL("./wasm/umkm_wasm_bg.wasm", import.meta.url),
  async (source) => {
    const path = file(source);
    return path === null ? source : new Uint8Array(await readFile(path));
  },
);

export const { init, ready } = loader;
export default init;
