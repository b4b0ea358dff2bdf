// `umkm/init` in Node: as in browsers, but a file (the package's own .wasm, or a file: URL
// or path you give) is read from disk, since Node's fetch does not read files.
import { makeLoader } from "./loader.js";
import { nodeSource } from "./node-source.js";
import { instantiate, wasmUrl } from "./module-full.js";

export const { init, ready } = makeLoader(wasmUrl, nodeSource, instantiate);
export default init;
