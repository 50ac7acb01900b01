// What a form's file field came to, and its size in words: shared by the upload parser (a service)
// and the forms' validation, which must not import services.

/** One file field's outcome. Errors are i18n-ready codes; the route turns them into messages. */
export type UploadOutcome =
  | { status: "none" }
  | { status: "ok"; name: string; contentType: string; bytes: Uint8Array }
  | { status: "too_large"; name: string; maxBytes: number }
  | { status: "wrong_type"; name: string };

/** Human size for messages: "10 MB", "1.5 MB", "800 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
