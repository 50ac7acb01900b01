import { IMPORT_COLUMNS, OPENING_FLAGS } from "~/domain/opening-fields";
// The CSV import's columns, shared by the importer (server) and the import page's help (browser).
// They are derived from the opening's one field list (domain/opening-fields.ts).

/** The template's columns, in order: machine names that never change with the page's language. */
export { IMPORT_COLUMNS };
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Yes/no columns: the editor's checkboxes. */
export const FLAG_COLUMNS = OPENING_FLAGS satisfies readonly ImportColumn[];

/** The most rows one file may hold. */
export const MAX_IMPORT_ROWS = 500;
