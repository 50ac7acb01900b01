import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OpeningEditorForm } from "~/components/opening-editor";
import { createOpening } from "~/models/opening-workflow.server";
import { lastPartnerOf, listPartnerChoices } from "~/models/opening-choices.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { chosenOrganisation, NEW_OPENING_VALUES, parseEditorForm } from "~/services/workspace.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["workspace"] };

// GET/POST /employer/openings/new(?org=): an employer drafts an opening for its own organisation.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  const { chosen } = chosenOrganisation(user, "employer", request);
  const db = getDb();
  const lastPartner = await lastPartnerOf(db, { employerId: chosen.organisation_id });
  return json({
    partners: await listPartnerChoices(db),
    values: { ...NEW_OPENING_VALUES, ...(lastPartner ? { partnerId: String(lastPartner) } : {}) },
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "employer");
  // Always the user's own organisation: the employer is never taken from the form.
  const { chosen } = chosenOrganisation(user, "employer", request);
  const submission = parseEditorForm(await request.formData(), { side: "employer" });
  if (!submission.ok) return formErrors(context, submission);
  const result = await createOpening(getDb(), {
    actorUserId: user.id,
    employerId: chosen.organisation_id,
    partnerId: submission.partnerId ?? 0,
    fields: submission.fields,
  });
  if (!result.ok) return formErrors(context, { errors: { partnerId: "workflow.errors.unknownOrganisation" }, values: submission.values });
  return redirect(submission.intent === "preview" ? `/employer/openings/${result.id}/preview` : `/employer/openings/${result.id}?done=created`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("editor.newTitle"));

export default function EmployerNewOpening() {
  const { partners, values } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("editor.newTitle")}</h1>
      <p className="lead">{t("editor.newLeadEmployer")}</p>
      <OpeningEditorForm
        side="employer"
        isNew
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        partners={partners}
        cancelTo="/employer"
      />
    </>
  );
}
