import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { getCertificateStatus } from "~/models/certificate.server";
import { getDb } from "~/utils/db.server";

// GET /api/certificates/:number — a certificate's status as JSON, so other sites (a job board, an
// employer's own page) can verify a badge. Open to any origin, cached for five minutes only: a
// suspension or revocation must show up quickly.
const HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=300",
  "X-Content-Type-Options": "nosniff",
};

export async function loader({ params }: LoaderFunctionArgs) {
  const number = (params.number ?? "").trim().toUpperCase();
  const certificate = /^AW-\d{4}-\d{4,6}$/.test(number) ? await getCertificateStatus(getDb(), { number }) : undefined;
  if (!certificate) return json({ error: "not_found", number }, { status: 404, headers: HEADERS });
  return json(certificate, { headers: HEADERS });
}
