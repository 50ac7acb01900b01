import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Fact } from "~/components/fact";
import { FreeText } from "~/components/localized-text";
import { PassportSummary } from "~/components/passport-summary";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { FileField } from "~/components/ui/file-field";
import { PostForm } from "~/components/ui/form";
import { TextArea } from "~/components/ui/text-area";
import { TextField } from "~/components/ui/text-field";
import { OpeningTitle } from "~/components/workspace";
import { getApplicationByKey, getOpeningBasics, getOwnApplicationForOpening, newApplicationKey, saveDraft } from "~/models/application.server";
import { getPublishedOpening } from "~/models/opening.server";
import { getPassport } from "~/models/passport.server";
import { getFileInfo } from "~/models/stored-file.server";
import { submitApplication } from "~/services/apply.server";
import { eventForApplying } from "~/services/events.server";
import { LocalizedText } from "~/components/localized-text";
import { pickText } from "~/utils/localized";
import { useLocale } from "~/hooks/use-locale";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FieldErrors } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { CV_KINDS, getFileStore, parseUploadForm, uploadMaxBytes, UploadTooLargeError } from "~/services/uploads.server";
import { formatBytes } from "~/utils/upload-outcome";
import { idParam } from "~/services/workspace.server";
import { applySchema, draftFields } from "~/validation/application";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "account", "apply", "workspace"] };

// GET/POST /openings/:id/apply: a signed-in person applies to a public opening. Every POST saves
// the draft on the server first, so nothing typed is ever lost: not to a failed check, a closed
// opening, a lost connection or a long break. There is no time limit. A hidden key and the
// one-application-per-opening constraint make a double click or a resent POST one application.

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The form's values from a saved draft, or from the account for a first visit (no retyping). */
function startingValues(
  user: {
    display_name: string;
    phone: string | null;
    preferred_work: string | null;
  },
  draft:
    | {
        contact_name: string;
        contact_phone: string;
        experience: string;
        message: string;
        share_passport: boolean;
      }
    | undefined
): Record<string, string> {
  if (draft) {
    return {
      contactName: draft.contact_name,
      contactPhone: draft.contact_phone,
      experience: draft.experience,
      message: draft.message,
      sharePassport: draft.share_passport ? "on" : "",
    };
  }
  return {
    contactName: user.display_name,
    contactPhone: user.phone ?? "",
    experience: user.preferred_work ?? "",
    message: "",
    sharePassport: "",
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id);
  const db = getDb();
  const [opening, application] = await Promise.all([getPublishedOpening(db, { id }), getOwnApplicationForOpening(db, { openingId: id, userId: user.id })]);
  if (application && application.status !== "draft") throw redirect(`/account/applications/${application.id}`, 303);
  const basics = opening ?? (application ? await getOpeningBasics(db, { id }) : undefined);
  // An opening that is not public, with no draft of this person's, is as good as missing.
  if (!basics) throw new Response("Not Found", { status: 404 });
  // Came through a live event's "apply" link (?event=), or a draft that did earlier.
  const eventId = new URL(request.url).searchParams.get("event") ?? (application?.source_event_id ? String(application.source_event_id) : null);
  const [passport, cv, fromEvent] = await Promise.all([
    getPassport(db, { userId: user.id }),
    application?.cv_file_id ? getFileInfo(db, application.cv_file_id) : undefined,
    opening ? eventForApplying(db, { eventId, openingId: id }) : undefined,
  ]);
  return json({
    opening: {
      id: basics.id,
      title_zh: basics.title_zh,
      title_en: basics.title_en,
    },
    closed: !opening,
    fromEvent: fromEvent ?? null,
    values: startingValues(user, application),
    key: application?.idempotency_key ?? newApplicationKey(),
    email: user.email,
    passport: passport?.content ?? null,
    cv: cv ? { name: cv.originalName, size: formatBytes(cv.byteSize) } : null,
    saved: new URL(request.url).searchParams.has("saved") && Boolean(application),
    maxSize: formatBytes(uploadMaxBytes()),
  });
}

/** The form as sent: multipart (the page's own form, with its CV field), or a plain form from elsewhere. */
async function readApplyForm(request: Request) {
  if (!request.headers.get("Content-Type")?.startsWith("multipart/form-data")) {
    return { formData: await request.formData(), files: {} as Awaited<ReturnType<typeof parseUploadForm>>["files"] };
  }
  try {
    return await parseUploadForm(request, { cv: CV_KINDS });
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw new Response("Payload Too Large", { status: 413 });
    throw error;
  }
}

