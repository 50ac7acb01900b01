import type { ElementType, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/hooks/use-locale";
import { guessLang, type LocalizedText as Picked } from "~/utils/localized";

/** Renders content, adding `lang` when it is in the other language so screen readers switch voice. */
export function LocalizedText({
  value,
  as: Tag = "span",
  fallback = null,
  className,
}: {
  value: Picked | null;
  as?: ElementType;
  fallback?: ReactNode;
  className?: string;
}) {
  const locale = useLocale();
  if (!value) return <>{fallback}</>;
  return (
    <Tag className={className} lang={value.lang === locale ? undefined : value.lang}>
      {value.text}
    </Tag>
  );
}

/** Text someone typed in either language (a reason, a report), marked with the language it seems to be in. */
export function FreeText({ text, as, className }: { text: string; as?: ElementType; className?: string }) {
  return <LocalizedText value={{ text, lang: guessLang(text) }} as={as} className={className} />;
}

/**
 * A label or sentence followed by more text: with a space after it in English, and none in Chinese,
 * which never puts one after "：" or "。".
 */
export function Labelled({ text }: { text: string }) {
  const { t } = useTranslation();
  return <>{t("common.labelled", { text })}</>;
}
