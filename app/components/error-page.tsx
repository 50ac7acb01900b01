import { useTranslation } from "react-i18next";

const copy = {
  notFound: { title: "errors.notFoundTitle", body: "errors.notFoundBody" },
  forbidden: { title: "errors.forbiddenTitle", body: "errors.notFoundBody" },
  server: { title: "errors.serverTitle", body: "errors.serverBody" },
  tooLarge: { title: "errors.tooLargeTitle", body: "errors.tooLargeBody" },
} as const;

/** The body of the 404, 403, 413 and 500 pages: plain words and a way on, never a stack trace. */
export function ErrorPage({ kind }: { kind: keyof typeof copy }) {
  const { t } = useTranslation();
  const title = t(copy[kind].title);
  return (
    <>
      <h1>{title}</h1>
      {kind === "forbidden" ? null : <p>{t(copy[kind].body)}</p>}
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
