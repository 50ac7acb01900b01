import { describe, expect, it } from "vitest";
import { bodyLimit, countFields, FORM_MAX_BYTES, MAX_FIELDS } from "~/utils/request-body.server";
import { isCrossSite, isExpectedHost } from "~/utils/request-guards.server";
import { withMatchingExtension } from "~/services/uploads.server";

const SITE = "https://jobs.example.org";
const post = (fields: { path?: string; origin?: string; fetchSite?: string }) => ({ method: "POST", path: fields.path ?? "/sign-in", origin: fields.origin, fetchSite: fields.fetchSite });

describe("isExpectedHost", () => {
  it("accepts only the public address's host, in any case, with or without its default port", () => {
    expect(isExpectedHost("jobs.example.org", SITE)).toBe(true);
    expect(isExpectedHost("JOBS.example.org", SITE)).toBe(true);
    expect(isExpectedHost("jobs.example.org:443", SITE)).toBe(true);
    for (const host of [undefined, "", "attacker.example", "jobs.example.org:80", "jobs.example.org:8443", "jobs.example.org.attacker.example", "127.0.0.1", "www.jobs.example.org"]) {
      expect(isExpectedHost(host, SITE), String(host)).toBe(false);
    }
    expect(isExpectedHost("127.0.0.1:3000", "http://127.0.0.1:3000")).toBe(true);
    expect(isExpectedHost("127.0.0.1", "http://127.0.0.1:3000")).toBe(false);
  });
});

describe("isCrossSite", () => {
  it("lets reads through whatever they say", () => {
    expect(isCrossSite({ method: "GET", path: "/", origin: "https://attacker.example", fetchSite: "cross-site" }, [SITE])).toBe(false);
  });

  it("refuses a POST that a browser says came from another site or origin", () => {
    expect(isCrossSite(post({ fetchSite: "cross-site" }), [SITE])).toBe(true);
    expect(isCrossSite(post({ fetchSite: "same-site", origin: "https://www.example.org" }), [SITE])).toBe(true);
    expect(isCrossSite(post({ origin: "https://attacker.example" }), [SITE])).toBe(true);
    // The server's own address is not the public one: outside demo mode only PUBLIC_URL counts.
    expect(isCrossSite(post({ origin: "http://127.0.0.1:3000" }), [SITE])).toBe(true);
    expect(isCrossSite(post({ origin: "http://jobs.example.org" }), [SITE])).toBe(true);
  });

  it("accepts a POST from the public origin, or with no Origin at all (not a browser's cross-site form)", () => {
    expect(isCrossSite(post({ origin: SITE, fetchSite: "same-origin" }), [SITE])).toBe(false);
    expect(isCrossSite(post({ origin: SITE }), [SITE])).toBe(false);
    expect(isCrossSite(post({}), [SITE])).toBe(false);
  });

  it("accepts Origin: null from a no-referrer page when the browser says same-origin, or on a token page from older browsers", () => {
    expect(isCrossSite(post({ origin: "null", fetchSite: "same-origin" }), [SITE])).toBe(false);
    expect(isCrossSite(post({ origin: "null", path: "/reset-password/abc" }), [SITE])).toBe(false);
    expect(isCrossSite(post({ origin: "null", path: "/invite/abc" }), [SITE])).toBe(false);
    expect(isCrossSite(post({ origin: "null", path: "/sign-out" }), [SITE])).toBe(false);
    expect(isCrossSite(post({ origin: "null" }), [SITE])).toBe(true);
    expect(isCrossSite(post({ origin: "null", path: "/reset-password/abc", fetchSite: "cross-site" }), [SITE])).toBe(true);
    expect(isCrossSite(post({ origin: "null", path: "/reset-password/abc/more" }), [SITE])).toBe(true);
  });
});

