import type { Kysely } from "kysely";
import { listPublishedOpenings } from "~/models/opening.server";
import { enqueueEmail, enqueueSms } from "~/models/outbox.server";
import { claimDueDigests } from "~/models/saved.server";
import { parseOpeningsSearch } from "~/validation/openings-search";
import type { Database } from "../../../db/schema";
import { emailT } from "../emails.server";
import { asLocale } from "../../utils/i18n";
import type { Job } from "./jobs.server";
import { pickText } from "../../utils/localized";

/** Openings listed in one digest email; the rest are a link away. */
const DIGEST_LIMIT = 10;

/**
 * Sends each due saved search's new matches (published since its last digest) as one email in the
 * owner's language, through the outbox. A search with nothing new sends nothing, and its clock
 * still moves on. Returns the number of emails queued.
 */
export async function sendSavedSearchDigests(db: Kysely<Database>, { now, origin, batch = 100 }: { now: Date; origin: string; batch?: number }) {
  let queued = 0;
  for (;;) {
    const due = await claimDueDigests(db, { now, limit: batch });
    for (const search of due) {
      const filters = parseOpeningsSearch(new URLSearchParams(search.query));
      const { items, total } = await listPublishedOpenings(db, {
        ...filters,
        publishedAfter: new Date(search.since),
        sort: "newest",
        page: 1,
        perPage: DIGEST_LIMIT,
      });
      if (total === 0) continue;
      const locale = asLocale(search.preferred_locale) ?? "zh-CN";
      const t = emailT(locale);
      const resultsLink = `${origin}/openings${search.query ? `?${search.query}&sort=newest` : "?sort=newest"}`;
      const unsubscribe = `${origin}/unsubscribe/${search.unsubscribe_token}`;
      const lines = items.map((item) => {
        const title = pickText(locale, item.title_zh, item.title_en)?.text ?? String(item.id);
        const employer = pickText(locale, item.employer_name_zh, item.employer_name_en)?.text;
        return `• ${title}${employer ? ` — ${employer}` : ""}\n  ${origin}/openings/${item.id}`;
      });
      const body = [
        t("saved.digestIntro", { person: search.display_name, name: search.name, count: total }),
        "",
        ...lines,
        ...(total > items.length ? ["", t("saved.digestMore", { count: total - items.length, link: resultsLink })] : []),
        "",
        t("saved.digestFooter", { link: resultsLink, unsubscribe, manage: `${origin}/account/saved` }),
      ].join("\n");
      const subject = t("saved.digestSubject", { name: search.name, count: total });
      if (search.email) {
        await enqueueEmail(db, {
          to: search.email,
          subject,
          bodyText: body,
          // Mail programs show their own "unsubscribe" button, which posts here (RFC 8058).
          headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
        });
      }
      // By text message when the person chose it (account/notifications): one line,
      // the link to the results and the link that stops this alert.
      if (search.mobile && search.notify_by_sms) {
        await enqueueSms(db, { to: search.mobile, text: t("sms.digest", { subject, link: resultsLink, unsubscribe }) });
      }
      queued++;
    }
    if (due.length < batch) return queued;
  }
}

/** The saved-search digest as a background job: checked every 15 minutes, each search sent at most daily. */
export function savedSearchDigestJob(origin: string): Job {
  return { name: "saved-search digests", everyMs: 15 * 60_000, run: (db, now) => sendSavedSearchDigests(db, { now, origin }) };
}
