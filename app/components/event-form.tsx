import { useTranslation } from "react-i18next";
import { EVENT_ATTENDANCE, EVENT_PROVISIONS, QA_MODERATION } from "~/domain/event";
import { useLocale } from "~/hooks/use-locale";
import { pickText } from "~/utils/localized";
import { LocalizedText } from "./localized-text";
import { Button } from "./ui/button";
import { CheckboxGroup } from "./ui/checkbox-group";
import { PostForm } from "./ui/form";
import { RadioGroup } from "./ui/radio-group";
import { TextArea } from "./ui/text-area";
import { TextField } from "./ui/text-field";

/** What staff can choose from: employers, each with the openings it may present. */
export type EventChoices = { id: number; name_zh: string | null; name_en: string | null; openings: { id: number; title_zh: string | null; title_en: string | null }[] }[];

/**
 * Staff's event form, for a new event and for changing one. `values` are the submitted or saved
 * values; the lists (provisions, employers, openings) as comma-separated values.
 */
export function EventForm({
  action,
  errors,
  values,
  choices,
  embedOrigins,
  registrations = 0,
}: {
  action: string;
  errors?: Record<string, string>;
  values: Record<string, string>;
  choices: EventChoices;
  /** The streaming services whose players may be embedded (STREAM_EMBED_ORIGINS); none: no player field. */
  embedOrigins: readonly string[];
  /** When changing an event: how many are registered, and would be told of a new day or time. */
  registrations?: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = (name: string) => (values[name] ?? "").split(",").filter(Boolean);
  return (
    <PostForm errors={errors} action={action}>
      <TextField id="titleZh" name="titleZh" label={t("eventsStaff.titleZh")} defaultValue={values.titleZh} autoComplete="off" inputLang="zh-CN" />
      <TextField id="titleEn" name="titleEn" label={t("eventsStaff.titleEn")} defaultValue={values.titleEn} autoComplete="off" inputLang="en" />
      <TextArea id="descriptionZh" name="descriptionZh" label={t("eventsStaff.descriptionZh")} description={t("eventsStaff.descriptionZhHint")} defaultValue={values.descriptionZh} rows={6} inputLang="zh-CN" />
      <TextArea id="descriptionEn" name="descriptionEn" label={t("eventsStaff.descriptionEn")} defaultValue={values.descriptionEn} rows={6} inputLang="en" />
      <h2>{t("eventsStaff.whenHeading")}</h2>
      {registrations > 0 ? <p className="notice">{t("eventsStaff.moveTells", { count: registrations })}</p> : null}
      <TextField id="day" name="day" label={t("eventsStaff.day")} description={t("eventsStaff.dayHint")} defaultValue={values.day} autoComplete="off" />
      <TextField id="startTime" name="startTime" label={t("eventsStaff.startTime")} description={t("eventsStaff.timeHint")} defaultValue={values.startTime} autoComplete="off" />
      <TextField id="endDay" name="endDay" label={t("eventsStaff.endDay")} description={t("eventsStaff.endDayHint")} defaultValue={values.endDay} autoComplete="off" />
      <TextField id="endTime" name="endTime" label={t("eventsStaff.endTime")} description={t("eventsStaff.timeHint")} defaultValue={values.endTime} autoComplete="off" />
      <h2>{t("eventsStaff.whereHeading")}</h2>
      <RadioGroup
        id="attendance"
        name="attendance"
        label={t("eventsStaff.attendanceLabel")}
        defaultValue={values.attendance || "online"}
        options={EVENT_ATTENDANCE.map((value) => ({ value, label: t(`eventsStaff.attendance.${value}`) }))}
      />
      {/* Always shown, so the form is the same with and without JavaScript; an online event keeps none of it. */}
      <TextField id="venueNameZh" name="venueNameZh" label={t("eventsStaff.venueNameZh")} description={t("eventsStaff.venueHint")} defaultValue={values.venueNameZh} autoComplete="off" inputLang="zh-CN" />
      <TextField id="venueNameEn" name="venueNameEn" label={t("eventsStaff.venueNameEn")} defaultValue={values.venueNameEn} autoComplete="off" inputLang="en" />
      <TextField id="venueAddressZh" name="venueAddressZh" label={t("eventsStaff.venueAddressZh")} description={t("eventsStaff.venueHint")} defaultValue={values.venueAddressZh} autoComplete="off" inputLang="zh-CN" />
      <TextField id="venueAddressEn" name="venueAddressEn" label={t("eventsStaff.venueAddressEn")} defaultValue={values.venueAddressEn} autoComplete="off" inputLang="en" />
      <TextArea id="venueAccessZh" name="venueAccessZh" label={t("eventsStaff.venueAccessZh")} description={t("eventsStaff.venueAccessZhHint")} defaultValue={values.venueAccessZh} rows={4} inputLang="zh-CN" />
      <TextArea id="venueAccessEn" name="venueAccessEn" label={t("eventsStaff.venueAccessEn")} defaultValue={values.venueAccessEn} rows={4} inputLang="en" />
      <TextField id="streamUrl" name="streamUrl" type="url" label={t("eventsStaff.streamUrl")} description={t("eventsStaff.streamUrlHint")} defaultValue={values.streamUrl} autoComplete="off" />
      {embedOrigins.length > 0 ? (
        <TextField
          id="embedUrl"
          name="embedUrl"
          type="url"
          label={t("eventsStaff.embedUrl")}
          description={t("eventsStaff.embedUrlHint", { origins: embedOrigins.join(t("events.listSeparator")) })}
          defaultValue={values.embedUrl}
          autoComplete="off"
        />
      ) : null}
      <TextField id="replayUrl" name="replayUrl" type="url" label={t("eventsStaff.replayUrl")} description={t("eventsStaff.replayUrlHint")} defaultValue={values.replayUrl} autoComplete="off" />
      <CheckboxGroup
        id="provisions"
        name="provisions"
        label={t("eventsStaff.provisionsLabel")}
        description={t("eventsStaff.provisionsHint")}
        defaultValue={list("provisions")}
        options={EVENT_PROVISIONS.map((provision) => ({ value: provision, label: t(`events.provisions.${provision}`) }))}
      />
      <RadioGroup
        id="qaModeration"
        name="qaModeration"
        label={t("eventsStaff.moderationLabel")}
        defaultValue={values.qaModeration || "held"}
        options={QA_MODERATION.map((value) => ({ value, label: t(`eventsStaff.moderation.${value}`) }))}
      />
      {choices.length === 0 ? (
        <p>{t("eventsStaff.noChoices")}</p>
      ) : (
        <>
          <CheckboxGroup
            id="employers"
            name="employers"
            className="event-choices"
            label={t("eventsStaff.employersLabel")}
            description={t("eventsStaff.employersHint")}
            defaultValue={list("employers")}
            options={choices.map((employer) => ({ value: String(employer.id), label: <LocalizedText value={pickText(locale, employer.name_zh, employer.name_en)} /> }))}
          />
          {choices.map((employer, index) => (
            <CheckboxGroup
              key={employer.id}
              id={index === 0 ? "openings" : `openings-${employer.id}`}
              name="openings"
              className="event-choices"
              label={t("eventsStaff.openingsLabel", { employer: pickText(locale, employer.name_zh, employer.name_en)?.text ?? "" })}
              defaultValue={list("openings")}
              options={employer.openings.map((opening) => ({ value: String(opening.id), label: <LocalizedText value={pickText(locale, opening.title_zh, opening.title_en)} /> }))}
            />
          ))}
        </>
      )}
      <Button type="submit">{t("eventsStaff.save")}</Button>
    </PostForm>
  );
}
