import type { AppLoadContext } from "@remix-run/node";
import { json } from "@remix-run/node";
import { z } from "zod";

/** Field name → i18n key of its error message. */
export type FieldErrors = Record<string, string>;

/** Field name → values for the placeholders in its message (a criterion's code, a size limit). */
export type ErrorValues = Record<string, Record<string, string | number>>;

/**
 * What a form action answers with when the input is not valid: the errors, everything typed, and
 * the values some messages need (a check adds them as a custom issue's `params`).
 */
export type FormErrorData = { errors: FieldErrors; values: Record<string, string>; errorValues?: ErrorValues };

/** Every submitted text value, so a failed submit can show the form exactly as it was filled in. */
export function submittedValues(formData: FormData, omit: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/**
 * Validates form data with a zod schema whose messages are i18n keys. On failure returns the first
 * error per field and the submitted values, minus `omit` (never echo passwords back).
 */
export function parseForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  { omit = [] }: { omit?: readonly string[] } = {},
): { ok: true; data: z.infer<S> } | ({ ok: false } & FormErrorData) {
  const raw = Object.fromEntries([...formData.keys()].map((key) => [key, formData.getAll(key).length > 1 ? formData.getAll(key) : formData.get(key)]));
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  // The summary lists problems in the order of the fields, which is the order the schema declares
  // them in; a check across fields (e.g. "at least one name") would otherwise come last.
  const order = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const issues = [...result.error.issues].sort((a, b) => rank(String(a.path[0] ?? "form")) - rank(String(b.path[0] ?? "form")));
  const errors: FieldErrors = {};
  const errorValues: ErrorValues = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    if (field in errors) continue;
    errors[field] = issue.message;
    if (issue.code === "custom" && issue.params) errorValues[field] = issue.params as Record<string, string | number>;
  }
  const values = submittedValues(formData, omit);
  return Object.keys(errorValues).length > 0 ? { ok: false, errors, values, errorValues } : { ok: false, errors, values };
}

/**
 * Answers 400 with the errors and values, and marks the request so the page title starts with "Error:".
 * A page with several forms adds which one failed (`form`), and so may any other extra field.
 */
/**
 * The sign-in, sign-up and forgotten-password forms' account field was called "email" before it
 * also took mobile numbers. A page opened before a deploy (or a saved form) still sends that name:
 * it is read as "login", so nobody is refused for the rename.
 */
export function readLoginField(formData: FormData): FormData {
  if (!formData.has("login") && formData.has("email")) formData.set("login", formData.get("email") ?? "");
  return formData;
}

export function formErrors<D extends FormErrorData>(context: AppLoadContext, data: D, status = 400) {
  context.form.hasErrors = true;
  return json(data, { status });
}

/**
 * A route `headers` export (the root's too) that passes everything on: the parent's headers, then
 * what the loader set (Cache-Control, Referrer-Policy), then the action's (Retry-After on a 429),
 * then a thrown response's. Remix sends a document only the headers its deepest `headers` export
 * returns, so without this a loader's headers never reach the page. Set-Cookie is left to Remix,
 * which passes every cookie on by itself. (entry.server.tsx then marks signed-in pages no-store.)
 */
export function actionHeaders({
  parentHeaders,
  loaderHeaders,
  actionHeaders: fromAction,
  errorHeaders,
}: {
  parentHeaders: Headers;
  loaderHeaders: Headers;
  actionHeaders: Headers;
  errorHeaders?: Headers;
}): Headers {
  const merged = new Headers();
  for (const source of [parentHeaders, loaderHeaders, fromAction, errorHeaders]) {
    for (const [name, value] of source?.entries() ?? []) if (name !== "set-cookie") merged.set(name, value);
  }
  return merged;
}
