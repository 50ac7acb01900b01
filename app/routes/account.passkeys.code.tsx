import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { formatMobile } from "~/domain/account";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { TextField } from "~/components/ui/text-field";
import { passkeyAddBlock, requireUserToManagePasskeys, type CurrentUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { passEmailCode, sendNewEmailCode } from "~/services/account-security.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { safeRedirectPath } from "~/utils/redirect";
import { emailCodeSchema } from "~/validation/account-security";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

// /account/passkeys/code: before a staff, employer or admin account adds its first passkey (which
// then counts as its second factor), it types a code sent to its confirmed address. Two plain
// forms, "send" and "check"; no JavaScript needed.

/** The passkeys page to go back to, keeping where a staff page wanted to send the person after. */
function passkeysPage(redirectTo: string | null) {
  return redirectTo ? `/account/passkeys?${new URLSearchParams({ redirectTo }).toString()}` : "/account/passkeys";
}

/** The person, if this step is theirs to take now; otherwise the redirect to the passkeys page. */
async function requireCodeStep(request: Request): Promise<{ user: CurrentUser; redirectTo: string | null }> {
  const user = await requireUserToManagePasskeys(request);
  const params = new URL(request.url).searchParams;
  const redirectTo = params.has("redirectTo") ? safeRedirectPath(params.get("redirectTo"), "/account") : null;
  if ((await passkeyAddBlock(user)) !== "code") throw redirect(passkeysPage(redirectTo), 303);
  return { user, redirectTo };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireCodeStep(request);
  return json({
    // An account opened with a mobile number gets the code by text message (services/emails.server.ts).
    email: user.email ?? (user.mobile ? formatMobile(user.mobile) : ""),
    bySms: !user.email,
    sent: new URL(request.url).searchParams.has("sent"),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, redirectTo } = await requireCodeStep(request);
  const formData = await request.formData();
  const db = getDb();
  const here = new URL(request.url);

  if (formData.get("intent") === "send") {
    const limited = await checkRateLimits(
      context,
      [
        {
          key: `email-code:account:${user.id}`,
          limit: LIMITS.emailCodeAccount,
        },
      ],
      { field: "code" }
    );
    if (limited) return limited;
    await sendNewEmailCode(db, { user });
    here.searchParams.set("sent", "");
    return redirect(`${here.pathname}?${here.searchParams.toString()}`, 303);
  }

  const parsed = parseForm(formData, emailCodeSchema, { omit: ["intent"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const checked = await passEmailCode(db, { userId: user.id, code: parsed.data.code, sessionToken: user.sessionToken });
  if (checked !== "ok") {
    const message = checked === "wrong" ? "security.code.wrong" : checked === "used-up" ? "security.code.usedUp" : "security.code.none";
    return formErrors(context, {
      errors: { code: message },
      values: { code: parsed.data.code },
    });
  }
  return redirect(passkeysPage(redirectTo), 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, metaT(matches)(data?.bySms ? "security.code.titleSms" : "security.code.title"));

export default function PasskeyCode() {
  const { email, bySms, sent } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <p>
        <Link to="/account/passkeys" className="back-link">
          {t("security.code.back")}
        </Link>
      </p>
      <h1>{t(bySms ? "security.code.titleSms" : "security.code.title")}</h1>
      {sent && !result ? (
        <p className="notice" role="status">
          {t("security.code.sent", { email })}
        </p>
      ) : null}
      <p className="lead">{t("security.code.lead", { email })}</p>
      {/* Before a code is sent there is nothing to type: only the button that sends it. */}
      {sent || result ? (
        <PostForm errors={result?.errors}>
          <input type="hidden" name="intent" value="check" />
          <TextField
            id="code"
            name="code"
            label={t("security.code.label")}
            description={t(bySms ? "security.code.hintSms" : "security.code.hint")}
            defaultValue={result?.values.code}
            autoComplete="one-time-code"
            inputMode="numeric"
          />
          <Button type="submit">{t("security.code.submit")}</Button>
        </PostForm>
      ) : null}
      <form method="post">
        <input type="hidden" name="intent" value="send" />
        <p>
          <Button type="submit" variant={sent || result ? "secondary" : "primary"}>
            {sent || result ? t("security.code.sendAgain") : t(bySms ? "security.code.sendSms" : "security.code.send")}
          </Button>
        </p>
      </form>
    </div>
  );
}
