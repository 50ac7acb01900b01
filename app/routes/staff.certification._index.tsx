import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listReviewQueue } from "~/models/certification-review.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { reviewerOf } from "~/services/reviewer.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { Button } from "~/components/ui/button";
import { NativeSelect } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { CERTIFICATE_LEVELS } from "~/domain/certification";
import { reviewQueueSearchSchema } from "~/validation/workspace-search";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["opening", "workspace", "certification"] };

// GET /staff/certification: the certification review queue, oldest first: applications employers
// sent to the reader's partner (unassigned ones to take, and those already with a reviewer), and
// other partners' Inclusion Leader applications waiting for a second reviewer (docs/decisions/012).
// A GET form narrows it by the employer's name and the level applied for (issue 19, item 7). It
// holds only applications in review, so it is listed whole, without pages.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const params = reviewQueueSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { queue, secondReviews } = await listReviewQueue(getDb(), { reviewer: reviewerOf(user), words: params.q, level: params.level ?? null });
  return json({ queue, secondReviews, userId: user.id, filters: { q: params.q, level: params.level ?? "" } }, { headers: { "Cache-Control": "private, no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("certification.queue.title"));

export default function ReviewQueue() {
  const { queue, secondReviews, userId, filters } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const groups = [
    { key: "unassigned", items: queue.filter((a) => a.reviewer_user_id === null) },
    { key: "mine", items: queue.filter((a) => a.reviewer_user_id === userId) },
    { key: "others", items: queue.filter((a) => a.reviewer_user_id !== null && a.reviewer_user_id !== userId) },
    { key: "secondReviews", items: secondReviews },
  ] as const;
  return (
    <>
      <p className="back-link">
        <Link to="/staff">{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("certification.queue.title")}</h1>
      <p className="lead">{t("certification.queue.lead")}</p>
      <Form method="get" action="/staff/certification" role="search" aria-label={t("certification.queue.searchLabel")} className="form">
        <TextField id="q" name="q" label={t("certification.queue.words")} description={t("certification.queue.wordsHint")} defaultValue={filters.q} autoComplete="off" />
        <NativeSelect
          id="level"
          name="level"
          label={t("certification.queue.level")}
          defaultValue={filters.level}
          options={[{ value: "", label: t("certification.queue.anyLevel") }, ...CERTIFICATE_LEVELS.map((value) => ({ value, label: t(`certificate.levels.${value}`) }))]}
        />
        <Button type="submit">{t("employerSearch.submit")}</Button>
      </Form>
      {filters.q || filters.level ? (
        <p>
          <Link to="/staff/certification">{t("employerSearch.clear")}</Link>
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`queue-${group.key}`}>
          <h2 id={`queue-${group.key}`}>{t(`certification.queue.${group.key}`, { count: group.items.length })}</h2>
          {group.key === "secondReviews" ? <p>{t("certification.queue.secondReviewsLead")}</p> : null}
          {group.items.length === 0 ? (
            <p>{t("workspace.none")}</p>
          ) : (
            <ul className="work-list">
              {group.items.map((a) => (
                <li key={a.id} className="work-list__item">
                  <Link to={`/staff/certification/${a.id}`} className="work-list__title">
                    {t("certification.queue.item", {
                      employer: pickText(locale, a.employer_name_zh, a.employer_name_en)?.text ?? "",
                      id: a.id,
                    })}
                  </Link>
                  <p className="work-list__meta">
                    {a.target_level ? t(`certificate.levels.${a.target_level}`) : null} · {t(`certification.statuses.${a.status}`)}
                    {a.submitted_at ? <> · {t("certification.queue.submitted", { date: formatDate(t, a.submitted_at) })}</> : null}
                    {a.reviewer_name ? <> · {t("certification.queue.reviewer", { name: a.reviewer_name })}</> : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
