// Request bodies are limited before the app reads them: `request.formData()` would otherwise read
// whatever a client sends into memory (a 64 MB form to /sign-in cost about 130 MB). The limit is
// checked on Content-Length before a byte is read, and on the bytes as they arrive, so a chunked body
// with no Content-Length is stopped at the same point. See docs/decisions/013-trust-boundary.md.
import { Transform, type Readable, type TransformCallback } from "node:stream";
import type { Request, Response } from "express";
import type { Env } from "./env.server";
import { sendStatusPage } from "./request-guards.server";

/** Any body that is not an upload: far more than the longest form here (an opening with every field full is about 60 KB). */
export const FORM_MAX_BYTES = 1024 * 1024;
/** More fields than any form has; the certification steps, the largest, have a few dozen. */
export const MAX_FIELDS = 1000;
/** Room for the text fields and multipart framing that come with the files of an upload form. */
const UPLOAD_MARGIN_BYTES = 1024 * 1024;
/** After a refusal the rest of the body is read and dropped, so the browser sees the answer; but only this much, for this long. */
const DRAIN_MAX_BYTES = 128 * 1024 * 1024;
const DRAIN_MAX_MS = 15_000;

/**
 * The forms that carry files (multipart), with the most files each takes. Only these may send more
 * than FORM_MAX_BYTES: UPLOAD_MAX_MB for each file, plus a margin. A certification step has one
 * optional file per criterion of its area (three to five today).
 */
const UPLOAD_ROUTES: readonly { path: RegExp; files: number }[] = [
  { path: /^\/openings\/\d+\/apply$/, files: 1 },
  { path: /^\/employer\/verification$/, files: 1 },
  { path: /^\/staff\/openings\/import$/, files: 1 },
  { path: /^\/employer\/certification\/\d+\/[a-z_]+$/, files: 10 },
];

/** What the app gets to read: nothing, the whole (small) body, or a stream cut off at its limit. */
export type PreparedBody =
  | { kind: "none" }
  | { kind: "buffer"; body: Buffer }
  | { kind: "stream"; body: Readable }
  /** Refused: the 413 page has been sent. */
  | { kind: "refused" };

/** The largest body this request may have, in bytes. */
export function bodyLimit(req: Pick<Request, "path" | "headers">, env: Pick<Env, "UPLOAD_MAX_MB">): { bytes: number; streamed: boolean } {
  const multipart = (req.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/form-data");
  const upload = multipart ? UPLOAD_ROUTES.find((route) => route.path.test(req.path)) : undefined;
  if (!upload) return { bytes: FORM_MAX_BYTES, streamed: false };
  return { bytes: Math.round(env.UPLOAD_MAX_MB * 1024 * 1024) * upload.files + UPLOAD_MARGIN_BYTES, streamed: true };
}

/** How many fields a small body holds: pairs of an urlencoded form, parts of a multipart one. */
export function countFields(body: Buffer, contentType: string): number {
  const type = contentType.toLowerCase();
  if (type.startsWith("application/x-www-form-urlencoded")) {
    if (body.length === 0) return 0;
    let count = 1;
    for (const byte of body) if (byte === 0x26) count++;
    return count;
  }
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
    const delimiter = boundary ? Buffer.from(`--${boundary[1] ?? boundary[2] ?? ""}`) : null;
    if (!delimiter) return 0;
    let count = 0;
    for (let at = body.indexOf(delimiter); at !== -1; at = body.indexOf(delimiter, at + delimiter.length)) count++;
    return Math.max(0, count - 1);
  }
  return 0;
}

/** Reads and drops what is left of a refused body, up to a point, then closes the connection. */
function drain(req: Request) {
  let dropped = 0;
  const stop = () => req.socket.destroy();
  const timer = setTimeout(stop, DRAIN_MAX_MS);
  timer.unref();
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DRAIN_MAX_BYTES) stop();
  });
  req.on("end", () => clearTimeout(timer));
  req.on("close", () => clearTimeout(timer));
  req.resume();
}

/** Answers 413 (once), then drains the rest of the body. */
function refuse(req: Request, res: Response, env: Env) {
  drain(req);
  return sendStatusPage(req, res, env, 413, "tooLarge");
}

/**
 * Prepares the body of a request for the app, within its limit. Small bodies are read here whole
 * (and their fields counted); upload forms are passed on as a stream that fails at the limit, after
 * this has answered 413 and called `onRefused` (so the app's own work is aborted quietly).
 */
export async function prepareBody(req: Request, res: Response, env: Env, onRefused: () => void): Promise<PreparedBody> {
  if (req.method === "GET" || req.method === "HEAD") return { kind: "none" };
  const limit = bodyLimit(req, env);
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (Number.isFinite(declared) && declared > limit.bytes) {
    await refuse(req, res, env);
    return { kind: "refused" };
  }

  if (limit.streamed) {
    let received = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
        received += chunk.length;
        if (received <= limit.bytes) return callback(null, chunk);
        req.unpipe(counted);
        onRefused();
        void refuse(req, res, env);
        callback(new Error("request body too large"));
      },
    });
    req.pipe(counted);
    // A client that goes away mid-upload must not leave the app waiting for the rest.
    req.once("close", () => {
      if (!req.complete) counted.destroy(new Error("request aborted"));
    });
    return { kind: "stream", body: counted };
  }

  const chunks: Buffer[] = [];
  let received = 0;
  const outcome = await new Promise<"complete" | "too-large" | "aborted">((resolve) => {
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit.bytes) {
        req.off("data", onData);
        chunks.length = 0;
        resolve("too-large");
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve("complete"));
    req.once("error", () => resolve("aborted"));
    req.once("close", () => resolve(req.complete ? "complete" : "aborted"));
  });
  // The client went away: there is nobody to answer.
  if (outcome === "aborted") return { kind: "refused" };
  if (outcome === "too-large") {
    await refuse(req, res, env);
    return { kind: "refused" };
  }
  const body = Buffer.concat(chunks, received);
  if (countFields(body, req.headers["content-type"] ?? "") > MAX_FIELDS) {
    await sendStatusPage(req, res, env, 413, "tooLarge");
    return { kind: "refused" };
  }
  return { kind: "buffer", body };
}
