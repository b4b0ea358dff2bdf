// The full WebAssembly module (every function of the core) and the API over it, instantiated
// from what a loader found (init.js, init-node.js) or synchronously from bytes (node.js).
import initWasm, * as wasm from "./wasm/umkm_wasm.js";
import { makeApi } from "./api.js";

/** Where the package's full .wasm is (bundlers see this `new URL` and copy the file). */
export const wasmUrl = () => new URL("./wasm/umkm_wasm_bg.wasm", import.meta.url);

function build() {
  let loaded = false;
  return makeApi(() => {
    if (loaded) wasm.__wbg_reset_state(); // a fresh instance after an abort
    loaded = true;
    return wasm;
  });
}

/** The API, once the module is instantiated from a URL, Response, bytes or Module. */
export async function instantiate(input) {
  await initWasm({ module_or_path: input });
  return build();
}

/** The API, the module compiled from its bytes at once (Node). */
export function instantiateSync(bytes) {
  wasm.initSync({ module: new WebAssembly.Module(bytes) });
  return build();
}
