import { z } from "zod";
import { EMPLOYER_TEAM_ROLES } from "~/domain/organisation";
import { emailAddress } from "./auth";

/** An employer's manager invites a colleague by email, as manager or recruiter. */
export const teamInvitationSchema = z.object({
  email: emailAddress("team.errors.emailRequired"),
  role: z.enum(EMPLOYER_TEAM_ROLES, "team.errors.chooseRole"),
});

/** Changing a colleague's role on the team page. */
export const teamRoleSchema = z.object({ role: z.enum(EMPLOYER_TEAM_ROLES, "team.errors.chooseRole") });
