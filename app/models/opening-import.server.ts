import { createHash, randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { REQUIRED_IMPORT_COLUMNS } from "~/domain/opening-fields";
import { parseForm } from "~/utils/forms.server";
import { openingFormSchema } from "~/validation/opening";
import { FLAG_COLUMNS, IMPORT_COLUMNS, MAX_IMPORT_ROWS, type ImportColumn } from "~/validation/opening-import";
import { normaliseCreditCode } from "~/utils/credit-code";
import { recordAudit } from "./audit.server";
import { insertDraft } from "./opening-workflow.server";
import { type OpeningFields } from "./opening-scope.server";
import { UUID } from "~/utils/params";
import { inTransaction } from "../../db/transaction";

// CSV bulk import for partner staff. Step one reads the file, checks every row with the editor's
// own schema and keeps the result (owned by the partner) in `opening_import`. Step two imports the
// valid rows as drafts, all in one transaction. Each row has a key (its row_id, or a hash of its
// content) that is unique per partner, so importing the same file or row again adds nothing.

type Db = Kysely<Database>;

/** Columns a file must have; the others may be left out. */
const REQUIRED_COLUMNS: readonly ImportColumn[] = REQUIRED_IMPORT_COLUMNS;

const YES = new Set(["yes", "y", "true", "1", "是", "有", "√", "✓", "✔"]);
const NO = new Set(["", "no", "n", "false", "0", "否", "无", "没有", "×"]);

/** The template staff download: UTF-8 with a byte order mark (so Excel reads Chinese), the header and one example row that is skipped. */
export function importTemplate(): string {
  const example: Record<ImportColumn, string> = {
    row_id: "#example",
    employer: "brightline-annotation",
    title_zh: "图像标注员（示例行，导入时跳过）",
    title_en: "Image annotator (example row, skipped)",
    summary_zh: "在家用电脑给图片画框。",
    summary_en: "Draw boxes on pictures at home on a computer.",
    description_zh: "按照说明在图片中框出车辆和行人。提供两周带薪培训。",
    description_en: "Mark cars and people in pictures, following the guide. Two weeks of paid training.",
    how_to_apply_zh: "发邮件到 jobs@example.org",
    how_to_apply_en: "Email jobs@example.org",
    work_arrangement: "remote",
    province: "",
    city: "",
    employment_form: "piecework",
    hours_min: "10",
    hours_max: "30",
    schedule: "flexible",
    pay_min: "0.3",
    pay_max: "0.5",
    pay_unit: "piece",
    deadline: "2027-03-31",
    text_only_possible: "yes",
    phone_required: "no",
    camera_required: "no",
    sign_language_support: "no",
    captioned_meetings: "no",
    screen_reader_tested: "yes",
    screen_reader_tools: "NVDA, 争渡",
    assistive_devices_provided: "no",
    step_free_workplace: "no",
    quiet_space: "no",
    training_provided: "yes",
    mentor_support: "yes",
    trial_period: "no",
    social_insurance: "no",
    medical_insurance: "no",
    housing_fund: "no",
  };
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `\ufeff${IMPORT_COLUMNS.join(",")}\r\n${IMPORT_COLUMNS.map((column) => cell(example[column])).join(",")}\r\n`;
}

/** A problem with the whole file; each is an i18n key under `import.errors`, some with values. */
export type FileProblem = { error: string; values?: Record<string, string | number> };

/** One data row: its line as the spreadsheet numbers it (the header is line 1) and its cells by column. */
export type CsvRecord = { line: number; cells: Partial<Record<ImportColumn, string>> };

/** Reads CSV bytes: UTF-8 only (with or without BOM), known columns, at least one row. */
export function readCsv(bytes: Uint8Array): { ok: true; records: CsvRecord[] } | ({ ok: false } & FileProblem) {
  if (bytes.byteLength === 0) return { ok: false, error: "import.errors.empty" };
  // UTF-16 (Excel's "Unicode text") starts with its own byte order mark.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, error: "import.errors.encoding" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Most often GBK, from "CSV (Comma delimited)" in an older or Chinese-language Excel.
    return { ok: false, error: "import.errors.encoding" };
  }
  if (text.includes("\u0000")) return { ok: false, error: "import.errors.encoding" };
  if (text.trim() === "") return { ok: false, error: "import.errors.empty" };
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (error) {
    const line = typeof error === "object" && error && "lines" in error ? Number((error as { lines: unknown }).lines) : 0;
    return { ok: false, error: "import.errors.malformed", values: { line } };
  }
  const [header = [], ...data] = rows;
  const names = header.map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => name !== "" && !(IMPORT_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0) return { ok: false, error: "import.errors.unknownColumns", values: { columns: unknown.join(", ") } };
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) return { ok: false, error: "import.errors.missingColumns", values: { columns: missing.join(", ") } };
  if (!names.includes("title_zh") && !names.includes("title_en")) {
    return { ok: false, error: "import.errors.missingColumns", values: { columns: "title_zh, title_en" } };
  }
  const records: CsvRecord[] = [];
  data.forEach((row, index) => {
    // Blank rows and example rows (row_id starting with #) are skipped, but still counted for line numbers.
    if (row.every((value) => value.trim() === "")) return;
    const cells: Partial<Record<ImportColumn, string>> = {};
    names.forEach((name, column) => {
      if (name !== "") cells[name as ImportColumn] = row[column] ?? "";
    });
    if (cells.row_id?.startsWith("#")) return;
    records.push({ line: index + 2, cells });
  });
  if (records.length === 0) return { ok: false, error: "import.errors.headerOnly" };
  if (records.length > MAX_IMPORT_ROWS) return { ok: false, error: "import.errors.tooManyRows", values: { max: MAX_IMPORT_ROWS } };
  return { ok: true, records };
}

