import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from "react-aria-components";

/** Props for {@link TextField}: a visible label, an optional hint and error. */
export type TextFieldProps = AriaTextFieldProps & {
  label: string;
  description?: string;
  errorMessage?: string;
  type?: "text" | "search" | "email" | "tel" | "url" | "password";
  placeholder?: string;
  autoComplete?: string;
  inputClassName?: string;
  /** The language the text is written in, when it may differ from the page's (bilingual fields). */
  inputLang?: string;
  inputMode?: "text" | "numeric" | "decimal" | "email" | "tel" | "url" | "search";
};

/** React Aria's TextField with its Label, hint (Description) and FieldError always wired up. */
export function TextField({
  label,
  description,
  errorMessage,
  className,
  inputClassName,
  placeholder,
  inputLang,
  inputMode,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField {...props} className={["field", className].filter(Boolean).join(" ")}>
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Input className={["input", inputClassName].filter(Boolean).join(" ")} placeholder={placeholder} lang={inputLang} inputMode={inputMode} />
    </AriaTextField>
  );
}
