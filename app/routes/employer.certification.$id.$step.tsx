import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CriterionTags, pickCriterionText, ScorePanel, useAreaName } from "~/components/certification";
import { FreeText, Labelled } from "~/components/localized-text";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { ErrorSummary } from "~/components/ui/error-summary";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextArea } from "~/components/ui/text-area";
import { NativeSelect } from "~/components/ui/select";
import { TextField } from "~/components/ui/text-field";
import { getEmployerApplication, previousReviewingPartner, saveAnswers, setTargetLevel, submitApplication } from "~/models/certification-employer.server";
import { EDITABLE_STATUSES } from "~/models/certification-policy.server";
import { lastPartnerOf, listVerifyingPartners } from "~/models/opening-choices.server";
import { requireRole } from "~/services/auth.server";
import { APPLICATION_STEPS, criteriaUpTo, type ApplicationStep } from "~/utils/certification-score";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, submittedValues, type ErrorValues, type FieldErrors, type FormErrorData } from "~/utils/forms.server";
import { translateKey } from "~/utils/i18n";
import { pickText } from "~/utils/localized";
import { metaT, pageTitle } from "~/utils/meta";
import { DOCUMENT_OR_IMAGE, getFileStore, parseUploadForm, uploadMaxBytes, UploadTooLargeError } from "~/services/uploads.server";
import { formatBytes } from "~/utils/upload-outcome";
import { useLocale } from "~/hooks/use-locale";
import { idParam, scopeFor } from "~/services/workspace.server";
import { parseAreaStep, submitApplicationSchema, targetLevelSchema } from "~/validation/certification";
import { ASSESSMENT_AREAS, type AssessmentArea, CERTIFICATE_LEVELS, type CertificateLevel } from "~/domain/certification";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["opening", "workspace", "certification"] };

// GET/POST /employer/certification/:id/:step — the application form, one page per step: the
// introduction (level and veto items), one page per assessment area, then "check your answers".
// Every step saves on the server, so the employer can stop and come back at any time.

function stepParam(value: string | undefined): ApplicationStep {
  const step = APPLICATION_STEPS.find((s) => s === value);
  if (!step) throw new Response("Not Found", { status: 404 });
  return step;
}

const isArea = (step: ApplicationStep): step is AssessmentArea => (ASSESSMENT_AREAS as readonly string[]).includes(step);

