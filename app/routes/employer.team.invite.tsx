import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextField } from "~/components/ui/text-field";
import { EMPLOYER_TEAM_ROLES } from "~/domain/organisation";
import { requireRole, requireTeamManager } from "~/services/auth.server";
import { inviteToTeam } from "~/services/employer-team.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { namedTitle } from "~/utils/meta";
import { teamInvitationSchema } from "~/validation/employer-team";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account", "workspace"] };

/** The employer whose team this is, once its owner or a manager is signed in (a recruiter gets 403). */
async function manager(request: Request) {
  const user = await requireRole(request, "employer");
  const { chosen, options } = chosenOrganisation(user, "employer", request);
  await requireTeamManager(request, user, chosen);
  return { user, chosen, query: options.length > 1 ? `?org=${chosen.organisation_id}` : "" };
}

// GET/POST /employer/team/invite: the owner or a manager invites a colleague by email or text message.
export async function loader({ request }: LoaderFunctionArgs) {
  const { chosen, query } = await manager(request);
  return json({ org: { name_zh: chosen.name_zh, name_en: chosen.name_en }, query });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, chosen, query } = await manager(request);
  const parsed = parseForm(await request.formData(), teamInvitationSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const organisation = { id: chosen.organisation_id, name_zh: chosen.name_zh, name_en: chosen.name_en };
  const sent = await inviteToTeam(getDb(), { actorUserId: user.id, organisation, ...parsed.data, origin: getEnv().publicUrl });
  if (sent === "member") {
    const typed = parsed.data.contact.mobile ?? parsed.data.contact.email;
    return formErrors(context, { errors: { contact: "team.errors.alreadyMember" }, values: { contact: typed, role: parsed.data.role } });
  }
  return redirect(`/employer/team${query ? `${query}&invited` : "?invited"}`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "team.inviteTitle", "team.inviteTitleNamed", data && { zh: data.org.name_zh, en: data.org.name_en });

export default function InviteColleague() {
  const { query } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/employer/team${query}`}>{t("team.backToTeam")}</Link>
      </p>
      <h1>{t("team.inviteTitle")}</h1>
      <p className="lead">{t("team.inviteLead")}</p>
      <PostForm errors={result?.errors} action={`/employer/team/invite${query}`}>
        <TextField id="contact" name="contact" label={t("team.contact")} description={t("team.contactHint")} defaultValue={result?.values.contact} autoComplete="off" />
        <RadioGroup
          id="role"
          name="role"
          label={t("team.role")}
          defaultValue={result?.values.role}
          options={EMPLOYER_TEAM_ROLES.map((value) => ({ value, label: t(`team.roleHints.${value}`) }))}
        />
        <Button type="submit">{t("team.sendInvite")}</Button>
      </PostForm>
    </div>
  );
}
