import { useEffect, useRef, type MouseEvent } from "react";
import { translateKey } from "~/utils/i18n";
import { useTranslation } from "react-i18next";

/**
 * With JavaScript, an error link focuses its field itself instead of changing the URL's #fragment:
 * the router treats a fragment change as a navigation and drops the action's errors, so the summary
 * would vanish under the person reading it. Without JavaScript the plain link does the same job.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  const control = target.matches("input, select, textarea, button, [tabindex]")
    ? target
    : target.querySelector<HTMLElement>("input:checked, input, select, textarea, button");
  if (!control) return;
  event.preventDefault();
  // The label or legend above the field comes into view with it, as in GOV.UK's error summary.
  (target.closest(".field, fieldset, .choice-group") ?? target).scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: a list of every problem at the top of the form, each a link to its
 * field. It takes focus when it appears, so screen readers announce it at once (react-spectrum
 * #8328: errors tied to a field only by aria-describedby are often not read).
 */
export function ErrorSummary({
  errors,
  fieldIds,
  errorValues,
}: {
  errors: Record<string, string>;
  fieldIds?: Record<string, string>;
  /** Values for placeholders in a field's message, such as an upload's size limit. */
  errorValues?: Record<string, Record<string, string | number>>;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const key = entries.map(([field, message]) => `${field}:${message}`).join("|");

  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);

  if (entries.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title" className="error-summary__title">
        {t("forms.errorSummaryTitle")}
      </h2>
      <ul className="error-summary__list">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldIds?.[field] ?? field}`} onClick={(event) => focusField(event, fieldIds?.[field] ?? field)}>
              {translateKey(t, message, errorValues?.[field])}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
