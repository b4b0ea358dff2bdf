// Types of `umkm/init`: loading the WebAssembly module under the caller's control.
import type * as Umkm from "./index.js";

/** The API `init` answers: everything `import * as umkm from "umkm"` gives. */
export type Api = typeof Umkm;

/** Where the module comes from: a URL (or its text), a fetch `Response` (or a promise of one),
 * the bytes, or a compiled `WebAssembly.Module`. In Node, a `file:` URL or a path is read from
 * disk. Nothing: the `.wasm` shipped beside the package's JavaScript. */
export type InitInput =
  | string
  | URL
  | Request
  | Response
  | Promise<Response>
  | BufferSource
  | WebAssembly.Module;

/** Loads the module once (later calls answer the same promise; after a failure, a new call
 * tries again) and answers the API. */
export function init(source?: InitInput): Promise<Api>;

/** The API once `init` has loaded it. `init` must be called for it to settle. */
export const ready: Promise<Api>;

export default init;