/** One problem in one row: the column it is in and an i18n key, with values for its placeholders. */
export type RowProblem = { column: string; message: string; values?: Record<string, string | number> };

/** A row's outcome after checking. */
export type CheckedRow = {
  line: number;
  title: string | null;
  employer: string | null;
  status: "ready" | "error" | "duplicate";
  problems: RowProblem[];
  /** For ready rows: what step two imports. */
  key?: string;
  employerId?: number;
  values?: Record<string, string>;
};

/** The editor field a problem belongs to, as a CSV column. */
function columnOf(field: string): string {
  return field === "employerId" ? "employer" : field;
}

/** The form values the editor would have sent for this row, and problems with yes/no cells. */
function formValues(cells: CsvRecord["cells"]) {
  const values: Record<string, string> = {};
  const problems: RowProblem[] = [];
  for (const column of IMPORT_COLUMNS) {
    if (column === "row_id" || column === "employer") continue;
    const value = (cells[column] ?? "").trim();
    if ((FLAG_COLUMNS as readonly string[]).includes(column)) {
      const answer = value.toLowerCase();
      if (YES.has(answer)) values[column] = "on";
      else if (!NO.has(answer)) problems.push({ column, message: "import.errors.flag", values: { value } });
    } else if (value !== "") {
      values[column] = value;
    }
  }
  return { values, problems };
}

/** A row's key: its row_id when it has one, otherwise a hash of everything in it. */
function rowKey(cells: CsvRecord["cells"], employerId: number): string {
  const id = cells.row_id?.trim();
  if (id) return `id:${id}`;
  const content = IMPORT_COLUMNS.filter((column) => column !== "row_id" && column !== "employer").map((column) => (cells[column] ?? "").trim());
  return `sha256:${createHash("sha256").update(JSON.stringify([employerId, ...content])).digest("hex")}`;
}

