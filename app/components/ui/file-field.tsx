import { useId } from "react";

/**
 * A native file input with its label, hint and error. React Aria has no file field that submits in
 * a plain form, so this follows NativeSelect: the error is passed in (from the action) and tied to
 * the input with aria-describedby and aria-invalid. The form must use multipart/form-data.
 */
export function FileField({
  label,
  name,
  id: givenId,
  accept,
  description,
  errorMessage,
}: {
  label: string;
  name: string;
  /** A fixed id, so an error summary can link to the field. */
  id?: string;
  /** A hint for the browser's file chooser; the server checks the real type. */
  accept?: string;
  description?: string;
  errorMessage?: string;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [description ? hintId : null, errorMessage ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className="field" data-invalid={errorMessage ? "true" : undefined}>
      <label className="field__label" htmlFor={id}>
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
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        className="input input--file"
        aria-describedby={describedBy || undefined}
        aria-invalid={errorMessage ? true : undefined}
      />
    </div>
  );
}
