import { describe, expect, it } from "vitest";
import { protectColumn, protectCount, protectTable } from "~/services/statistics.server";

// Small numbers are never shown (issue 19, item 6): 1 to 4 people become "fewer than 5" (null), and
// a lone hidden cell under a shown total takes the next smallest with it, so no subtraction finds it.

describe("protecting counts of people", () => {
  it("hides 1 to 4 and shows 0 and 5 or more", () => {
    expect([0, 1, 4, 5, 12].map(protectCount)).toEqual([0, null, null, 5, 12]);
  });

  it("hides a second cell when one alone is hidden under a shown total", () => {
    // 12 + 9 + 3 = 24: with only the 3 hidden, 24 − 12 − 9 would give it away; the 9 goes too.
    expect(protectColumn([12, 9, 3])).toEqual({ cells: [12, null, null], total: 24 });
    // Zeros stay: hiding one reveals nothing, so the next smallest non-zero is taken.
    expect(protectColumn([0, 7, 2, 30])).toEqual({ cells: [0, null, null, 30], total: 39 });
  });

  it("leaves two hidden cells alone, and hides a small total", () => {
    expect(protectColumn([2, 3, 10])).toEqual({ cells: [null, null, 10], total: 15 });
    expect(protectColumn([1, 2])).toEqual({ cells: [null, null], total: null });
    expect(protectColumn([0, 0])).toEqual({ cells: [0, 0], total: 0 });
    expect(protectColumn([])).toEqual({ cells: [], total: 0 });
  });

  it("protects each column of a table on its own and keeps the other fields", () => {
    const table = protectTable([
      { month: "2026-11", openings: 3, applications: 20, interviews: 6, hires: 1, employed: 0 },
      { month: "2026-12", openings: 2, applications: 8, interviews: 2, hires: 5, employed: 0 },
    ]);
    expect(table.rows).toEqual([
      { month: "2026-11", openings: 3, applications: 20, interviews: null, hires: null, employed: 0 },
      { month: "2026-12", openings: 2, applications: 8, interviews: null, hires: null, employed: 0 },
    ]);
    expect(table.total).toEqual({ applications: 28, interviews: 8, hires: 6, employed: 0 });
  });
});
