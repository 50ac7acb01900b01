import { Checkbox as AriaCheckbox, type CheckboxProps as AriaCheckboxProps } from "react-aria-components";

/**
 * One real checkbox that submits `name=on` when ticked. The tick is drawn with CSS
 * `:has(input:checked)`, so it also works before (or without) hydration.
 */
export function Checkbox({ label, className, ...props }: Omit<AriaCheckboxProps, "children" | "value"> & { label: string }) {
  return (
    <AriaCheckbox {...props} value="on" className={["choice", className].filter(Boolean).join(" ")}>
      <span className="choice__box" aria-hidden="true" />
      <span className="choice__label">{label}</span>
    </AriaCheckbox>
  );
}
