import {
  FieldError,
  Label,
  Text,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from "react-aria-components";

/** Props for {@link TextArea}: a visible label, an optional hint, and the language of what is typed. */
export type TextAreaProps = AriaTextFieldProps & {
  label: string;
  description?: string;
  errorMessage?: string;
  rows?: number;
  /** The language the text is written in, when it may differ from the page's (bilingual fields). */
  inputLang?: string;
};

/** React Aria's TextField with a multi-line TextArea, its Label, hint and FieldError wired up. */
export function TextArea({ label, description, errorMessage, className, rows = 5, inputLang, ...props }: TextAreaProps) {
  return (
    <AriaTextField {...props} className={["field", className].filter(Boolean).join(" ")}>
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <AriaTextArea className="input textarea" rows={rows} lang={inputLang} />
    </AriaTextField>
  );
}
