import { z } from "zod";

/** The employer page's "check a recruiter" query: the name a seeker was given. */
export const recruiterCheckSchema = z
  .string()
  .trim()
  .min(1, "employerPage.checkNameRequired")
  .refine((v) => Array.from(v).length <= 60, "employerPage.checkNameTooLong");
