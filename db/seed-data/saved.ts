// The demo job seeker's saved openings and searches. The "remote, text only" search is dated as if
// its last digest went out two days ago, so the first start of the demo sends one digest (shown at
// /dev/outbox) with the openings posted since.

export const seedSavedOpenings = ["demo-001", "demo-002", "demo-009"] as const;

export const seedSavedSearches = [
  { name: "远程，可以全程文字沟通", query: "access=text_only&arrangement=remote", last_digest_days_ago: 2 },
  { name: "有手语支持的职位", query: "access=sign_language", last_digest_days_ago: 0 },
] as const;
