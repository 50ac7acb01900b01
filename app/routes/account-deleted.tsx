import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { metaT, pageTitle } from "~/utils/meta";

/** Text areas this page needs besides "common" (app/locales/areas.ts, docs/decisions/018). */
export const handle = { i18n: ["account"] };

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