async function load(request: Request, params: { id?: string; step?: string }) {
  const user = await requireRole(request, "employer");
  const id = idParam(params.id);
  const step = stepParam(params.step);
  const employerIds = scopeFor(user, "employer").organisationIds;
  const detail = await getEmployerApplication(getDb(), { id, employerIds });
  if (!detail) throw new Response("Not Found", { status: 404 });
  // Once submitted, the answers wait for the reviewer: the overview says where things stand.
  if (!EDITABLE_STATUSES.includes(detail.application.status)) throw redirect(`/employer/certification/${id}`, 303);
  if (step !== "intro" && !detail.application.target_level) throw redirect(`/employer/certification/${id}/intro`, 303);
  return { user, id, step, employerIds, detail };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { id, step, detail } = await load(request, params);
  const { application, version, criteria, score, allCriteria } = detail;
  const index = APPLICATION_STEPS.indexOf(step);
  // The check page asks which partner reviews it (first submission only; docs/decisions/012),
  // preselecting the one that reviewed the last application, else the one the employer last posted with.
  const choosePartner = step === "check" && application.reviewing_partner_id === null;
  const db = getDb();
  const partners = choosePartner ? await listVerifyingPartners(db) : [];
  const defaultPartner = choosePartner
    ? ((await previousReviewingPartner(db, { employerId: application.employer_id })) ?? (await lastPartnerOf(db, { employerId: application.employer_id })))
    : null;
  return json({
    id,
    step,
    stepNumber: index + 1,
    stepCount: APPLICATION_STEPS.length,
    previous: index > 0 ? APPLICATION_STEPS[index - 1] : null,
    status: application.status,
    targetLevel: application.target_level,
    version: version.label,
    validityMonths: version.validity_months,
    thresholds: version.thresholds,
    vetoItems: allCriteria.filter((c) => c.veto).map(({ id: cid, code, text_zh, text_en }) => ({ id: cid, code, text_zh, text_en })),
    criteria: isArea(step) || step === "check" ? criteria.filter((c) => step === "check" || c.area === step) : [],
    score,
    maxBytes: formatBytes(uploadMaxBytes()),
    partners: partners.filter((p) => p.id !== application.employer_id),
    defaultPartner: defaultPartner === null ? "" : String(defaultPartner),
    reviewingPartner: application.reviewing_partner_zh || application.reviewing_partner_en ? { zh: application.reviewing_partner_zh, en: application.reviewing_partner_en } : null,
  });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, id, step, employerIds, detail } = await load(request, params);
  const db = getDb();
  const next = APPLICATION_STEPS[APPLICATION_STEPS.indexOf(step) + 1];

  if (step === "intro") {
    const parsed = parseForm(await request.formData(), targetLevelSchema);
    if (!parsed.ok) return formErrors(context, parsed);
    const result = await setTargetLevel(db, { id, employerIds, level: parsed.data.level });
    if (!result.ok) throw new Response("Not Found", { status: 404 });
    return redirect(`/employer/certification/${id}/${parsed.data.intent === "later" ? "" : next}`.replace(/\/$/, ""), 303);
  }

  if (step === "check") {
    const formData = await request.formData();
    const parsed = parseForm(formData, submitApplicationSchema);
    const partnerId = parsed.ok ? parsed.data.partnerId : null;
    const result = await submitApplication(db, { id, employerIds, actorUserId: user.id, partnerId });
    if (!result.ok) {
      if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
      if (result.error === "partnerRequired") return formErrors(context, { errors: { partnerId: "certification.errors.partnerRequired" }, values: submittedValues(formData, []) });
      // What stops the submission, criterion by criterion, each linking to its row on this page.
      const errors: FieldErrors = {};
      const errorValues: ErrorValues = {};
      for (const [codes, key] of [
        [detail.score.unanswered, "certification.errors.unansweredAt"],
        [detail.score.missingEvidence, "certification.errors.evidenceMissingAt"],
      ] as const) {
        for (const code of codes) {
          errors[`check-${code}`] = key;
          errorValues[`check-${code}`] = { code };
        }
      }
      if (Object.keys(errors).length === 0) errors.submit = "certification.errors.cannotSubmit";
      return formErrors(context, { errors, errorValues, values: {} });
    }
    return redirect(`/employer/certification/${id}?done=submitted`, 303);
  }

  let parsed: Awaited<ReturnType<typeof parseUploadForm>>;
  const target: CertificateLevel = detail.application.target_level ?? "committed";
  const stepCriteria = criteriaUpTo(detail.allCriteria, target).filter((c) => c.area === step);
  try {
    parsed = await parseUploadForm(request, Object.fromEntries(stepCriteria.map((c) => [`file-${c.id}`, DOCUMENT_OR_IMAGE])));
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw new Response("Payload Too Large", { status: 413 });
    throw error;
  }
  const withAnswers = stepCriteria.map((c) => ({ ...c, answer: detail.criteria.find((x) => x.id === c.id)?.answer ?? null }));
  const { answers, result } = parseAreaStep(parsed.formData, parsed.files, withAnswers);
  // Whatever was valid is kept, even when something else needs fixing: nothing typed is lost.
  const saved = await saveAnswers(db, getFileStore(), { id, employerIds, answers, actorUserId: user.id });
  if (!saved.ok) throw new Response("Not Found", { status: 404 });
  if (!result.ok) return formErrors(context, result);
  if (parsed.formData.get("intent") === "later") return redirect(`/employer/certification/${id}`, 303);
  return redirect(`/employer/certification/${id}/${next}`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaT(matches);
  if (!data) return [];
  const stepTitle =
    data.step === "intro" ? t("certification.step.introTitle") : data.step === "check" ? t("certification.step.checkTitle") : t(`certificate.areas.${data.step}`);
  return pageTitle(matches, `${stepTitle} – ${t("certification.step.progress", { current: data.stepNumber, total: data.stepCount })}`);
};