type ActionData = {
  errors: FieldErrors;
  values: Record<string, string>;
  closed?: boolean;
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id);
  const db = getDb();
  const store = getFileStore();
  const { formData, files } = await readApplyForm(request);
  const key = String(formData.get("key") ?? "");
  if (!KEY.test(key)) throw new Response("Bad Request", { status: 400 });
  const values: Record<string, string> = {};
  for (const name of ["contactName", "contactPhone", "experience", "message", "sharePassport"]) values[name] = String(formData.get(name) ?? "");

  // A resent POST (a double click, or "resend" after a network error) finds what the first made.
  const byKey = await getApplicationByKey(db, { key, userId: user.id });
  if (byKey && byKey.opening_id === id && byKey.status !== "draft") return redirect(`/account/applications/${byKey.id}?submitted`, 303);
  const existing = await getOwnApplicationForOpening(db, {
    openingId: id,
    userId: user.id,
  });
  if (existing && existing.status !== "draft") return redirect(`/account/applications/${existing.id}`, 303);

  const opening = await getPublishedOpening(db, { id });
  if (!opening) {
    // Closed while the person was writing (it was public, its title too): their words are kept
    // below. An opening that was never public, with no draft of this person's, is as missing as on
    // the detail page: saving a draft for it would make this page show its title.
    const basics = await getOpeningBasics(db, { id });
    if (!basics || (!existing && !basics.published_at)) throw new Response("Not Found", { status: 404 });
    // Closed while the person was writing: keep their words, on the server and on the page.
    await saveDraft(db, store, {
      openingId: id,
      userId: user.id,
      key: existing?.idempotency_key ?? key,
      fields: draftFields(values),
    });
    context.form.hasErrors = true;
    return json<ActionData>({ errors: {}, values, closed: true }, { status: 409 });
  }

  const passport = await getPassport(db, { userId: user.id });
  // Sharing needs a passport to share; without one the box is not even shown.
  if (!passport) values.sharePassport = "";

  const errors: FieldErrors = {};
  const cv = files.cv;
  if (cv?.status === "too_large") errors.cv = "upload.tooLarge";
  else if (cv?.status === "wrong_type") errors.cv = "upload.wrongTypeCv";
  const submitting = formData.get("intent") === "submit";
  const parsed = submitting ? parseForm(formData, applySchema) : undefined;
  const ready = parsed?.ok && Object.keys(errors).length === 0 ? parsed.data : undefined;

  // The draft is saved whatever happens next; the draft, its CV and the submission with its audit
  // entry and notice are one transaction (app/services/apply.server.ts).
  const result = await submitApplication(db, store, {
    openingId: id,
    userId: user.id,
    key: existing?.idempotency_key ?? key,
    draft: draftFields(values),
    cv: cv?.status === "ok" ? { name: cv.name, contentType: cv.contentType, bytes: cv.bytes } : undefined,
    submit: ready ? { ...ready, sharePassport: ready.sharePassport && Boolean(passport) } : undefined,
    sourceEventId: (await eventForApplying(db, { eventId: formData.get("event")?.toString() ?? null, openingId: id }))?.id,
    opening: { title_zh: opening.title_zh, title_en: opening.title_en },
    seeker: { email: user.email, mobile: user.mobile, notifyBySms: user.notify_by_sms, locale: user.preferred_locale },
    origin: getEnv().publicUrl,
  });
  if (result.outcome === "sent_before") return redirect(`/account/applications/${result.id}`, 303);
  if (result.outcome === "saved") {
    if (parsed && !parsed.ok) return formErrors(context, { errors: { ...parsed.errors, ...errors }, values });
    if (Object.keys(errors).length > 0) return formErrors(context, { errors, values });
    return redirect(`/openings/${id}/apply?saved`, 303);
  }
  return redirect(`/account/applications/${result.id}?submitted`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, metaT(matches)(data?.closed ? "apply.closedTitle" : "apply.title"));

