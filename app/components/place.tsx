import { Fragment } from "react";
import { useLocale } from "~/hooks/use-locale";
import { placeParts } from "~/utils/places";

/** "江苏 常州" or "Changzhou, Jiangsu", with any untranslated part marked lang="zh-CN". */
export function Place({ province, city }: { province: string | null; city: string | null }) {
  const locale = useLocale();
  // English names the smaller place first ("Changzhou, Jiangsu"); Chinese the larger ("江苏 常州").
  const parts = locale === "en" ? placeParts(locale, province, city).reverse() : placeParts(locale, province, city);
  const separator = locale === "en" ? ", " : " ";
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={`${part.text}-${index}`}>
          {index > 0 ? separator : null}
          <span lang={part.lang === locale ? undefined : part.lang}>{part.text}</span>
        </Fragment>
      ))}
    </>
  );
}
