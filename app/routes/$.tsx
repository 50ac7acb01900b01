// Any URL no other route claims: a real 404 status with the translated not-found page.
export function loader() {
  throw new Response("Not Found", { status: 404 });
}

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: [] };

export default function NotFound() {
  return null;
}
