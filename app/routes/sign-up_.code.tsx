import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { TextField } from "~/components/ui/text-field";
import { formatMobile } from "~/domain/account";
import { MOBILE_CODE_MINUTES } from "~/models/mobile-code.server";
import { getUser } from "~/services/auth.server";
import { sessionCookieHeader } from "~/services/session.server";
import { finishMobileSignUp, getMobileSignUp, resendMobileSignUpCode } from "~/services/sign-up.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { safeRedirectPath } from "~/utils/redirect";
import { mobileCodeSchema } from "~/validation/auth";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

// GET/POST /sign-up/code?ref=…: the second step of signing up with a mobile number (issue 19, item 4,
// docs/decisions/025). One field takes the six digits, typed or pasted (no split boxes, no puzzle);
// a new code can be sent from here. The account opens only when the right code is typed.

/** The page's reference from its address; the number itself is never in the address. */
const refOf = (request: Request) => new URL(request.url).searchParams.get("ref") ?? "";

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/account", 303);
  const pending = await getMobileSignUp(getDb(), { ref: refOf(request) });
  return json(
    {
      pending: pending ? { mobile: formatMobile(pending.mobile), kind: pending.kind, minutes: MOBILE_CODE_MINUTES } : null,
      resent: new URL(request.url).searchParams.has("resent"),
      demo: getEnv().demoMode,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ref = refOf(request);
  const db = getDb();
  const formData = await request.formData();
  // A seeker sent to sign up from an opening goes back to it (checked, as at sign-in).
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  const next = redirectTo ? safeRedirectPath(redirectTo, "/account") : "/account";
  const back = `/sign-up/code?${new URLSearchParams({ ref, ...(next === "/account" ? {} : { redirectTo: next }) }).toString()}`;
  const pending = await getMobileSignUp(db, { ref });
  if (!pending) return redirect(back, 303);

  if (formData.get("intent") === "resend") {
    const resent = await resendMobileSignUpCode(context, db, { ref, mobile: pending.mobile });
    if (resent.ok) return redirect(`${back}&resent`, 303);
    if ("response" in resent) return resent.response;
    if (resent.reason === "none") return redirect(back, 303);
    return formErrors(context, { errors: { code: resent.reason === "wait" ? "mobileCode.wait" : "mobileCode.tooMany" }, values: {} }, 429);
  }

  const parsed = parseForm(formData, mobileCodeSchema, { omit: ["intent"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const finished = await finishMobileSignUp(db, {
    ref,
    code: parsed.data.code,
    userAgent: request.headers.get("User-Agent"),
    origin: getEnv().publicUrl,
  });
  if (finished.ok) {
    const to = finished.kind === "employer" ? "/employer/verification?joined" : next;
    return redirect(to, { status: 303, headers: { "Set-Cookie": await sessionCookieHeader(finished.token) } });
  }
  const values = { code: String(formData.get("code") ?? "") };
  if (finished.error === "wrong") {
    return formErrors(context, { errors: { code: "mobileCode.wrong" }, values, errorValues: { code: { count: finished.triesLeft } } });
  }
  if (finished.error === "used-up") return formErrors(context, { errors: { code: "mobileCode.usedUp" }, values: {} });
  if (finished.error === "none") return redirect(back, 303);
  // Someone finished a sign-up with this number (or this employer's credit code) meanwhile: the code
  // is used, so the form must be filled again; it says why.
  const message = finished.error === "mobileTaken" || finished.error === "emailTaken" ? "forms.mobileTaken" : finished.error === "creditCodeTaken" ? "employerSignUp.errors.creditCodeTaken" : "employerSignUp.errors.unknownPartner";
  return formErrors(context, { errors: { code: message }, values: {} }, 409);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, metaT(matches)(data?.pending ? "mobileCode.title" : "mobileCode.expiredTitle"));

export default function SignUpCode() {
  const { pending, resent, demo } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  if (!pending) {
    return (
      <div className="narrow">
        <h1>{t("mobileCode.expiredTitle")}</h1>
        <p>{t("mobileCode.expiredBody")}</p>
        <ul className="link-list">
          <li>
            <Link to="/sign-up">{t("mobileCode.startAgain")}</Link>
          </li>
          <li>
            <Link to="/sign-in">{t("auth.haveAccount")}</Link>
          </li>
        </ul>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("mobileCode.title")}</h1>
      {resent && !result ? (
        <p className="notice notice--success" role="status">
          {t("mobileCode.resent")}
        </p>
      ) : null}
      <p className="lead">{t("mobileCode.lead", { mobile: pending.mobile, minutes: pending.minutes })}</p>
      <PostForm errors={result?.errors} errorValues={result?.errorValues}>
        <TextField
          id="code"
          name="code"
          label={t("mobileCode.code")}
          description={t("mobileCode.codeHint")}
          defaultValue={result?.values.code}
          autoComplete="one-time-code"
          inputMode="numeric"
        />
        <Button type="submit">{t("mobileCode.button")}</Button>
      </PostForm>
      {/* After the form, so an error summary stays the first thing in the page's content. */}
      {demo ? (
        <p>
          {t("mobileCode.demoHint")} <a href="/dev/outbox">{t("mobileCode.demoLink")}</a>
        </p>
      ) : null}
      <h2>{t("mobileCode.resendHeading")}</h2>
      <p>{t("mobileCode.resendLead")}</p>
      <form method="post">
        <input type="hidden" name="intent" value="resend" />
        <p>
          <Button type="submit" variant="secondary">
            {t("mobileCode.resend")}
          </Button>
        </p>
      </form>
      <p>
        <Link to={pending.kind === "employer" ? "/sign-up/employer" : "/sign-up"}>{t("mobileCode.changeNumber")}</Link>
      </p>
    </div>
  );
}
