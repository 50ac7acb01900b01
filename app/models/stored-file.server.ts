import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { FileBackend, FilePurpose } from "~/domain/file";
import { UUID } from "~/utils/params";

/** What the portal knows about a stored file, without its bytes. */
export interface StoredFileInfo {
  id: string;
  purpose: FilePurpose;
  originalName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  createdAt: Date;
}

/** A file that has been checked and is ready to keep. */
export interface NewFile {
  purpose: FilePurpose;
  originalName: string;
  contentType: string;
  bytes: Uint8Array;
  uploadedByUserId: number | null;
}

/**
 * Where the bytes of uploaded files live. The metadata row is always in PostgreSQL, written in the
 * caller's transaction; a store only keeps and returns bytes. An S3-compatible store implements
 * the same three calls (see docs/decisions/007-file-storage.md).
 */
export interface FileStore {
  readonly backend: FileBackend;
  /** Keeps the bytes; returns the column values that locate them. */
  put(id: string, bytes: Uint8Array): Promise<{ data: Uint8Array | null; storage_key: string | null }>;
  get(row: { data: Uint8Array | null; storage_key: string | null }): Promise<Uint8Array>;
  remove(row: { storage_key: string | null }): Promise<void>;
}

/** Bytes in the `stored_file.data` column: one place to back up, right for one federation. */
export const databaseFileStore: FileStore = {
  backend: "database",
  put: async (_id, bytes) => ({ data: bytes, storage_key: null }),
  get: async (row) => {
    if (!row.data) throw new Error("stored file has no bytes in the database");
    return row.data;
  },
  remove: async () => {},
};

/** Bytes in a folder, one file per id. The folder must be shared (or replicated) between instances. */
export function diskFileStore(root: string): FileStore {
  const resolve = (key: string) => {
    // Keys are our own UUIDs; refuse anything else so a bad row can never point outside the folder.
    if (!UUID.test(key)) throw new Error("invalid storage key");
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    backend: "disk",
    put: async (id, bytes) => {
      const file = resolve(id);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(file, bytes, { mode: 0o600, flag: "wx" });
      return { data: null, storage_key: id };
    },
    get: async (row) => {
      if (!row.storage_key) throw new Error("stored file has no storage key");
      return new Uint8Array(await readFile(resolve(row.storage_key)));
    },
    remove: async (row) => {
      if (row.storage_key) await rm(resolve(row.storage_key), { force: true });
    },
  };
}

/** Keeps a checked file and records it; run inside the transaction that links it to its owner record. */
export async function saveFile(db: Kysely<Database>, store: FileStore, file: NewFile): Promise<StoredFileInfo> {
  const id = randomUUID();
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const located = await store.put(id, file.bytes);
  const row = await db
    .insertInto("stored_file")
    .values({
      id,
      purpose: file.purpose,
      backend: store.backend,
      original_name: cleanFileName(file.originalName),
      content_type: file.contentType,
      byte_size: file.bytes.byteLength,
      sha256,
      data: located.data,
      storage_key: located.storage_key,
      uploaded_by_user_id: file.uploadedByUserId,
    })
    .returning(["id", "purpose", "original_name", "content_type", "byte_size", "sha256", "created_at"])
    .executeTakeFirstOrThrow();
  return toInfo(row);
}

/** A file's metadata, or undefined. Callers must have authorised the reader through the owning record. */
export async function getFileInfo(db: Kysely<Database>, id: string): Promise<StoredFileInfo | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db
    .selectFrom("stored_file")
    .select(["id", "purpose", "original_name", "content_type", "byte_size", "sha256", "created_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toInfo(row) : undefined;
}

/** A file's metadata and bytes. Callers must have authorised the reader through the owning record. */
export async function readFileContent(
  db: Kysely<Database>,
  store: FileStore,
  id: string,
): Promise<{ info: StoredFileInfo; bytes: Uint8Array } | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db
    .selectFrom("stored_file")
    .select(["id", "purpose", "backend", "original_name", "content_type", "byte_size", "sha256", "created_at", "data", "storage_key"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  // A file written by another backend stays readable after FILE_STORAGE changes, as long as its
  // bytes are still reachable: database rows always are.
  const reader = row.backend === "database" ? databaseFileStore : store;
  return { info: toInfo(row), bytes: await reader.get(row) };
}

/** Deletes a file's row and bytes (for example when its owner deletes their account). */
export async function deleteFile(db: Kysely<Database>, store: FileStore, id: string): Promise<void> {
  if (!isUuid(id)) return;
  const row = await db.deleteFrom("stored_file").where("id", "=", id).returning(["backend", "storage_key"]).executeTakeFirst();
  if (row && row.backend !== "database") await store.remove(row);
}

function toInfo(row: {
  id: string;
  purpose: FilePurpose;
  original_name: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  created_at: Date;
}): StoredFileInfo {
  return {
    id: row.id,
    purpose: row.purpose,
    originalName: row.original_name,
    contentType: row.content_type,
    byteSize: row.byte_size,
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** A display name without folders or control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f"]/g, "").trim() ?? "";
  return (base || "file").slice(0, 200);
}
