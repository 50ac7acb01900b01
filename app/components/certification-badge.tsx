import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CertificateLevel } from "~/domain/certification";

/**
 * The employer's accessibility certification: a link to the certificate's public status page, so
 * anyone can check it. Without a current certificate it says so (`showNone`) or renders nothing.
 */
export function CertificationBadge({
  number,
  level,
  showNone = false,
}: {
  number: string | null;
  level: CertificateLevel | null;
  showNone?: boolean;
}) {
  const { t } = useTranslation();
  if (!number || !level) {
    return showNone ? <span className="certification certification--none">{t("certificate.none")}</span> : null;
  }
  return (
    <Link to={`/certificates/${encodeURIComponent(number)}`} className="certification certification--valid">
      <span className="certification__mark" aria-hidden="true">
        ✓
      </span>
      {t("certificate.badge", { level: t(`certificate.levels.${level}`) })}
    </Link>
  );
}
