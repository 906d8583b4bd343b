/**
 * xenc:EncryptedKey (XML Encryption §3.5.1): a symmetric key wrapped to an RSA key (key transport) or with
 * another symmetric key (AES / 3DES key wrap), written as WCF writes it and unwrapped strictly.
 */
import { DecryptionError, UnsupportedAlgorithmError } from '../../crypto/CryptoErrors';
import {
  getKeyWrapAlgorithm,
  unwrapKey,
  wrapKey,
  type KeyWrapAlgorithm,
  type KeyWrapKey,
} from '../../crypto/KeyWrap';
import { SecurityAlgorithms } from '../../crypto/SecurityAlgorithms';
import type { XmlElement } from '../../xml';
import { XMLDSIG_NAMESPACE } from '../xmldsig/XmlDsigNamespaces';
import { createElement, isElement, simpleText } from '../xmldsig/xmlElements';
import { malformed, readEncryptedType, type EncryptedTypeDescription } from './readEncryptedType';
import { buildReferenceList, readReferenceList, type EncryptionReference } from './ReferenceList';
import { XMLENC_NAMESPACE } from './XmlEncConstants';
import { XmlEncryptionError } from './XmlEncryptionError';

export interface EncryptedKeyOptions {
  /** A key wrap URI (SecurityAlgorithms.RsaOaepKeyWrap, RsaV15KeyWrap, Aes256KeyWrap, …). */
  readonly algorithm: string;
  /** The symmetric key to wrap. */
  readonly key: Uint8Array;
  /** RSA: the recipient's public key (a KeyObject); key wrap: the key-encryption key. */
  readonly wrappingKey: KeyWrapKey;
  readonly id?: string;
  /** The content of ds:KeyInfo (e.g. an STR with the recipient certificate's thumbprint). */
  readonly keyInfo?: readonly XmlElement[];
  /** Ids of EncryptedData encrypted with this key (WS-Security 1.0's ReferenceList inside the EncryptedKey). */
  readonly referenceList?: readonly string[];
  /** RSA-OAEP only: OAEPparams octets (WCF writes none). */
  readonly oaepParams?: Uint8Array;
  /** The prefix for the xenc namespace; 'e' (WCF's) by default. */
  readonly prefix?: string;
}

export interface CreatedEncryptedKey {
  readonly element: XmlElement;
  /** The CipherValue octets (WS-Security 1.1's EncryptedKeySHA1 is their SHA-1). */
  readonly cipherValue: Buffer;
}

/** Builds an EncryptedKey that wraps `options.key`. */
export function createEncryptedKey(options: EncryptedKeyOptions): CreatedEncryptedKey {
  const algorithm = getKeyWrapAlgorithm(options.algorithm);
  const cipherValue = wrapKey(algorithm.uri, options.key, options.wrappingKey, {
    oaepParams: options.oaepParams,
  });
  const p = options.prefix ?? 'e';
  const xenc = (localName: string, attributes?: Record<string, string>, content?: (XmlElement | string)[]) =>
    createElement(p, localName, XMLENC_NAMESPACE, attributes, content);

  const method = xenc('EncryptionMethod', { Algorithm: algorithm.uri });
  if (options.oaepParams && options.oaepParams.length > 0) {
    method.appendChild(xenc('OAEPparams', {}, [Buffer.from(options.oaepParams).toString('base64')]));
  }
  if (algorithm.uri === SecurityAlgorithms.RsaOaepKeyWrap) {
    // WCF writes the (default) SHA-1 DigestMethod explicitly (RS EncryptedType.cs).
    method.appendChild(
      createElement('', 'DigestMethod', XMLDSIG_NAMESPACE, {
        Algorithm: SecurityAlgorithms.Sha1Digest,
      }).declareNamespace('', XMLDSIG_NAMESPACE),
    );
  }
  const element = xenc('EncryptedKey', options.id !== undefined ? { Id: options.id } : {}).declareNamespace(
    p,
    XMLENC_NAMESPACE,
  );
  element.appendChild(method);
  if (options.keyInfo && options.keyInfo.length > 0) {
    element.appendChild(
      createElement('', 'KeyInfo', XMLDSIG_NAMESPACE, {}, [...options.keyInfo]).declareNamespace(
        '',
        XMLDSIG_NAMESPACE,
      ),
    );
  }
  element.appendChild(xenc('CipherData', {}, [xenc('CipherValue', {}, [cipherValue.toString('base64')])]));
  if (options.referenceList && options.referenceList.length > 0) {
    element.appendChild(buildReferenceList(options.referenceList, p));
  }
  return { element, cipherValue };
}

