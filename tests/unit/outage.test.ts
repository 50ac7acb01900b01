import { describe, expect, it } from "vitest";
import { createOutageLog, outageResponse, safeTypedValues, withDatabaseOutages } from "~/utils/outage.server";
import type { ServerBuild } from "@remix-run/node";

describe("the outage log", () => {
  it("writes the first failure, then one line per interval with the count since the last line", () => {
    let clock = 0;
    const lines: string[] = [];
    const log = createOutageLog({ intervalMs: 10_000, now: () => clock, log: (line) => lines.push(line) });
    log.report("refused", "connect ECONNREFUSED 127.0.0.1:5432");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[db\] database unavailable \(refused\): 1 failure; latest: connect ECONNREFUSED/);
    // 2,000 failed requests in the next 9.9 s: no more lines.
    for (let i = 0; i < 2_000; i++) {
      clock += 4;
      log.report("refused", "connect ECONNREFUSED 127.0.0.1:5432");
    }
    expect(lines).toHaveLength(1);
    clock = 10_000;
    log.report("lost", "Connection terminated unexpectedly");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe("[db] database unavailable (lost): 2001 failures in the last 10 s; latest: Connection terminated unexpectedly");
    expect(lines.join("\n")).not.toMatch(/\n\s+at /);
  });
});

describe("the read replicas' log", () => {
  it("names what is unavailable: a replica is not the database", () => {
    const lines: string[] = [];
    const log = createOutageLog({ subject: "read replica", log: (line) => lines.push(line) });
    log.report("refused", "read replica 1 (10.0.0.6:5432/accesswork): connect ECONNREFUSED");
    expect(lines).toEqual(["[db] read replica unavailable (refused): 1 failure; latest: read replica 1 (10.0.0.6:5432/accesswork): connect ECONNREFUSED"]);
  });
});

describe("form values shown back during an outage", () => {
  it("keeps what a person typed and drops secrets, empty fields and form machinery", () => {
    const form = new URLSearchParams([
      ["displayName", "李华"],
      ["coverLetter", "第一行\n第二行"],
      ["email", "li@example.org"],
      ["password", "hunter2"],
      ["newPassword", "x"],
      ["csrf", "abc"],
      ["token", "t"],
      ["intent", "save"],
      ["_action", "x"],
      ["phone", " "],
    ]);
    expect(safeTypedValues(form)).toEqual([
      ["displayName", "李华"],
      ["coverLetter", "第一行\n第二行"],
      ["email", "li@example.org"],
    ]);
  });
});

describe("withDatabaseOutages", () => {
  const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
  const build = {
    routes: {
      root: { id: "root", path: "", module: { default: () => null, loader: () => Promise.reject(refused) } },
      "routes/sign-up": {
        id: "routes/sign-up",
        path: "sign-up",
        module: { default: () => null, action: async ({ request }: { request: Request }) => (await request.formData(), Promise.reject(refused)) },
      },
      "routes/api.openings": { id: "routes/api.openings", path: "api/openings", module: { loader: () => Promise.reject(refused) } },
      "routes/openings[.]atom": { id: "routes/openings[.]atom", path: "openings.atom", module: { loader: () => Promise.reject(refused) } },
      "routes/bug": { id: "routes/bug", path: "bug", module: { default: () => null, loader: () => Promise.reject(new TypeError("a bug")) } },
    },
  } as unknown as ServerBuild;
  const wrapped = withDatabaseOutages(build);
  const call = async (id: string, kind: "loader" | "action", request = new Request("http://localhost/")) => {
    const fn = wrapped.routes[id]?.module[kind] as (args: { request: Request }) => Promise<unknown>;
    return fn({ request }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
  };

  it("turns an outage into a 503 with Retry-After: page data, JSON or plain text by route", async () => {
    const page = (await call("root", "loader")) as Response;
    expect(page).toBeInstanceOf(Response);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("30");
    expect(await page.json()).toEqual({ outage: true, typed: [] });

    const api = (await call("routes/api.openings", "loader")) as Response;
    expect(api.status).toBe(503);
    expect(api.headers.get("content-type")).toMatch(/json/);
    expect(((await api.json()) as { error: string }).error).toBe("unavailable");

    const feed = (await call("routes/openings[.]atom", "loader")) as Response;
    expect(feed.status).toBe(503);
    expect(feed.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await feed.text();
    expect(text).not.toMatch(/ECONNREFUSED|Error|\bat /);
  });

  it("gives a form's safe values back to the page, even though the action had read them", async () => {
    const request = new Request("http://localhost/sign-up", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ displayName: "李华", password: "secret-123" }).toString(),
    });
    const thrown = (await call("routes/sign-up", "action", request)) as Response;
    expect(thrown.status).toBe(503);
    expect(await thrown.json()).toEqual({ outage: true, typed: [["displayName", "李华"]] });
  });

  it("leaves other errors alone: a bug stays a bug", async () => {
    const thrown = await call("routes/bug", "loader");
    expect(thrown).toBeInstanceOf(TypeError);
  });

  it("returns what a route returns when nothing fails", async () => {
    const ok = withDatabaseOutages({ routes: { r: { id: "r", path: "r", module: { loader: () => "fine" } } } } as unknown as ServerBuild);
    const loader = ok.routes.r?.module.loader as (args: { request: Request }) => Promise<unknown>;
    expect(await loader({ request: new Request("http://localhost/r") })).toBe("fine");
    expect(outageResponse("text").status).toBe(503);
  });
});
