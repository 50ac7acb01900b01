import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessibilityFeedback, listAccessibilityFeedback } from "~/models/accessibility-feedback.server";
import { parseForm } from "~/utils/forms.server";
import { accessibilityFeedbackSchema } from "~/validation/accessibility-feedback";
import type { DatabaseHandle } from "../../db/client";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});

afterAll(async () => {
  await handle.close();
});

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
};

describe("barrier reports", () => {
  it("are stored and listed newest first, with a lower-cased contact address", async () => {
    const first = await createAccessibilityFeedback(handle.db, { page: "/openings", problem: "第一份", assistiveTechnology: null, contactEmail: null, locale: "zh-CN" });
    const second = await createAccessibilityFeedback(handle.db, {
      page: null,
      problem: "The filters are not announced",
      assistiveTechnology: "NVDA",
      contactEmail: " Me@Example.org ",
      locale: "en",
    });
    const list = await listAccessibilityFeedback(handle.db);
    expect(list.map((row) => row.id).slice(0, 2)).toEqual([second, first]);
    expect(list[0]).toMatchObject({ problem: "The filters are not announced", assistive_technology: "NVDA", contact_email: "me@example.org", locale: "en" });
  });

  it("need a description of the problem; everything else is optional and trimmed", () => {
    const empty = parseForm(form({ problem: "   " }), accessibilityFeedbackSchema);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors).toEqual({ problem: "barrier.errors.problemRequired" });
    const bad = parseForm(form({ problem: "x", contactEmail: "not an address" }), accessibilityFeedbackSchema);
    expect(!bad.ok && bad.errors).toEqual({ contactEmail: "forms.emailInvalid" });
    const ok = parseForm(form({ problem: "  读不出按钮  ", page: "" }), accessibilityFeedbackSchema);
    expect(ok.ok && ok.data).toEqual({ problem: "读不出按钮", page: null, assistiveTechnology: null, contactEmail: null });
  });
});
