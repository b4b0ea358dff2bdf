// `umkm/id/init` in browsers and bundlers: the identifiers-only module (under 50 KB gzipped
// with its JavaScript), loaded when and from where you choose, without top-level await.
//
//   import { init, loadFull } from "umkm/id/init";
//   const id = await init();                  // or init(url | Response | bytes | Module)
//   id.npwp.check("013121");                  // { state: "incomplete", code: "npwp.length", ... }
//   const umkm = await loadFull();            // the full module, fetched when first needed
import { makeLoader } from "./loader.js";
import { instantiate, wasmUrl } from "./module-id.js";

export const { init, ready } = makeLoader(wasmUrl, (source) => source, instantiate);

/** The full API (`umkm/init`'s `init`), its JavaScript and module fetched on this first call:
 * bundlers split it into a chunk of its own. */
export async function loadFull(source) {
  const full = await import("./init.js");
  return full.init(source);
}
export default init;
