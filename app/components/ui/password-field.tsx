import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./button";
import { TextField, type TextFieldProps } from "./text-field";

/**
 * A password field that accepts paste and password managers, with a "show password" toggle. The
 * toggle appears only once JavaScript runs, because without it the button could do nothing.
 */
export function PasswordField(props: Omit<TextFieldProps, "type"> & { autoComplete: "current-password" | "new-password" }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  return (
    <div className="password-field">
      <TextField {...props} type={visible ? "text" : "password"} />
      {enhanced ? (
        <Button
          variant="secondary"
          className="password-field__toggle"
          aria-pressed={visible}
          aria-controls={props.id}
          onPress={() => setVisible((v) => !v)}
        >
          {visible ? t("auth.hidePassword") : t("auth.showPassword")}
        </Button>
      ) : null}
    </div>
  );
}
