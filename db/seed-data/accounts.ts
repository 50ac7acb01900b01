// The demo sign-ins, one per role; listed in the README and only ever seeded in demo mode. A leaf
// module (no imports) so that the tests read the same accounts and password as the seed writes
// (tests/support/demo-accounts.ts) without loading the models the seed needs.

/** The one password every demo sign-in uses. */
export const DEMO_PASSWORD = "demo-无碍就业-2026";

export const DEMO_ACCOUNTS = [
  { email: "seeker@demo.accesswork.example", displayName: "陈晓雨", locale: "zh-CN", admin: false, org: null, role: null, recruiterTitle: null },
  { email: "staff@demo.accesswork.example", displayName: "王明", locale: "zh-CN", admin: false, org: "mingtu-employment-centre", role: "staff", recruiterTitle: null },
  { email: "employer@demo.accesswork.example", displayName: "Li Na", locale: "en", admin: false, org: "brightline-annotation", role: "owner", recruiterTitle: null },
  { email: "admin@demo.accesswork.example", displayName: "平台管理员", locale: "zh-CN", admin: true, org: null, role: null, recruiterTitle: null },
  // An employer that has not sent its business licence yet, to try verification from the start.
  { email: "new-employer@demo.accesswork.example", displayName: "周婷", locale: "zh-CN", admin: false, org: "xingdian-consulting", role: "owner", recruiterTitle: null },
  // Staff of a second partner, reviewing an Inclusion Leader application whose second review the
  // first staff account (another partner) can give: certification needs two organisations.
  { email: "reviewer@demo.accesswork.example", displayName: "孙悦", locale: "zh-CN", admin: false, org: "guangshan-hexiang-employment-centre", role: "staff", recruiterTitle: null },
  // A volunteer captioner with no organisation: the first partner invited her to caption the event
  // that is on now (db/seed-data/events.ts), so the live console can be tried as a captioner.
  { email: "captioner@demo.accesswork.example", displayName: "赵静", locale: "zh-CN", admin: false, org: null, role: null, recruiterTitle: null },
  // A recruiter of an employer taking part in the event on now, listed on its public page, so she
  // answers questions in the live room with the "verified recruiter" badge.
  { email: "recruiter@demo.accesswork.example", displayName: "刘敏", locale: "zh-CN", admin: false, org: "zhijian-sign-language", role: "member", recruiterTitle: "招聘负责人" },
] as const;

/**
 * A job seeker who signed up with a mobile number and has no email address (issue 19, item 4), to
 * try signing in with a number. Her texts (alerts, application notices) show at /dev/outbox.
 * 13800138000 is the number Chinese documentation uses as an example, never a real person's.
 */
export const DEMO_MOBILE_ACCOUNT = { mobile: "13800138000", displayName: "刘芳", locale: "zh-CN" } as const;

/**
 * A job seeker the demo staff member registered at the office (no password: she has not claimed her
 * account). Signing up with this number, with the code from /dev/outbox, claims it.
 */
export const DEMO_OFFLINE_SEEKER = { mobile: "13700137000", displayName: "张桂兰", preferredWork: "居家客服，每天不超过 6 小时" } as const;
