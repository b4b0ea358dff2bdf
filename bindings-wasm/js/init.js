// `umkm/init` in browsers and bundlers: load the WebAssembly module when and from where you
// choose, without top-level await.
//
//   import { init } from "umkm/init";
//   const umkm = await init();                       // the .wasm beside this file
//   const umkm = await init("/assets/umkm.wasm");     // or a URL, a Response, bytes,
//   const umkm = await init(await WebAssembly.compileStreaming(fetch(url))); // or a Module
//
// `ready` is a promise of the same API, settled when `init` has loaded it.
import { makeLoader } from "./loader.js";
import { instantiate, wasmUrl } from "./module-full.js";

export const { init, ready } = makeLoader(wasmUrl, (source) => source, instantiate);
export default init;
