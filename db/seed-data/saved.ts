// The demo job seeker's saved openings and searches. Both searches are dated as if their last
// digest went out two days ago, so the first start of the demo sends two digests (shown at
// /dev/outbox) with the openings posted since (demo-033 is the sign-language one). The e2e tests use
// one each: saved.spec.ts unsubscribes from the first, the accessibility suite opens the second's
// unsubscribe page and leaves it subscribed.

export const seedSavedOpenings = ["demo-001", "demo-002", "demo-009"] as const;

export const seedSavedSearches = [
  { name: "远程，可以全程文字沟通", query: "access=text_only&arrangement=remote", last_digest_days_ago: 2 },
  { name: "有手语支持的职位", query: "access=sign_language", last_digest_days_ago: 2 },
] as const;
