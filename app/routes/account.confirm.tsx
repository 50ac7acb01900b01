import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { PasswordField } from "~/components/ui/password-field";
import { recordAudit } from "~/models/audit.server";
import { markProved } from "~/models/session.server";
import { getPasswordHash } from "~/models/user.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { verifyPassword } from "~/utils/password.server";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { safeRedirectPath } from "~/utils/redirect";
import { reauthSchema } from "~/validation/account-security";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

// /account/confirm?redirectTo=…: the password again before deleting the account, changing passkeys
// or ending other sessions, when this session's last proof is more than 10 minutes old (see
// requireFreshProof in services/auth.server.ts). Then back to the page the person was on.

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "/account");
  return json({ redirectTo, hasPassword: Boolean(await getPasswordHash(getDb(), { id: user.id })) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const parsed = parseForm(formData, reauthSchema, { omit: ["password"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const limited = await checkRateLimits(context, [{ key: `reauth:account:${user.id}`, limit: LIMITS.reauthAccount }], { field: "password" });
  if (limited) return limited;
  const db = getDb();
  if (!(await verifyPassword(await getPasswordHash(db, { id: user.id }), parsed.data.password))) {
    await recordAudit(db, { actorUserId: user.id, action: "auth.reauthentication_failed", targetType: "user", targetId: user.id });
    return formErrors(context, { errors: { password: "security.confirm.wrong" }, values: {} });
  }
  await markProved(db, { token: user.sessionToken });
  await recordAudit(db, { actorUserId: user.id, action: "auth.reauthenticated", targetType: "user", targetId: user.id });
  return redirect(safeRedirectPath(parsed.data.redirectTo, "/account"), 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("security.confirm.title"));

export default function ConfirmItsYou() {
  const { redirectTo, hasPassword } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t("security.confirm.title")}</h1>
      <p className="lead">{t("security.confirm.lead")}</p>
      {hasPassword ? (
        <PostForm errors={result?.errors}>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <PasswordField id="password" name="password" label={t("security.confirm.password")} autoComplete="current-password" />
          <Button type="submit">{t("security.confirm.submit")}</Button>
        </PostForm>
      ) : (
        <p>{t("security.confirm.noPassword")}</p>
      )}
      <p>
        <Link to="/account">{t("security.confirm.cancel")}</Link>
      </p>
    </div>
  );
}
