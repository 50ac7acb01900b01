import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NAME_SLOT, NameInText } from "~/components/name-in-text";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { PasswordField } from "~/components/ui/password-field";
import { TextField } from "~/components/ui/text-field";
import { acceptInvitation, acceptInvitationAsNewUser, getInvitation } from "~/models/invitation.server";
import { createSession } from "~/models/session.server";
import { getUserByEmail, getUserByMobile } from "~/models/user.server";
import { accountIdentifier } from "~/domain/account";
import { getUser } from "~/services/auth.server";
import { endAccessFromBeforeProof } from "~/services/account-security.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { actionHeaders, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { getLocale } from "~/utils/i18next.server";
import { pickText } from "~/utils/localized";
import { localeFromMatches, metaT, pageTitle } from "~/utils/meta";
import { hashPassword } from "~/utils/password.server";
import { checkRateLimits, LIMITS } from "~/services/rate-limits.server";
import { sessionCookieHeader } from "~/services/session.server";
import { useLocale } from "~/hooks/use-locale";
import { invitationAccountSchema } from "~/validation/auth";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

// The link in an invitation email. Public: the invited person may not have an account yet. Who
// may accept is decided by the invitation's address, checked again in the model.

// The token in the address must not leave in a Referer, not even to this site's own pages. With
// no-referrer the browser sends `Origin: null` with this page's own forms; the cross-site check
// accepts that on token pages (see isCrossSite in utils/request-guards.server.ts).
const noStore = { "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" };

/** What the page offers, depending on who is looking. */
type InviteState = "accept" | "wrong-account" | "sign-in" | "create";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const invitation = await getInvitation(db, { token: params.token ?? "" });
  if (!invitation) return json({ invitation: null, state: null, current: null }, { status: 410, headers: noStore });
  const user = await getUser(request);
  const { organisation, role, email, mobile } = invitation;
  let state: InviteState;
  if (user) state = (email ? user.email === email : user.mobile === mobile) ? "accept" : "wrong-account";
  else state = (email ? await getUserByEmail(db, { email }) : await getUserByMobile(db, { mobile: mobile ?? "" })) ? "sign-in" : "create";
  // Whom it was sent to, as the person would write it: the address, or the number in groups.
  const invitedAs = accountIdentifier({ email, mobile });
  return json({ invitation: { organisation, role, invitedAs, byMobile: !email }, state, current: user ? accountIdentifier(user) : null }, { headers: noStore });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await getUser(request);
  const token = params.token ?? "";
  const here = `/invite/${token}`;
  const formData = await request.formData();
  const db = getDb();

  if (formData.get("intent") === "accept") {
    if (!user) return redirect(`/sign-in?${new URLSearchParams({ redirectTo: here }).toString()}`, 303);
    const accepted = await acceptInvitation(db, { token, userId: user.id, email: user.email, mobile: user.mobile });
    // Used, expired or for another address or number: the page explains which.
    if (!accepted) return redirect(here, 303);
    // The invitation reached the inbox: passkeys and sessions from before it go, except this one.
    await endAccessFromBeforeProof(db, { userId: user.id, keepToken: user.sessionToken, reason: "invitation", origin: getEnv().publicUrl });
    return redirect(`/account?joined=${accepted.organisationId}`, 303);
  }

  // A new account for the invited address.
  if (user) return redirect(here, 303);
  const limited = await checkRateLimits(context, [{ key: `sign-up:ip:${context.clientIp}`, limit: LIMITS.signUpIp }], {
    values: submittedValues(formData, ["password", "intent"]),
  });
  if (limited) return limited;
  const parsed = parseForm(formData, invitationAccountSchema, { omit: ["password", "intent"] });
  if (!parsed.ok) return formErrors(context, parsed);
  const created = await acceptInvitationAsNewUser(db, {
    token,
    displayName: parsed.data.displayName,
    passwordHash: await hashPassword(parsed.data.password),
    preferredLocale: await getLocale(request),
  });
  // "exists": someone made an account for this address meanwhile, so the page now says sign in.
  if (!created || created === "exists") return redirect(here, 303);
  const session = await createSession(db, { userId: created.userId, userAgent: request.headers.get("User-Agent") });
  return redirect(`/account?joined=${created.organisationId}`, { status: 303, headers: { "Set-Cookie": await sessionCookieHeader(session) } });
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaT(matches);
  const organisation = data?.invitation?.organisation;
  if (!organisation) return pageTitle(matches, t("invite.invalidTitle"));
  const name = pickText(localeFromMatches(matches), organisation.name_zh, organisation.name_en)?.text ?? "";
  return pageTitle(matches, t("invite.title", { organisation: name }));
};

export default function Invitation() {
  const { invitation, state, current } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = useParams();
  const here = `/invite/${token ?? ""}`;

  if (!invitation) {
    return (
      <div className="narrow">
        <h1>{t("invite.invalidTitle")}</h1>
        <p>{t("invite.invalidBody")}</p>
      </div>
    );
  }
  const name = pickText(locale, invitation.organisation.name_zh, invitation.organisation.name_en);
  const role = t(`account.roles.${invitation.role}`);
  return (
    <div className="narrow">
      <h1>
        <NameInText text={t("invite.title", { organisation: NAME_SLOT })} name={name} />
      </h1>
      <p className="lead">
        <NameInText text={t("invite.lead", { organisation: NAME_SLOT, role })} name={name} />
      </p>
      <p>{t("invite.forEmail", { email: invitation.invitedAs })}</p>

      {state === "accept" ? (
        <form method="post" action={here}>
          <input type="hidden" name="intent" value="accept" />
          <Button type="submit">{t("invite.acceptButton")}</Button>
        </form>
      ) : null}

      {state === "wrong-account" ? (
        <>
          <p>{t("invite.wrongAccount", { current: current ?? "", email: invitation.invitedAs })}</p>
          <form method="post" action="/sign-out">
            <input type="hidden" name="redirectTo" value={here} />
            <Button type="submit" variant="secondary">
              {t("auth.signOut")}
            </Button>
          </form>
        </>
      ) : null}

      {state === "sign-in" ? (
        <>
          <p>{t("invite.signInFirst", { email: invitation.invitedAs })}</p>
          <p>
            <Link className="link-strong" to={`/sign-in?${new URLSearchParams({ redirectTo: here }).toString()}`}>
              {t("invite.signInLink")}
            </Link>
          </p>
        </>
      ) : null}

      {state === "create" ? (
        <>
          <h2>{t("invite.createHeading")}</h2>
          <p>{t("invite.createLead")}</p>
          <PostForm errors={result?.errors} action={here}>
            <input type="hidden" name="intent" value="create" />
            {/* Read-only, but there for password managers to save the new sign-in under. */}
            <TextField
              id="email"
              name="email"
              type={invitation.byMobile ? "tel" : "email"}
              label={t(invitation.byMobile ? "auth.mobile" : "auth.email")}
              value={invitation.invitedAs}
              isReadOnly
              autoComplete="username"
            />
            <TextField
              id="displayName"
              name="displayName"
              label={t("auth.displayName")}
              description={t("auth.displayNameHint")}
              defaultValue={result?.values.displayName}
              autoComplete="name"
            />
            <PasswordField id="password" name="password" label={t("auth.password")} description={t("auth.newPasswordHint")} autoComplete="new-password" />
            <Button type="submit">{t("invite.createButton")}</Button>
          </PostForm>
        </>
      ) : null}
    </div>
  );
}
