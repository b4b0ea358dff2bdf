// `umkm/schema`: the JSON Schema bundle of every input and result type (the core's
// core/schema/umkm.schema.json), on its own subpath so the 20 KB gzipped text is loaded only
// by those who ask for it. Each call parses afresh: the caller may change its copy.
import text from "./schema-text.js";

/** The JSON Schema bundle (draft 2020-12): `$defs` holds every type by name. */
export function schema() {
  return JSON.parse(text);
}
export default schema;
