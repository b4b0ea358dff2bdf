// `umkm/id/init` in Node: as in browsers, files read from disk.
import { makeLoader } from "./loader.js";
import { nodeSource } from "./node-source.js";
import { instantiate, wasmUrl } from "./module-id.js";

export const { init, ready } = makeLoader(wasmUrl, nodeSource, instantiate);

/** The full API (`umkm/init`'s `init`), loaded on this first call. */
export async function loadFull(source) {
  const full = await import("./init-node.js");
  return full.init(source);
}
export default init;
