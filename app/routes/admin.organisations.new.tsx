import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrganisationFields } from "~/components/organisation-fields";
import { Button } from "~/components/ui/button";
import { PostForm } from "~/components/ui/form";
import { createPartnerOrganisation } from "~/models/organisation.server";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/db.server";
import { formErrors, parseForm, type FormErrorData } from "~/utils/forms.server";
import { metaT, pageTitle } from "~/utils/meta";
import { organisationSchema } from "~/validation/admin";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account", "admin"] };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  return json({});
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const formData = await request.formData();
  const parsed = parseForm(formData, organisationSchema);
  // The ticked contact options come back as one comma-separated value, so none is lost.
  if (!parsed.ok) return formErrors(context, { ...parsed, values: { ...parsed.values, contactOptions: formData.getAll("contactOptions").join(",") } });
  const id = await createPartnerOrganisation(getDb(), { actorUserId: admin.id, fields: parsed.data });
  return redirect(`/admin/organisations/${id}?created`, 303);
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, metaT(matches)("admin.newTitle"));

export default function NewOrganisation() {
  const result = useActionData<FormErrorData>();
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <p>
        <Link to="/admin" className="back-link">
          {t("admin.backToAdmin")}
        </Link>
      </p>
      <h1>{t("admin.newTitle")}</h1>
      <p className="lead">{t("admin.newLead")}</p>
      <PostForm errors={result?.errors} action="/admin/organisations/new">
        <OrganisationFields values={result?.values ?? {}} />
        <Button type="submit">{t("admin.create")}</Button>
      </PostForm>
    </div>
  );
}
