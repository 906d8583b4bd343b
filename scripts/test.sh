#!/usr/bin/env bash
# `npm test`: installs what the tests need (Debian packages for the peers and oracles), then runs every test
# — unit, integration over loopback HTTP, interop with Mono's WCF and Apache CXF (built first: ensure-cxf-peer.sh)
# — and ends with one plain summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
[ -d node_modules ] || npm ci
# Built up front so its first (downloading) build is not charged to a test's timeout; if it fails, the CXF
# tests fail with the same message (cxfHarness.ts runs it again) and the rest still run.
bash scripts/ensure-cxf-peer.sh || echo "scripts/ensure-cxf-peer.sh failed: the CXF interop tests will fail" >&2
results="$(mktemp)"
status=0
npx jest --json --outputFile="$results" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results" || true
rm -f "$results"
exit $status
