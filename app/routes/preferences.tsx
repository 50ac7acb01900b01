import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useEasyRead } from "~/hooks/use-easy-read";
import type { RootLoaderData } from "~/root";
import { Button } from "~/components/ui/button";
import { CheckboxGroup } from "~/components/ui/checkbox-group";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { updatePreferences } from "~/models/user.server";
import { getUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { completePreferences, CONTRASTS, DEFAULT_PREFERENCES, LINE_SPACINGS, PREFERENCE_SWITCHES, TEXT_SIZES, type CompletePreferences } from "~/utils/preferences";
import { preferencesCookieHeader } from "~/utils/preferences.server";
import { preferencesFormSchema } from "~/validation/preferences";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["opening", "account"] };

/** What the page confirms after a 303 back to itself. */
type Confirmation = "saved" | "reset" | null;

// The current preferences come from the root loader, which has already read the session and the
// cookie; this loader only reads the URL.
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const confirmation: Confirmation = params.has("reset") ? "reset" : params.has("saved") ? "saved" : null;
  return json({ confirmation });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseForm(await request.formData(), preferencesFormSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  const { intent, textSize, contrast, lineSpacing, options } = parsed.data;
  const preferences: CompletePreferences =
    intent === "reset"
      ? DEFAULT_PREFERENCES
      : {
          textSize,
          contrast,
          lineSpacing,
          reduceMotion: options.includes("reduceMotion"),
          dyslexiaFont: options.includes("dyslexiaFont"),
          easyRead: options.includes("easyRead"),
        };
  // Looked up only after validation: on success the redirect means no loader runs in this request,
  // so the session is read once either way.
  const user = await getUser(request);
  // A user's profile keeps the complete set, so "saved at the defaults" differs from "never saved".
  if (user) await updatePreferences(getDb(), { id: user.id, preferences });
  // The cookie is set for users too, so the settings stay after signing out on this device.
  return redirect(intent === "reset" ? "/preferences?reset" : "/preferences?saved", {
    status: 303,
    headers: { "Set-Cookie": await preferencesCookieHeader(preferences) },
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("preferences.title"));

export default function Preferences() {
  const { confirmation } = useLoaderData<typeof loader>();
  const root = useRouteLoaderData<RootLoaderData>("root");
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const easyRead = useEasyRead();
  const current = completePreferences(root?.preferences ?? {});
  const signedIn = Boolean(root?.signedInAs);
  const switchesOn = PREFERENCE_SWITCHES.filter((name) => current[name]);
  return (
    <div className="narrow">
      <h1>{t("preferences.title")}</h1>
      {confirmation ? (
        <p className="notice" role="status">
          {confirmation === "reset" ? t("preferences.resetDone") : signedIn ? t("preferences.savedAccount") : t("preferences.savedBrowser")}
        </p>
      ) : null}
      <p className="lead">{easyRead ? t("easyRead.preferencesLead") : t("preferences.lead")}</p>
      <p>{signedIn ? t("preferences.whereAccount") : t("preferences.whereBrowser")}</p>
      <p>{t("preferences.ownTools")}</p>

      <PostForm errors={result?.errors} className="preferences-form">
        <RadioGroup
          id="textSize"
          name="textSize"
          label={t("preferences.textSize")}
          description={t("preferences.textSizeHint")}
          defaultValue={current.textSize}
          options={TEXT_SIZES.map((value) => ({ value, label: t(`preferences.textSizes.${value}`) }))}
        />
        <RadioGroup
          id="contrast"
          name="contrast"
          label={t("preferences.contrast")}
          description={t("preferences.contrastHint")}
          defaultValue={current.contrast}
          options={CONTRASTS.map((value) => ({ value, label: t(`preferences.contrasts.${value}`) }))}
        />
        <RadioGroup
          id="lineSpacing"
          name="lineSpacing"
          label={t("preferences.lineSpacing")}
          defaultValue={current.lineSpacing}
          options={LINE_SPACINGS.map((value) => ({ value, label: t(`preferences.lineSpacings.${value}`) }))}
        />
        <CheckboxGroup
          id="options"
          name="options"
          label={t("preferences.options")}
          description={t("preferences.optionsHint")}
          defaultValue={switchesOn}
          options={PREFERENCE_SWITCHES.map((value) => ({ value, label: t(`preferences.switches.${value}`) }))}
        />

        <div className="preferences-preview">
          <h2 className="preferences-preview__title">{t("preferences.previewHeading")}</h2>
          <p className="field__hint">{t("preferences.previewHint")}</p>
          <p className="preferences-preview__sample">{t("preferences.previewSample")}</p>
        </div>

        <div className="button-row">
          {/* Save comes first, so pressing Enter in the form saves rather than resets. */}
          <Button type="submit" name="intent" value="save">
            {t("preferences.save")}
          </Button>
          <Button type="submit" variant="secondary" name="intent" value="reset">
            {t("preferences.reset")}
          </Button>
        </div>
      </PostForm>
    </div>
  );
}
