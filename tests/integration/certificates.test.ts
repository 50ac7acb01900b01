import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublicCertificate } from "~/models/certificate.server";
import { listPublishedOpenings, getPublishedOpening } from "~/models/opening.server";
import { apiOpening } from "~/services/feeds.server";
import type { DatabaseHandle } from "../../db/client";
import type { CertificateLevel, CertificateStatus } from "../../app/domain/certification";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let partnerId: number;
const openingOf: Record<string, number> = {};
const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

let serial = 0;
async function certify(
  employerId: number,
  level: CertificateLevel,
  { status = "valid", expiresInDays = 300 }: { status?: CertificateStatus; expiresInDays?: number } = {},
) {
  serial += 1;
  const number = `AW-2026-${String(9000 + serial).padStart(4, "0")}`;
  const row = await handle.db
    .insertInto("certificate")
    .values({
      number,
      employer_id: employerId,
      level,
      status,
      criteria_version: "2026.1",
      areas_met: ["recruitment", "accommodations"],
      reviewer_organisation_id: partnerId,
      issued_on: isoDay(expiresInDays - 730),
      expires_on: isoDay(expiresInDays),
    })
    .returning(["id", "number"])
    .executeTakeFirstOrThrow();
  return row;
}

/** An employer with one published opening; returns the employer id. */
async function employerWithOpening(name: string) {
  const employer = await createOrganisation(handle.db);
  openingOf[name] = (await createOpening(handle.db, { employerId: employer.id, partnerId, title_zh: `认证测试${name}` })).id;
  return employer.id;
}

const ids = async (certified: CertificateLevel | null) =>
  (await listPublishedOpenings(handle.db, { certified, perPage: 50 })).items.map((item) => item.id).sort((a, b) => a - b);
const only = (...names: string[]) => names.map((name) => openingOf[name] ?? -1).sort((a, b) => a - b);

beforeAll(async () => {
  handle = await createTestDatabase();
  partnerId = (await createOrganisation(handle.db, { kind: "partner", partner_type: "federation" })).id;
  await certify(await employerWithOpening("leader"), "inclusion_leader");
  const twoCerts = await employerWithOpening("twoCerts");
  await certify(twoCerts, "committed");
  await certify(twoCerts, "accessible_employer");
  await certify(await employerWithOpening("committed"), "committed");
  await certify(await employerWithOpening("pastExpiry"), "accessible_employer", { expiresInDays: -1 });
  await certify(await employerWithOpening("revoked"), "inclusion_leader", { status: "revoked" });
  await certify(await employerWithOpening("suspended"), "accessible_employer", { status: "suspended" });
  await employerWithOpening("none");
});

afterAll(async () => {
  await handle.close();
});

describe("the certified-employers filter", () => {
  it("without it, every employer's openings are listed", async () => {
    expect(await ids(null)).toEqual(only("leader", "twoCerts", "committed", "pastExpiry", "revoked", "suspended", "none"));
  });

  it("any level: only employers holding a current, valid certificate", async () => {
    expect(await ids("committed")).toEqual(only("leader", "twoCerts", "committed"));
  });

  it("a level means that level or higher", async () => {
    expect(await ids("accessible_employer")).toEqual(only("leader", "twoCerts"));
    expect(await ids("inclusion_leader")).toEqual(only("leader"));
  });

  it("combines with keywords", async () => {
    const { items } = await listPublishedOpenings(handle.db, { q: "认证测试", certified: "inclusion_leader" });
    expect(items.map((item) => item.id)).toEqual(only("leader"));
  });
});

describe("the badge data on openings", () => {
  it("carries the employer's highest current certificate", async () => {
    const { items } = await listPublishedOpenings(handle.db, { perPage: 50 });
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(openingOf.twoCerts ?? -1)?.certificate_level).toBe("accessible_employer");
    expect(byId.get(openingOf.leader ?? -1)?.certificate_level).toBe("inclusion_leader");
    expect(byId.get(openingOf.leader ?? -1)?.certificate_number).toMatch(/^AW-2026-\d{4}$/);
  });

  it("reaches the JSON API with a link other sites can check", async () => {
    const { items } = await listPublishedOpenings(handle.db, { certified: "inclusion_leader" });
    const [item] = items;
    expect(item).toBeDefined();
    if (!item) return;
    expect(apiOpening(item, "https://example.org").employer.certificate).toEqual({
      number: item.certificate_number,
      level: "inclusion_leader",
      url: `https://example.org/certificates/${item.certificate_number}`,
    });
  });

  it("shows none for expired, revoked, suspended or missing certificates", async () => {
    for (const name of ["pastExpiry", "revoked", "suspended", "none"]) {
      const opening = await getPublishedOpening(handle.db, { id: openingOf[name] ?? -1 });
      expect(opening, name).toBeDefined();
      expect(opening?.certificate_number, name).toBeNull();
      expect(opening?.certificate_level, name).toBeNull();
    }
  });
});

describe("the public certificate record", () => {
  it("is undefined for an unknown number", async () => {
    expect(await getPublicCertificate(handle.db, { number: "AW-1999-0001" })).toBeUndefined();
  });

  it("shows a certificate past its expiry date as expired, even before the expiry job marks it", async () => {
    const employer = await createOrganisation(handle.db);
    const cert = await certify(employer.id, "committed", { expiresInDays: -3 });
    const record = await getPublicCertificate(handle.db, { number: cert.number });
    expect(record?.status).toBe("expired");
    expect(record?.level).toBe("committed");
    expect(record?.areas_met).toEqual(["recruitment", "accommodations"]);
  });

  it("gives the public reason for a revocation and the dated history, newest first", async () => {
    const employer = await createOrganisation(handle.db);
    const cert = await certify(employer.id, "accessible_employer", { status: "revoked" });
    await handle.db
      .insertInto("certificate_event")
      .values([
        { certificate_id: cert.id, at: new Date(Date.now() - 400 * DAY), status: "valid" },
        { certificate_id: cert.id, at: new Date(Date.now() - 5 * DAY), status: "revoked", reason_zh: "挂靠", reason_en: "Certificate renting" },
      ])
      .execute();
    const record = await getPublicCertificate(handle.db, { number: cert.number });
    expect(record?.status).toBe("revoked");
    expect(record?.reason_en).toBe("Certificate renting");
    expect(record?.reason_zh).toBe("挂靠");
    expect(record?.history.map((event) => event.status)).toEqual(["revoked", "valid"]);
  });
});
