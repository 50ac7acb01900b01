/** A numeric id from a URL segment; anything else is a 404, as an unknown id would be. */
export function idParam(value: string | undefined): number {
  const id = /^[1-9]\d{0,9}$/.test(value ?? "") ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) throw new Response("Not Found", { status: 404 });
  return id;
}

/** A UUID as `randomUUID()` writes it. A looser check ("36 of [0-9a-f-]") let 36 dashes reach PostgreSQL's uuid cast: a 500. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An organisation's slug from a URL segment (lower-case letters, digits, dashes); anything else is a 404. */
export function slugParam(value: string | undefined): string {
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(value ?? "")) throw new Response("Not Found", { status: 404 });
  return value as string;
}
