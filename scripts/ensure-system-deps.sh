#!/usr/bin/env bash
# Installs the Debian packages the tests need (independent peers and oracles), or fails naming the command.
#   python3-lxml  libxml2's exclusive C14N, the oracle of test/xml
#   xmlsec1       libxml2's XML Security Library (signature/encryption oracle)
#   mono-complete Mono's WCF, the independent peer of test/interop/mono
#   maven, openjdk-17-jdk-headless  Apache CXF, the secure-conversation peer of test/interop/cxf
#                                   (built by scripts/ensure-cxf-peer.sh)
set -euo pipefail
missing=()
command -v xmlsec1 >/dev/null 2>&1 || missing+=(xmlsec1)
command -v mono >/dev/null 2>&1 && command -v mcs >/dev/null 2>&1 || missing+=(mono-complete)
/usr/bin/python3 -c 'import lxml' >/dev/null 2>&1 || missing+=(python3-lxml)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "missing system packages: ${missing[*]} — install them with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq "${missing[@]}" >&2
