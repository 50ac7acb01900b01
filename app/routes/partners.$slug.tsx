import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RouteHandle } from "~/root";
import { LocalizedText } from "~/components/localized-text";
import { OrganisationOpenings } from "~/components/organisation-openings";
import { OrganisationContactDetails } from "~/components/organisation-contact";
import { PartnerKindAndPlace } from "~/components/partner-list";
import { listOrganisationOpenings } from "~/models/opening.server";
import { getPublicPartner } from "~/models/organisation.server";
import { getPublicReadDb } from "~/utils/db.server";
import { pickText } from "~/utils/localized";
import { localeFromMatches, pageTitle } from "~/utils/meta";
import { slugParam } from "~/utils/params";
import { useLocale } from "~/hooks/use-locale";

// A public, read-only page: it works without JavaScript, so it ships none.
export const handle: RouteHandle = { hydrate: false, i18n: ["search", "opening"] };

/** How many of the partner's newest openings the page lists. */
const SHOWN = 20;

export async function loader({ params }: LoaderFunctionArgs) {
  const db = getPublicReadDb();
  const partner = await getPublicPartner(db, { slug: slugParam(params.slug) });
  // A partner that is not (or no longer) verified has no public page, as one that never existed.
  if (!partner) throw new Response("Not Found", { status: 404 });
  const openings = await listOrganisationOpenings(db, { organisationId: partner.id, side: "partner", limit: SHOWN });
  return json({ partner, openings });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const name = pickText(localeFromMatches(matches), data.partner.name_zh, data.partner.name_en);
  return pageTitle(matches, name?.text ?? "");
};

export default function PartnerPage() {
  const { partner, openings } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <p className="back-link">
        <Link to="/partners">{t("partnerPage.backToPartners")}</Link>
      </p>
      <LocalizedText as="h1" value={pickText(locale, partner.name_zh, partner.name_en)} />
      <p className="lead">
        <PartnerKindAndPlace partner={partner} />
      </p>
      {partner.description_zh || partner.description_en ? (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t("partnerPage.aboutHeading")}</h2>
          <LocalizedText as="p" value={pickText(locale, partner.description_zh, partner.description_en)} />
        </section>
      ) : null}

      <section aria-labelledby="contact-heading" className="contact-box">
        <h2 id="contact-heading">{t("partnerPage.contactHeading")}</h2>
        <OrganisationContactDetails contact={partner} website={partner.website} />
      </section>

      <section aria-labelledby="openings-heading">
        <h2 id="openings-heading">{t("partnerPage.openingsHeading")}</h2>
        <OrganisationOpenings openings={openings} side="partnerPage" />
      </section>
    </>
  );
}
