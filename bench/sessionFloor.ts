/**
 * What a secure-session round trip cannot avoid beyond the round trip without security, measured by replaying
 * it: the 'session vs none' target (≥ 0.6) has a ceiling the way 'session vs x509' has one (sessionBench.ts).
 *
 * One real 1 KB Echo round trip of each shape is run with the cryptographic primitives, the envelope parser, the
 * canonicalizer and the decrypted-part parser recorded (each call's arguments, at the module export the protocol
 * code calls through), then the recording is replayed in a loop and timed:
 *
 * - the *crypto floor*: every P_SHA1 key derivation, SHA-1 digest, HMAC-SHA1, AES-256-CBC encryption and
 *   decryption, base64 decoding (CipherValues, DigestValues, nonces) and random draw the session round trip made, client and
 *   service — the cryptography WS-SecureConversation's wire format (WCF's: derived keys per message, the
 *   signature encrypted) prescribes, done by node:crypto (P_SHA1: src/crypto/PSha1.ts, faster than
 *   node:crypto's Hmac objects at these sizes);
 * - the *XML floor*: parsing the two envelopes of the session round trip, less parsing the two of the round
 *   trip without security (the added bytes — security header, CipherValues — read by the same parser the none
 *   shape uses); parsing the decrypted parts; and the exclusive canonicalization of every signed part and
 *   SignedInfo, which is what the digests and signatures are computed over. Serialization, the security
 *   header's elements built and read, the checks: none of that is counted, so the floor is low and the
 *   ceiling generous.
 *
 * A session round trip takes at least none + crypto + xml; so session/none ≤ none / (none + crypto + xml).
 */
import * as BlockEncryption from '../src/crypto/BlockEncryption';
import * as DecodeBase64 from '../src/crypto/decodeBase64';
import * as DigestAlgorithm from '../src/crypto/DigestAlgorithm';
import * as PSha1 from '../src/crypto/PSha1';
import * as RandomOctets from '../src/crypto/randomOctets';
import * as ParseFragment from '../src/security/xmlenc/parseFragment';
import * as ExclusiveCanonicalizer from '../src/xml/ExclusiveCanonicalizer';
import * as XmlParser from '../src/xml/XmlParser';
import type * as NodeCrypto from 'node:crypto';
import { measure } from './harness';

/** One recorded call, replayable: calling it repeats the call with the same arguments. */
type Replay = () => unknown;

export interface RecordedCall {
  /** What was called: 'P_SHA1', 'SHA-1 digest', … */
  readonly label: string;
  readonly replay: Replay;
}

export interface RecordedRoundTrip {
  /** The cryptographic calls, in order. */
  readonly crypto: readonly RecordedCall[];
  /** The envelope parses (TextMessageEncoder → parseXml), in order. */
  readonly parses: readonly RecordedCall[];
  /** The other XML work a secured message cannot skip: canonicalizing what is digested and signed, parsing what was decrypted. */
  readonly xml: readonly RecordedCall[];
}

type Module = Record<string, unknown>;

/** Where a recording goes; `depth` keeps a recorded call's own recorded callees (encryptBlock's random draw) out. */
interface Recorder {
  depth: number;
}

/**
 * Replaces `module[name]` (a CommonJS export, which the compiled protocol code reads at each call) with a
 * function that records a replay of each call and then makes it; returns the undo.
 */
function spy(
  module: object,
  name: string,
  sink: RecordedCall[],
  recorder: Recorder,
  label: string,
): () => void {
  const exports = module as Module;
  const original = exports[name];
  if (typeof original !== 'function') throw new Error(`bench: ${label} is not a function export to record`);
  const call = original as (...args: unknown[]) => unknown;
  exports[name] = (...args: unknown[]) => {
    if (recorder.depth === 0) {
      // Arguments are copied where the caller may reuse or wipe them (keys, scratch buffers).
      const kept = args.map((a) => (a instanceof Uint8Array ? Buffer.from(a) : a));
      sink.push({ label, replay: () => call(...kept) });
    }
    recorder.depth++;
    try {
      return call(...args);
    } finally {
      recorder.depth--;
    }
  };
  return () => {
    exports[name] = original;
  };
}

