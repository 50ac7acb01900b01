import { z } from "zod";

/** An employer member's choice to be listed as a recruiter on the employer's public page. */
export const recruiterListingSchema = z.object({
  listed: z.enum(["yes", "no"], "recruiterListing.errors.choose"),
  title: z
    .string()
    .trim()
    .default("")
    .refine((v) => Array.from(v).length <= 40, "recruiterListing.errors.titleTooLong")
    .transform((v) => v || null),
});
