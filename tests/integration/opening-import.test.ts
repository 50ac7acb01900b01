import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "~/models/audit.server";
import { checkRows, getImport, importTemplate, readCsv, runImport, saveCheckedImport, summarise, type CheckedRow } from "~/models/opening-import.server";
import { listRevisions } from "~/models/opening-revision.server";
import { createUser, upsertMembership } from "~/models/user.server";
import { CSV_KINDS, detectType } from "~/services/uploads.server";
import type { DatabaseHandle } from "../../db/client";
import { createOrganisation } from "../support/factories";
import { PDF } from "../support/files";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let partner: number;
let otherPartner: number;
let staffUser: number;
let employerSlug: string;
const TODAY = "2026-11-26";
const CODE = "91350100M000100Y43";

const HEADER =
  "row_id,employer,title_zh,title_en,description_zh,work_arrangement,province,city,employment_form,hours_min,hours_max,schedule,pay_min,pay_max,pay_unit,deadline,text_only_possible,phone_required,screen_reader_tested,screen_reader_tools";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Reads and checks a CSV as the import page does, failing the test if the file itself is refused. */
async function check(csv: string | Uint8Array, partnerId = partner): Promise<CheckedRow[]> {
  const read = readCsv(typeof csv === "string" ? utf8(csv) : csv);
  if (!read.ok) throw new Error(`file refused: ${read.error}`);
  return checkRows(handle.db, { partnerId, records: read.records, today: TODAY });
}

async function checkAndImport(csv: string, partnerId = partner) {
  const rows = await check(csv, partnerId);
  const id = await saveCheckedImport(handle.db, { partnerId, actorUserId: staffUser, fileName: "岗位.csv", rows });
  return { id, rows, result: await runImport(handle.db, { id, partnerIds: [partnerId], actorUserId: staffUser, today: TODAY }) };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  partner = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  otherPartner = (await createOrganisation(handle.db, { kind: "partner", partner_type: "employment_centre" })).id;
  const employer = await createOrganisation(handle.db, { slug: "import-test-employer" });
  employerSlug = employer.slug;
  await createOrganisation(handle.db, { slug: "import-coded-employer", credit_code: CODE });
  const user = await createUser(handle.db, { email: `import-${Date.now()}@example.org`, passwordHash: "x", displayName: "导入员", preferredLocale: "zh-CN" });
  if (!user) throw new Error("no user");
  staffUser = user.id;
  await upsertMembership(handle.db, { userId: staffUser, organisationId: partner, role: "staff" });
});

afterAll(async () => {
  await handle?.close();
});

describe("the template", () => {
  it("is UTF-8 with a byte order mark, has every column, and its example row is skipped", () => {
    const template = importTemplate();
    expect(template.charCodeAt(0)).toBe(0xfeff);
    expect(template.split("\r\n")[0]).toContain("row_id,employer,title_zh,title_en");
    const read = readCsv(utf8(template));
    expect(read).toEqual({ ok: false, error: "import.errors.headerOnly" });
  });
});

describe("reading the file", () => {
  it("refuses an empty file, a header-only file and a blank one with clear messages", () => {
    expect(readCsv(new Uint8Array())).toEqual({ ok: false, error: "import.errors.empty" });
    expect(readCsv(utf8("\n\n"))).toEqual({ ok: false, error: "import.errors.empty" });
    expect(readCsv(utf8(`${HEADER}\r\n`))).toEqual({ ok: false, error: "import.errors.headerOnly" });
    expect(readCsv(utf8(`${HEADER}\r\n,,,\r\n`))).toEqual({ ok: false, error: "import.errors.headerOnly" });
  });

  it("refuses a file that is not UTF-8 (GBK from an older Excel, or UTF-16) and says how to save it", () => {
    // "标题" in GBK: B1EA CCE2, which is not valid UTF-8.
    const gbk = new Uint8Array([...utf8(`${HEADER}\r\n1,x,`), 0xb1, 0xea, 0xcc, 0xe2, ...utf8(",,,remote,,,flexible,1,2,flexible,1,2,hour,,,,,\r\n")]);
    expect(readCsv(gbk)).toEqual({ ok: false, error: "import.errors.encoding" });
    expect(readCsv(new Uint8Array([0xff, 0xfe, 0x72, 0x00]))).toEqual({ ok: false, error: "import.errors.encoding" });
  });

  it("accepts text as a CSV upload but refuses binary files such as a PDF or a workbook", async () => {
    expect(await detectType(utf8(HEADER), CSV_KINDS)).toBe("text/csv");
    expect(await detectType(PDF, CSV_KINDS)).toBeUndefined();
    // An empty file passes the type check, so that the importer can say it is empty.
    expect(await detectType(new Uint8Array(), CSV_KINDS)).toBe("text/csv");
  });

  it("names unknown and missing columns", () => {
    expect(readCsv(utf8("employer,titel_zh\r\nx,y\r\n"))).toEqual({ ok: false, error: "import.errors.unknownColumns", values: { columns: "titel_zh" } });
    expect(readCsv(utf8("employer,title_zh\r\nx,y\r\n"))).toMatchObject({ ok: false, error: "import.errors.missingColumns" });
  });

  it("counts lines as the spreadsheet does, header first, blank rows included; a BOM is fine", () => {
    const read = readCsv(utf8(`\ufeff${HEADER}\r\n1,a,x\r\n\r\n2,b,y\r\n`));
    expect(read.ok && read.records.map((record) => [record.line, record.cells.row_id])).toEqual([
      [2, "1"],
      [4, "2"],
    ]);
  });
});

