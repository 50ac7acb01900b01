import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OpeningEditorForm } from "~/components/opening-editor";
import { createOpening } from "~/models/opening-workflow.server";
import { listEmployerChoices } from "~/models/opening-choices.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { chosenOrganisation, NEW_OPENING_VALUES, parseEditorForm } from "~/services/workspace.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["workspace"] };

// GET/POST /staff/openings/new(?org=): staff post an opening for an employer they work with.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  chosenOrganisation(user, "staff", request);
  return json({ employers: await listEmployerChoices(getDb()), values: NEW_OPENING_VALUES });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "staff");
  // The partner posting it is one the user belongs to (404 otherwise), named by ?org= when they have several.
  const { chosen } = chosenOrganisation(user, "staff", request);
  const submission = parseEditorForm(await request.formData(), { side: "staff" });
  if (!submission.ok) return formErrors(context, submission);
  const result = await createOpening(getDb(), {
    actorUserId: user.id,
    employerId: submission.employerId ?? 0,
    partnerId: chosen.organisation_id,
    fields: submission.fields,
  });
  if (!result.ok) {
    return formErrors(context, { errors: { employerId: "workflow.errors.unknownOrganisation" }, values: submission.values });
  }
  return redirect(submission.intent === "preview" ? `/staff/openings/${result.id}/preview` : `/staff/openings/${result.id}?done=created`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("editor.newTitle"));

export default function StaffNewOpening() {
  const { employers, values } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("editor.newTitle")}</h1>
      <p className="lead">{t("editor.newLeadStaff")}</p>
      <OpeningEditorForm
        side="staff"
        isNew
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        employers={employers}
        cancelTo="/staff"
      />
    </>
  );
}
