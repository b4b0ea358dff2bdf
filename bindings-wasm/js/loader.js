// The loading the entries share: `init(source?)` instantiates the WebAssembly module once and
// answers the API; `ready` settles when it has. No top-level await, so any bundler and target
// can import it; the caller decides when (and from where) the .wasm is fetched.
import initWasm, * as wasm from "./wasm/umkm_wasm.js";
import { makeApi } from "./api.js";
import schemaText from "./schema.js";

/**
 * A loader: `init` and `ready` for one way of finding the module's bytes.
 * @param {() => unknown} defaultSource where the .wasm is when the caller gives nothing
 * @param {(source: unknown) => unknown | Promise<unknown>} prepare turns a source into what
 *   wasm-bindgen's init takes (a URL, Response, bytes or WebAssembly.Module)
 */
export function makeLoader(defaultSource, prepare) {
  let pending = null;
  let settle;
  const ready = new Promise((resolve, reject) => {
    settle = { resolve, reject };
  });
  ready.catch(() => {}); // a failed load is reported by init's own promise; no unhandled rejection
  function init(source) {
    if (pending) return pending;
    pending = (async () => {
      const input = await prepare(source ?? defaultSource());
      await initWasm({ module_or_path: input });
      let loaded = false;
      return makeApi(() => {
        if (loaded) wasm.__wbg_reset_state(); // a fresh instance after an abort
        loaded = true;
        return wasm;
      }, schemaText);
    })();
    pending.then(settle.resolve, (e) => {
      settle.reject(e);
      pending = null; // a failed load may be tried again, e.g. from another URL
    });
    return pending;
  }
  return { init, ready };
}
