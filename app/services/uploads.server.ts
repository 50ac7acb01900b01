import { fileTypeFromBuffer } from "file-type";
import { unstable_parseMultipartFormData } from "@remix-run/node";
import { diskFileStore, databaseFileStore, type FileStore, type StoredFileInfo } from "~/models/stored-file.server";
import { getEnv } from "~/utils/env.server";
import { MAX_FIELDS } from "~/utils/request-body.server";
import type { UploadOutcome } from "~/utils/upload-outcome";

/** The kinds of file the portal accepts, by the type found in their first bytes. */
export const FILE_KINDS = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
  /** Text has no magic bytes: anything no binary signature matches; the importer then checks its encoding. */
  csv: "text/csv",
} as const;
export type FileKind = keyof typeof FILE_KINDS;

/** The extensions that go with each accepted type; the first is the one given to a file that has none of them. */
const EXTENSIONS: Record<string, readonly string[]> = {
  [FILE_KINDS.pdf]: ["pdf"],
  [FILE_KINDS.jpeg]: ["jpg", "jpeg"],
  [FILE_KINDS.png]: ["png"],
  [FILE_KINDS.docx]: ["docx"],
  [FILE_KINDS.odt]: ["odt"],
  [FILE_KINDS.csv]: ["csv"],
};

/**
 * The file's name with an extension that matches what the file really is: "cv.html" holding a PDF
 * becomes "cv.pdf", so nobody who downloads it opens it as something else (a PDF that is also valid
 * HTML would otherwise open in the browser as a page). A matching extension is kept as it is.
 */
export function withMatchingExtension(name: string, contentType: string): string {
  const allowed = EXTENSIONS[contentType];
  if (!allowed) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if (allowed.includes(extension)) return name;
  return `${dot > 0 ? name.slice(0, dot) : name}.${allowed[0] ?? "bin"}`;
}

/** Licences and certification evidence: a scan or a PDF. */
export const DOCUMENT_OR_IMAGE: readonly FileKind[] = ["pdf", "jpeg", "png"];
/** CVs: the formats word processors write. */
export const CV_KINDS: readonly FileKind[] = ["pdf", "docx", "odt"];
/** Spreadsheets of openings, saved as CSV (an .xlsx is refused as a binary format). */
export const CSV_KINDS: readonly FileKind[] = ["csv"];

/** A 400 when the body is far beyond any allowed upload, so a client cannot stream gigabytes at us. */
export class UploadTooLargeError extends Error {}

/**
 * Reads a multipart form. Every text field is kept even when a file is refused, so the form can be
 * shown again with everything the person typed. A file's type comes from its magic bytes, never
 * from its name or the browser's claim.
 */
export async function parseUploadForm(
  request: Request,
  fields: Record<string, readonly FileKind[]>,
  options: { maxBytes?: number } = {},
): Promise<{ formData: FormData; files: Record<string, UploadOutcome> }> {
  const maxBytes = options.maxBytes ?? uploadMaxBytes();
  // Text fields are small; a body much larger than the files allowed is refused outright.
  const hardLimit = maxBytes * Math.max(1, Object.keys(fields).length) + 1_000_000;
  const declared = Number(request.headers.get("Content-Length") ?? 0);
  if (declared > hardLimit * 2) throw new UploadTooLargeError("request body too large");

  const files: Record<string, UploadOutcome> = {};
  for (const name of Object.keys(fields)) files[name] = { status: "none" };
  // A form posted without multipart encoding (a script, or a form missing its encType) has no
  // files; read its text fields so the page can answer with the usual errors, not a 500.
  if (!(request.headers.get("Content-Type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    return { formData: await request.formData(), files };
  }
  let total = 0;
  let parts = 0;

  const formData = await unstable_parseMultipartFormData(request, async ({ name, filename, data }) => {
    // More fields than any form has: refused like an oversized body.
    if (++parts > MAX_FIELDS) throw new UploadTooLargeError("too many fields");
    const chunks: Uint8Array[] = [];
    let size = 0;
    let over = false;
    for await (const chunk of data) {
      size += chunk.byteLength;
      total += chunk.byteLength;
      if (total > hardLimit * 2) throw new UploadTooLargeError("request body too large");
      // Past the limit: keep reading (the browser is still sending) but stop keeping.
      if (size > (typeof filename === "string" ? maxBytes : 100_000)) over = true;
      else chunks.push(chunk);
    }
    if (typeof filename !== "string") {
      // A text field. An absurdly long one is dropped rather than kept in memory.
      return over ? "" : new TextDecoder().decode(concat(chunks, size));
    }
    const kinds = fields[name];
    if (!kinds) return undefined; // A file in a field we do not expect: ignored.
    if (size === 0 && filename === "") return undefined; // No file chosen.
    if (over) {
      files[name] = { status: "too_large", name: filename, maxBytes };
      return undefined;
    }
    const bytes = concat(chunks, size);
    const contentType = await detectType(bytes, kinds);
    files[name] = contentType ? { status: "ok", name: withMatchingExtension(filename, contentType), contentType, bytes } : { status: "wrong_type", name: filename };
    return undefined;
  });
  return { formData, files };
}

/** The accepted type of these bytes, or undefined when they are none of `kinds`. */
export async function detectType(bytes: Uint8Array, kinds: readonly FileKind[]): Promise<string | undefined> {
  // An empty CSV is still a CSV: the importer answers "the file is empty", which says more.
  if (bytes.byteLength === 0) return kinds.includes("csv") ? FILE_KINDS.csv : undefined;
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return kinds.includes("csv") ? FILE_KINDS.csv : undefined;
  return kinds.map((kind) => FILE_KINDS[kind]).find((mime) => mime === found.mime);
}

/** The largest file accepted, from UPLOAD_MAX_MB. */
export function uploadMaxBytes(): number {
  return Math.round(getEnv().UPLOAD_MAX_MB * 1024 * 1024);
}

let store: FileStore | undefined;

/** The configured file store (FILE_STORAGE). */
export function getFileStore(): FileStore {
  if (!store) {
    const env = getEnv();
    store = env.FILE_STORAGE === "disk" ? diskFileStore(env.FILE_STORAGE_DIR) : databaseFileStore;
  }
  return store;
}

/**
 * Sends a stored file to a reader who has already been authorised. It is always a download, never
 * shown inline, never cached, and the browser may not guess another type.
 */
export function fileResponse(info: StoredFileInfo, bytes: Uint8Array): Response {
  // Files stored before names were matched to their type get the right extension here.
  const name = withMatchingExtension(info.originalName, info.contentType);
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return new Response(new Blob([new Uint8Array(bytes)]), {
    headers: {
      "Content-Type": info.contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