/** Employers by slug and by unified social credit code, for the employer column. */
async function employerLookup(db: Db, records: CsvRecord[]) {
  const names = [...new Set(records.map((record) => (record.cells.employer ?? "").trim()).filter(Boolean))];
  if (names.length === 0) return new Map<string, number>();
  const codes = names.map(normaliseCreditCode);
  const rows = await db
    .selectFrom("organisation")
    .select(["id", "slug", "credit_code"])
    .where("kind", "=", "employer")
    .where((eb) => eb.or([eb("slug", "in", names.map((name) => name.toLowerCase())), eb("credit_code", "in", codes)]))
    .execute();
  const map = new Map<string, number>();
  for (const row of rows) {
    map.set(row.slug, row.id);
    if (row.credit_code) map.set(row.credit_code, row.id);
  }
  return map;
}

/**
 * Checks every row with the editor's schema (and the employer column), marks rows this partner
 * has already imported, and rows repeated within the file. Nothing is written.
 */
export async function checkRows(db: Db, { partnerId, records, today }: { partnerId: number; records: CsvRecord[]; today: string }): Promise<CheckedRow[]> {
  const employers = await employerLookup(db, records);
  const schema = openingFormSchema({ today });
  const checked: CheckedRow[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const employerName = (record.cells.employer ?? "").trim();
    const title = (record.cells.title_zh ?? "").trim() || (record.cells.title_en ?? "").trim() || null;
    const { values, problems } = formValues(record.cells);
    const employerId = employerName ? (employers.get(employerName.toLowerCase()) ?? employers.get(normaliseCreditCode(employerName))) : undefined;
    if (!employerName) problems.unshift({ column: "employer", message: "import.errors.employerRequired" });
    else if (employerId === undefined) problems.unshift({ column: "employer", message: "import.errors.employerUnknown", values: { value: employerName } });
    const form = new FormData();
    for (const [key, value] of Object.entries(values)) form.set(key, value);
    const parsed = parseForm(form, schema);
    if (!parsed.ok) {
      for (const [field, message] of Object.entries(parsed.errors)) {
        if (!problems.some((problem) => problem.column === columnOf(field))) problems.push({ column: columnOf(field), message });
      }
    }
    // In the order of the template's columns, as staff read across the row.
    const order: readonly string[] = IMPORT_COLUMNS;
    problems.sort((x, y) => order.indexOf(x.column) - order.indexOf(y.column));
    const base = { line: record.line, title, employer: employerName || null };
    if (problems.length > 0 || employerId === undefined) {
      checked.push({ ...base, status: "error", problems });
      continue;
    }
    const key = rowKey(record.cells, employerId);
    const first = seen.get(key);
    if (first !== undefined) {
      checked.push({ ...base, status: "error", problems: [{ column: "row_id", message: "import.errors.repeated", values: { line: first } }] });
      continue;
    }
    seen.set(key, record.line);
    checked.push({ ...base, status: "ready", problems: [], key, employerId, values });
  }
  // Rows imported before (by this partner) are skipped, not errors.
  const keys = checked.flatMap((row) => (row.key ? [row.key] : []));
  if (keys.length > 0) {
    const existing = await db.selectFrom("opening").select("import_key").where("partner_id", "=", partnerId).where("import_key", "in", keys).execute();
    const done = new Set(existing.map((row) => row.import_key));
    for (const row of checked) if (row.key && done.has(row.key)) row.status = "duplicate";
  }
  return checked;
}

/** Counts for the report's summary. */
export function summarise(rows: readonly CheckedRow[]) {
  return {
    total: rows.length,
    ready: rows.filter((row) => row.status === "ready").length,
    errors: rows.filter((row) => row.status === "error").length,
    duplicates: rows.filter((row) => row.status === "duplicate").length,
  };
}

/** Keeps a checked file until staff import it (or not). Returns its id. */
export async function saveCheckedImport(
  db: Db,
  { partnerId, actorUserId, fileName, rows }: { partnerId: number; actorUserId: number; fileName: string; rows: CheckedRow[] },
): Promise<string> {
  const id = randomUUID();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto("opening_import")
      .values({ id, partner_id: partnerId, created_by_user_id: actorUserId, file_name: fileName.slice(0, 200), rows: JSON.stringify(rows) })
      .execute();
    await recordAudit(trx, {
      actorUserId,
      action: "import.checked",
      targetType: "opening_import",
      targetId: id,
      details: { partner: partnerId, ...summarise(rows) },
    });
  });
  return id;
}

