import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublishedOpenings, type OpeningFilters } from "~/models/opening.server";
import type { DatabaseHandle } from "../../db/client";
import { createOpening, createOrganisation } from "../support/factories";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
const ids: Record<string, number> = {};

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function find(filters: OpeningFilters) {
  const { items } = await listPublishedOpenings(handle.db, { perPage: 50, ...filters });
  return items.map((item) => item.id).sort((a, b) => a - b);
}
const only = (...names: string[]) => names.map((name) => ids[name]).sort((a, b) => (a ?? 0) - (b ?? 0));

// A small, deliberate world: each opening differs from "plain" in one or two ways.
beforeAll(async () => {
  handle = await createTestDatabase();
  const { db } = handle;
  const partnerId = (await createOrganisation(db, { kind: "partner" })).id;
  const employerId = (await createOrganisation(db)).id;
  const make = async (name: string, overrides: Parameters<typeof createOpening>[1] extends infer P ? Omit<P & object, "employerId" | "partnerId"> : never) => {
    ids[name] = (await createOpening(db, { employerId, partnerId, ...overrides })).id;
  };
  await make("plain", { phone_required: true, text_only_possible: false, published_at: daysAgo(20) });
  await make("textOnly", { text_only_possible: true, phone_required: false, published_at: daysAgo(10) });
  await make("screenReader", {
    text_only_possible: true,
    screen_reader_tested: true,
    screen_reader_tools: ["NVDA"],
    published_at: daysAgo(3),
    deadline: inDays(5),
  });
  await make("onSite", {
    work_arrangement: "on_site",
    remote_anywhere: false,
    province: "江苏",
    city: "常州",
    step_free_workplace: true,
    quiet_space: false,
    employment_form: "full_time",
    hours_min: 40,
    hours_max: 40,
    pay_unit: "month",
    pay_min_minor: 400000,
    pay_max_minor: 550000,
    social_insurance: true,
    medical_insurance: true,
    housing_fund: true,
    text_only_possible: false,
    published_at: daysAgo(40),
    deadline: inDays(60),
  });
  await make("hybrid", {
    work_arrangement: "hybrid",
    remote_anywhere: false,
    province: "四川",
    city: "成都",
    step_free_workplace: false,
    quiet_space: true,
    sign_language_support: true,
    captioned_meetings: true,
    camera_required: true,
    medical_insurance: true,
    employment_form: "training",
    text_only_possible: false,
    published_at: daysAgo(0.5),
    deadline: inDays(2),
  });
  await make("piecework", {
    employment_form: "piecework",
    pay_unit: "piece",
    pay_min_minor: 30,
    pay_max_minor: 80,
    hours_min: 0,
    hours_max: 10,
    mentor_support: true,
    trial_period: true,
    assistive_devices_provided: true,
    text_only_possible: false,
    published_at: daysAgo(0),
  });
  await make("remoteJiangsu", { remote_anywhere: false, province: "江苏", city: null, text_only_possible: false, published_at: daysAgo(15) });
});

afterAll(async () => {
  await handle?.close();
});

