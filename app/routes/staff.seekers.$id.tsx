import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { TextField } from "~/components/ui/text-field";
import { OpeningTitle } from "~/components/workspace";
import { DISABILITY_CATEGORIES, formatMobile } from "~/domain/account";
import { OFFLINE_COUNTING_HOW } from "~/domain/caseload";
import { getCaseloadSeeker, type MobileCorrectionError } from "~/models/caseload.server";
import { requireRole } from "~/services/auth.server";
import { correctSeekerMobile, noteOnSeeker } from "~/services/caseload.server";
import { deleteDisabilityCategoryOfflineAndLog, readCategoryForPartnerAndLog, recordDisabilityCategoryOfflineAndLog } from "~/services/consents.server";
import { chosenOrganisation } from "~/services/workspace.server";
import { getDb } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/format";
import { actionHeaders, formErrors, parseForm, submittedValues, type FormErrorData } from "~/utils/forms.server";
import { translateKey } from "~/utils/i18n";
import { idParam } from "~/utils/params";
import { metaT, pageTitle } from "~/utils/meta";
import { caseloadNoteSchema, correctMobileSchema, COUNTING_OFFLINE_CONSENT_VERSION, offlineCountingSchema } from "~/validation/caseload";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["workspace", "account", "apply", "search"] };

// GET/POST /staff/seekers/:id: one job seeker of the partner's caseload (issue 19, item 5): their
// number (to call them), whether they have claimed their account, the permissions they gave this
// partner and how, the applications it sent for them, and its notes and next steps. Anyone not in
// this partner's caseload is not found. While the person has not claimed the account, staff can
// correct the number they typed; and they can record the person's disability category for counting
// with the consent the person gave on paper or by phone, see it and delete it (docs/decisions/027).
async function seekerOf(request: Request, params: { id?: string }) {
  const user = await requireRole(request, "staff");
  const { chosen, options } = chosenOrganisation(user, "staff", request);
  const partnerId = chosen.organisation_id;
  const found = await getCaseloadSeeker(getDb(), {
    partnerId,
    seekerUserId: idParam(params.id),
  });
  if (!found) throw new Response("Not Found", { status: 404 });
  return {
    user,
    partnerId,
    found,
    query: options.length > 1 ? `?org=${partnerId}` : "",
  };
}

/** The success messages the page shows after each form, named by the address's query (`?noted`). */
const NOTICES = ["registered", "noted", "corrected", "counted", "uncounted"] as const;

/** Which of the page's forms an error belongs to (the note form's errors carry none). */
type FormName = "mobile" | "counting";

