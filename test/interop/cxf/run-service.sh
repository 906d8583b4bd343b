#!/usr/bin/env bash
# The CXF peer service (see PeerService.java): the calculator behind WCF's secure-conversation policy,
# wsHttpBinding's flavour at /sc2005/calc and ws2007HttpBinding's at /sc13/calc, on 127.0.0.1.
#   test/interop/cxf/run-service.sh --port N --certs DIR [--password P] [--capture DIR] [--verbose]
# DIR is what `indigo cert create DIR` writes. Prints READY http://127.0.0.1:N/ once listening; SIGTERM stops it.
# Build it first with scripts/ensure-cxf-peer.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -f "$here/target/cxf-peer.jar" ]; then
  echo "FAIL the CXF peer is not built: run scripts/ensure-cxf-peer.sh" >&2
  exit 1
fi
# C1 only and the serial collector: these processes live seconds, and start twice as fast so on 2 cores.
exec java ${CXF_PEER_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -cp "$here/target/cxf-peer.jar:$here/target/lib/*" indigo.interop.cxf.PeerService "$@"
