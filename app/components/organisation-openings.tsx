import type { SerializeFrom } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import type { OpeningSummaryView } from "~/domain/opening-views";
import { OpeningCard } from "./opening-card";

/** The organisation's newest public openings as cards, with how many it has in all. */
export function OrganisationOpenings({
  openings,
  side,
}: {
  openings: { items: SerializeFrom<OpeningSummaryView>[]; total: number };
  side: "partnerPage" | "employerPage";
}) {
  const { t } = useTranslation();
  if (openings.total === 0) return <p>{t(`${side}.noOpenings`)}</p>;
  return (
    <>
      <p>
        {openings.total > openings.items.length
          ? t(`${side}.openingsCount`, { count: openings.total, shown: openings.items.length })
          : t(`${side}.openingsAll`, { count: openings.total })}
      </p>
      <ul className="card-list">
        {openings.items.map((opening) => (
          <li key={opening.id}>
            <OpeningCard opening={opening} />
          </li>
        ))}
      </ul>
    </>
  );
}
