import type { LocalizedText as Picked } from "~/utils/localized";
import { LocalizedText } from "./localized-text";

/** Stands in for a name inside a translated sentence; never appears in real text. */
export const NAME_SLOT = "\u2063";

/**
 * A translated sentence with a name in it, where the name may be in the other language and so
 * needs its own `lang`: translate with `{ organisation: NAME_SLOT }`, and the slot is filled here.
 */
export function NameInText({ text, name }: { text: string; name: Picked | null }) {
  const [before = "", ...rest] = text.split(NAME_SLOT);
  return (
    <>
      {before}
      <LocalizedText value={name} />
      {rest.join("")}
    </>
  );
}
