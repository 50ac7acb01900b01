import { Link } from "@remix-run/react";
import type { ParseKeys } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EMPLOYMENT_FORMS, PAY_UNITS, SCHEDULES, WORK_ARRANGEMENTS } from "~/domain/opening";
import { flagsIn, type FlagColumn } from "~/domain/opening-fields";
import { Button } from "~/components/ui/button";
import { Checkbox } from "~/components/ui/checkbox";
import { PostForm } from "~/components/ui/form";
import { NativeSelect } from "~/components/ui/select";
import { TextArea } from "~/components/ui/text-area";
import { TextField } from "~/components/ui/text-field";
import { pickText } from "~/utils/localized";
import { placeName, PROVINCES } from "~/utils/places";
import { useLocale } from "~/hooks/use-locale";

/** An organisation offered in the editor's employer or partner choice. */
export type OrganisationChoice = { id: number; name_zh: string | null; name_en: string | null; verification_status?: string };

// The checkbox groups, from the opening's one field list.
const COMMUNICATION = flagsIn("communication");
const TOOLS = flagsIn("tools");
const WORKPLACE = flagsIn("workplace");
const SUPPORT = flagsIn("support");
const PROTECTION = flagsIn("protection");

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="editor__section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The opening editor, shared by partner staff and employer members. It is one POST form that works
 * without JavaScript: `values` are the saved opening or, after a failed submit, exactly what was typed.
 */
