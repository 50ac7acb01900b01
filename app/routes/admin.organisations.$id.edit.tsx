import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NAME_SLOT, NameInText } from "~/components/name-in-text";
import { OrganisationFields } from "~/components/organisation-fields";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { getPartnerOrganisation, updatePartnerOrganisation } from "~/models/organisation.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { actionHeaders, formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { pickText } from "~/utils/localized";
import { namedTitle } from "~/utils/meta";
import { idParam } from "~/utils/params";
import { useLocale } from "~/hooks/use-locale";
import { organisationSchema } from "~/validation/admin";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account", "admin"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const organisation = await getPartnerOrganisation(getDb(), { id: idParam(params.id) });
  if (!organisation) throw new Response("Not Found", { status: 404 });
  return json({ organisation }, { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const id = idParam(params.id);
  const formData = await request.formData();
  const parsed = parseForm(formData, organisationSchema);
  // The ticked contact options come back as one comma-separated value, so none is lost.
  if (!parsed.ok) return formErrors(context, { ...parsed, values: { ...parsed.values, contactOptions: formData.getAll("contactOptions").join(",") } });
  const found = await updatePartnerOrganisation(getDb(), { actorUserId: admin.id, id, fields: parsed.data });
  if (!found) throw new Response("Not Found", { status: 404 });
  return redirect(`/admin/organisations/${id}?saved`, 303);
}

export const headers = actionHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  namedTitle(matches, "admin.editTitle", "admin.editTitleNamed", data && { zh: data.organisation.name_zh, en: data.organisation.name_en });

export default function EditOrganisation() {
  const { organisation } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  const locale = useLocale();
  const stored = {
    nameZh: organisation.name_zh ?? "",
    nameEn: organisation.name_en ?? "",
    partnerType: organisation.partner_type ?? "",
    province: organisation.province ?? "",
    city: organisation.city ?? "",
    website: organisation.website ?? "",
    addressZh: organisation.address_zh ?? "",
    addressEn: organisation.address_en ?? "",
    hoursZh: organisation.hours_zh ?? "",
    hoursEn: organisation.hours_en ?? "",
    phone: organisation.phone ?? "",
    contactEmail: organisation.contact_email ?? "",
    wechatAccount: organisation.wechat_account ?? "",
    contactOptions: organisation.contact_options.join(","),
    contactNoteZh: organisation.contact_note_zh ?? "",
    contactNoteEn: organisation.contact_note_en ?? "",
  };
  return (
    <div className="narrow">
      <p>
        <Link to={`/admin/organisations/${organisation.id}`} className="back-link">
          <NameInText
            text={t("admin.backToOrganisation", { organisation: NAME_SLOT })}
            name={pickText(locale, organisation.name_zh, organisation.name_en)}
          />
        </Link>
      </p>
      <h1>{t("admin.editTitle")}</h1>
      <PostForm errors={result?.errors} action={`/admin/organisations/${organisation.id}/edit`}>
        <OrganisationFields values={result?.values ?? stored} />
        <Button type="submit">{t("admin.save")}</Button>
      </PostForm>
    </div>
  );
}
