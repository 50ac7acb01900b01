import { useTranslation } from "react-i18next";
import { CONTACT_OPTIONS, PARTNER_TYPES } from "~/domain/organisation";
import { CheckboxGroup } from "./ui/checkbox-group";
import { RadioGroup } from "./ui/radio-group";
import { TextArea } from "./ui/text-area";
import { TextField } from "./ui/text-field";

/**
 * The fields of a partner organisation, shared by the admin's "add" and "edit" forms: who it is,
 * then the contact details its public page shows. `contactOptions` comes back comma-separated.
 */
export function OrganisationFields({ values }: { values: Partial<Record<string, string>> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField id="nameZh" name="nameZh" label={t("admin.nameZh")} description={t("admin.nameHint")} defaultValue={values.nameZh} autoComplete="off" />
      <TextField id="nameEn" name="nameEn" label={t("admin.nameEn")} defaultValue={values.nameEn} autoComplete="off" />
      <RadioGroup
        id="partnerType"
        name="partnerType"
        label={t("admin.partnerType")}
        defaultValue={values.partnerType}
        options={PARTNER_TYPES.map((value) => ({ value, label: t(`enums.partnerType.${value}`) }))}
      />
      <TextField id="province" name="province" label={t("admin.province")} description={t("admin.provinceHint")} defaultValue={values.province} autoComplete="off" />
      <TextField id="city" name="city" label={t("admin.city")} description={t("admin.cityHint")} defaultValue={values.city} autoComplete="off" />
      <TextField
        id="website"
        name="website"
        type="url"
        inputMode="url"
        label={t("admin.website")}
        description={t("admin.websiteHint")}
        defaultValue={values.website}
        autoComplete="url"
      />

      <h2>{t("admin.contactHeading")}</h2>
      <p className="field__hint">{t("admin.contactLead")}</p>
      <TextArea id="addressZh" name="addressZh" rows={2} label={t("admin.addressZh")} description={t("admin.addressHint")} defaultValue={values.addressZh} inputLang="zh-CN" />
      <TextArea id="addressEn" name="addressEn" rows={2} label={t("admin.addressEn")} defaultValue={values.addressEn} inputLang="en" />
      <TextField id="hoursZh" name="hoursZh" label={t("admin.hoursZh")} description={t("admin.hoursHint")} defaultValue={values.hoursZh} autoComplete="off" inputLang="zh-CN" />
      <TextField id="hoursEn" name="hoursEn" label={t("admin.hoursEn")} defaultValue={values.hoursEn} autoComplete="off" inputLang="en" />
      <TextField id="phone" name="phone" type="tel" inputMode="tel" label={t("admin.phone")} description={t("admin.phoneHint")} defaultValue={values.phone} autoComplete="off" />
      <TextField id="contactEmail" name="contactEmail" type="email" inputMode="email" label={t("admin.contactEmail")} defaultValue={values.contactEmail} autoComplete="off" />
      <TextField id="wechatAccount" name="wechatAccount" label={t("admin.wechatAccount")} description={t("admin.wechatHint")} defaultValue={values.wechatAccount} autoComplete="off" />
      <CheckboxGroup
        id="contactOptions"
        name="contactOptions"
        label={t("admin.contactOptions")}
        description={t("admin.contactOptionsHint")}
        defaultValue={values.contactOptions ? values.contactOptions.split(",") : []}
        options={CONTACT_OPTIONS.map((value) => ({ value, label: t(`enums.contactOption.${value}`) }))}
      />
      <TextArea id="contactNoteZh" name="contactNoteZh" rows={3} label={t("admin.contactNoteZh")} description={t("admin.contactNoteHint")} defaultValue={values.contactNoteZh} inputLang="zh-CN" />
      <TextArea id="contactNoteEn" name="contactNoteEn" rows={3} label={t("admin.contactNoteEn")} defaultValue={values.contactNoteEn} inputLang="en" />
    </>
  );
}