export interface EncryptedKeyDescription extends EncryptedTypeDescription {
  readonly referenceList: readonly EncryptionReference[] | undefined;
  readonly carriedKeyName: string | undefined;
}

/** Reads an EncryptedKey; throws XmlEncryptionError('malformed') when its structure is wrong. */
export function readEncryptedKey(element: XmlElement): EncryptedKeyDescription {
  const d = readEncryptedType(element, 'EncryptedKey');
  let referenceList: EncryptionReference[] | undefined;
  let carriedKeyName: string | undefined;
  for (const e of d.rest) {
    if (isElement(e, 'ReferenceList', XMLENC_NAMESPACE) && !referenceList && carriedKeyName === undefined) {
      referenceList = readReferenceList(e);
    } else if (isElement(e, 'CarriedKeyName', XMLENC_NAMESPACE) && carriedKeyName === undefined) {
      carriedKeyName = simpleText(e) ?? malformed('CarriedKeyName has unexpected content.');
    } else {
      malformed(`EncryptedKey has unexpected content ${e.qualifiedName}.`);
    }
  }
  return { ...d, referenceList, carriedKeyName };
}

/** Which key wraps the caller accepts; a SecurityAlgorithmSuite is one. */
export interface KeyWrapAlgorithmPolicy {
  isSymmetricKeyWrapAlgorithmSupported(algorithm: string): boolean;
  isAsymmetricKeyWrapAlgorithmSupported(algorithm: string): boolean;
}

export interface UnwrapOptions {
  readonly policy?: KeyWrapAlgorithmPolicy;
  /**
   * The key length in octets the key will be used with. Required for RSA-1_5, whose failures yield a random
   * key of this length instead of an error (crypto/RsaKeyTransport.ts); a mismatch is a DecryptionError for
   * the others.
   */
  readonly expectedKeyLength?: number;
}

function checkAlgorithm(
  d: EncryptedKeyDescription,
  policy: KeyWrapAlgorithmPolicy | undefined,
): KeyWrapAlgorithm {
  const method = d.encryptionMethod;
  let algorithm: KeyWrapAlgorithm;
  try {
    algorithm = getKeyWrapAlgorithm(method.algorithm);
  } catch (err) {
    if (err instanceof UnsupportedAlgorithmError)
      throw new XmlEncryptionError('unsupportedAlgorithm', err.message);
    throw err;
  }
  if (algorithm.uri === SecurityAlgorithms.RsaOaepKeyWrap) {
    // rsa-oaep-mgf1p fixes MGF1 with SHA-1; node:crypto ties the OAEP digest to the MGF digest, so only SHA-1.
    if (method.digestAlgorithm !== undefined && method.digestAlgorithm !== SecurityAlgorithms.Sha1Digest) {
      throw new XmlEncryptionError(
        'unsupportedAlgorithm',
        `RSA-OAEP with the digest '${method.digestAlgorithm}' is not supported.`,
      );
    }
  } else if (method.oaepParams !== undefined || method.digestAlgorithm !== undefined) {
    malformed(`EncryptionMethod parameters do not apply to '${algorithm.uri}'.`);
  }
  if (policy) {
    const allowed =
      algorithm.kind === 'asymmetric'
        ? policy.isAsymmetricKeyWrapAlgorithmSupported(algorithm.uri)
        : policy.isSymmetricKeyWrapAlgorithmSupported(algorithm.uri);
    if (!allowed) {
      throw new XmlEncryptionError(
        'algorithmNotAllowed',
        `The key wrap algorithm '${algorithm.uri}' is not allowed.`,
      );
    }
  }
  return algorithm;
}

/**
 * Unwraps the key of an EncryptedKey. Throws XmlEncryptionError before the key is used and DecryptionError
 * after (never for RSA-1_5, see UnwrapOptions.expectedKeyLength).
 */
export function unwrapEncryptedKey(
  encryptedKey: XmlElement | EncryptedKeyDescription,
  unwrappingKey: KeyWrapKey,
  options: UnwrapOptions = {},
): Buffer {
  const d = 'encryptionMethod' in encryptedKey ? encryptedKey : readEncryptedKey(encryptedKey);
  const algorithm = checkAlgorithm(d, options.policy);
  const key = unwrapKey(algorithm.uri, d.cipherValue, unwrappingKey, {
    oaepParams: d.encryptionMethod.oaepParams,
    expectedKeyLength: options.expectedKeyLength,
  });
  if (d.encryptionMethod.keySize !== undefined && d.encryptionMethod.keySize !== key.length * 8) {
    throw new DecryptionError();
  }
  return key;
}
