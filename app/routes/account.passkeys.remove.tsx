import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { recordAudit } from "~/models/audit.server";
import { deletePasskey, getUserPasskey, listPasskeys } from "~/models/passkey.server";
import { needsSecondFactor, PROOF_FORM_MINUTES, requireUserToManagePasskeys } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { sendAccountNotice } from "~/services/emails.server";
import { getEnv } from "~/utils/env.server";
import { metaT, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth"] };

// GET /account/passkeys/remove?id=… asks for confirmation; the POST removes. Plain forms: no JavaScript needed.

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserToManagePasskeys(request);
  const id = new URL(request.url).searchParams.get("id") ?? "";
  const db = getDb();
  // Scoped to this user: someone else's passkey id is simply not found.
  const passkey = await getUserPasskey(db, { userId: user.id, credentialId: id });
  if (!passkey) throw new Response("Not Found", { status: 404 });
  const count = (await listPasskeys(db, { userId: user.id })).length;
  // Would removing it leave a staff, employer or admin account without its second factor?
  const roleNeedsPasskey = needsSecondFactor({ ...user, secondFactorAt: null });
  return json({ id: passkey.credential_id, name: passkey.name, lastOne: count === 1 && roleNeedsPasskey });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserToManagePasskeys(request, { proofMinutes: PROOF_FORM_MINUTES });
  const id = String((await request.formData()).get("id") ?? "");
  const db = getDb();
  const removed = await db.transaction().execute(async (trx) => {
    const passkey = await getUserPasskey(trx, { userId: user.id, credentialId: id });
    if (!passkey || !(await deletePasskey(trx, { userId: user.id, credentialId: id }))) return false;
    await recordAudit(trx, { actorUserId: user.id, action: "passkey.removed", targetType: "passkey", targetId: id });
    await sendAccountNotice(trx, { user, notice: { kind: "passkey-removed", passkey: passkey.name ?? "" }, origin: getEnv().publicUrl });
    return true;
  });
  if (!removed) throw new Response("Not Found", { status: 404 });
  return redirect("/account/passkeys?removed", 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("passkeys.removeTitle"));

export default function RemovePasskey() {
  const { id, name, lastOne } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t("passkeys.removeTitle")}</h1>
      <p>{t("passkeys.removeBody", { name: name ?? t("passkeys.unnamed") })}</p>
      {lastOne ? <p className="warning-text">{t("passkeys.removeLastWarning")}</p> : null}
      <form method="post">
        <input type="hidden" name="id" value={id} />
        <p>
          <Button type="submit" className="button--warning">
            {t("passkeys.removeButton")}
          </Button>
        </p>
      </form>
      <p>
        <Link to="/account/passkeys">{t("passkeys.removeCancel")}</Link>
      </p>
    </div>
  );
}
