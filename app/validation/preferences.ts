import { z } from "zod";
import { CONTRASTS, LINE_SPACINGS, PREFERENCE_SWITCHES, TEXT_SIZES } from "~/utils/preferences";

const INVALID = "preferences.invalidChoice";

/** The display-settings form. The page always sends every radio group; a missing one means "default". */
export const preferencesFormSchema = z.object({
  textSize: z.enum(TEXT_SIZES, INVALID).default("default"),
  contrast: z.enum(CONTRASTS, INVALID).default("default"),
  lineSpacing: z.enum(LINE_SPACINGS, INVALID).default("default"),
  // Ticked boxes of the group: none, one (a string) or several (an array).
  options: z
    .union([z.string(), z.array(z.string())], INVALID)
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(PREFERENCE_SWITCHES, INVALID))),
  intent: z.enum(["save", "reset"], INVALID).default("save"),
});
