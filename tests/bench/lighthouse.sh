#!/usr/bin/env bash
# npm run bench:lighthouse: Lighthouse's mobile performance run (its default: a mid-range phone on a
# throttled 4G connection) on the pages that ship the most script, five times each on a fresh demo
# server, printing every run and the median. Issue 17's target is /sign-in at 95 or more.
#
# Lighthouse is fetched with npx when this runs (it is not a dependency, so CI does not install it).
# Run it on an idle machine: its "total blocking time" counts the main thread's long tasks, and
# another job on the same cores makes them longer. Needs `npm run build` first and Chromium
# (CHROMIUM_PATH, default /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${LIGHTHOUSE_PORT:-3450}"
runs="${LIGHTHOUSE_RUNS:-5}"
pages="${LIGHTHOUSE_PAGES:-/sign-in /sign-up /openings}"
data="$(mktemp -d)"
out="$(mktemp -d)"
PORT="$port" HOST=127.0.0.1 NODE_ENV=production DEMO_MODE=true PGLITE_DIR="$data/pglite" PUBLIC_URL="http://127.0.0.1:$port" \
  node build/index.js >"$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data" "$out"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done

for page in $pages; do
  for run in $(seq 1 "$runs"); do
    CHROME_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}" npx --yes lighthouse@12.8.2 "http://127.0.0.1:$port$page" \
      --only-categories=performance --output=json --output-path="$out/run-$run.json" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu"
  done
  node -e '
    const [page, dir, runs] = process.argv.slice(1);
    const reports = Array.from({ length: Number(runs) }, (_, i) => require(`${dir}/run-${i + 1}.json`));
    const metric = (r, id) => r.audits[id].numericValue;
    const line = (r) => `score ${Math.round(r.categories.performance.score * 100)}  FCP ${Math.round(metric(r, "first-contentful-paint"))} ms  LCP ${Math.round(metric(r, "largest-contentful-paint"))} ms  TBT ${Math.round(metric(r, "total-blocking-time"))} ms  CLS ${metric(r, "cumulative-layout-shift").toFixed(3)}`;
    console.log(`\n${page}`);
    for (const r of reports) console.log(`  ${line(r)}`);
    const sorted = [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    console.log(`  median: ${line(sorted[Math.floor(sorted.length / 2)])}`);
  ' "$page" "$out" "$runs"
done