export default function ApplicationStepPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const areaName = useAreaName();
  const { id, step, stepNumber, stepCount, previous } = data;
  const base = `/employer/certification/${id}`;
  const title = step === "intro" ? t("certification.step.introTitle") : step === "check" ? t("certification.step.checkTitle") : areaName(step);
  return (
    <>
      <p className="back-link">
        {previous ? <Link to={`${base}/${previous}`}>{t("certification.step.back")}</Link> : <Link to={base}>{t("certification.step.backToApplication")}</Link>}
      </p>
      <p className="step-progress">{t("certification.step.progress", { current: stepNumber, total: stepCount })}</p>
      <h1>{title}</h1>
      {step === "intro" ? <IntroStep result={result} /> : null}
      {isArea(step) ? <AreaStep result={result} /> : null}
      {step === "check" ? <CheckStep result={result} /> : null}
    </>
  );
}

function IntroStep({ result }: { result?: FormErrorData }) {
  const { targetLevel, vetoItems, version, validityMonths, thresholds, id } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const values = result?.values;
  return (
    <>
      <p className="lead">{t("certification.step.introLead", { version, months: validityMonths })}</p>
      <section aria-labelledby="veto-heading" className="notice">
        <h2 id="veto-heading">{t("certification.step.vetoHeading")}</h2>
        <p>{t("certification.step.vetoLead")}</p>
        <ul className="bullets">
          {vetoItems.map((item) => (
            <li key={item.id}>
              <strong>{item.code}</strong> {pickCriterionText(locale, item.text_zh, item.text_en)}
            </li>
          ))}
        </ul>
      </section>
      <p>{t("certification.step.evidenceLead")}</p>
      <PostForm action={`/employer/certification/${id}/intro`} errors={result?.errors} errorValues={result?.errorValues}>
        <RadioGroup
          name="level"
          label={t("certification.step.levelLabel")}
          description={t("certification.step.levelHint")}
          defaultValue={values?.level ?? targetLevel ?? undefined}
          options={CERTIFICATE_LEVELS.map((level, index) => ({
            value: level,
            id: index === 0 ? "level" : undefined,
            label: (
              <>
                <strong>{t(`certificate.levels.${level}`)}</strong>
                <br />
                {t("certification.step.levelOption", {
                  explain: t(`certificate.levelExplain.${level}`),
                  threshold: t("certification.step.levelThreshold", { percent: thresholds[level] }),
                })}
              </>
            ),
          }))}
        />
        <div className="button-row">
          <Button type="submit" name="intent" value="continue">
            {t("certification.step.saveContinue")}
          </Button>
          <Button type="submit" name="intent" value="later" variant="secondary">
            {t("certification.step.saveLater")}
          </Button>
        </div>
      </PostForm>
    </>
  );
}