describe("checking rows", () => {
  it("marks good rows ready and names each problem of a bad row, with its line and column", async () => {
    const rows = await check(
      [
        HEADER,
        `A1,${employerSlug},在线文字客服,Online text support,用文字回复顾客的问题。,remote,,,flexible,10,20,flexible,25,40,hour,2027-01-31,是,否,yes,"NVDA, 争渡"`,
        // Employer by unified social credit code (lower case and spaces are fine), no row_id.
        `,9135 0100m000100y43,远程校对员,,校对文字稿。,remote,,,piecework,5,15,asynchronous,0.3,0.5,piece,,yes,no,,`,
        // Everything wrong: unknown employer, no title, hours in words, pay reversed, a made-up yes/no, a past date.
        `A3,nobody-co,,,,on_site,,,flexible,十,20,flexible,40,25,hour,2020-01-01,maybe,,,`,
      ].join("\r\n"),
    );
    expect(rows.map((row) => [row.line, row.status])).toEqual([
      [2, "ready"],
      [3, "ready"],
      [4, "error"],
    ]);
    expect(rows[0]).toMatchObject({ title: "在线文字客服", employer: employerSlug });
    // In the order of the template's columns, as staff read across the row.
    expect(rows[2]?.problems.map((problem) => [problem.column, problem.message])).toEqual([
      ["employer", "import.errors.employerUnknown"],
      ["title_zh", "editor.errors.titleRequired"],
      ["description_zh", "editor.errors.descriptionRequired"],
      ["province", "editor.errors.provinceRequired"],
      ["hours_min", "editor.errors.hoursMinNumber"],
      ["pay_max", "editor.errors.payOrder"],
      ["deadline", "editor.errors.deadlinePast"],
      ["text_only_possible", "import.errors.flag"],
    ]);
    expect(rows[2]?.problems[0]?.values).toEqual({ value: "nobody-co" });
    expect(summarise(rows)).toEqual({ total: 3, ready: 2, errors: 1, duplicates: 0 });
  });

  it("flags a row repeated within the file, pointing at the first", async () => {
    const row = `,${employerSlug},重复的职位,,内容。,remote,,,flexible,1,2,flexible,1,2,hour,,,,,`;
    const rows = await check([HEADER, row, row].join("\n"));
    expect(rows.map((item) => item.status)).toEqual(["ready", "error"]);
    expect(rows[1]?.problems).toEqual([{ column: "row_id", message: "import.errors.repeated", values: { line: 2 } }]);
  });
});

