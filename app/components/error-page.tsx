import { useTranslation } from "react-i18next";

const copy = {
  notFound: { title: "errors.notFoundTitle", body: "errors.notFoundBody" },
  forbidden: { title: "errors.forbiddenTitle", body: "errors.notFoundBody" },
  server: { title: "errors.serverTitle", body: "errors.serverBody" },
  tooLarge: { title: "errors.tooLargeTitle", body: "errors.tooLargeBody" },
  unavailable: { title: "errors.unavailableTitle", body: "errors.unavailableBody" },
} as const;

/**
 * The body of the 404, 403, 413, 500 and 503 pages: plain words and a way on, never a stack trace.
 * The 503 (the database is briefly unavailable) shows back what a form had in it, so nothing typed
 * is lost even if the browser's Back button cannot bring it back.
 */
export function ErrorPage({ kind, typed = [] }: { kind: keyof typeof copy; typed?: readonly [string, string][] }) {
  const { t } = useTranslation();
  const title = t(copy[kind].title);
  return (
    <>
      <h1>{title}</h1>
      {kind === "forbidden" ? null : <p>{t(copy[kind].body)}</p>}
      {kind === "unavailable" && typed.length > 0 ? (
        <section aria-labelledby="typed-heading">
          <h2 id="typed-heading">{t("errors.typedHeading")}</h2>
          <p>{t("errors.typedLead")}</p>
          <dl>
            {typed.map(([name, value], index) => (
              <div key={`${name}-${index}`}>
                <dt>{name}</dt>
                <dd className="prose">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <ul className="link-list">
        <li>
          <a href="/">{t("errors.goHome")}</a>
        </li>
        <li>
          <a href="/openings">{t("errors.findOpenings")}</a>
        </li>
      </ul>
    </>
  );
}
