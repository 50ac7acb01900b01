import { useTranslation } from "react-i18next";
import type { WorkArrangement } from "~/domain/opening";
import { Place } from "./place";

/** Where the work happens, in words: "远程，全国均可" or "Remote, within Jiangsu". */
export function Location({
  arrangement,
  remoteAnywhere,
  province,
  city,
}: {
  arrangement: WorkArrangement;
  remoteAnywhere: boolean;
  province: string | null;
  city: string | null;
}) {
  const { t } = useTranslation();
  if (arrangement === "remote" && (remoteAnywhere || !province)) return <>{t("location.remoteAnywhere")}</>;
  return (
    <>
      {arrangement === "remote" ? t("location.remoteWithin") : null}
      <Place province={province} city={city} />
    </>
  );
}