/** A checked import, if it belongs to one of these partners. */
export async function getImport(db: Db, { id, partnerIds }: { id: string; partnerIds: readonly number[] }) {
  if (partnerIds.length === 0 || !UUID.test(id)) return undefined;
  const row = await db
    .selectFrom("opening_import")
    .select(["id", "partner_id", "file_name", "rows", "created_at", "imported_at", "imported_count"])
    .where("id", "=", id)
    .where("partner_id", "in", [...partnerIds])
    .executeTakeFirst();
  if (!row) return undefined;
  const rows = (typeof row.rows === "string" ? JSON.parse(row.rows) : row.rows) as CheckedRow[];
  return { ...row, rows };
}

/** Why an import was refused; each is an i18n key under `import.errors`. */
export type ImportError = "notFound" | "alreadyImported" | "nothingToImport" | "changed";

/**
 * Imports a checked file's ready rows as drafts, in one transaction: either every row goes in, or
 * none does. Each row is checked again (a closing date may have passed since); a row already
 * imported under its key is skipped. Audit-logged with the counts.
 */
export async function runImport(
  db: Db,
  { id, partnerIds, actorUserId, today }: { id: string; partnerIds: readonly number[]; actorUserId: number; today: string },
): Promise<{ ok: true; created: number; skipped: number } | { ok: false; error: ImportError; lines?: number[] }> {
  if (partnerIds.length === 0 || !UUID.test(id)) return { ok: false, error: "notFound" };
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom("opening_import")
      .select(["id", "partner_id", "rows", "imported_at"])
      .where("id", "=", id)
      .where("partner_id", "in", [...partnerIds])
      .forUpdate()
      .executeTakeFirst();
    if (!row) return { ok: false, error: "notFound" } as const;
    if (row.imported_at) return { ok: false, error: "alreadyImported" } as const;
    const rows = (typeof row.rows === "string" ? JSON.parse(row.rows) : row.rows) as CheckedRow[];
    const ready = rows.filter((item) => item.status === "ready" && item.key && item.employerId && item.values);
    if (ready.length === 0) return { ok: false, error: "nothingToImport" } as const;
    const schema = openingFormSchema({ today });
    const drafts: { key: string; employerId: number; fields: OpeningFields }[] = [];
    const stale: number[] = [];
    for (const item of ready) {
      const form = new FormData();
      for (const [key, value] of Object.entries(item.values ?? {})) form.set(key, value);
      const parsed = parseForm(form, schema);
      if (!parsed.ok) stale.push(item.line);
      else drafts.push({ key: item.key ?? "", employerId: item.employerId ?? 0, fields: parsed.data });
    }
    if (stale.length > 0) return { ok: false, error: "changed", lines: stale } as const;
    const employers = await trx
      .selectFrom("organisation")
      .select("id")
      .where("kind", "=", "employer")
      .where("id", "in", [...new Set(drafts.map((draft) => draft.employerId))])
      .execute();
    if (employers.length !== new Set(drafts.map((draft) => draft.employerId)).size) return { ok: false, error: "changed", lines: [] } as const;
    let created = 0;
    for (const draft of drafts) {
      const inserted = await insertDraft(trx, { actorUserId, employerId: draft.employerId, partnerId: row.partner_id, fields: draft.fields, importKey: draft.key });
      if (inserted) created++;
    }
    const skipped = drafts.length - created;
    await trx.updateTable("opening_import").set({ imported_at: sql<Date>`now()`, imported_count: created }).where("id", "=", id).execute();
    await recordAudit(trx, {
      actorUserId,
      action: "import.completed",
      targetType: "opening_import",
      targetId: id,
      details: { partner: row.partner_id, created, skipped },
    });
    return { ok: true, created, skipped } as const;
  });
}
