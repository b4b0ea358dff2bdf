// Types of `umkm/schema`.
/** The JSON Schema bundle of every input and result type; `$defs` holds each by name. */
export function schema(): { $schema: string; title: string; $defs: Record<string, unknown> };
export default schema;
