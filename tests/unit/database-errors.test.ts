import { describe, expect, it } from "vitest";
import { databaseUnavailableReason, isDatabaseUnavailable } from "../../db/errors";

/** An error shaped like node-postgres's DatabaseError or a Node socket error. */
function errorWith(message: string, code?: string) {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

describe("the database error classifier", () => {
  it("names the outages node-postgres and PostgreSQL report", () => {
    expect(databaseUnavailableReason(errorWith("terminating connection due to administrator command", "57P01"))).toBe("shutdown");
    expect(databaseUnavailableReason(errorWith("terminating connection due to crash of another server process", "57P02"))).toBe("shutdown");
    expect(databaseUnavailableReason(errorWith("the database system is starting up", "57P03"))).toBe("unavailable");
    expect(databaseUnavailableReason(errorWith("canceling statement due to statement timeout", "57014"))).toBe("timeout");
    expect(databaseUnavailableReason(errorWith("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe("refused");
    expect(databaseUnavailableReason(errorWith("read ECONNRESET", "ECONNRESET"))).toBe("lost");
    expect(databaseUnavailableReason(errorWith("Connection terminated unexpectedly"))).toBe("lost");
    expect(databaseUnavailableReason(errorWith("timeout exceeded when trying to connect"))).toBe("timeout");
    expect(databaseUnavailableReason(errorWith("Connection terminated due to connection timeout"))).toBe("timeout");
    expect(databaseUnavailableReason(errorWith("Query read timeout"))).toBe("timeout");
    expect(databaseUnavailableReason(errorWith("sorry, too many clients already", "53300"))).toBe("unavailable");
  });

  it("looks inside the AggregateError Node gives for several addresses, and into causes", () => {
    const aggregate = new AggregateError([errorWith("connect ECONNREFUSED ::1:5432", "ECONNREFUSED"), errorWith("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")], "");
    expect(databaseUnavailableReason(aggregate)).toBe("refused");
    expect(databaseUnavailableReason(new Error("loading the page failed", { cause: errorWith("Connection terminated unexpectedly") }))).toBe("lost");
  });

  it("leaves bugs and bad data as they are", () => {
    expect(isDatabaseUnavailable(errorWith('relation "nope" does not exist', "42P01"))).toBe(false);
    expect(isDatabaseUnavailable(errorWith("duplicate key value violates unique constraint", "23505"))).toBe(false);
    expect(isDatabaseUnavailable(errorWith("syntax error at or near", "42601"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable("a string")).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable(new Response("nope", { status: 404 }))).toBe(false);
  });
});
