/**
 * Verifies a detached ds:Signature over same-document elements, failing closed: any algorithm or transform
 * other than the ones WCF uses, a policy (algorithm suite) refusal, a missing or ambiguous reference, a
 * digest or SignatureValue mismatch — each an XmlSignatureError.
 *
 * The result lists the element *nodes* whose digests were checked. Callers must use exactly those nodes
 * (not look the ids up again): that is what keeps a wrapped or duplicated element from being processed in
 * place of the signed one.
 */
import { constantTimeEquals } from '../../crypto/constantTimeEquals';
import { CryptoKeyError, UnsupportedAlgorithmError } from '../../crypto/CryptoErrors';
import { getDigestAlgorithm, hashOctets, type DigestAlgorithm } from '../../crypto/DigestAlgorithm';
import { SecurityAlgorithms } from '../../crypto/SecurityAlgorithms';
import {
  getSignatureAlgorithm,
  type SignatureAlgorithm,
  type SignatureKey,
} from '../../crypto/SignatureAlgorithm';
import { canonicalizePieces, canonicalizeToBuffer, type XmlElement } from '../../xml';
import {
  readSignature,
  type SignatureDescription,
  type SignatureReferenceDescription,
} from './readSignature';
import { XmlIdIndex, rootElement } from './XmlIdIndex';
import { XmlSignatureError } from './XmlSignatureError';

/**
 * Which algorithms the caller accepts. A SecurityAlgorithmSuite is one (WCF compares each with the suite's
 * single default); without a policy every algorithm Indigo implements is accepted.
 */
export interface SignatureAlgorithmPolicy {
  isCanonicalizationAlgorithmSupported(algorithm: string): boolean;
  isDigestAlgorithmSupported(algorithm: string): boolean;
  isSymmetricSignatureAlgorithmSupported(algorithm: string): boolean;
  isAsymmetricSignatureAlgorithmSupported(algorithm: string): boolean;
}

/** Returns the key to verify with, from the signature's KeyInfo (WS-Security token references: part B). */
export type SignatureKeyResolver = (
  keyInfo: XmlElement | undefined,
  signature: SignatureDescription,
) => SignatureKey;

export interface VerifySignatureOptions {
  readonly resolveKey: SignatureKeyResolver;
  readonly policy?: SignatureAlgorithmPolicy;
  /** The ids of the document; built from the signature's root element when absent. */
  readonly idIndex?: XmlIdIndex;
  /** At most this many references (default 64): each costs a C14N pass and a digest. */
  readonly maxReferences?: number;
}

export interface VerifiedReference {
  readonly reference: SignatureReferenceDescription;
  /** The element whose digest matched. */
  readonly element: XmlElement;
}

export interface VerifiedSignature {
  readonly signature: SignatureDescription;
  readonly algorithm: SignatureAlgorithm;
  /** The key the resolver returned, which verified the SignatureValue. */
  readonly key: SignatureKey;
  readonly references: readonly VerifiedReference[];
  /** The verified elements, in Reference order. */
  readonly elements: readonly XmlElement[];
}

const DEFAULT_MAX_REFERENCES = 64;

function unsupported<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof UnsupportedAlgorithmError)
      throw new XmlSignatureError('unsupportedAlgorithm', err.message);
    throw err;
  }
}

function notAllowed(algorithm: string, what: string): never {
  throw new XmlSignatureError('algorithmNotAllowed', `The ${what} algorithm '${algorithm}' is not allowed.`);
}

/** Exclusive C14N is the only canonicalization and the only transform (WCF never writes another). */
function checkCanonicalization(
  algorithm: string,
  policy: SignatureAlgorithmPolicy | undefined,
  what: string,
): void {
  if (algorithm !== SecurityAlgorithms.ExclusiveC14n) {
    throw new XmlSignatureError('unsupportedAlgorithm', `The ${what} '${algorithm}' is not supported.`);
  }
  if (policy && !policy.isCanonicalizationAlgorithmSupported(algorithm)) notAllowed(algorithm, what);
}