export default function Apply() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<ActionData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const values = result?.values ?? data.values;
  const closed = data.closed || result?.closed;

  if (closed) {
    return (
      <div className="narrow">
        <h1>{t("apply.closedTitle")}</h1>
        <p className="notice notice--error" role="alert">
          {t("apply.closedBody")}
        </p>
        <p>
          {t("apply.forOpening")}
          <strong>
            <OpeningTitle opening={data.opening} />
          </strong>
        </p>
        <h2>{t("apply.yourText")}</h2>
        <p>{t("apply.yourTextHint")}</p>
        <dl className="kept-text">
          <Fact label={t("apply.nameLabel")}>{values.contactName ? <FreeText text={values.contactName} /> : t("apply.empty")}</Fact>
          <Fact label={t("apply.phoneLabel")}>{values.contactPhone || t("apply.empty")}</Fact>
          <Fact label={t("apply.experienceLabel")} className="pre-wrap">
            {values.experience ? <FreeText text={values.experience} /> : t("apply.empty")}
          </Fact>
          <Fact label={t("apply.messageLabel")} className="pre-wrap">
            {values.message ? <FreeText text={values.message} /> : t("apply.empty")}
          </Fact>
        </dl>
        <p>
          <Link to="/openings">{t("apply.findOthers")}</Link>
        </p>
        <p>
          <Link to="/account/applications">{t("applications.listLink")}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow">
      <p className="back-link">
        {data.fromEvent ? (
          <Link to={`/events/${data.fromEvent.id}`}>{t("apply.backToEvent")}</Link>
        ) : (
          <Link to={`/openings/${data.opening.id}`}>{t("apply.backToOpening")}</Link>
        )}
      </p>
      <h1>{t("apply.title")}</h1>
      <p className="lead">
        {t("apply.forOpening")}
        <strong>
          <OpeningTitle opening={data.opening} />
        </strong>
      </p>
      {data.saved && !result ? (
        <p className="notice notice--success" role="status">
          {t("apply.saved")}
        </p>
      ) : null}
      {data.fromEvent ? (
        <p>
          {t("apply.fromEventLabel")}
          <strong>
            <LocalizedText value={pickText(locale, data.fromEvent.title_zh, data.fromEvent.title_en)} />
          </strong>
          {t("apply.fromEventSeparator")}
          {t("apply.fromEventBody")}
        </p>
      ) : null}
      <p>{t("apply.lead")}</p>
      <PostForm errors={result?.errors} action={`/openings/${data.opening.id}/apply`} encType="multipart/form-data">
        <input type="hidden" name="key" value={data.key} />
        {data.fromEvent ? <input type="hidden" name="event" value={data.fromEvent.id} /> : null}
        <h2>{t("apply.aboutYouHeading")}</h2>
        <p>{t("apply.aboutYouHint", { email: data.email })}</p>
        <TextField id="contactName" name="contactName" label={t("apply.nameLabel")} defaultValue={values.contactName} autoComplete="name" />
        <TextField
          id="contactPhone"
          name="contactPhone"
          type="tel"
          label={t("apply.phoneLabel")}
          description={t("apply.phoneHint")}
          defaultValue={values.contactPhone}
          autoComplete="tel"
          inputMode="tel"
        />
        <TextArea
          id="experience"
          name="experience"
          label={t("apply.experienceLabel")}
          description={t("apply.experienceHint")}
          defaultValue={values.experience}
          rows={6}
        />
        <TextArea id="message" name="message" label={t("apply.messageLabel")} description={t("apply.messageHint")} defaultValue={values.message} rows={8} />
        <FileField
          id="cv"
          name="cv"
          label={t("apply.cvLabel")}
          description={[data.cv ? t("apply.cvCurrent", { name: data.cv.name, size: data.cv.size }) : null, t("upload.hintCv", { max: data.maxSize })]
            .filter(Boolean)
            .join(" ")}
          errorMessage={
            result?.errors.cv ? t(result.errors.cv === "upload.tooLarge" ? "upload.tooLarge" : "upload.wrongTypeCv", { max: data.maxSize }) : undefined
          }
          accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
        />
        <h2>{t("apply.passportHeading")}</h2>
        {data.passport ? (
          <>
            <p>{t("apply.passportIntro")}</p>
            <Checkbox id="sharePassport" name="sharePassport" label={t("apply.shareLabel")} defaultSelected={values.sharePassport === "on"} />
            <div className="shared-preview">
              <h3>{t("apply.sharePreviewHeading")}</h3>
              <PassportSummary content={data.passport} headingLevel={4} />
            </div>
            <p>{t("apply.shareWithdrawHint")}</p>
          </>
        ) : (
          <p>{t("apply.noPassport")}</p>
        )}
        <div className="button-row">
          <Button type="submit" name="intent" value="submit">
            {t("apply.submit")}
          </Button>
          <Button type="submit" name="intent" value="save" variant="secondary">
            {t("apply.saveDraft")}
          </Button>
        </div>
        <p className="field__hint">{t("apply.noTimeLimit")}</p>
      </PostForm>
    </div>
  );
}
