// Types of `umkm/id/init`: the identifiers-only module, loaded under the caller's control.
import type { IdApi } from "./id.js";
import type { Api, InitInput } from "./init.js";

export type { IdApi, InitInput };

/** Loads the identifiers module once (later calls answer the same promise; after a failure, a
 * new call tries again) and answers its API. */
export function init(source?: InitInput): Promise<IdApi>;

/** The API once `init` has loaded it. `init` must be called for it to settle. */
export const ready: Promise<IdApi>;

/** The full API of `umkm/init`, its JavaScript and .wasm fetched on the first call. */
export function loadFull(source?: InitInput): Promise<Api>;

export default init;
