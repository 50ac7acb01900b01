import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicationHistory } from "~/components/application-history";
import { Fact } from "~/components/fact";
import { FreeText, LocalizedText } from "~/components/localized-text";
import { PassportSummary } from "~/components/passport-summary";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { TextArea } from "~/components/ui/text-area";
import { OpeningTitle } from "~/components/workspace";
import { getOwnApplication, listApplicationEvents, setPassportSharing } from "~/models/application.server";
import { getPassport } from "~/models/passport.server";
import { getFileInfo } from "~/models/stored-file.server";
import { sendSeekerMessage, withdrawOwnApplication } from "~/services/application-updates.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { pickText } from "~/utils/localized";
import { namedTitle } from "~/utils/meta";
import { formatBytes } from "~/utils/upload-outcome";
import { useLocale } from "~/hooks/use-locale";
import { idParam } from "~/services/workspace.server";
import { messageSchema } from "~/validation/application";
import { getEnv } from "~/utils/env.server";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["search", "account", "apply", "workspace"] };

// GET/POST /account/applications/:id: one of the person's own applications. After sending, it is
// the confirmation page (?submitted): the reference and what happens next. Here they follow its
// progress, write to the employer, share or stop sharing their passport, and withdraw.

const NOTICES = ["submitted", "sent", "shared", "unshared", "withdrawn"] as const;
type Notice = (typeof NOTICES)[number];

