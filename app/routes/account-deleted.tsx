import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { metaT, pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, metaT(matches)("accountData.deletedTitle"));

export default function AccountDeleted() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t("accountData.deletedTitle")}</h1>
      <p>{t("accountData.deletedBody")}</p>
    </div>
  );
}
