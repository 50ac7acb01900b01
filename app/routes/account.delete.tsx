import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { Checkbox } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { deleteApplicationFiles } from "~/models/application.server";
import { recordAudit } from "~/models/audit.server";
import { deleteUser } from "~/models/user.server";
import { PROOF_FORM_MINUTES, requireFreshProof, requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { getFileStore } from "~/services/uploads.server";
import { clearSessionCookieHeader } from "~/services/session.server";
import { deleteAccountSchema } from "~/validation/auth";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account"] };

export async function loader({ request }: LoaderFunctionArgs) {
  // The password again first, if the last proof is old: a computer left signed in must not be enough.
  requireFreshProof(request, await requireUser(request));
  return json({});
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  requireFreshProof(request, user, PROOF_FORM_MINUTES);
  const parsed = parseForm(await request.formData(), deleteAccountSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const db = getDb();
  await db.transaction().execute(async (trx) => {
    // CV files are not owned by the account row, so they go first; applications, the passport,
    // consents and notifications cascade with the account.
    await deleteApplicationFiles(trx, getFileStore(), { userId: user.id });
    await deleteUser(trx, { id: user.id });
    // Logged after the deletion, with no actor: the entry says an account went, not whose.
    await recordAudit(trx, { actorUserId: null, action: "account.deleted", targetType: "user", targetId: user.id });
  });
  return redirect("/account-deleted", { status: 303, headers: { "Set-Cookie": await clearSessionCookieHeader() } });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("accountData.deleteTitle"));

export default function DeleteAccount() {
  const { t } = useTranslation();
  const result = useActionData<FormErrorData>();
  return (
    <div className="narrow">
      <h1>{t("accountData.deleteTitle")}</h1>
      <p>{t("accountData.deleteBody")}</p>
      <PostForm errors={result?.errors}>
        {/* The error is described by the checkbox, so a screen reader says it with the checkbox. */}
        <Checkbox
          id="confirm"
          name="confirm"
          value="yes"
          className="choice"
          isInvalid={Boolean(result?.errors.confirm)}
          aria-describedby={result?.errors.confirm ? "confirm-error" : undefined}
        >
          <span className="choice__box" aria-hidden="true" />
          <span className="choice__label">{t("accountData.deleteConfirmLabel")}</span>
        </Checkbox>
        {result?.errors.confirm ? (
          <p className="field__error" id="confirm-error">
            {t("accountData.deleteConfirmRequired")}
          </p>
        ) : null}
        <p>
          <Button type="submit" className="button--warning">
            {t("accountData.deleteButton")}
          </Button>
        </p>
      </PostForm>
      <p>
        <Link to="/account">{t("accountData.cancel")}</Link>
      </p>
    </div>
  );
}