/** Why a number was not corrected, as the field's message. */
const MOBILE_ERRORS: Record<MobileCorrectionError, string> = {
  claimed: "caseload.errors.mobileClaimed",
  mobileTaken: "caseload.errors.mobileTakenOther",
  unchanged: "caseload.errors.mobileUnchanged",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, found, query, partnerId } = await seekerOf(request, params);
  const search = new URL(request.url).searchParams;
  const { seeker } = found;
  const counting = await readCategoryForPartnerAndLog(getDb(), { userId: seeker.id, partnerId, staffUserId: user.id });
  return json(
    {
      query,
      notice: NOTICES.find((notice) => search.has(notice)) ?? null,
      seeker: {
        ...seeker,
        mobile: seeker.mobile ? formatMobile(seeker.mobile) : null,
        claimed: seeker.has_password,
        // Staff may correct the number they typed until the person claims the account with it.
        correctable: !seeker.has_password && seeker.claimed_at === null && seeker.registered_by_partner_id === partnerId,
      },
      consents: found.consents,
      counting,
      applications: found.applications,
      notes: found.notes,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, partnerId, found, query } = await seekerOf(request, params);
  const formData = await request.formData();
  const db = getDb();
  const back = (notice: (typeof NOTICES)[number], fragment = "") => redirect(`/staff/seekers/${found.seeker.id}${query ? `${query}&` : "?"}${notice}${fragment}`, 303);
  const intent = formData.get("intent");
  if (intent === "mobile") {
    const parsed = parseForm(formData, correctMobileSchema);
    if (!parsed.ok) return formErrors(context, { ...parsed, form: "mobile" as FormName });
    const corrected = await correctSeekerMobile(db, { partnerId, seekerUserId: found.seeker.id, staffUserId: user.id, mobile: parsed.data.mobile });
    if (!corrected.ok) {
      // A claimed account's number is the person's: refused (403) even from a page opened before they claimed it.
      return formErrors(context, { errors: { mobile: MOBILE_ERRORS[corrected.error] }, values: submittedValues(formData, []), form: "mobile" as FormName }, corrected.error === "claimed" ? 403 : 409);
    }
    return back("corrected");
  }
  if (intent === "counting") {
    const parsed = parseForm(formData, offlineCountingSchema);
    if (!parsed.ok) return formErrors(context, { ...parsed, form: "counting" as FormName });
    const { consent: _read, ...fields } = parsed.data;
    const recorded = await recordDisabilityCategoryOfflineAndLog(db, { ...fields, userId: found.seeker.id, partnerId, staffUserId: user.id, consentVersion: COUNTING_OFFLINE_CONSENT_VERSION });
    if (!recorded) return formErrors(context, { errors: { category: "caseload.errors.countingElsewhere" }, values: submittedValues(formData, []), form: "counting" as FormName }, 409);
    return back("counted", "#counting-heading");
  }
  if (intent === "uncount") {
    // Only a category this partner recorded, and still current; anything else is as good as missing.
    if (!(await deleteDisabilityCategoryOfflineAndLog(db, { userId: found.seeker.id, partnerId, staffUserId: user.id }))) throw new Response("Not Found", { status: 404 });
    return back("uncounted", "#counting-heading");
  }
  const parsed = parseForm(formData, caseloadNoteSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  await noteOnSeeker(db, {
    partnerId,
    seekerUserId: found.seeker.id,
    authorUserId: user.id,
    ...parsed.data,
  });
  return back("noted", "#notes-heading");
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(
    matches,
    data
      ? metaT(matches)("caseload.seekerTitle", {
          name: data.seeker.display_name,
        })
      : metaT(matches)("caseload.title"),
  );

export default function CaseloadSeeker() {
  const { query, notice, seeker, consents, counting, applications, notes } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData & { form?: FormName }>();
  const { t } = useTranslation();
  const resultFor = (form: FormName | undefined) => (result?.form === form ? result : undefined);
  const mobileResult = resultFor("mobile");
  const countingResult = resultFor("counting");
  const noteResult = resultFor(undefined);
  const values = noteResult?.values ?? {};
  const action = `/staff/seekers/${seeker.id}${query}`;
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/staff/seekers${query}`}>{t("caseload.back")}</Link>
      </p>
      <h1>{seeker.display_name}</h1>
      {notice && !result ? (
        <p className="notice notice--success" role="status">
          {t(`caseload.${notice}`, { name: seeker.display_name })}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("caseload.mobile")}</dt>
        <dd>{seeker.mobile ?? "—"}</dd>
        <dt>{t("caseload.accountHeading")}</dt>
        <dd>{seeker.claimed ? t("caseload.ownAccount") : t("caseload.notClaimedLong")}</dd>
        {seeker.preferred_work ? (
          <>
            <dt>{t("caseload.work")}</dt>
            <dd>{seeker.preferred_work}</dd>
          </>
        ) : null}
      </dl>

      {seeker.correctable ? (
        <>
          <h2>{t("caseload.correctHeading")}</h2>
          <p>{t("caseload.correctLead")}</p>
          <PostForm errors={mobileResult?.errors} action={action}>
            <input type="hidden" name="intent" value="mobile" />
            <TextField
              id="mobile"
              name="mobile"
              label={t("caseload.correctMobile")}
              description={t("caseload.correctMobileHint")}
              defaultValue={mobileResult?.values.mobile}
              autoComplete="off"
              inputMode="tel"
            />
            <Button type="submit">{t("caseload.correctButton")}</Button>
          </PostForm>
        </>
      ) : mobileResult?.errors.mobile ? (
        // Claimed since the page was opened: the form is gone, and this says why nothing changed.
        <p className="notice" role="alert">
          {translateKey(t, mobileResult.errors.mobile)}
        </p>
      ) : null}

      <h2>{t("caseload.consentsHeading")}</h2>
      {consents.length === 0 ? <p>{t("caseload.noConsent")}</p> : null}
      <ul className="admin-list">
        {consents.map((consent) => (
          <li key={consent.id} className="admin-list__item">
            <p>
              {consent.recorded_how === "online"
                ? t("caseload.consentOnline", {
                    date: formatDate(t, consent.given_at),
                  })
                : t("caseload.consentOffline", {
                    how: t(`caseload.hows.${consent.recorded_how}`),
                    name: consent.recorded_by_name ?? "—",
                    date: formatDate(t, consent.given_at),
                  })}
              {consent.withdrawn_at
                ? ` · ${t("caseload.withdrawn", {
                    date: formatDate(t, consent.withdrawn_at),
                  })}`
                : ""}
            </p>
            {consent.recorded_note ? <p>{consent.recorded_note}</p> : null}
            {consent.has_scan ? (
              <p>
                {/* A plain link to a file; each opening is audit-logged. */}
                <a href={`/staff/seekers/${seeker.id}/consents/${consent.id}/scan`}>{t("caseload.scanLink")}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {consents.some((c) => !c.withdrawn_at) ? (
        <p>
          <Link to="/openings">{t("caseload.applyLink")}</Link>
        </p>
      ) : null}

      <h2 id="counting-heading">{t("caseload.countingHeading")}</h2>
      {counting && countingResult?.errors.category ? (
        // Recorded by someone else since the page was opened: the form is gone, and this says why nothing was recorded.
        <p className="notice" role="alert">
          {translateKey(t, countingResult.errors.category)}
        </p>
      ) : null}
      {counting?.recordedHere ? (
        <>
          <p>{t("caseload.countingCurrent", { category: t(`enums.disabilityCategory.${counting.category}`) })}</p>
          <p>
            {t("caseload.consentOffline", {
              how: t(`caseload.hows.${counting.how}`),
              name: counting.recordedByName ?? "—",
              date: formatDate(t, counting.givenAt),
            })}
          </p>
          {counting.note ? <p>{counting.note}</p> : null}
          <p>{t("caseload.countingDeleteLead")}</p>
          <form method="post" action={action}>
            <input type="hidden" name="intent" value="uncount" />
            <Button type="submit" variant="secondary" className="button--warning">
              {t("caseload.countingDelete")}
            </Button>
          </form>
        </>
      ) : counting ? (
        <p>{t("caseload.countingElsewhere")}</p>
      ) : (
        <>
          <p>{t("caseload.countingLead")}</p>
          <PostForm errors={countingResult?.errors} action={action}>
            <input type="hidden" name="intent" value="counting" />
            <RadioGroup
              id="category"
              name="category"
              label={t("caseload.countingCategory")}
              defaultValue={countingResult?.values.category}
              options={DISABILITY_CATEGORIES.map((value) => ({ value, label: t(`enums.disabilityCategory.${value}`) }))}
            />
            <h3>{t("caseload.consentHeading")}</h3>
            <p className="field__hint" id="counting-consent-hint">
              {t("caseload.countingConsentText")}
            </p>
            <RadioGroup
              id="how"
              name="how"
              label={t("caseload.how")}
              defaultValue={countingResult?.values.how}
              options={OFFLINE_COUNTING_HOW.map((value) => ({ value, label: t(`caseload.hows.${value}`) }))}
            />
            <TextField id="note" name="note" label={t("caseload.consentNote")} description={t("caseload.consentNoteHint")} defaultValue={countingResult?.values.note} autoComplete="off" />
            {/* Never ticked in advance, not even after an error: staff tick it once the person has agreed. */}
            <Checkbox
              id="consent"
              name="consent"
              label={t("caseload.consentLabel")}
              isInvalid={Boolean(countingResult?.errors.consent)}
              aria-describedby={countingResult?.errors.consent ? "counting-consent-hint consent-error" : "counting-consent-hint"}
            />
            {countingResult?.errors.consent ? (
              <p className="field__error" id="consent-error">
                {t("caseload.errors.consentRequired")}
              </p>
            ) : null}
            <Button type="submit">{t("caseload.countingSave")}</Button>
          </PostForm>
        </>
      )}

      <h2>{t("caseload.applicationsHeading")}</h2>
      {applications.length === 0 ? <p>{t("caseload.noApplications")}</p> : null}
      <ul className="admin-list">
        {applications.map((application) => (
          <li key={application.id} className="admin-list__item">
            <p className="admin-list__title">
              <Link to={`/inbox/applications/${application.id}`}>
                <OpeningTitle opening={application} />
              </Link>
            </p>
            <p>
              {application.reference ?? ""} · {t(`applications.status.${application.status}`)}
              {application.submitted_at ? ` · ${formatDate(t, application.submitted_at)}` : ""}
            </p>
          </li>
        ))}
      </ul>

      <h2 id="notes-heading">{t("caseload.notesHeading")}</h2>
      {notes.length === 0 ? <p>{t("caseload.noNotes")}</p> : null}
      <ol className="admin-list">
        {notes.map((note) => (
          <li key={note.id} className="admin-list__item">
            <p className="admin-list__title">
              {note.author_name ?? "—"} · {formatDateTime(t, note.created_at)}
            </p>
            <p className="pre-wrap">{note.body}</p>
            {note.next_step ? (
              <p>
                {t("caseload.nextStep")}
                {t("common.colon")}
                {note.next_step}
                {note.next_step_due ? ` (${note.next_step_due})` : ""}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <h3>{t("caseload.addNote")}</h3>
      <PostForm errors={noteResult?.errors} action={action}>
        <TextArea id="body" name="body" label={t("caseload.note")} defaultValue={values.body} rows={4} />
        <TextField id="nextStep" name="nextStep" label={t("caseload.nextStepField")} description={t("caseload.nextStepHint")} defaultValue={values.nextStep} autoComplete="off" />
        <TextField id="nextStepDue" name="nextStepDue" label={t("caseload.due")} description={t("caseload.dueHint")} defaultValue={values.nextStepDue} autoComplete="off" />
        <Button type="submit">{t("caseload.saveNote")}</Button>
      </PostForm>
    </div>
  );
}