/**
 * node:crypto's createHmac, recorded with what is fed to it: the HMAC signature and its verification
 * (src/crypto/SignatureAlgorithm.ts) make and use an Hmac object in one expression.
 */
function spyHmac(sink: RecordedCall[], recorder: Recorder): () => void {
  // The module object itself (an `import * as` of a builtin is a copy of it).
  const nodeCrypto = process.getBuiltinModule('node:crypto');
  const exports = nodeCrypto as unknown as Module;
  const original = nodeCrypto.createHmac;
  exports.createHmac = (algorithm: string, key: NodeCrypto.BinaryLike | NodeCrypto.KeyObject) => {
    const hmac = original(algorithm, key);
    if (recorder.depth > 0) return hmac;
    const fed: Buffer[] = [];
    const update = hmac.update.bind(hmac);
    hmac.update = ((data: NodeCrypto.BinaryLike) => {
      fed.push(Buffer.from(data as Uint8Array));
      return update(data);
    }) as typeof hmac.update;
    const keyCopy = key instanceof Uint8Array ? Buffer.from(key) : key;
    sink.push({
      label: 'HMAC-SHA1',
      replay: () => {
        const h = original(algorithm, keyCopy);
        for (const d of fed) h.update(d);
        return h.digest();
      },
    });
    return hmac;
  };
  return () => {
    exports.createHmac = original;
  };
}

/** Runs `roundTrip` once with the primitives and the parser recorded. */
export async function recordRoundTrip(roundTrip: () => Promise<unknown>): Promise<RecordedRoundTrip> {
  const crypto: RecordedCall[] = [];
  const parses: RecordedCall[] = [];
  const xml: RecordedCall[] = [];
  const recorder: Recorder = { depth: 0 };
  const undo = [
    spy(PSha1, 'pSha1', crypto, recorder, 'P_SHA1'),
    spy(DigestAlgorithm, 'hashOctets', crypto, recorder, 'SHA-1 digest'),
    spy(BlockEncryption, 'encryptBlock', crypto, recorder, 'AES-CBC encrypt'),
    spy(BlockEncryption, 'decryptBlock', crypto, recorder, 'AES-CBC decrypt'),
    spy(DecodeBase64, 'decodeBase64', crypto, recorder, 'base64 decode'),
    spy(RandomOctets, 'randomOctets', crypto, recorder, 'random'),
    spyHmac(crypto, recorder),
    spy(XmlParser, 'parseXml', parses, recorder, 'envelope parse'),
    spy(ExclusiveCanonicalizer, 'canonicalizePieces', xml, recorder, 'canonicalization'),
    spy(ExclusiveCanonicalizer, 'canonicalizeToBuffer', xml, recorder, 'canonicalization'),
    spy(ParseFragment, 'parseFragment', xml, recorder, 'decrypted part parse'),
  ];
  try {
    await roundTrip();
  } finally {
    for (const u of undo) u();
  }
  return { crypto, parses, xml };
}

/** Median µs of replaying `calls` once, in order. */
export async function replayMicros(calls: readonly RecordedCall[], roundMs = 200): Promise<number> {
  const m = await measure(
    () => {
      for (const c of calls) c.replay();
    },
    { rounds: 7, roundMs, warmupMs: 100 },
  );
  return m.microsPerOp;
}

/** Each kind of call: how many, and the median µs of replaying them all. */
export async function replayByLabel(
  calls: readonly RecordedCall[],
): Promise<{ label: string; count: number; micros: number }[]> {
  const labels = [...new Set(calls.map((c) => c.label))];
  const out = [];
  for (const label of labels) {
    const mine = calls.filter((c) => c.label === label);
    out.push({ label, count: mine.length, micros: await replayMicros(mine, 60) });
  }
  return out;
}
