import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicationHistory } from "~/components/application-history";
import { Fact } from "~/components/fact";
import { FreeText } from "~/components/localized-text";
import { PassportSummary } from "~/components/passport-summary";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { NativeSelect } from "~/components/ui/select";
import { TextArea } from "~/components/ui/text-area";
import { OpeningTitle } from "~/components/workspace";
import { getApplicationForInbox, listApplicationEvents, readSharedPassport } from "~/models/application.server";
import { getFileInfo } from "~/models/stored-file.server";
import { changeApplicationStatus, markApplicationViewed, sendOrganisationMessage } from "~/services/application-updates.server";
import { requireMemberOfAny, requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { formatBytes } from "~/utils/upload-outcome";
import { translateKey } from "~/utils/i18n";
import { idParam } from "~/services/workspace.server";
import { inboxUpdateSchema } from "~/validation/application";
import { INBOX_STATUSES } from "~/domain/application";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "account", "apply", "workspace"] };

// GET/POST /inbox/applications/:id: one application, for the opening's employer members and the
// posting partner's staff (404 for everyone else, the applicant included: they have their own
// page). Opening it marks it viewed (docs/decisions/011-viewed-on-open.md): only for those people,
// only once, and never for a prefetch. The accommodation passport shows only while the applicant
// shares it, read live, and every read is audit-logged.

async function loadApplication(request: Request, idValue: string | undefined) {
  const user = await requireUser(request);
  const application = await getApplicationForInbox(getDb(), { id: idParam(idValue) });
  if (!application) throw new Response("Not Found", { status: 404 });
  await requireMemberOfAny(request, user, [application.employer_id, application.partner_id]);
  return { user, application };
}

/**
 * True for requests a person did not make by opening the page: a browser or router prefetch
 * (`Sec-Purpose` / `Purpose: prefetch`, Firefox's `X-Moz`) or a HEAD request. They may read the
 * page but must not tell the applicant it was seen.
 */
function isSpeculative(request: Request): boolean {
  if (request.method !== "GET") return true;
  const purpose = `${request.headers.get("Sec-Purpose") ?? ""} ${request.headers.get("Purpose") ?? ""} ${request.headers.get("X-Moz") ?? ""}`;
  return /prefetch|prerender/i.test(purpose);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  // Authorised first: nobody outside the two organisations can mark anything.
  const { user, application } = await loadApplication(request, params.id);
  const db = getDb();
  const origin = getEnv().publicUrl;
  // Conditional on "submitted", so it happens once however often the page is opened.
  if (!isSpeculative(request) && (await markApplicationViewed(db, { application, actorUserId: user.id, origin }))) {
    application.status = "viewed";
  }
  const [events, passport, cv] = await Promise.all([
    listApplicationEvents(db, { applicationId: application.id }),
    readSharedPassport(db, { applicationId: application.id, readerUserId: user.id }),
    application.cv_file_id ? getFileInfo(db, application.cv_file_id) : undefined,
  ]);
  return json({
    application: {
      id: application.id,
      openingId: application.opening_id,
      reference: application.reference ?? "",
      status: application.status,
      contactName: application.contact_name,
      contactPhone: application.contact_phone,
      email: application.seeker_email,
      experience: application.experience,
      message: application.message,
      title_zh: application.title_zh,
      title_en: application.title_en,
    },
    events,
    passport: passport?.content ?? null,
    cv: cv ? { name: cv.originalName, size: formatBytes(cv.byteSize) } : null,
    updated: new URL(request.url).searchParams.has("updated"),
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, application } = await loadApplication(request, params.id);
  const db = getDb();
  const parsed = parseForm(await request.formData(), inboxUpdateSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  // Withdrawn meanwhile (the form was open in another tab): say so, and change nothing.
  if (application.status === "withdrawn") return formErrors(context, { errors: { status: "inbox.withdrawnNote" }, values: {} }, 409);
  const { status, message } = parsed.data;
  const origin = getEnv().publicUrl;
  if (status) {
    await changeApplicationStatus(db, { application, actorUserId: user.id, status, message: message || null, origin });
  } else {
    await sendOrganisationMessage(db, { application, actorUserId: user.id, message, origin });
  }
  return redirect(`/inbox/applications/${application.id}?updated`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, metaT(matches)("inbox.detailTitle", { reference: data?.application.reference ?? "" }));

export default function InboxApplication() {
  const { application, events, passport, cv, updated } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const withdrawn = application.status === "withdrawn";
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to={`/inbox/openings/${application.openingId}`}>{t("inbox.backToList")}</Link>
      </p>
      <h1>{t("inbox.detailTitle", { reference: application.reference })}</h1>
      {updated && !result ? (
        <p className="notice notice--success" role="status">
          {t("inbox.updated")}
        </p>
      ) : null}
      <p className="lead">
        {t("inbox.forOpening")}
        <strong>
          <OpeningTitle opening={application} />
        </strong>
      </p>
      <dl className="facts">
        <Fact label={t("inbox.status")}>
          <strong>{t(`applications.status.${application.status}`)}</strong>
        </Fact>
      </dl>

      <h2>{t("inbox.applicantHeading")}</h2>
      <dl className="facts">
        <Fact label={t("inbox.name")}>
          <FreeText text={application.contactName} />
        </Fact>
        <Fact label={t("inbox.email")}>{application.email}</Fact>
        <Fact label={t("inbox.phone")}>{application.contactPhone || t("inbox.notGiven")}</Fact>
        <Fact label={t("inbox.experience")} className="pre-wrap">
          {application.experience ? <FreeText text={application.experience} /> : t("inbox.notGiven")}
        </Fact>
        <Fact label={t("inbox.message")} className="pre-wrap">
          <FreeText text={application.message} />
        </Fact>
        <Fact label={t("inbox.cvHeading")}>
          {cv ? (
            <a href={`/inbox/applications/${application.id}/cv`} download>
              {t("inbox.downloadCv", { name: cv.name, size: cv.size })}
            </a>
          ) : (
            t("inbox.noCv")
          )}
        </Fact>
      </dl>

      <h2>{t("inbox.passportHeading")}</h2>
      {passport ? (
        <section className="shared-preview" aria-labelledby="passport-shared-note">
          <p id="passport-shared-note">{t("inbox.passportShared")}</p>
          <PassportSummary content={passport} headingLevel={3} />
        </section>
      ) : (
        <p>{t("inbox.passportNotShared")}</p>
      )}

      <h2>{t("inbox.historyHeading")}</h2>
      <ApplicationHistory events={events} viewer="organisation" />

      <h2>{t("inbox.updateHeading")}</h2>
      {withdrawn ? (
        <p>{t("inbox.withdrawnNote")}</p>
      ) : (
        <PostForm errors={result?.errors} action={`/inbox/applications/${application.id}`}>
          <NativeSelect
            id="status"
            name="status"
            label={t("inbox.statusLabel")}
            defaultValue={result?.values.status ?? ""}
            options={[{ value: "", label: t("inbox.statusKeep") }, ...INBOX_STATUSES.map((s) => ({ value: s, label: t(`applications.status.${s}`) }))]}
            errorMessage={result?.errors.status ? translateKey(t, result.errors.status) : undefined}
          />
          <TextArea id="message" name="message" label={t("inbox.messageLabel")} description={t("inbox.messageHint")} defaultValue={result?.values.message} rows={4} />
          <Button type="submit">{t("inbox.send")}</Button>
        </PostForm>
      )}
    </div>
  );
}
