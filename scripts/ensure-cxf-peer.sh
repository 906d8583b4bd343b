#!/usr/bin/env bash
# Builds the Apache CXF interop peer (test/interop/cxf: pom.xml, src/) into test/interop/cxf/target/
# (cxf-peer.jar + lib/*.jar), unless the build there is already of the current sources. Maven's cache is the
# usual ~/.m2: the first build downloads CXF 4.2.3 and its dependencies from Maven Central (~65 MB), later
# builds run offline. Needs Java 17+ and Maven; a missing tool FAILS, naming the packages that provide it.
#   bash scripts/ensure-cxf-peer.sh            (npm test and npm run test:interop run it; so does cxfHarness.ts)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
peer="$root/test/interop/cxf"
hint="install them with: apt-get install -y maven openjdk-17-jdk-headless"

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "ensure-cxf-peer: '$tool' is not installed; the CXF interop peer needs Java 17+ and Maven — $hint" >&2
    exit 1
  fi
done
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ -z "$java_major" ] || [ "${java_major%%.*}" -lt 17 ]; then
  echo "ensure-cxf-peer: Java ${java_major:-?} found; the CXF interop peer needs Java 17+ — $hint" >&2
  exit 1
fi

mkdir -p "$peer/target"
# One build at a time (jest may start two test files that both ask for the peer).
exec 9>"$peer/target/.build.lock"
flock 9

# The build's inputs, hashed: the POM, the sources and resources, and this script.
stamp="$peer/target/.sources.sha256"
digest="$(cd "$peer" && { find pom.xml src -type f -print0 | sort -z | xargs -0 sha256sum; sha256sum "$root/scripts/ensure-cxf-peer.sh"; } | sha256sum | cut -d' ' -f1)"
if [ -f "$peer/target/cxf-peer.jar" ] && [ -d "$peer/target/lib" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$digest" ]; then
  exit 0
fi

rm -f "$stamp"
rm -rf "$peer/target/lib"
started=$SECONDS
# Offline first (everything cached in ~/.m2 after the first build); online if something is missing.
if ! (cd "$peer" && mvn -q -B -o package >"$peer/target/.build-offline.log" 2>&1); then
  echo "ensure-cxf-peer: building the CXF peer (downloads from Maven Central on the first build)…" >&2
  if ! (cd "$peer" && mvn -q -B package >"$peer/target/.build.log" 2>&1); then
    echo "ensure-cxf-peer: mvn package failed in $peer:" >&2
    cat "$peer/target/.build.log" >&2
    exit 1
  fi
fi
echo "$digest" >"$stamp"
echo "ensure-cxf-peer: built test/interop/cxf/target/cxf-peer.jar in $((SECONDS - started)) s" >&2