export function OpeningEditorForm({
  side,
  values,
  errors,
  employers,
  partners,
  notice,
  cancelTo,
  isNew,
}: {
  side: "staff" | "employer";
  values: Record<string, string>;
  errors: Record<string, string>;
  /** Staff choose the employer the opening is for. */
  employers?: OrganisationChoice[];
  /** Employers choose the partner who reviews it; null once it has been submitted. */
  partners?: OrganisationChoice[] | null;
  notice?: string | null;
  cancelTo: string;
  isNew: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const error = (field: string) => (errors[field] ? t(errors[field] as ParseKeys) : undefined);
  const name = (org: OrganisationChoice) => pickText(locale, org.name_zh, org.name_en)?.text ?? String(org.id);
  const text = (field: string) => values[field] ?? "";
  const ticked = (field: string) => values[field] === "on";
  const checkbox = (field: FlagColumn) => (
    <Checkbox key={field} id={field} name={field} label={t(`editor.fields.${field}`)} defaultSelected={ticked(field)} />
  );
  const bilingual = (base: "title" | "summary" | "description" | "how_to_apply", hint: string, multiline: boolean) =>
    (["zh", "en"] as const).map((lang) => {
      const field = `${base}_${lang}` as const;
      const props = {
        id: field,
        name: field,
        label: t(`editor.fields.${field}`),
        description: hint,
        defaultValue: text(field),
        errorMessage: error(field),
        inputLang: lang === "zh" ? "zh-CN" : "en",
      };
      return multiline ? <TextArea key={field} {...props} rows={base === "description" ? 8 : 3} /> : <TextField key={field} {...props} />;
    });

  return (
    <PostForm errors={errors} className="editor">
      <p>{t("editor.requiredNote")}</p>
      {notice ? <p className="notice">{notice}</p> : null}

      {side === "staff" && employers ? (
        <Section id="editor-organisations" title={t("editor.sections.organisations")}>
          <NativeSelect
            id="employerId"
            name="employerId"
            label={t("editor.fields.employer_id")}
            description={t("editor.hints.employer")}
            defaultValue={text("employerId")}
            errorMessage={error("employerId")}
            options={[
              { value: "", label: t("editor.chooseEmployer") },
              ...employers.map((org) => ({
                value: String(org.id),
                label: org.verification_status === "verified" ? name(org) : t("editor.employerUnverified", { name: name(org) }),
              })),
            ]}
          />
        </Section>
      ) : null}
      {side === "employer" && partners ? (
        <Section id="editor-organisations" title={t("editor.sections.organisations")}>
          <NativeSelect
            id="partnerId"
            name="partnerId"
            label={t("editor.fields.partner_id")}
            description={t("editor.hints.partner")}
            defaultValue={text("partnerId")}
            errorMessage={error("partnerId")}
            options={[{ value: "", label: t("editor.choosePartner") }, ...partners.map((org) => ({ value: String(org.id), label: name(org) }))]}
          />
        </Section>
      ) : null}

      <Section id="editor-basics" title={t("editor.sections.basics")}>
        {bilingual("title", t("editor.hints.title"), false)}
        {bilingual("summary", t("editor.hints.summary"), true)}
        {bilingual("description", t("editor.hints.description"), true)}
        {bilingual("how_to_apply", t("editor.hints.howToApply"), true)}
      </Section>

      <Section id="editor-work" title={t("editor.sections.work")}>
        <NativeSelect
          id="work_arrangement"
          name="work_arrangement"
          label={t("editor.fields.work_arrangement")}
          defaultValue={text("work_arrangement")}
          errorMessage={error("work_arrangement")}
          options={WORK_ARRANGEMENTS.map((value) => ({ value, label: t(`enums.workArrangement.${value}`) }))}
        />
        <NativeSelect
          id="province"
          name="province"
          label={t("editor.fields.province")}
          description={t("editor.hints.province")}
          defaultValue={text("province")}
          errorMessage={error("province")}
          options={[
            { value: "", label: t("editor.provinceAnywhere") },
            ...PROVINCES.map((province) => ({ value: province, label: placeName(locale, province).text })),
          ]}
        />
        <TextField
          id="city"
          name="city"
          label={t("editor.fields.city")}
          description={t("editor.hints.city")}
          defaultValue={text("city")}
          errorMessage={error("city")}
          inputLang="zh-CN"
        />
        <NativeSelect
          id="employment_form"
          name="employment_form"
          label={t("editor.fields.employment_form")}
          defaultValue={text("employment_form")}
          errorMessage={error("employment_form")}
          options={EMPLOYMENT_FORMS.map((value) => ({ value, label: t(`enums.employmentForm.${value}`) }))}
        />
        <div className="editor__pair">
          <TextField
            id="hours_min"
            name="hours_min"
            label={t("editor.fields.hours_min")}
            description={t("editor.hints.hours")}
            defaultValue={text("hours_min")}
            errorMessage={error("hours_min")}
            inputMode="numeric"
          />
          <TextField
            id="hours_max"
            name="hours_max"
            label={t("editor.fields.hours_max")}
            description={t("editor.hints.hours")}
            defaultValue={text("hours_max")}
            errorMessage={error("hours_max")}
            inputMode="numeric"
          />
        </div>
        <NativeSelect
          id="schedule"
          name="schedule"
          label={t("editor.fields.schedule")}
          defaultValue={text("schedule")}
          errorMessage={error("schedule")}
          options={SCHEDULES.map((value) => ({ value, label: t(`enums.schedule.${value}`) }))}
        />
      </Section>

      <fieldset className="choice-group editor__section">
        <legend className="choice-group__legend editor__legend">{t("editor.sections.communication")}</legend>
        <div className="choice-group__items">{COMMUNICATION.map(checkbox)}</div>
      </fieldset>

      <fieldset className="choice-group editor__section">
        <legend className="choice-group__legend editor__legend">{t("editor.sections.tools")}</legend>
        <div className="choice-group__items">{TOOLS.map(checkbox)}</div>
        <TextField
          id="screen_reader_tools"
          name="screen_reader_tools"
          label={t("editor.fields.screen_reader_tools")}
          description={t("editor.hints.tools")}
          defaultValue={text("screen_reader_tools")}
          errorMessage={error("screen_reader_tools")}
        />
        <p className="field__hint">{t("editor.hints.workplace")}</p>
        <div className="choice-group__items">{WORKPLACE.map(checkbox)}</div>
      </fieldset>

      <fieldset className="choice-group editor__section">
        <legend className="choice-group__legend editor__legend">{t("editor.sections.support")}</legend>
        <div className="choice-group__items">{SUPPORT.map(checkbox)}</div>
      </fieldset>

      <Section id="editor-pay" title={t("editor.sections.pay")}>
        <div className="editor__pair">
          <TextField
            id="pay_min"
            name="pay_min"
            label={t("editor.fields.pay_min_minor")}
            description={t("editor.hints.pay")}
            defaultValue={text("pay_min")}
            errorMessage={error("pay_min")}
            inputMode="decimal"
          />
          <TextField
            id="pay_max"
            name="pay_max"
            label={t("editor.fields.pay_max_minor")}
            description={t("editor.hints.pay")}
            defaultValue={text("pay_max")}
            errorMessage={error("pay_max")}
            inputMode="decimal"
          />
        </div>
        <NativeSelect
          id="pay_unit"
          name="pay_unit"
          label={t("editor.fields.pay_unit")}
          defaultValue={text("pay_unit")}
          errorMessage={error("pay_unit")}
          options={PAY_UNITS.map((value) => ({ value, label: t(`editor.payUnits.${value}`) }))}
        />
      </Section>

      <fieldset className="choice-group editor__section">
        <legend className="choice-group__legend editor__legend">{t("editor.sections.protection")}</legend>
        <div className="choice-group__items">{PROTECTION.map(checkbox)}</div>
      </fieldset>

      <Section id="editor-deadline" title={t("editor.sections.deadline")}>
        <TextField
          id="deadline"
          name="deadline"
          label={t("editor.fields.deadline")}
          description={t("editor.hints.deadline")}
          defaultValue={text("deadline")}
          errorMessage={error("deadline")}
          inputMode="numeric"
          autoComplete="off"
        />
      </Section>

      <div className="button-row">
        <Button type="submit" name="intent" value="preview">
          {t("editor.savePreview")}
        </Button>
        <Button type="submit" name="intent" value="save" variant="secondary">
          {isNew ? t("editor.saveDraft") : t("editor.saveChanges")}
        </Button>
      </div>
      <p>
        <Link to={cancelTo}>{t("editor.backWithoutSaving")}</Link>
      </p>
    </PostForm>
  );
}