function checkSignatureMethod(
  d: SignatureDescription,
  policy: SignatureAlgorithmPolicy | undefined,
): SignatureAlgorithm {
  const algorithm = unsupported(() => getSignatureAlgorithm(d.signatureAlgorithm));
  if (policy) {
    const allowed =
      algorithm.kind === 'symmetric'
        ? policy.isSymmetricSignatureAlgorithmSupported(algorithm.uri)
        : policy.isAsymmetricSignatureAlgorithmSupported(algorithm.uri);
    if (!allowed) notAllowed(algorithm.uri, 'signature');
  }
  if (d.hmacOutputLength !== undefined && d.hmacOutputLength !== algorithm.macBits) {
    // A truncated HMAC is a weaker MAC chosen by the sender (CVE-2009-0217); only the full length is accepted.
    throw new XmlSignatureError('malformed', `HMACOutputLength ${d.hmacOutputLength} is not accepted.`);
  }
  return algorithm;
}

function checkReference(
  r: SignatureReferenceDescription,
  policy: SignatureAlgorithmPolicy | undefined,
): DigestAlgorithm {
  if (r.transforms.length !== 1) {
    throw new XmlSignatureError(
      'unsupportedAlgorithm',
      `ds:Reference ${r.uri} must have exactly one transform, exclusive C14N.`,
    );
  }
  const [transform] = r.transforms;
  checkCanonicalization(transform.algorithm, policy, 'transform');
  if (transform.parameters.length > 0)
    throw new XmlSignatureError('malformed', 'ds:Transform has unexpected content.');
  const digest = unsupported(() => getDigestAlgorithm(r.digestAlgorithm));
  if (policy && !policy.isDigestAlgorithmSupported(digest.uri)) notAllowed(digest.uri, 'digest');
  return digest;
}

/** Verifies `signature` (a ds:Signature element in its document); throws XmlSignatureError on any failure. */
export function verifySignature(signature: XmlElement, options: VerifySignatureOptions): VerifiedSignature {
  const d = readSignature(signature);
  const { policy } = options;

  // Everything about the algorithms is checked before any key is used.
  checkCanonicalization(d.canonicalizationAlgorithm, policy, 'canonicalization');
  const algorithm = checkSignatureMethod(d, policy);
  const maxReferences = options.maxReferences ?? DEFAULT_MAX_REFERENCES;
  if (d.references.length > maxReferences) {
    throw new XmlSignatureError('malformed', `ds:SignedInfo has more than ${maxReferences} references.`);
  }
  const digests = d.references.map((r) => checkReference(r, policy));

  const key = options.resolveKey(d.keyInfo, d);
  let valid: boolean;
  try {
    const signedInfo = canonicalizeToBuffer(d.signedInfo, { inclusivePrefixes: d.canonicalizationPrefixes });
    valid = algorithm.verify(key, signedInfo, d.signatureValue);
  } catch (err) {
    if (err instanceof CryptoKeyError) throw new XmlSignatureError('invalidKey', err.message);
    throw err;
  }
  if (!valid) throw new XmlSignatureError('signatureMismatch', 'The signature value does not verify.');

  const index = options.idIndex ?? XmlIdIndex.build(rootElement(signature));
  const references: VerifiedReference[] = [];
  for (let i = 0; i < d.references.length; i++) {
    const r = d.references[i];
    const found = index.find(r.targetId);
    if (found.status === 'missing') {
      throw new XmlSignatureError('referenceNotFound', `No element has the id '${r.targetId}'.`);
    }
    if (found.status === 'ambiguous') {
      throw new XmlSignatureError('ambiguousReference', `More than one element has the id '${r.targetId}'.`);
    }
    const canonical = canonicalizePieces(found.element, {
      inclusivePrefixes: r.transforms[0].inclusivePrefixes,
    });
    const digest = hashOctets(digests[i].hash, canonical);
    if (!constantTimeEquals(digest, r.digestValue)) {
      throw new XmlSignatureError(
        'digestMismatch',
        `The digest of the element '${r.targetId}' does not match.`,
      );
    }
    references.push({ reference: r, element: found.element });
  }
  return { signature: d, algorithm, key, references, elements: references.map((r) => r.element) };
}
