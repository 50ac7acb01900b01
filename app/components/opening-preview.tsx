import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/ui/button";
import { OpeningView, type OpeningViewData } from "./opening-view";

/**
 * The editor's preview: the opening rendered by the very component of the public page, with a
 * note that it is a preview and, after it, the next step (publish, approve or submit).
 */
export function OpeningPreview({
  side,
  detail,
  status,
  verified,
  primary,
}: {
  side: "staff" | "employer";
  detail: OpeningViewData;
  status: string;
  verified: boolean;
  primary: "publish" | "approve" | "submit" | null;
}) {
  const { t } = useTranslation();
  const self = `${side === "staff" ? "/staff/openings" : "/employer/openings"}/${detail.id}`;
  const isPublic = status === "published" && verified;
  return (
    <>
      <div className="notice preview-notice">
        <p>{t("workflow.previewPage.notice")}</p>
        {isPublic ? null : <p>{t("workflow.previewPage.notPublic")}</p>}
        {verified ? null : <p>{t("workflow.previewPage.unverified")}</p>}
      </div>
      <OpeningView opening={detail} employerVerified={verified} backLink={{ to: `${self}/edit`, label: t("workflow.previewPage.backToEdit") }} />
      <section aria-labelledby="preview-actions-heading" className="preview-actions">
        <h2 id="preview-actions-heading">{t("workflow.actionsHeading")}</h2>
        {primary ? (
          <Form method="post" action={self}>
            {primary === "approve" ? (
              <>
                <input type="hidden" name="intent" value="review" />
                <input type="hidden" name="decision" value="approve" />
              </>
            ) : (
              <input type="hidden" name="intent" value={primary} />
            )}
            <Button type="submit">{t(`workflow.actions.${primary}`)}</Button>
          </Form>
        ) : null}
        <ul className="action-links">
          <li>
            <Link to={`${self}/edit`}>{t("workflow.previewPage.backToEdit")}</Link>
          </li>
          <li>
            <Link to={self}>{t("workflow.previewPage.backToManage")}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
