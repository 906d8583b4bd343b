"""P_SHA1 (RFC 2246 section 5) with Python's hmac/hashlib: the independent implementation Indigo's
P_SHA1 is checked against. Reads a JSON list of cases on stdin; each case is
  {"secret": hex, "label": text (UTF-8) or null, "seed": hex, "length": n, "offset": n}
and the seed used is UTF-8(label) + seed. Writes a JSON list of hex outputs."""
import hashlib
import hmac
import json
import sys


def p_sha1(secret, seed, length):
    out = b""
    a = seed
    while len(out) < length:
        a = hmac.new(secret, a, hashlib.sha1).digest()
        out += hmac.new(secret, a + seed, hashlib.sha1).digest()
    return out[:length]


results = []
for case in json.load(sys.stdin):
    seed = (case["label"] or "").encode("utf-8") + bytes.fromhex(case["seed"])
    stream = p_sha1(bytes.fromhex(case["secret"]), seed, case["offset"] + case["length"])
    results.append(stream[case["offset"]:].hex())
json.dump(results, sys.stdout)
