/** Small, real files for upload tests: each starts with its format's true signature. */

/** A one-page PDF. */
export const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** A 1×1 PNG. */
export const PNG = Uint8Array.from(
  Buffer.from(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
    "hex",
  ),
);

/** The start of a JPEG (SOI and a JFIF header) is what the type check reads. */
export const JPEG = Uint8Array.from(Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex"));

/** A text file that claims to be a PDF by its name only. */
export const TEXT = new TextEncoder().encode("This is not a PDF, whatever its name says.\n");

/** A Windows executable's first bytes. */
export const EXE = Uint8Array.from(Buffer.from("4d5a90000300000004000000ffff0000b800000000000000400000000000000000000000", "hex"));

/** A multipart request like a browser sends for a form with files. */
export function multipartRequest(fields: Record<string, string | { name: string; bytes: Uint8Array; type?: string }>): Request {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(key, value);
    else form.append(key, new File([new Uint8Array(value.bytes)], value.name, { type: value.type ?? "application/octet-stream" }));
  }
  return new Request("http://localhost/upload", { method: "POST", body: form });
}
