import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextField } from "~/components/ui/text-field";
import { getRecruiterListing, setRecruiterListing } from "~/models/recruiter.server";
import { getEmployerVerification } from "~/models/verification.server";
import { requireRole } from "~/services/auth.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { namedTitle } from "~/utils/meta";
import { recruiterListingSchema } from "~/validation/recruiter";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["workspace"] };

// GET/POST /employer/recruiter: an employer member chooses, for themselves only, whether their name
// is listed as a recruiter on the employer's public page (issue 19, verified recruiters).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  const { chosen, options } = chosenOrganisation(user, "employer", request);
  const db = getDb();
  const [listing, verification] = await Promise.all([
    getRecruiterListing(db, { userId: user.id, organisationId: chosen.organisation_id }),
    getEmployerVerification(db, { employerId: chosen.organisation_id }),
  ]);
  return json(
    {
      org: { id: chosen.organisation_id, name_zh: chosen.name_zh, name_en: chosen.name_en, slug: chosen.slug },
      query: options.length > 1 ? `?org=${chosen.organisation_id}` : "",
      name: user.display_name,
      listed: listing?.listed_as_recruiter ?? false,
      title: listing?.recruiter_title ?? "",
      verified: verification?.employer.verification_status === "verified",
      saved: new URL(request.url).searchParams.has("saved"),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "employer");
  const { chosen, options } = chosenOrganisation(user, "employer", request);
  const parsed = parseForm(await request.formData(), recruiterListingSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  // Only the signed-in member's own listing: nobody is put on a public page by someone else.
  await setRecruiterListing(getDb(), { userId: user.id, organisationId: chosen.organisation_id, listed: parsed.data.listed === "yes", title: parsed.data.title });
  const query = options.length > 1 ? `org=${chosen.organisation_id}&saved` : "saved";
  return redirect(`/employer/recruiter?${query}`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "recruiterListing.title", "recruiterListing.titleNamed", data && { zh: data.org.name_zh, en: data.org.name_en });

export default function RecruiterListing() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const values = result?.values ?? { listed: data.listed ? "yes" : "no", title: data.title };
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/employer${data.query}`}>{t("workspace.backToEmployer")}</Link>
      </p>
      <h1>{t("recruiterListing.title")}</h1>
      {data.saved && !result ? (
        <p className="notice notice--success" role="status">
          {t("recruiterListing.saved")}
        </p>
      ) : null}
      <p className="lead">{t("recruiterListing.lead")}</p>
      <p>
        {t("recruiterListing.nameShown", { name: data.name })} <Link to="/account/profile">{t("recruiterListing.profileLink")}</Link>
      </p>
      {data.verified ? null : <p className="notice">{t("recruiterListing.notVerified")}</p>}
      <PostForm errors={result?.errors} action={`/employer/recruiter${data.query}`}>
        <RadioGroup
          id="listed"
          name="listed"
          label={t("recruiterListing.choiceLabel")}
          defaultValue={values.listed}
          options={(["yes", "no"] as const).map((value) => ({ value, label: t(`recruiterListing.choices.${value}`) }))}
        />
        <TextField id="title" name="title" label={t("recruiterListing.jobTitle")} description={t("recruiterListing.jobTitleHint")} defaultValue={values.title} autoComplete="organization-title" />
        <Button type="submit">{t("recruiterListing.save")}</Button>
      </PostForm>
    </div>
  );
}
