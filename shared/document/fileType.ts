// What marks a session file, as plain constants: the renderer's first paint builds documents with
// them (create.ts) without loading the document's schemas (schema.ts).

/** The `type` every session file carries, so a stray JSON file is never mistaken for one. */
export const SESSION_FILE_TYPE = 'roundtable.session';
/** The schema version this build writes. Older files are migrated on load (migrations.ts). */
export const SESSION_SCHEMA_VERSION = 2;
