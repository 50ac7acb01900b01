/**
 * A native file input with a visible label, a hint and an error, wired with aria-describedby and
 * aria-invalid. React Aria has no file field that posts with a plain HTML form, and a native input
 * works the same with or without JavaScript, with every screen reader's own file-picker support.
 */
export function FileField({
  id,
  name,
  label,
  description,
  errorMessage,
  accept,
}: {
  id: string;
  name: string;
  label: string;
  description?: string;
  errorMessage?: string;
  accept?: string;
}) {
  const hintId = description ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <p className="field__hint" id={hintId}>
          {description}
        </p>
      ) : null}
      {errorMessage ? (
        <p className="field__error" id={errorId}>
          {errorMessage}
        </p>
      ) : null}
      <input
        className="input input--file"
        type="file"
        id={id}
        name={name}
        accept={accept}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={errorMessage ? true : undefined}
        data-invalid={errorMessage ? true : undefined}
      />
    </div>
  );
}
