import { z } from "zod";
import { CONTACT_OPTIONS, PARTNER_ROLES, PARTNER_TYPES } from "~/domain/organisation";
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
    // The public contact details on /partners/:slug; all optional, each checked when given.
    addressZh: optionalText(200, "admin.addressTooLong"),
    addressEn: optionalText(200, "admin.addressTooLong"),
    hoursZh: optionalText(200, "admin.hoursTooLong"),
    hoursEn: optionalText(200, "admin.hoursTooLong"),
    phone: optionalText(30, "admin.phoneInvalid").refine((v) => v === null || isPhone(v), "admin.phoneInvalid"),
    contactEmail: optionalText(254, "admin.contactEmailInvalid").refine((v) => v === null || z.email().safeParse(v).success, "admin.contactEmailInvalid"),
    wechatAccount: optionalText(60, "admin.wechatTooLong"),
    // Ticked boxes: none, one (a string) or several (an array).
    contactOptions: z
      .union([z.string(), z.array(z.string())], "admin.contactOptionInvalid")
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
      .pipe(z.array(z.enum(CONTACT_OPTIONS, "admin.contactOptionInvalid"))),
    contactNoteZh: optionalText(500, "admin.contactNoteTooLong"),
    contactNoteEn: optionalText(500, "admin.contactNoteTooLong"),
  })
  // The error sits on the Chinese name, the first field, which the summary links to. `when` makes
  // it show together with any other field's error rather than after it is fixed.
  .refine((value) => Boolean(value.nameZh || value.nameEn), { path: ["nameZh"], message: "admin.nameRequired", when: () => true });

/** A phone number as people write it: digits with spaces, dashes, brackets or a leading +, 5–20 digits. */
function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, "").length;
  return /^\+?[0-9 ()-]+$/.test(value) && digits >= 5 && digits <= 20;
}

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
