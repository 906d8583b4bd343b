#!/usr/bin/env bash
# Interop tests against independent implementations (../shared/peers): Mono's WCF today.
# Needs the peers' tools on the machine (Mono: apt-get install -y mono-complete); a missing peer FAILS.
#   bash scripts/test-interop.sh [extra jest args]      (npm run test:interop)
set -euo pipefail
cd "$(dirname "$0")/.."
exec npx jest test/interop "$@"
