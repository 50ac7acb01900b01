import type { ElementType, ReactNode } from "react";
import { useLocale } from "~/utils/use-locale";
import type { LocalizedText as Picked } from "~/utils/localized";

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
