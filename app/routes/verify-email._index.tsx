import { json, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { metaT, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth"] };

const STATUSES = {
  verified: { title: "verifyEmail.verifiedTitle", body: "verifyEmail.verifiedBody" },
  already: { title: "verifyEmail.alreadyTitle", body: "verifyEmail.alreadyBody" },
  sent: { title: "verifyEmail.sentTitle", body: "verifyEmail.sentBody" },
} as const;

type Status = keyof typeof STATUSES;

// GET /verify-email?status=…: where the confirmation link and "send a new one" land, with an h1
// that says what happened. Public, like the link itself.
export function loader({ request }: LoaderFunctionArgs) {
  const param = new URL(request.url).searchParams.get("status");
  const status = (Object.keys(STATUSES) as Status[]).find((s) => s === param);
  if (!status) throw redirect("/account", 303);
  return json({ status });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, metaT(matches)(STATUSES[data?.status ?? "verified"].title));

export default function VerifyEmailStatus() {
  const { status } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t(STATUSES[status].title)}</h1>
      <p>{t(STATUSES[status].body)}</p>
      <ul className="link-list">
        <li>
          <Link to="/account">{t("verifyEmail.goToAccount")}</Link>
        </li>
        <li>
          <Link to="/openings">{t("verifyEmail.findOpenings")}</Link>
        </li>
      </ul>
    </div>
  );
}
