import type { ReactNode } from "react";
import {
  Checkbox as AriaCheckbox,
  CheckboxGroup as AriaCheckboxGroup,
  Label,
  Text,
  type CheckboxGroupProps as AriaCheckboxGroupProps,
} from "react-aria-components";

/**
 * React Aria's CheckboxGroup as a fieldset-like group of real checkboxes. The visual tick is drawn
 * with CSS `:has(input:checked)`, not React state, so it also works on pages that are not hydrated.
 */
export function CheckboxGroup({
  label,
  description,
  options,
  className,
  hideLabel = false,
  ...props
}: Omit<AriaCheckboxGroupProps, "children"> & {
  label: string;
  description?: string;
  /** Keep the label for assistive technology only, where something visible already names the control (a filter group's summary). */
  hideLabel?: boolean;
  /** A label may be an element, to mark content in the other language with `lang`. */
  options: { value: string; label: ReactNode }[];
}) {
  return (
    <AriaCheckboxGroup {...props} className={["choice-group", className].filter(Boolean).join(" ")}>
      <Label className={hideLabel ? "choice-group__legend visually-hidden" : "choice-group__legend"}>{label}</Label>
      {description ? (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      ) : null}
      <div className="choice-group__items">
        {options.map((option) => (
          <AriaCheckbox key={option.value} value={option.value} className="choice">
            <span className="choice__box" aria-hidden="true" />
            <span className="choice__label">{option.label}</span>
          </AriaCheckbox>
        ))}
      </div>
    </AriaCheckboxGroup>
  );
}
