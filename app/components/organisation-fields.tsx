import { useTranslation } from "react-i18next";
import { PARTNER_TYPES } from "~/domain/organisation";
import { RadioGroup } from "./ui/radio-group";
import { TextField } from "./ui/text-field";

/** The fields of a partner organisation, shared by the admin's "add" and "edit" forms. */
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
    </>
  );
}
