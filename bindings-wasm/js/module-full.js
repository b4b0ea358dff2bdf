// The full WebAssembly module (every function of the core) and the API over it, instantiated
// from what a loader found (init.js, init-node.js) or synchronously from bytes (node.js).
import initWasm, * as wasm from "./wasm/umkm_wasm.js";
import { makeApi } from "./api.js";
import { instantiators } from "./loader.js";

/** Where the package's full .wasm is (bundlers see this `new URL` and copy the file). */
export const wasmUrl = () => new URL("./wasm/umkm_wasm_bg.wasm", import.meta.url);

export const { instantiate, instantiateSync } = instantiators(initWasm, wasm, makeApi);
