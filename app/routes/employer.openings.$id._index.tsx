import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ManageOpening, type ManageActionData } from "~/components/manage-opening";
import { requireRole } from "~/services/auth.server";
import { pickText } from "~/utils/localized";
import { loadManagedOpening, manageAction } from "~/services/manage.server";
import { localeFromMatches, metaT, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "workspace"] };

// GET/POST /employer/openings/:id: one of the member's own organisation's openings (404 otherwise):
// its status, why a partner returned it, submitting, closing, reopening and its history.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "employer");
  return json(await loadManagedOpening(user, "employer", request, params.id));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireRole(request, "employer");
  return manageAction(user, "employer", request, context, params.id);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaT(matches);
  const title = data ? pickText(localeFromMatches(matches), data.opening.title_zh, data.opening.title_en)?.text : null;
  return pageTitle(matches, t("workflow.manageTitle", { title: title ?? t("workflow.untitled") }));
};

export default function EmployerManageOpening() {
  const { opening, actions, revisions, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<ManageActionData>();
  return <ManageOpening side="employer" opening={opening} actions={actions} revisions={revisions} done={done} actionData={actionData} />;
}
