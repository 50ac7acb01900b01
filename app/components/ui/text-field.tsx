import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
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
  /** Several lines of text: a <textarea> with this many rows. */
  rows?: number;
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
  rows,
  inputLang,
  inputMode,
  ...props
}: TextFieldProps) {
  const inputClass = ["input", rows ? "input--multiline" : null, inputClassName].filter(Boolean).join(" ");
  return (
    <AriaTextField {...props} className={["field", className].filter(Boolean).join(" ")}>
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      {rows ? (
        <TextArea className={inputClass} placeholder={placeholder} rows={rows} lang={inputLang} />
      ) : (
        <Input className={inputClass} placeholder={placeholder} lang={inputLang} inputMode={inputMode} />
      )}
    </AriaTextField>
  );
}