describe("each filter alone", () => {
  it("work arrangement", async () => {
    expect(await find({ arrangements: ["on_site"] })).toEqual(only("onSite"));
    expect(await find({ arrangements: ["hybrid", "on_site"] })).toEqual(only("onSite", "hybrid"));
  });

  it("employment form", async () => {
    expect(await find({ forms: ["piecework"] })).toEqual(only("piecework"));
    expect(await find({ forms: ["training", "full_time"] })).toEqual(only("onSite", "hybrid"));
  });

  it("communication: text-only, no phone, no camera, sign language, captions", async () => {
    expect(await find({ access: ["text_only"] })).toEqual(only("textOnly", "screenReader"));
    expect(await find({ access: ["no_phone"] })).not.toContain(ids.plain);
    expect(await find({ access: ["no_camera"] })).not.toContain(ids.hybrid);
    expect(await find({ access: ["sign_language"] })).toEqual(only("hybrid"));
    expect(await find({ access: ["captions"] })).toEqual(only("hybrid"));
  });

  it("tools and workplace; remote work counts as step-free and quiet", async () => {
    expect(await find({ access: ["screen_reader"] })).toEqual(only("screenReader"));
    expect(await find({ access: ["assistive_devices"] })).toEqual(only("piecework"));
    const stepFree = await find({ access: ["step_free"] });
    expect(stepFree).toContain(ids.onSite);
    expect(stepFree).toContain(ids.plain);
    expect(stepFree).not.toContain(ids.hybrid);
    const quiet = await find({ access: ["quiet_space"] });
    expect(quiet).toContain(ids.hybrid);
    expect(quiet).not.toContain(ids.onSite);
  });

  it("support: training, mentor, trial", async () => {
    expect(await find({ access: ["mentor"] })).toEqual(only("piecework"));
    expect(await find({ access: ["trial"] })).toEqual(only("piecework"));
    expect((await find({ access: ["training"] })).length).toBe(Object.keys(ids).length);
  });

  it("maximum hours: the opening can be done within them", async () => {
    expect(await find({ maxHours: 5 })).toEqual(only("piecework"));
    expect(await find({ maxHours: 30 })).not.toContain(ids.onSite);
    expect(await find({ maxHours: 40 })).toContain(ids.onSite);
  });

  it("location: remote from anywhere, a province, a province and city", async () => {
    const anywhere = await find({ location: { kind: "anywhere" } });
    expect(anywhere).toContain(ids.plain);
    expect(anywhere).not.toContain(ids.remoteJiangsu);
    expect(anywhere).not.toContain(ids.onSite);
    expect(await find({ location: { kind: "place", province: "江苏", city: null } })).toEqual(only("onSite", "remoteJiangsu"));
    expect(await find({ location: { kind: "place", province: "江苏", city: "常州" } })).toEqual(only("onSite"));
  });

  it("minimum pay per unit", async () => {
    expect(await find({ minPay: { minor: 5000, unit: "month" } })).toEqual(only("onSite"));
    expect(await find({ minPay: { minor: 600000, unit: "month" } })).toEqual([]);
    expect(await find({ minPay: { minor: 50, unit: "piece" } })).toEqual(only("piecework"));
  });

  it("protection levels", async () => {
    expect(await find({ insurance: "full" })).toEqual(only("onSite"));
    expect(await find({ insurance: "social" })).toEqual(only("onSite"));
    expect(await find({ insurance: "medical" })).toEqual(only("onSite", "hybrid"));
  });

  it("posted within N days", async () => {
    expect(await find({ postedWithinDays: 1 })).toEqual(only("piecework", "hybrid"));
    expect(await find({ postedWithinDays: 7 })).toEqual(only("piecework", "hybrid", "screenReader"));
  });
});

describe("filters in combination", () => {
  it("choosing several access needs means all must hold", async () => {
    expect(await find({ access: ["text_only", "screen_reader"] })).toEqual(only("screenReader"));
    expect(await find({ access: ["sign_language", "mentor"] })).toEqual([]);
  });

  it("remote, text-only, under 20 hours, screen-reader tested", async () => {
    expect(await find({ arrangements: ["remote"], access: ["text_only", "screen_reader"], maxHours: 20 })).toEqual(only("screenReader"));
  });

  it("on-site in Jiangsu with the full package and step-free access", async () => {
    expect(
      await find({ arrangements: ["on_site"], location: { kind: "place", province: "江苏", city: null }, insurance: "full", access: ["step_free"] }),
    ).toEqual(only("onSite"));
  });
});

describe("sorting", () => {
  it("closing soon puts the nearest deadline first and openings without one last", async () => {
    const { items } = await listPublishedOpenings(handle.db, { sort: "closing", perPage: 50 });
    expect(items.slice(0, 3).map((i) => i.id)).toEqual([ids.hybrid, ids.screenReader, ids.onSite]);
    expect(items.at(-1)?.deadline).toBeNull();
  });

  it("newest puts the latest published first", async () => {
    const { items } = await listPublishedOpenings(handle.db, { sort: "newest", perPage: 2 });
    expect(items.map((i) => i.id)).toEqual([ids.piecework, ids.hybrid]);
  });
});
