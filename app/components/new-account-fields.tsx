import { useTranslation } from "react-i18next";
import { Honeypot } from "./ui/form";
import { PasswordField } from "./ui/password-field";
import { TextField } from "./ui/text-field";

/**
 * A new account's own fields (name, email address or mobile number, new password) and the spam trap,
 * shared by the seekers' and the employers' sign-up forms. The password is never sent back, so it
 * has no value.
 */
export function NewAccountFields({ values }: { values: Partial<Record<string, string>> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField id="displayName" name="displayName" label={t("auth.displayName")} description={t("auth.displayNameHint")} defaultValue={values.displayName} autoComplete="name" />
      <TextField id="login" name="login" label={t("auth.login")} description={t("auth.loginHint")} defaultValue={values.login} autoComplete="username" />
      <PasswordField id="password" name="password" label={t("auth.password")} description={t("auth.newPasswordHint")} autoComplete="new-password" />
      <Honeypot label={t("auth.honeypot")} />
    </>
  );
}
