import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { chinaToday, listCheckBacks } from "~/models/check-back.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { useLocale } from "~/hooks/use-locale";
import { Pagination } from "~/components/pagination";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/text-field";
import { checkBackSearchSchema } from "~/validation/workspace-search";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "workspace"] };

// GET /staff/check-backs: hires made through the reader's partners' openings that are 6 months old
// or more, to check back with the person: due ones first (never checked, or not reached last time),
// then those already answered. Names are shown here because these staff already read the
// application in their inbox; reviewers elsewhere see counts only. A GET form finds hires by name,
// reference, opening or employer; the answered ones, which only grow, come 20 a page, newest hire
// first (issue 19, item 7). Plain form and links: it works without JavaScript.
const PER_PAGE = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "staff");
  const partnerIds = user.memberships.filter((m) => m.kind === "partner").map((m) => m.organisation_id);
  const params = checkBackSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = params.page ?? 1;
  const { due, done, doneTotal } = await listCheckBacks(getDb(), { partnerIds, today: chinaToday(), words: params.q, doneLimit: PER_PAGE, doneOffset: (page - 1) * PER_PAGE });
  const pageCount = Math.max(1, Math.ceil(doneTotal / PER_PAGE));
  return json({ due, done, doneTotal, q: params.q, page, pageCount }, { headers: { "Cache-Control": "private, no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("checkBacks.title"));

export default function CheckBacks() {
  const { due, done, doneTotal, q, page, pageCount } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const location = useLocation();
  const groups = [
    { key: "due", items: due, count: due.length },
    { key: "done", items: done, count: doneTotal },
  ] as const;
  return (
    <>
      <p className="back-link">
        <Link to="/staff">{t("workspace.backToStaff")}</Link>
      </p>
      <h1>{t("checkBacks.title")}</h1>
      <p className="lead">{t("checkBacks.lead")}</p>
      <Form method="get" action="/staff/check-backs" role="search" aria-label={t("checkBacks.searchLabel")} className="form">
        <TextField id="q" name="q" label={t("checkBacks.words")} description={t("checkBacks.wordsHint")} defaultValue={q} autoComplete="off" />
        <Button type="submit">{t("employerSearch.submit")}</Button>
      </Form>
      {q ? (
        <p>
          <Link to="/staff/check-backs">{t("employerSearch.clear")}</Link>
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`check-backs-${group.key}`}>
          <h2 id={`check-backs-${group.key}`}>{t(`checkBacks.${group.key}Heading`, { count: group.count })}
            {group.key === "done" && pageCount > 1 ? `${t("common.answerSeparator")}${t("workspace.resultsPage", { page, pages: pageCount })}` : null}
          </h2>
          {group.items.length === 0 ? (
            <p>{t("workspace.none")}</p>
          ) : (
            <ul className="work-list">
              {group.items.map((hire) => (
                <li key={hire.id} className="work-list__item">
                  <Link to={`/staff/check-backs/${hire.id}`} className="work-list__title">
                    {t("checkBacks.item", { name: hire.contact_name || hire.reference || String(hire.id), opening: pickText(locale, hire.title_zh, hire.title_en)?.text ?? "" })}
                  </Link>
                  <p className="work-list__meta">
                    {pickText(locale, hire.employer_name_zh, hire.employer_name_en)?.text} · {t("checkBacks.hiredOn", { date: formatDate(t, hire.hired_on) })}
                    {hire.outcome && hire.checked_on ? (
                      <> · {t(`checkBacks.last.${hire.outcome}`, { date: formatDate(t, hire.checked_on) })}</>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {group.key === "done" ? <Pagination page={page} pageCount={pageCount} search={location.search} /> : null}
        </section>
      ))}
    </>
  );
}
