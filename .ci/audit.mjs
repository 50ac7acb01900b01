// CI: fails when a runtime dependency (npm audit --omit=dev) has a high or critical advisory.
// npm's advisory service is a POST to the registry; a registry mirror that refuses it (some allow
// only GET) leaves nothing to check, which is said plainly in the log rather than passed off as clean.
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(run.stdout || "{}");
} catch {
  report = {};
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.message ?? report.error?.summary ?? (run.stderr || "no report").trim().split("\n").pop();
  console.log(`audit: NOT CHECKED, npm audit could not get advisories from the registry (${why})`);
  process.exit(0);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === "high" || v.severity === "critical");
console.log(`audit: runtime dependencies: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`);
for (const [name, v] of serious) {
  const via = (v.via ?? []).map((x) => (typeof x === "string" ? x : `${x.title} (${x.url})`)).join("; ");
  console.log(`  ${v.severity}: ${name} ${v.range}: ${via}${v.fixAvailable ? "; a fix is available" : ""}`);
}
process.exit(serious.length > 0 ? 1 : 0);
