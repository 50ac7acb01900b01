import { z } from "zod";
import { EMPLOYER_TEAM_ROLES } from "~/domain/organisation";
import { emailOrMobile } from "./auth";
import { creditCode } from "./verification";

/** An employer's manager invites a colleague by email address or mobile number, as manager or recruiter. */
export const teamInvitationSchema = z.object({
  contact: emailOrMobile("team.errors.contactRequired"),
  role: z.enum(EMPLOYER_TEAM_ROLES, "team.errors.chooseRole"),
});

/** Changing a colleague's role on the team page. */
export const teamRoleSchema = z.object({ role: z.enum(EMPLOYER_TEAM_ROLES, "team.errors.chooseRole") });

const organisationName = z
  .string()
  .trim()
  .default("")
  .refine((v) => Array.from(v).length <= 120, "addEmployer.errors.nameTooLong")
  .transform((v) => v || null);

/**
 * Partner staff add an employer on its behalf (someone who came to the office or phoned): its name
 * in at least one language, its unified social credit code, and the email address or mobile number
 * of the person who will own its account, who is invited to join.
 */
export const employerOnBehalfSchema = z
  .object({
    nameZh: organisationName,
    nameEn: organisationName,
    creditCode,
    ownerContact: emailOrMobile("addEmployer.errors.ownerContactRequired"),
  })
  // On the first field, which the summary links to; shown together with every other problem.
  .refine((value) => Boolean(value.nameZh || value.nameEn), { path: ["nameZh"], message: "addEmployer.errors.nameRequired", when: () => true });
