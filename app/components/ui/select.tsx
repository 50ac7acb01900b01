import { useId, type ReactNode } from "react";

/** An option, or a labelled group of options. */
export type SelectOption = { value: string; label: string } | { group: string; options: { value: string; label: string }[] };

/**
 * A native <select> with a visible label and optional hint. React Aria's Select is a custom listbox
 * that needs JavaScript, and our public pages must work without it (see docs/decisions/004).
 */
export function NativeSelect({
  label,
  name,
  options,
  defaultValue,
  description,
  form,
  className,
  id: givenId,
  errorMessage,
  hideLabel = false,
}: {
  label: ReactNode;
  name: string;
  options: SelectOption[];
  defaultValue?: string;
  description?: string;
  form?: string;
  className?: string;
  /** A fixed id, so an error summary can link to the field. */
  id?: string;
  /** Shown above the select, which is then marked invalid. */
  errorMessage?: string;
  /** Keep the label for assistive technology only, where something visible already names the control (a filter group's summary). */
  hideLabel?: boolean;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [description ? hintId : null, errorMessage ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={["field", className].filter(Boolean).join(" ")} data-invalid={errorMessage ? "true" : undefined}>
      <label className={hideLabel ? "field__label visually-hidden" : "field__label"} htmlFor={id}>
        {label}
      </label>
      {description ? (
        <span id={hintId} className="field__hint">
          {description}
        </span>
      ) : null}
      {errorMessage ? (
        <span id={errorId} className="field__error">
          {errorMessage}
        </span>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        form={form}
        className="input select"
        aria-describedby={describedBy || undefined}
        aria-invalid={errorMessage ? true : undefined}
      >
        {options.map((option) =>
          "group" in option ? (
            <optgroup key={option.group} label={option.group}>
              {option.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ),
        )}
      </select>
    </div>
  );
}
