import { useLocation } from "@remix-run/react";
import { translateKey } from "~/utils/i18n";
import type { FormEvent, ReactNode } from "react";
import { Form as AriaForm } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "./error-summary";

/**
 * A POST form in the GOV.UK pattern: the error summary first, then the fields, each of which shows
 * its own error through React Aria (`validationErrors`, `validationBehavior="aria"`, so the
 * browser's own bubbles never replace ours). It submits as a normal document request, so it works
 * the same with and without JavaScript; `onSubmit` is only for forms that exist once hydrated.
 */
export function PostForm({
  errors = {},
  action,
  children,
  className,
  onSubmit,
  encType,
  errorValues,
}: {
  errors?: Record<string, string>;
  /** "multipart/form-data" for a form with a file field. */
  encType?: "multipart/form-data";
  /** Values for placeholders in a field's message, such as an upload's size limit. */
  errorValues?: Record<string, Record<string, string | number>>;
  action?: string;
  children: ReactNode;
  className?: string;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const translated = Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, translateKey(t, key, errorValues?.[field])]));
  return (
    <AriaForm
      method="post"
      // An explicit action drops any #fragment (left by an error-summary link) from the request,
      // so it does not follow the redirect to the next page.
      action={action ?? `${location.pathname}${location.search}`}
      encType={encType}
      validationBehavior="aria"
      validationErrors={translated}
      className={["form", className].filter(Boolean).join(" ")}
      onSubmit={onSubmit}
    >
      <ErrorSummary errors={errors} errorValues={errorValues} />
      {children}
    </AriaForm>
  );
}

/** A field hidden from people and assistive technology that only bots fill in: our CAPTCHA-free spam trap. */
export function Honeypot({ label }: { label: string }) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label>
        {label}
        <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