describe("body limits", () => {
  const env = { UPLOAD_MAX_MB: 10 };
  const request = (path: string, type: string) => ({ path, headers: { "content-type": type } });

  it("allows 1 MB for every body but the multipart forms that carry files", () => {
    expect(bodyLimit(request("/sign-in", "application/x-www-form-urlencoded"), env)).toEqual({ bytes: FORM_MAX_BYTES, streamed: false });
    expect(bodyLimit(request("/sign-in", "multipart/form-data; boundary=x"), env)).toEqual({ bytes: FORM_MAX_BYTES, streamed: false });
    expect(bodyLimit(request("/passkeys/authenticate", "application/json"), env)).toEqual({ bytes: FORM_MAX_BYTES, streamed: false });
    // The upload form's path, but not sent as multipart: an ordinary form.
    expect(bodyLimit(request("/openings/12/apply", "application/x-www-form-urlencoded"), env).bytes).toBe(FORM_MAX_BYTES);
  });

  it("allows UPLOAD_MAX_MB for each file an upload form takes, plus a margin, streamed", () => {
    const one = bodyLimit(request("/openings/12/apply", "multipart/form-data; boundary=x"), env);
    expect(one.streamed).toBe(true);
    expect(one.bytes).toBe(11 * 1024 * 1024);
    expect(bodyLimit(request("/employer/verification", "Multipart/Form-Data; boundary=x"), env).bytes).toBe(11 * 1024 * 1024);
    expect(bodyLimit(request("/staff/openings/import", "multipart/form-data; boundary=x"), env).bytes).toBe(11 * 1024 * 1024);
    expect(bodyLimit(request("/employer/certification/4/recruitment", "multipart/form-data; boundary=x"), env).bytes).toBe(101 * 1024 * 1024);
    expect(bodyLimit(request("/openings/12/apply/extra", "multipart/form-data; boundary=x"), env).bytes).toBe(FORM_MAX_BYTES);
  });

  it("counts the fields of urlencoded and multipart bodies", () => {
    expect(countFields(Buffer.from(""), "application/x-www-form-urlencoded")).toBe(0);
    expect(countFields(Buffer.from("a=1&b=2&c=3"), "application/x-www-form-urlencoded; charset=utf-8")).toBe(3);
    expect(countFields(Buffer.from(Array.from({ length: MAX_FIELDS + 1 }, (_, i) => `f${i}=`).join("&")), "application/x-www-form-urlencoded")).toBe(MAX_FIELDS + 1);
    const multipart = ["--XyZ", 'Content-Disposition: form-data; name="a"', "", "1", "--XyZ", 'Content-Disposition: form-data; name="b"', "", "2", "--XyZ--", ""].join("\r\n");
    expect(countFields(Buffer.from(multipart), "multipart/form-data; boundary=XyZ")).toBe(2);
    expect(countFields(Buffer.from(multipart), 'multipart/form-data; boundary="XyZ"')).toBe(2);
    expect(countFields(Buffer.from('{"a":1}'), "application/json")).toBe(0);
  });
});

describe("withMatchingExtension", () => {
  it("names a file by what it really is", () => {
    expect(withMatchingExtension("cv.html", "application/pdf")).toBe("cv.pdf");
    expect(withMatchingExtension("简历", "application/pdf")).toBe("简历.pdf");
    expect(withMatchingExtension("scan.svg", "image/png")).toBe("scan.png");
    expect(withMatchingExtension("cv.docx.exe", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe("cv.docx.docx");
  });

  it("keeps a name whose extension already fits, in any case", () => {
    expect(withMatchingExtension("营业执照.PDF", "application/pdf")).toBe("营业执照.PDF");
    expect(withMatchingExtension("photo.jpeg", "image/jpeg")).toBe("photo.jpeg");
    expect(withMatchingExtension("photo.JPG", "image/jpeg")).toBe("photo.JPG");
    expect(withMatchingExtension("岗位.csv", "text/csv")).toBe("岗位.csv");
  });
});
