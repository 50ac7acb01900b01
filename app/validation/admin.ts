import { z } from "zod";
import { PARTNER_ROLES, PARTNER_TYPES } from "~/domain/organisation";
import { emailAddress } from "./auth";

// Roles a partner organisation's people can have (vocabulary in app/domain, listed in the browser too).
export { PARTNER_ROLES };

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .default("")
    .refine((v) => Array.from(v).length <= max, message)
    .transform((v) => v || null);

/** A partner organisation's details, as the admin form sends them. At least one name. */
export const organisationSchema = z
  .object({
    nameZh: optionalText(120, "admin.nameTooLong"),
    nameEn: optionalText(120, "admin.nameTooLong"),
    partnerType: z.enum(PARTNER_TYPES, "admin.partnerTypeInvalid"),
    province: optionalText(40, "admin.placeTooLong"),
    city: optionalText(40, "admin.placeTooLong"),
    website: optionalText(300, "admin.websiteInvalid").refine((v) => v === null || isWebAddress(v), "admin.websiteInvalid"),
  })
  // The error sits on the Chinese name, the first field, which the summary links to. `when` makes
  // it show together with any other field's error rather than after it is fixed.
  .refine((value) => Boolean(value.nameZh || value.nameEn), { path: ["nameZh"], message: "admin.nameRequired", when: () => true });

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Inviting someone to a partner organisation. */
export const invitationSchema = z.object({
  email: emailAddress("admin.inviteEmailRequired"),
  role: z.enum(PARTNER_ROLES, "admin.roleInvalid"),
});

/** Changing a member's role. */
export const memberRoleSchema = z.object({ role: z.enum(PARTNER_ROLES, "admin.roleInvalid") });
