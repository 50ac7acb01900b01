import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { RadioGroup } from "~/components/ui/radio-group";
import { TextField } from "~/components/ui/text-field";
import { updateProfile } from "~/models/user.server";
import { requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { localeCookie } from "~/utils/i18next.server";
import { metaT, pageTitle } from "~/utils/meta";
import { PROFILE_LOCALES } from "~/domain/account";
import { profileSchema } from "~/validation/profile";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["auth", "account"] };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({
    profile: {
      displayName: user.display_name,
      phone: user.phone ?? "",
      preferredLocale: user.preferred_locale ?? "auto",
      preferredWork: user.preferred_work ?? "",
    },
    saved: new URL(request.url).searchParams.has("saved"),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(await request.formData(), profileSchema);
  if (!parsed.ok) return formErrors(context, parsed);
  await updateProfile(getDb(), { id: user.id, ...parsed.data });
  // A chosen language applies at once, as it will at every sign-in; "no preference" leaves the
  // current choice alone.
  const headers = new Headers();
  if (parsed.data.preferredLocale) headers.append("Set-Cookie", await localeCookie.serialize(parsed.data.preferredLocale));
  return redirect("/account/profile?saved", { status: 303, headers });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("profile.title"));

export default function Profile() {
  const { profile, saved } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  // After a failed submit, show exactly what was typed; otherwise what is stored.
  const values: Record<string, string> = result?.values ?? profile;
  // Each language's name is written in that language, and marked so screen readers say it right.
  const localeNames = {
    "zh-CN": <span lang="zh-CN">简体中文</span>,
    en: <span lang="en">English</span>,
    auto: t("profile.localeAuto"),
  };
  return (
    <div className="narrow">
      <p>
        <Link to="/account" className="back-link">
          {t("profile.backToAccount")}
        </Link>
      </p>
      <h1>{t("profile.title")}</h1>
      {saved && !result ? (
        <p className="notice" role="status">
          {t("profile.saved")}
        </p>
      ) : null}
      <p className="lead">{t("profile.lead")}</p>
      <PostForm errors={result?.errors} action="/account/profile">
        <TextField
          id="displayName"
          name="displayName"
          label={t("auth.displayName")}
          description={t("auth.displayNameHint")}
          defaultValue={values.displayName}
          autoComplete="name"
        />
        <TextField
          id="phone"
          name="phone"
          type="tel"
          label={t("profile.phone")}
          description={t("profile.phoneHint")}
          defaultValue={values.phone}
          autoComplete="tel"
          inputMode="tel"
        />
        <RadioGroup
          id="preferredLocale"
          name="preferredLocale"
          label={t("profile.locale")}
          description={t("profile.localeHint")}
          defaultValue={values.preferredLocale ?? "auto"}
          options={PROFILE_LOCALES.map((value) => ({ value, label: localeNames[value] }))}
        />
        <TextField
          id="preferredWork"
          name="preferredWork"
          label={t("profile.work")}
          description={t("profile.workHint")}
          defaultValue={values.preferredWork}
          rows={4}
        />
        <Button type="submit">{t("profile.save")}</Button>
      </PostForm>
    </div>
  );
}
