// The identifiers-only WebAssembly module of `umkm/id` and the API over it, instantiated from
// what a loader found (id-init.js, id-init-node.js) or synchronously from bytes (id-node.js).
import initWasm, * as wasm from "./wasm/umkm_id_wasm.js";
import { makeIdApi } from "./id-api.js";
import { instantiators } from "./loader.js";

/** Where the package's identifiers .wasm is (bundlers see this `new URL` and copy the file). */
export const wasmUrl = () => new URL("./wasm/umkm_id_wasm_bg.wasm", import.meta.url);

export const { instantiate, instantiateSync } = instantiators(initWasm, wasm, makeIdApi);
