import type { ReactNode } from "react";
import {
  FieldError,
  Label,
  Radio,
  RadioGroup as AriaRadioGroup,
  Text,
  type RadioGroupProps as AriaRadioGroupProps,
} from "react-aria-components";

/** React Aria's RadioGroup of real radio inputs with its error message; the dot is drawn with CSS `:has(input:checked)`. */
export function RadioGroup({
  label,
  description,
  options,
  className,
  hideLabel = false,
  ...props
}: Omit<AriaRadioGroupProps, "children"> & {
  label: string;
  description?: string;
  /** Keep the label for assistive technology only, where something visible already names the control (a filter group's summary). */
  hideLabel?: boolean;
  /** An option may carry an id, so an error summary can link to the group's first radio. */
  options: { value: string; label: ReactNode; id?: string }[];
}) {
  return (
    <AriaRadioGroup {...props} className={["choice-group", className].filter(Boolean).join(" ")}>
      <Label className={hideLabel ? "choice-group__legend visually-hidden" : "choice-group__legend"}>{label}</Label>
      {description ? (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      ) : null}
      {/* Shown when the form's validationErrors name this group (GOV.UK: the message above the options). */}
      <FieldError className="field__error" />
      <div className="choice-group__items">
        {options.map((option) => (
          <Radio key={option.value} id={option.id} value={option.value} className="choice choice--radio">
            <span className="choice__box" aria-hidden="true" />
            <span className="choice__label">{option.label}</span>
          </Radio>
        ))}
      </div>
    </AriaRadioGroup>
  );
}