/** Statuses after which nothing more can change. */
const FINISHED = ["withdrawn", "hired", "not_selected"];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const application = await getOwnApplication(db, {
    id: idParam(params.id),
    userId: user.id,
  });
  if (!application) throw new Response("Not Found", { status: 404 });
  if (application.status === "draft") throw redirect(`/openings/${application.opening_id}/apply`, 303);
  const [events, passport, cv] = await Promise.all([
    listApplicationEvents(db, { applicationId: application.id }),
    getPassport(db, { userId: user.id }),
    application.cv_file_id ? getFileInfo(db, application.cv_file_id) : undefined,
  ]);
  const search = new URL(request.url).searchParams;
  const notice = NOTICES.find((n) => search.has(n)) ?? null;
  return json({
    application: {
      id: application.id,
      reference: application.reference ?? "",
      status: application.status,
      contactName: application.contact_name,
      contactPhone: application.contact_phone,
      experience: application.experience,
      message: application.message,
      sharePassport: application.share_passport,
      title_zh: application.title_zh,
      title_en: application.title_en,
      employer_name_zh: application.employer_name_zh,
      employer_name_en: application.employer_name_en,
      // An assisted application: who sent it for the seeker, for which partner.
      helperName: application.submitted_by_user_id ? (application.helper_name ?? "") : null,
      assistedPartner_zh: application.assisted_partner_name_zh,
      assistedPartner_en: application.assisted_partner_name_en,
    },
    events,
    passport: passport?.content ?? null,
    cv: cv ? { name: cv.originalName, size: formatBytes(cv.byteSize) } : null,
    notice: notice as Notice | null,
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const application = await getOwnApplication(db, {
    id: idParam(params.id),
    userId: user.id,
  });
  if (!application || application.status === "draft") throw new Response("Not Found", { status: 404 });
  const formData = await request.formData();
  const intent = formData.get("intent");
  const here = `/account/applications/${application.id}`;
  if (intent === "message") {
    const parsed = parseForm(formData, messageSchema);
    if (!parsed.ok) return formErrors(context, parsed);
    await sendSeekerMessage(db, { application, actorUserId: user.id, message: parsed.data.message, origin: getEnv().publicUrl });
    return redirect(`${here}?sent`, 303);
  }
  if (intent === "share" || intent === "unshare") {
    // Sharing needs a passport; stopping never does.
    if (intent === "share" && !(await getPassport(db, { userId: user.id }))) return redirect(here, 303);
    const changed = await setPassportSharing(db, {
      id: application.id,
      userId: user.id,
      share: intent === "share",
    });
    return redirect(changed ? `${here}?${intent === "share" ? "shared" : "unshared"}` : here, 303);
  }
  if (intent === "withdraw") {
    await withdrawOwnApplication(db, {
      application: { ...application, seeker_email: user.email, seeker_mobile: user.mobile, seeker_notify_by_sms: user.notify_by_sms, seeker_locale: user.preferred_locale },
      userId: user.id,
      origin: getEnv().publicUrl,
    });
    return redirect(`${here}?withdrawn`, 303);
  }
  throw new Response("Bad Request", { status: 400 });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const names = data && { zh: data.application.title_zh, en: data.application.title_en };
  return data?.notice === "submitted"
    ? namedTitle(matches, "applications.submittedTitle", "applications.submittedTitleNamed", names)
    : namedTitle(matches, "applications.detailTitle", "applications.detailTitleNamed", names);
};

export default function ApplicationDetail() {
  const { application, events, passport, cv, notice } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const finished = FINISHED.includes(application.status);
  const messages = events.filter((e) => e.kind === "message");
  const history = events.filter((e) => e.kind !== "message");
  const notices: Record<Exclude<Notice, "submitted">, string> = {
    sent: t("applications.messageSent"),
    shared: t("applications.sharingStarted"),
    unshared: t("applications.sharingStopped"),
    withdrawn: t("applications.withdrawnNotice"),
  };
  return (
    <div className="narrow">
      <p className="back-link">
        <Link to="/account/applications">{t("applications.backToList")}</Link>
      </p>
      {notice === "submitted" ? (
        <>
          <h1>{t("applications.submittedTitle")}</h1>
          <div className="status-panel status-panel--valid" role="status">
            <p>
              {t("applications.submittedBody", {
                reference: application.reference,
              })}
            </p>
          </div>
          <h2>{t("applications.nextHeading")}</h2>
          <ol className="history">
            <li>{t("applications.next1")}</li>
            <li>{t("applications.next2")}</li>
            <li>{t("applications.next3")}</li>
          </ol>
        </>
      ) : (
        <>
          <h1>{t("applications.detailTitle")}</h1>
          {notice ? (
            <p className="notice notice--success" role="status">
              {notices[notice]}
            </p>
          ) : null}
        </>
      )}
      <dl className="facts">
        <Fact label={t("apply.forOpening").replace(/[:：]\s*$/, "")}>
          <OpeningTitle opening={application} />
        </Fact>
        <Fact label={t("applications.employer")}>
          <LocalizedText value={pickText(locale, application.employer_name_zh, application.employer_name_en)} />
        </Fact>
        <Fact label={t("applications.reference")}>{application.reference}</Fact>
        {application.helperName !== null ? (
          <Fact label={t("assisted.sentByHeading")}>
            {t("assisted.sentForYou", {
              name: application.helperName,
              partner: pickText(locale, application.assistedPartner_zh, application.assistedPartner_en)?.text ?? "",
            })}
          </Fact>
        ) : null}
        <Fact label={t("applications.statusLabel")}>
          <strong>{t(`applications.status.${application.status}`)}</strong>
        </Fact>
      </dl>

      <h2>{t("applications.historyHeading")}</h2>
      <ApplicationHistory events={history} viewer="seeker" />

      <h2>{t("applications.messagesHeading")}</h2>
      {messages.length === 0 ? <p>{t("applications.noMessages")}</p> : <ApplicationHistory events={messages} viewer="seeker" />}
      {finished ? null : (
        <PostForm errors={result?.errors} action={`/account/applications/${application.id}`}>
          <input type="hidden" name="intent" value="message" />
          <TextArea
            id="message"
            name="message"
            label={t("applications.messageLabel")}
            description={t("applications.messageHint")}
            defaultValue={result?.values.message}
            rows={4}
          />
          <Button type="submit">{t("applications.sendMessage")}</Button>
        </PostForm>
      )}

      <h2>{t("applications.passportHeading")}</h2>
      {application.sharePassport ? (
        <>
          <p>{t("applications.sharedNow")}</p>
          {passport ? <PassportSummary content={passport} headingLevel={3} /> : null}
          <form method="post" action={`/account/applications/${application.id}`}>
            <input type="hidden" name="intent" value="unshare" />
            <Button type="submit" variant="secondary">
              {t("applications.stopSharing")}
            </Button>
          </form>
        </>
      ) : (
        <>
          <p>{t("applications.notShared")}</p>
          {passport && !["withdrawn"].includes(application.status) ? (
            <form method="post" action={`/account/applications/${application.id}`}>
              <input type="hidden" name="intent" value="share" />
              <Button type="submit" variant="secondary">
                {t("applications.startSharing")}
              </Button>
            </form>
          ) : null}
          {passport ? null : (
            <p>
              {t("applications.noPassportHere")} <Link to="/account/passport">{t("applications.passportLink")}</Link>
            </p>
          )}
        </>
      )}

      <h2>{t("applications.sentHeading")}</h2>
      <dl className="facts kept-text">
        <Fact label={t("apply.nameLabel")}>
          <FreeText text={application.contactName} />
        </Fact>
        <Fact label={t("apply.phoneLabel")}>{application.contactPhone || t("inbox.notGiven")}</Fact>
        <Fact label={t("apply.experienceLabel")} className="pre-wrap">
          {application.experience ? <FreeText text={application.experience} /> : t("inbox.notGiven")}
        </Fact>
        <Fact label={t("apply.messageLabel")} className="pre-wrap">
          <FreeText text={application.message} />
        </Fact>
        <Fact label={t("apply.cvLabel")}>
          {cv ? (
            <a href={`/account/applications/${application.id}/cv`} download>
              {t("applications.cvDownload", { name: cv.name })}
            </a>
          ) : (
            t("applications.noCv")
          )}
        </Fact>
      </dl>

      {finished ? (
        <p>{t("applications.closedNote")}</p>
      ) : (
        <>
          <h2>{t("applications.withdrawHeading")}</h2>
          <p>{t("applications.withdrawBody")}</p>
          <form method="post" action={`/account/applications/${application.id}`}>
            <input type="hidden" name="intent" value="withdraw" />
            <Button type="submit" variant="secondary" className="button--warning">
              {t("applications.withdrawButton")}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
