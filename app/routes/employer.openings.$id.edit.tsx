import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OpeningEditorForm } from "~/components/opening-editor";
import { OpeningTitle } from "~/components/workspace";
import { getScopedOpening } from "~/models/opening-scope.server";
import { listPartnerChoices } from "~/models/opening-choices.server";
import { updateOpening } from "~/models/opening-workflow.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, type FormErrorData } from "~/utils/forms.server";
import { namedTitle } from "~/utils/meta";
import { idParam, openingFormValues, parseEditorForm, scopeFor } from "~/services/workspace.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "workspace"] };

// GET/POST /employer/openings/:id/edit: only the member's own organisation's openings (404 otherwise).
// The reviewing partner can be changed only while the opening is a draft.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  const db = getDb();
  const opening = await getScopedOpening(db, { id: idParam(params.id), scope: scopeFor(user, "employer") });
  if (!opening) throw new Response("Not Found", { status: 404 });
  return json({
    opening: { id: opening.id, status: opening.status, title_zh: opening.title_zh, title_en: opening.title_en },
    values: openingFormValues(opening, "employer"),
    partners: opening.status === "draft" ? await listPartnerChoices(db) : null,
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "employer");
  const db = getDb();
  const scope = scopeFor(user, "employer");
  const opening = await getScopedOpening(db, { id: idParam(params.id), scope });
  if (!opening) throw new Response("Not Found", { status: 404 });
  const submission = parseEditorForm(await request.formData(), {
    side: "employer",
    currentDeadline: opening.deadline,
    partnerSettled: opening.status !== "draft",
  });
  if (!submission.ok) return formErrors(context, submission);
  const result = await updateOpening(db, { id: opening.id, scope, actorUserId: user.id, fields: submission.fields, partnerId: submission.partnerId });
  if (!result.ok) {
    if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
    return formErrors(context, { errors: { partnerId: `workflow.errors.${result.error}` }, values: submission.values });
  }
  if (submission.intent === "preview") return redirect(`/employer/openings/${opening.id}/preview`, 303);
  const done = !result.changed ? "unchanged" : opening.status === "published" ? "resubmitted" : "saved";
  return redirect(`/employer/openings/${opening.id}?done=${done}`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "editor.editTitle", "editor.editTitleNamed", data && { zh: data.opening.title_zh, en: data.opening.title_en });

export default function EmployerEditOpening() {
  const { opening, values, partners } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("editor.editTitle")}</h1>
      <p className="lead">
        <OpeningTitle opening={opening} />
      </p>
      <OpeningEditorForm
        side="employer"
        isNew={false}
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        partners={partners}
        notice={opening.status === "published" ? t("editor.editPublishedEmployer") : null}
        cancelTo={`/employer/openings/${opening.id}`}
      />
    </>
  );
}
