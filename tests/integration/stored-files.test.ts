import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFileStore, deleteFile, diskFileStore, getFileInfo, readFileContent, saveFile } from "~/models/stored-file.server";
import { CV_KINDS, DOCUMENT_OR_IMAGE, detectType, fileResponse, parseUploadForm } from "~/services/uploads.server";
import type { DatabaseHandle } from "../../db/client";
import { EXE, JPEG, PDF, PNG, TEXT, multipartRequest } from "../support/files";
import { createTestDatabase } from "../support/test-db";

let handle: DatabaseHandle;
let folder: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  folder = await mkdtemp(path.join(tmpdir(), "aw-files-"));
});
afterAll(async () => {
  await handle?.close();
  await rm(folder, { recursive: true, force: true });
});

describe("file stores", () => {
  it("keeps bytes in the database and gives them back with their checked metadata", async () => {
    const saved = await saveFile(handle.db, databaseFileStore, {
      purpose: "business_licence",
      originalName: "C:\\scans\\营业执照.pdf",
      contentType: "application/pdf",
      bytes: PDF,
      uploadedByUserId: null,
    });
    expect(saved.originalName).toBe("营业执照.pdf");
    expect(saved.byteSize).toBe(PDF.byteLength);
    expect(saved.sha256).toMatch(/^[0-9a-f]{64}$/);
    const read = await readFileContent(handle.db, databaseFileStore, saved.id);
    expect(Buffer.from(read?.bytes ?? []).equals(Buffer.from(PDF))).toBe(true);
    await deleteFile(handle.db, databaseFileStore, saved.id);
    expect(await getFileInfo(handle.db, saved.id)).toBeUndefined();
  });

  it("keeps bytes on disk, with no bytes in the row, and removes them on delete", async () => {
    const store = diskFileStore(folder);
    const saved = await saveFile(handle.db, store, { purpose: "evidence", originalName: "photo.png", contentType: "image/png", bytes: PNG, uploadedByUserId: null });
    const row = await handle.db.selectFrom("stored_file").select(["backend", "data", "storage_key"]).where("id", "=", saved.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ backend: "disk", data: null, storage_key: saved.id });
    const read = await readFileContent(handle.db, store, saved.id);
    expect(Buffer.from(read?.bytes ?? []).equals(Buffer.from(PNG))).toBe(true);
    await deleteFile(handle.db, store, saved.id);
    expect(await readdir(path.join(folder, saved.id.slice(0, 2)))).toEqual([]);
  });

  it("still reads database-held files after the store is switched to disk", async () => {
    const saved = await saveFile(handle.db, databaseFileStore, { purpose: "cv", originalName: "cv.pdf", contentType: "application/pdf", bytes: PDF, uploadedByUserId: null });
    const read = await readFileContent(handle.db, diskFileStore(folder), saved.id);
    expect(read?.info.contentType).toBe("application/pdf");
  });

  it("ignores ids that are not UUIDs instead of querying with them", async () => {
    expect(await getFileInfo(handle.db, "../../etc/passwd")).toBeUndefined();
    expect(await readFileContent(handle.db, databaseFileStore, "1 or 1=1")).toBeUndefined();
  });
});

describe("type checks by magic bytes", () => {
  it("accepts PDF, JPEG and PNG documents by their content", async () => {
    expect(await detectType(PDF, DOCUMENT_OR_IMAGE)).toBe("application/pdf");
    expect(await detectType(PNG, DOCUMENT_OR_IMAGE)).toBe("image/png");
    expect(await detectType(JPEG, DOCUMENT_OR_IMAGE)).toBe("image/jpeg");
  });

  it("refuses text, executables, empty files and formats outside the list", async () => {
    expect(await detectType(TEXT, DOCUMENT_OR_IMAGE)).toBeUndefined();
    expect(await detectType(EXE, DOCUMENT_OR_IMAGE)).toBeUndefined();
    expect(await detectType(new Uint8Array(), DOCUMENT_OR_IMAGE)).toBeUndefined();
    expect(await detectType(PNG, CV_KINDS)).toBeUndefined();
  });
});

describe("parseUploadForm", () => {
  it("returns the file and every text field", async () => {
    const request = multipartRequest({ note: "请尽快审核", licence: { name: "licence.pdf", bytes: PDF, type: "application/pdf" } });
    const { formData, files } = await parseUploadForm(request, { licence: DOCUMENT_OR_IMAGE }, { maxBytes: 1024 });
    expect(formData.get("note")).toBe("请尽快审核");
    expect(files.licence).toMatchObject({ status: "ok", name: "licence.pdf", contentType: "application/pdf" });
  });

  it("judges by content, not by the name or the claimed type", async () => {
    const request = multipartRequest({ licence: { name: "licence.pdf", bytes: TEXT, type: "application/pdf" } });
    const { files } = await parseUploadForm(request, { licence: DOCUMENT_OR_IMAGE }, { maxBytes: 1024 });
    expect(files.licence).toEqual({ status: "wrong_type", name: "licence.pdf" });
  });

  it("refuses a file over the limit but keeps the text typed beside it", async () => {
    const big = new Uint8Array(5000);
    big.set(PDF);
    const request = multipartRequest({ note: "all my words", licence: { name: "big.pdf", bytes: big } });
    const { formData, files } = await parseUploadForm(request, { licence: DOCUMENT_OR_IMAGE }, { maxBytes: 1024 });
    expect(files.licence).toEqual({ status: "too_large", name: "big.pdf", maxBytes: 1024 });
    expect(formData.get("note")).toBe("all my words");
  });

  it("reports no file when none was chosen", async () => {
    const request = multipartRequest({ note: "x", licence: { name: "", bytes: new Uint8Array() } });
    const { files } = await parseUploadForm(request, { licence: DOCUMENT_OR_IMAGE }, { maxBytes: 1024 });
    expect(files.licence).toEqual({ status: "none" });
  });
});

describe("fileResponse", () => {
  it("always downloads, never caches, and never lets the browser sniff another type", async () => {
    const response = fileResponse(
      { id: "x", purpose: "cv", originalName: "简历 2026.pdf", contentType: "application/pdf", byteSize: PDF.byteLength, sha256: "", createdAt: new Date() },
      PDF,
    );
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="__ 2026.pdf"; filename*=UTF-8''${encodeURIComponent("简历 2026.pdf")}`);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
  });
});