function AreaStep({ result }: { result?: FormErrorData }) {
  const { criteria, id, step, maxBytes, status } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const values = result?.values;
  // The file fields are native inputs, outside React Aria's validationErrors: their messages are passed in.
  const fileError = (name: string) => (result?.errors[name] ? translateKey(t, result.errors[name], result.errorValues?.[name]) : undefined);
  const value = (name: string, saved: string | null | undefined) => (values ? values[name] ?? "" : saved ?? "");
  return (
    <>
      <p className="lead">{t("certification.step.areaLead")}</p>
      <PostForm action={`/employer/certification/${id}/${step}`} encType="multipart/form-data" errors={result?.errors} errorValues={result?.errorValues}>
        {criteria.map((criterion) => {
          const answer = criterion.answer;
          const headingId = `criterion-${criterion.id}`;
          return (
            <section key={criterion.id} aria-labelledby={headingId} className="criterion">
              <h2 id={headingId} className="criterion__title">
                {criterion.code} · {pickCriterionText(locale, criterion.text_zh, criterion.text_en)}
              </h2>
              <CriterionTags criterion={criterion} />
              {criterion.guidance_zh || criterion.guidance_en ? (
                <p className="field__hint">{pickCriterionText(locale, criterion.guidance_zh, criterion.guidance_en)}</p>
              ) : null}
              {criterion.veto ? <p className="criterion__veto">{t("certification.step.vetoExplain")}</p> : null}
              {answer?.change_request && status === "changes_requested" ? (
                <div className="notice">
                  <p>
                    <strong>
                      <Labelled text={t("certification.application.reviewerSays")} />
                    </strong>
                    <FreeText text={answer.change_request} />
                  </p>
                </div>
              ) : null}
              <RadioGroup
                name={`answer-${criterion.id}`}
                label={t("certification.step.answerLabel", { code: criterion.code })}
                defaultValue={value(`answer-${criterion.id}`, answer?.answer) || undefined}
                options={[
                  { value: "yes", label: t("certification.step.answerYes"), id: `answer-${criterion.id}` },
                  { value: "no", label: t("certification.step.answerNo") },
                ]}
              />
              <fieldset className="evidence">
                <legend>{t("certification.step.evidenceLegend", { code: criterion.code })}</legend>
                <p className="field__hint">{t("certification.step.evidenceHint")}</p>
                {answer?.evidence_file_id ? (
                  <div className="evidence__current">
                    <p>
                      <Labelled text={t("certification.step.currentFile")} />
                      <a href={`/employer/certification/${id}/evidence/${criterion.id}`}>
                        {answer.file_name ?? t("certification.step.fileFallback")}
                      </a>{" "}
                      ({formatSize(answer.file_size)})
                    </p>
                    <Checkbox name={`remove-${criterion.id}`} label={t("certification.step.removeFile", { code: criterion.code })} />
                  </div>
                ) : null}
                <div className={["field", fileError(`file-${criterion.id}`) ? "field--invalid" : null].filter(Boolean).join(" ")}>
                  <label className="field__label" htmlFor={`file-${criterion.id}`}>
                    {answer?.evidence_file_id ? t("certification.step.replaceFile", { code: criterion.code }) : t("certification.step.uploadFile", { code: criterion.code })}
                  </label>
                  <p className="field__hint" id={`file-${criterion.id}-hint`}>
                    {t("upload.hintDocument", { max: maxBytes })}
                  </p>
                  {fileError(`file-${criterion.id}`) ? (
                    <p className="field__error" id={`file-${criterion.id}-error`}>
                      {fileError(`file-${criterion.id}`)}
                    </p>
                  ) : null}
                  <input
                    className="input input--file"
                    type="file"
                    id={`file-${criterion.id}`}
                    name={`file-${criterion.id}`}
                    accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                    aria-describedby={[`file-${criterion.id}-hint`, fileError(`file-${criterion.id}`) ? `file-${criterion.id}-error` : null].filter(Boolean).join(" ")}
                    aria-invalid={fileError(`file-${criterion.id}`) ? true : undefined}
                  />
                </div>
                <TextArea
                  id={`text-${criterion.id}`}
                  name={`text-${criterion.id}`}
                  label={t("certification.step.describeLabel", { code: criterion.code })}
                  rows={3}
                  defaultValue={value(`text-${criterion.id}`, answer?.evidence_text)}
                />
                <TextField
                  id={`url-${criterion.id}`}
                  name={`url-${criterion.id}`}
                  type="url"
                  label={t("certification.step.linkLabel", { code: criterion.code })}
                  description={t("certification.step.linkHint")}
                  defaultValue={value(`url-${criterion.id}`, answer?.evidence_url)}
                />
              </fieldset>
              {answer?.change_request && status === "changes_requested" ? (
                <TextArea
                  id={`response-${criterion.id}`}
                  name={`response-${criterion.id}`}
                  label={t("certification.step.responseLabel", { code: criterion.code })}
                  rows={3}
                  defaultValue={value(`response-${criterion.id}`, answer.employer_response)}
                />
              ) : null}
            </section>
          );
        })}
        <div className="button-row">
          <Button type="submit" name="intent" value="continue">
            {t("certification.step.saveContinue")}
          </Button>
          <Button type="submit" name="intent" value="later" variant="secondary">
            {t("certification.step.saveLater")}
          </Button>
        </div>
      </PostForm>
    </>
  );
}

