import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { OpeningPreview } from "~/components/opening-preview";
import { requireRole } from "~/services/auth.server";
import { pickText } from "~/utils/localized";
import { loadPreview } from "~/services/manage.server";
import { localeFromMatches, metaT, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "opening", "workspace"] };

// GET /staff/openings/:id/preview: the opening exactly as job seekers will see it.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  return json(await loadPreview(user, "staff", params.id));
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaT(matches);
  const title = data ? pickText(localeFromMatches(matches), data.detail.title_zh, data.detail.title_en)?.text : null;
  return pageTitle(matches, t("workflow.previewTitle", { title: title ?? t("workflow.untitled") }));
};

export default function StaffPreviewOpening() {
  const data = useLoaderData<typeof loader>();
  return <OpeningPreview side="staff" {...data} />;
}
