#!/usr/bin/env bash
# The CXF peer client (see PeerClient.java): Add(2,3) and Echo over WCF's secure-conversation policy, then Cancel.
# The policy comes from the peer's template WSDL (--url) or from the service's published one (--wsdl ?wsdl|?singleWsdl).
#   test/interop/cxf/run-client.sh (--url URL | --wsdl URL [--port NAME]) --version sc2005|sc13 --certs DIR
#                                  [--password P] [--text T] [--cancel wcf|cxf|none] [--capture DIR] [--verbose]
# Exits 0 after printing PASS, 1 after FAIL <reason>. Build it first with scripts/ensure-cxf-peer.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -f "$here/target/cxf-peer.jar" ]; then
  echo "FAIL the CXF peer is not built: run scripts/ensure-cxf-peer.sh" >&2
  exit 1
fi
# C1 only and the serial collector: these processes live seconds, and start twice as fast so on 2 cores.
exec java ${CXF_PEER_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -cp "$here/target/cxf-peer.jar:$here/target/lib/*" indigo.interop.cxf.PeerClient "$@"