function formatSize(bytes: number | null): string {
  if (!bytes) return "";
  return bytes >= 1024 * 1024 ? `${Number((bytes / (1024 * 1024)).toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function CheckStep({ result }: { result?: FormErrorData }) {
  const { criteria, id, score, targetLevel, status, partners, defaultPartner, reviewingPartner } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  const areaName = useAreaName();
  const base = `/employer/certification/${id}`;
  return (
    <>
      <p className="lead">{t("certification.step.checkLead")}</p>
      {/* The summary comes first on the page: most of its links go to the answers listed above the form. */}
      <ErrorSummary errors={result?.errors ?? {}} errorValues={result?.errorValues} />
      <dl className="facts">
        <div>
          <dt>{t("certification.application.levelSought")}</dt>
          <dd>
            {targetLevel ? <Labelled text={t(`certificate.levels.${targetLevel}`)} /> : null}
            <Link to={`${base}/intro`}>
              {t("certification.step.change")}
              <span className="visually-hidden"> {t("certification.application.levelSought")}</span>
            </Link>
          </dd>
        </div>
      </dl>
      <ScorePanel score={score} headingId="score-heading" heading={t("certification.step.scoreHeading")} />
      {ASSESSMENT_AREAS.map((area) => {
        const inArea = criteria.filter((c) => c.area === area);
        if (inArea.length === 0) return null;
        return (
          <section key={area} aria-labelledby={`check-${area}`}>
            <h2 id={`check-${area}`}>{areaName(area)}</h2>
            <dl className="check-list">
              {inArea.map((c) => {
                const a = c.answer;
                const evidence = [
                  a?.evidence_file_id ? t("certification.check.file", { name: a.file_name ?? "" }) : null,
                  a?.evidence_text ? t("certification.check.described") : null,
                  a?.evidence_url ? t("certification.check.linked") : null,
                ].filter(Boolean);
                return (
                  <div key={c.id} id={`check-${c.code}`} tabIndex={-1} className="check-list__row">
                    <dt>
                      {c.code} · {pickCriterionText(locale, c.text_zh, c.text_en)}
                    </dt>
                    <dd>
                      {a?.answer ? t(a.answer === "yes" ? "certification.step.answerYes" : "certification.step.answerNo") : t("certification.check.notAnswered")}
                      {" · "}
                      {evidence.length > 0 ? evidence.join(t("common.listSeparator")) : t("certification.check.noEvidence")}
                    </dd>
                    <dd>
                      <Link to={`${base}/${area}#criterion-${c.id}`}>
                        {t("certification.step.change")}
                        <span className="visually-hidden"> {c.code}</span>
                      </Link>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
      <PostForm action={`${base}/check`}>
        <p>{status === "changes_requested" ? t("certification.step.resubmitLead") : t("certification.step.submitLead")}</p>
        {reviewingPartner ? (
          <p>{t("certification.step.resubmitTo", { partner: pickText(locale, reviewingPartner.zh, reviewingPartner.en)?.text ?? "" })}</p>
        ) : (
          <NativeSelect
            id="partnerId"
            name="partnerId"
            label={t("certification.step.partnerLabel")}
            description={t("certification.step.partnerHint")}
            defaultValue={result?.values.partnerId ?? defaultPartner}
            errorMessage={result?.errors.partnerId ? translateKey(t, result.errors.partnerId) : undefined}
            options={[
              { value: "", label: t("certification.step.choosePartner") },
              ...partners.map((partner) => ({ value: String(partner.id), label: pickText(locale, partner.name_zh, partner.name_en)?.text ?? String(partner.id) })),
            ]}
          />
        )}
        <Button type="submit" id="submit">
          {status === "changes_requested" ? t("certification.step.resubmit") : t("certification.step.submit")}
        </Button>
      </PostForm>
    </>
  );
}
