// The loading the entries share: `init(source?)` instantiates a WebAssembly module once and
// answers the API; `ready` settles when it has. No top-level await, so any bundler and target
// can import it; the caller decides when (and from where) the .wasm is fetched.

/**
 * A loader: `init` and `ready` for one module and one way of finding its bytes.
 * @param {() => unknown} defaultSource where the .wasm is when the caller gives nothing
 * @param {(source: unknown) => unknown | Promise<unknown>} prepare turns a source into what
 *   wasm-bindgen's init takes (a URL, Response, bytes or WebAssembly.Module)
 * @param {(input: unknown) => Promise<object>} instantiate the module's API from that input
 */
export function makeLoader(defaultSource, prepare, instantiate) {
  let pending = null;
  let settle;
  const ready = new Promise((resolve, reject) => {
    settle = { resolve, reject };
  });
  ready.catch(() => {}); // a failed load is reported by init's own promise; no unhandled rejection
  function init(source) {
    if (pending) return pending;
    pending = (async () => instantiate(await prepare(source ?? defaultSource())))();
    pending.then(settle.resolve, (e) => {
      settle.reject(e);
      pending = null; // a failed load may be tried again, e.g. from another URL
    });
    return pending;
  }
  return { init, ready };
}

/**
 * `instantiate` (from a URL, Response, bytes or Module) and `instantiateSync` (from bytes, in
 * Node) for one wasm-bindgen module: each answers `makeApi` over the module, which takes a
 * fresh instance after an abort.
 * @param {(input: {module_or_path: unknown}) => Promise<unknown>} initWasm the glue's init
 * @param {object} wasm the glue's exports
 * @param {(instance: () => object) => object} makeApi the API over an instance
 */
export function instantiators(initWasm, wasm, makeApi) {
  const build = () => {
    let loaded = false;
    return makeApi(() => {
      if (loaded) wasm.__wbg_reset_state(); // a fresh instance after an abort
      loaded = true;
      return wasm;
    });
  };
  return {
    async instantiate(input) {
      await initWasm({ module_or_path: input });
      return build();
    },
    instantiateSync(bytes) {
      wasm.initSync({ module: new WebAssembly.Module(bytes) });
      return build();
    },
  };
}
