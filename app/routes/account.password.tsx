import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { PasswordField } from "~/components/ui/password-field";
import { recordAudit } from "~/models/audit.server";
import { deleteOtherSessions, markProved } from "~/models/session.server";
import { getPasswordHash, setPasswordHash } from "~/models/user.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { sendAccountNotice } from "~/services/emails.server";
import { getEnv } from "~/utils/env.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { changePasswordSchema } from "~/validation/account-security";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

// /account/password: change the password with the current one. The new one is checked as at
// sign-up (length, common passwords); every other session ends and the owner is emailed.

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return json({});
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(await request.formData(), changePasswordSchema, { omit: ["currentPassword", "newPassword"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const limited = await checkRateLimits(context, [{ key: `reauth:account:${user.id}`, limit: LIMITS.reauthAccount }], { field: "currentPassword" });
  if (limited) return limited;
  const db = getDb();
  if (!(await verifyPassword(await getPasswordHash(db, { id: user.id }), parsed.data.currentPassword))) {
    await recordAudit(db, { actorUserId: user.id, action: "auth.password_change_failed", targetType: "user", targetId: user.id });
    return formErrors(context, { errors: { currentPassword: "security.password.wrong" }, values: {} });
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, { id: user.id, passwordHash });
    await deleteOtherSessions(trx, { userId: user.id, currentToken: user.sessionToken });
    await markProved(trx, { token: user.sessionToken });
    await recordAudit(trx, { actorUserId: user.id, action: "auth.password_changed", targetType: "user", targetId: user.id });
    await sendAccountNotice(trx, { user, notice: { kind: "password-changed" }, origin: getEnv().publicUrl });
  });
  return redirect("/account?password-changed", 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("security.password.title"));

export default function ChangePassword() {
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <p>
        <Link to="/account" className="back-link">
          {t("security.password.back")}
        </Link>
      </p>
      <h1>{t("security.password.title")}</h1>
      <p className="lead">{t("security.password.lead")}</p>
      <PostForm errors={result?.errors}>
        <PasswordField id="currentPassword" name="currentPassword" label={t("security.password.current")} autoComplete="current-password" />
        <PasswordField
          id="newPassword"
          name="newPassword"
          label={t("security.password.new")}
          description={t("auth.newPasswordHint")}
          autoComplete="new-password"
        />
        <Button type="submit">{t("security.password.submit")}</Button>
      </PostForm>
    </div>
  );
}
