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
};

/** React Aria's TextField with its Label, hint (Description) and FieldError always wired up. */
export function TextField({ label, description, errorMessage, className, inputClassName, placeholder, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} className={["field", className].filter(Boolean).join(" ")}>
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Input className={["input", inputClassName].filter(Boolean).join(" ")} placeholder={placeholder} />
    </AriaTextField>
  );
}
