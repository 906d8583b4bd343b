#!/usr/bin/env bash
# Interop tests against independent implementations (../shared/peers): Mono's WCF, Apache CXF.
# Needs the peers' tools on the machine (Mono: apt-get install -y mono-complete; CXF: apt-get install -y maven
# openjdk-17-jdk-headless, then scripts/ensure-cxf-peer.sh builds it); a missing peer FAILS.
#   bash scripts/test-interop.sh [extra jest args]      (npm run test:interop)
set -euo pipefail
cd "$(dirname "$0")/.."
# Built up front so its first (downloading) build is not charged to a test's timeout; if it fails, the CXF
# tests fail with the same message (cxfHarness.ts runs it again) and the rest still run.
bash scripts/ensure-cxf-peer.sh || echo "scripts/ensure-cxf-peer.sh failed: the CXF interop tests will fail" >&2
exec npx jest test/interop "$@"
