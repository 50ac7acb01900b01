import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OpeningEditorForm } from "~/components/opening-editor";
import { OpeningTitle } from "~/components/workspace";
import { getScopedOpening } from "~/models/opening-scope.server";
import { listEmployerChoices } from "~/models/opening-choices.server";
import { updateOpening } from "~/models/opening-workflow.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, type FormErrorData } from "~/utils/forms.server";
import { namedTitle } from "~/utils/meta";
import { idParam, openingFormValues, parseEditorForm, scopeFor } from "~/services/workspace.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "workspace"] };

// GET/POST /staff/openings/:id/edit: only openings this user's partner posted (or was sent to review).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const db = getDb();
  const opening = await getScopedOpening(db, { id: idParam(params.id), scope: scopeFor(user, "staff") });
  if (!opening) throw new Response("Not Found", { status: 404 });
  return json({
    opening: { id: opening.id, status: opening.status, title_zh: opening.title_zh, title_en: opening.title_en },
    values: openingFormValues(opening, "staff"),
    employers: await listEmployerChoices(db),
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "staff");
  const db = getDb();
  const scope = scopeFor(user, "staff");
  const opening = await getScopedOpening(db, { id: idParam(params.id), scope });
  if (!opening) throw new Response("Not Found", { status: 404 });
  const submission = parseEditorForm(await request.formData(), { side: "staff", currentDeadline: opening.deadline });
  if (!submission.ok) return formErrors(context, submission);
  const result = await updateOpening(db, { id: opening.id, scope, actorUserId: user.id, fields: submission.fields, employerId: submission.employerId });
  if (!result.ok) {
    if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
    return formErrors(context, { errors: { employerId: `workflow.errors.${result.error}` }, values: submission.values });
  }
  if (submission.intent === "preview") return redirect(`/staff/openings/${opening.id}/preview`, 303);
  return redirect(`/staff/openings/${opening.id}?done=${result.changed ? "saved" : "unchanged"}`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "editor.editTitle", "editor.editTitleNamed", data && { zh: data.opening.title_zh, en: data.opening.title_en });

export default function StaffEditOpening() {
  const { opening, values, employers } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("editor.editTitle")}</h1>
      <p className="lead">
        <OpeningTitle opening={opening} />
      </p>
      <OpeningEditorForm
        side="staff"
        isNew={false}
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        employers={employers}
        notice={opening.status === "published" ? t("editor.editPublishedStaff") : null}
        cancelTo={`/staff/openings/${opening.id}`}
      />
    </>
  );
}
