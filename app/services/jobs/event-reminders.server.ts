import { sendEventReminders } from "../events.server";
import type { Job } from "./jobs.server";

/**
 * The event reminder job (issue 20): every 5 minutes in every instance, it emails or texts each person
 * registered for an event that starts within the hour; claimDueReminders makes each reminder go once.
 */
export function eventReminderJob(origin: string): Job {
  return { name: "event reminders", everyMs: 5 * 60_000, run: (db, now) => sendEventReminders(db, { now, origin }) };
}