describe("importing", () => {
  // Built when a test runs: the employer is created in beforeAll.
  const file = () => [
    HEADER,
    `B1,${employerSlug},手语视频审核员,,审核手语视频的字幕。,remote,,,flexible,10,20,flexible,30,45,hour,2027-02-01,yes,no,no,`,
    `B2,${employerSlug},数据标注员,,给图片画框。,hybrid,江苏,常州,piecework,8,30,flexible,0.3,0.5,piece,,yes,no,no,`,
    `B3,${employerSlug},,,,remote,,,flexible,1,2,flexible,1,2,hour,,,,,`,
  ].join("\r\n");

  it("imports the ready rows as drafts in one go, with an 'imported' revision and an audit entry; bad rows are left out", async () => {
    const { id, rows, result } = await checkAndImport(file());
    expect(rows.map((row) => [row.line, row.status, row.problems.map((problem) => problem.message)])).toEqual([
      [2, "ready", []],
      [3, "ready", []],
      [4, "error", ["editor.errors.titleRequired", "editor.errors.descriptionRequired"]],
    ]);
    expect(result).toEqual({ ok: true, created: 2, skipped: 0 });
    const openings = await handle.db
      .selectFrom("opening")
      .select(["id", "title_zh", "status", "partner_id", "province", "city", "pay_min_minor", "import_key"])
      .where("import_key", "in", ["id:B1", "id:B2", "id:B3"])
      .orderBy("id")
      .execute();
    expect(openings.map((o) => [o.title_zh, o.status, o.partner_id])).toEqual([
      ["手语视频审核员", "draft", partner],
      ["数据标注员", "draft", partner],
    ]);
    expect(openings[1]).toMatchObject({ province: "江苏", city: "常州", pay_min_minor: 30 });
    expect((await listRevisions(handle.db, { openingId: openings[0]?.id ?? 0 })).map((r) => r.action)).toEqual(["imported"]);
    const audit = await listAudit(handle.db, { action: "import.completed", targetId: id });
    expect(audit[0]).toMatchObject({ actor_user_id: staffUser, details: { created: 2, skipped: 0 } });
    // The same import cannot run twice.
    expect(await runImport(handle.db, { id, partnerIds: [partner], actorUserId: staffUser, today: TODAY })).toEqual({ ok: false, error: "alreadyImported" });
  });

  it("never duplicates: the same file again shows its rows as imported before and adds nothing", async () => {
    const before = await handle.db.selectFrom("opening").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const rows = await check(file());
    expect(rows.map((row) => row.status)).toEqual(["duplicate", "duplicate", "error"]);
    const id = await saveCheckedImport(handle.db, { partnerId: partner, actorUserId: staffUser, fileName: "again.csv", rows });
    expect(await runImport(handle.db, { id, partnerIds: [partner], actorUserId: staffUser, today: TODAY })).toEqual({ ok: false, error: "nothingToImport" });
    const after = await handle.db.selectFrom("opening").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("skips rows imported meanwhile by another upload of the same file, adding each opening once", async () => {
    const copy = [HEADER, `C1,${employerSlug},远程客服,,回复消息。,remote,,,flexible,4,8,flexible,20,30,hour,,yes,no,no,`].join("\n");
    const first = await check(copy);
    const second = await check(copy);
    const a = await saveCheckedImport(handle.db, { partnerId: partner, actorUserId: staffUser, fileName: "a.csv", rows: first });
    const b = await saveCheckedImport(handle.db, { partnerId: partner, actorUserId: staffUser, fileName: "b.csv", rows: second });
    expect(await runImport(handle.db, { id: a, partnerIds: [partner], actorUserId: staffUser, today: TODAY })).toEqual({ ok: true, created: 1, skipped: 0 });
    expect(await runImport(handle.db, { id: b, partnerIds: [partner], actorUserId: staffUser, today: TODAY })).toEqual({ ok: true, created: 0, skipped: 1 });
    const rows = await handle.db.selectFrom("opening").select("id").where("import_key", "=", "id:C1").execute();
    expect(rows).toHaveLength(1);
  });

  it("imports nothing when a row no longer passes (a closing date passed since the check)", async () => {
    const csv = [
      HEADER,
      `D1,${employerSlug},职位一,,内容。,remote,,,flexible,1,2,flexible,1,2,hour,2026-11-27,,,,`,
      `D2,${employerSlug},职位二,,内容。,remote,,,flexible,1,2,flexible,1,2,hour,,,,,`,
    ].join("\n");
    const rows = await check(csv);
    const id = await saveCheckedImport(handle.db, { partnerId: partner, actorUserId: staffUser, fileName: "late.csv", rows });
    expect(await runImport(handle.db, { id, partnerIds: [partner], actorUserId: staffUser, today: "2026-11-30" })).toEqual({
      ok: false,
      error: "changed",
      lines: [2],
    });
    expect(await handle.db.selectFrom("opening").select("id").where("import_key", "in", ["id:D1", "id:D2"]).execute()).toEqual([]);
  });

  it("keeps each partner's imports to itself", async () => {
    const rows = await check([HEADER, `E1,${employerSlug},职位,,内容。,remote,,,flexible,1,2,flexible,1,2,hour,,,,,`].join("\n"));
    const id = await saveCheckedImport(handle.db, { partnerId: partner, actorUserId: staffUser, fileName: "mine.csv", rows });
    expect(await getImport(handle.db, { id, partnerIds: [otherPartner] })).toBeUndefined();
    expect(await runImport(handle.db, { id, partnerIds: [otherPartner], actorUserId: staffUser, today: TODAY })).toEqual({ ok: false, error: "notFound" });
    expect((await getImport(handle.db, { id, partnerIds: [partner] }))?.rows).toHaveLength(1);
    // The same row_id is a new opening for another partner.
    const theirs = await checkAndImport([HEADER, `E1,${employerSlug},职位,,内容。,remote,,,flexible,1,2,flexible,1,2,hour,,,,,`].join("\n"), otherPartner);
    expect(theirs.result).toEqual({ ok: true, created: 1, skipped: 0 });
  });
});
