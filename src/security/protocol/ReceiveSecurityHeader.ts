/**
 * Reads and processes a received wsse:Security header in place, on the message's own infoset: unwraps the
 * EncryptedKeys, derives the DerivedKeyTokens, decrypts what the ReferenceLists name, verifies every signature —
 * each algorithm and key size checked against the suite — and records what was verified as element *nodes*. The
 * caller (the protocol) then checks those nodes against what the binding requires; nothing is looked up by id
 * again after verification, so a wrapped or duplicated element can never stand in for the signed one.
 *
 * Order of work follows the protection order: sign-then-encrypt decrypts first and verifies the plaintext;
 * encrypt-then-sign verifies the ciphertext first. Element order inside the header is not enforced (WCF's Lax
 * reading, which accepts Strict, LaxTimestampFirst and LaxTimestampLast), except that LaxTimestampFirst/Last
 * receivers require the Timestamp first/last, as WCF's do.
 *
 * Limits (fail closed, before any cryptography): at most 64 header elements, 8 signatures, 16 derived keys,
 * 4 EncryptedKeys, 64 references per signature (part A's verifier).
 */
import { createHash, KeyObject, type X509Certificate } from 'node:crypto';
import { DecryptionError } from '../../crypto/CryptoErrors';
import { SecurityAlgorithms } from '../../crypto/SecurityAlgorithms';
import type { SignatureKey } from '../../crypto/SignatureAlgorithm';
import type { XmlDictionaryReaderQuotas, XmlElement } from '../../xml';
import { MessageSecurityError } from '../MessageSecurityError';
import type { MessageSecurityVersion } from '../MessageSecurityVersion';
import { MessageProtectionOrder, SecurityHeaderLayout } from '../SecurityEnumerations';
import type { SecurityAlgorithmSuite } from '../SecurityAlgorithmSuite';
import { readX509BinarySecurityToken } from '../wss/BinarySecurityToken';
import { clauseMatchesCertificate } from '../x509/X509KeyIdentifier';
import { deriveReceivedKey, readDerivedKeyToken } from '../wss/DerivedKeyToken';
import { isEncryptedHeader, unwrapDecryptedHeader } from '../wss/EncryptedHeader';
import { readKeyInfo, describeClause, type KeyIdentifierClause } from '../wss/SecurityTokenReference';
import { readSignatureConfirmation } from '../wss/SignatureConfirmation';
import { readTimestamp, type SecurityTimestamp } from '../wss/Timestamp';
import { readUsernameToken, type UsernameToken } from '../wss/UsernameToken';
import {
  SecureConversationFaultCodes,
  WSC_FEB2005_NAMESPACE,
  WSC_13_NAMESPACE,
  WSSE11_NAMESPACE,
  WSSE_NAMESPACE,
  WSU_NAMESPACE,
  WssValueTypes,
} from '../wss/WssConstants';
import { XMLDSIG_NAMESPACE } from '../xmldsig/XmlDsigNamespaces';
import { XmlIdIndex } from '../xmldsig/XmlIdIndex';
import { XmlSignatureError } from '../xmldsig/XmlSignatureError';
import { verifySignature } from '../xmldsig/verifySignature';
import { decryptEncryptedData } from '../xmlenc/EncryptedData';
import { readEncryptedKey, unwrapEncryptedKey, type EncryptedKeyDescription } from '../xmlenc/EncryptedKey';
import { readReferenceList } from '../xmlenc/ReferenceList';
import { XMLENC_NAMESPACE } from '../xmlenc/XmlEncConstants';
import { XmlEncryptionError } from '../xmlenc/XmlEncryptionError';
import { childElements } from '../wss/xmlReading';

export const RECEIVE_LIMITS = { elements: 64, signatures: 8, derivedKeys: 16, encryptedKeys: 4 } as const;

/** Keys and certificates the receiver knows from outside this message. */
export interface ReceiveTokenResolver {
  /** The private key an EncryptedKey naming `clause` was wrapped to; undefined when the clause names no certificate of ours. */
  unwrappingKey(clause: KeyIdentifierClause | undefined): KeyObject | undefined;
  /** A key from an earlier message by EncryptedKeySHA1 (a client's request key, for the reply). */
  keyByEncryptedKeySha1?(value: Buffer): Buffer | undefined;
  /** A certificate not in the message, by thumbprint / issuer-serial / SKI (the service's, for a WS-Security 1.0 reply). */
  certificate?(clause: KeyIdentifierClause): X509Certificate | undefined;
  /**
   * The key of a Security Context Token: one carried in this header (the element, which holds its Identifier,
   * Instance and, in cookie mode, its Cookie) or one named by an external reference (its Identifier).
   * Undefined when the token is not known — the message is then refused with BadContextToken.
   */
  securityContextToken?(reference: SecurityContextTokenReference): ResolvedSecurityContextKey | undefined;
}

export type SecurityContextTokenReference =
  | { readonly kind: 'element'; readonly element: XmlElement }
  | { readonly kind: 'external'; readonly contextId: string; readonly keyGeneration?: string };

export interface ResolvedSecurityContextKey {
  readonly key: Buffer;
  readonly contextId: string;
  readonly keyGeneration: string | undefined;
}

/** Where a symmetric key came from: the root token every key of the message must share. */
export type KeyOrigin =
  | { readonly kind: 'encryptedKey'; readonly element: XmlElement }
  | { readonly kind: 'encryptedKeySha1'; readonly value: string }
  | {
      readonly kind: 'securityContextToken';
      readonly contextId: string;
      readonly keyGeneration: string | undefined;
    };

export interface ResolvedKey {
  readonly key: SignatureKey;
  readonly origin: KeyOrigin | undefined;
  /** The certificate of an asymmetric key, and whether it came from a BinarySecurityToken in this header. */
  readonly certificate?: X509Certificate;
  readonly certificateToken?: XmlElement;
}

export interface ProcessedSignature {
  readonly element: XmlElement;
  readonly value: Buffer;
  readonly key: ResolvedKey;
  readonly verified: ReadonlySet<XmlElement>;
  /** Whether the signature travelled encrypted. */
  readonly wasEncrypted: boolean;
}

export interface ProcessedEncryptedKey {
  readonly element: XmlElement;
  readonly key: Buffer;
  /** base64 SHA-1 of the CipherValue: how the reply refers to this key (EncryptedKeySHA1). */
  readonly sha1: string;
}

export interface DecryptedPart {
  readonly kind: 'bodyContent' | 'header' | 'securityElement';
  /** The decrypted element (the Body for content). */
  readonly element: XmlElement;
  readonly origin: KeyOrigin | undefined;
}

export interface ProcessedSecurityHeader {
  readonly security: XmlElement;
  readonly timestamp: (SecurityTimestamp & { readonly element: XmlElement }) | undefined;
  /** The primary signature (the one nothing else in the header is signed by). */
  readonly primary: ProcessedSignature | undefined;
  /** Signatures over the primary signature. */
  readonly endorsing: readonly ProcessedSignature[];
  /**
   * With `independentSignatures`: every signature, in header order (none is primary: each signs the message's
   * parts, as a transport-secured message's supporting signatures do); otherwise empty.
   */
  readonly independent: readonly ProcessedSignature[];
  readonly signatureConfirmations: readonly {
    readonly element: XmlElement;
    readonly value: Buffer | undefined;
  }[];
  readonly encryptedKeys: readonly ProcessedEncryptedKey[];
  readonly usernameTokens: readonly {
    readonly element: XmlElement;
    readonly token: UsernameToken;
    readonly wasEncrypted: boolean;
  }[];
  readonly decrypted: readonly DecryptedPart[];
}

export interface ReceiveSecurityHeaderOptions {
  readonly security: XmlElement;
  readonly version: MessageSecurityVersion;
  readonly suite: SecurityAlgorithmSuite;
  readonly layout: SecurityHeaderLayout;
  readonly protectionOrder: MessageProtectionOrder;
  readonly resolver: ReceiveTokenResolver;
  /** Reader quotas for decrypted XML (the encoder's). */
  readonly quotas?: Partial<XmlDictionaryReaderQuotas>;
  /**
   * A message with no primary signature whose signatures each sign its parts (RS TransportSecurityProtocol with
   * several endorsing tokens: each signs the Timestamp). No signature may sign another; all are returned in
   * `independent`, none as primary. Off: at most one primary signature, the others over it.
   */
  readonly independentSignatures?: boolean;
}

const DKT_NAMESPACES = new Set([WSC_FEB2005_NAMESPACE, WSC_13_NAMESPACE]);

function fail(message: string, cause?: unknown): never {
  throw new MessageSecurityError(message, undefined, { cause });
}

function idOf(e: XmlElement): string | undefined {
  return e.getAttribute('Id', WSU_NAMESPACE) ?? e.getAttribute('Id');
}

function is(e: XmlElement, localName: string, ns: string): boolean {
  return e.localName === localName && e.namespaceUri === ns;
}

/** Maps the primitives' errors: every decryption failure is the same InvalidSecurity (no oracle). */
function mapCryptoError(err: unknown, what: string): never {
  if (err instanceof MessageSecurityError) throw err;
  if (err instanceof DecryptionError) fail(`${what}: ${DecryptionError.MESSAGE}`);
  if (err instanceof XmlEncryptionError || err instanceof XmlSignatureError)
    fail(`${what}: ${err.message}`, err);
  if (err instanceof Error && err.name === 'AlgorithmSuiteViolationError')
    fail(`${what}: ${err.message}`, err);
  throw err;
}

class HeaderProcessor {
  private readonly tokens = new Map<string, XmlElement | 'ambiguous'>();
  private readonly encryptedKeys = new Map<XmlElement, ProcessedEncryptedKey>();
  private readonly derivedKeys = new Map<
    XmlElement,
    { key: Buffer; origin: KeyOrigin; sourceBits: number }
  >();
  /** Security Context Tokens resolved in this message: one resolution per token, however many keys derive from it. */
  private readonly contextKeys = new Map<XmlElement | string, { key: Buffer; origin: KeyOrigin }>();
  private readonly encryptedElements = new Set<XmlElement>();
  private readonly decrypted: DecryptedPart[] = [];
  private derivedCount = 0;

  constructor(private readonly o: ReceiveSecurityHeaderOptions) {}

  run(): ProcessedSecurityHeader {
    const security = this.o.security;
    const items = childElements(security) ?? fail('The Security header has character content.');
    if (items.length > RECEIVE_LIMITS.elements)
      fail(`The Security header has more than ${RECEIVE_LIMITS.elements} elements.`);
    let timestampElement: XmlElement | undefined;
    let encryptedKeyCount = 0;
    for (const e of items) {
      if (is(e, 'Timestamp', WSU_NAMESPACE)) {
        if (timestampElement) fail('The Security header has more than one Timestamp.');
        timestampElement = e;
      } else if (
        is(e, 'EncryptedKey', XMLENC_NAMESPACE) &&
        ++encryptedKeyCount > RECEIVE_LIMITS.encryptedKeys
      ) {
        fail('The Security header has too many EncryptedKeys.');
      } else if (!this.isKnownElement(e)) {
        fail(
          `The Security header holds an element that is not understood: {${e.namespaceUri}}${e.localName}.`,
        );
      }
    }
    if (timestampElement) {
      if (this.o.layout === SecurityHeaderLayout.LaxTimestampFirst && items[0] !== timestampElement) {
        fail('The Timestamp must be the first element of the Security header (LaxTimestampFirst).');
      }
      if (
        this.o.layout === SecurityHeaderLayout.LaxTimestampLast &&
        items[items.length - 1] !== timestampElement
      ) {
        fail('The Timestamp must be the last element of the Security header (LaxTimestampLast).');
      }
    }
    // Built field by field: an object spread here was a tenth of this method's own time.
    let timestamp: ProcessedSecurityHeader['timestamp'];
    if (timestampElement) {
      const { id, created, expires } = readTimestamp(timestampElement);
      timestamp = { id, created, expires, element: timestampElement };
    }
    this.indexTokens();

    const encryptFirst = this.o.protectionOrder === MessageProtectionOrder.EncryptBeforeSign;
    let signatures: ProcessedSignature[] = [];
    if (encryptFirst) signatures = this.verifySignatures();
    this.decryptAll();
    if (!encryptFirst) signatures = this.verifySignatures();

    let primary: ProcessedSignature | undefined;
    let endorsing: ProcessedSignature[];
    let independent: ProcessedSignature[] = [];
    if (this.o.independentSignatures) ({ primary, endorsing, independent } = this.independent(signatures));
    else ({ primary, endorsing } = this.classify(signatures));
    const after = childElements(security) ?? [];
    const confirmations = after
      .filter((e) => is(e, 'SignatureConfirmation', WSSE11_NAMESPACE))
      .map((element) => ({ element, value: readSignatureConfirmation(element) }));
    const usernameTokens = after
      .filter((e) => is(e, 'UsernameToken', WSSE_NAMESPACE))
      .map((element) => ({
        element,
        token: readUsernameToken(element),
        wasEncrypted: this.encryptedElements.has(element),
      }));
    return {
      security,
      timestamp,
      primary,
      endorsing,
      independent,
      signatureConfirmations: confirmations,
      encryptedKeys: [...this.encryptedKeys.values()],
      usernameTokens,
      decrypted: this.decrypted,
    };
  }

  private isKnownElement(e: XmlElement): boolean {
    return (
      is(e, 'BinarySecurityToken', WSSE_NAMESPACE) ||
      is(e, 'UsernameToken', WSSE_NAMESPACE) ||
      is(e, 'EncryptedKey', XMLENC_NAMESPACE) ||
      is(e, 'EncryptedData', XMLENC_NAMESPACE) ||
      is(e, 'ReferenceList', XMLENC_NAMESPACE) ||
      is(e, 'Signature', XMLDSIG_NAMESPACE) ||
      is(e, 'SignatureConfirmation', WSSE11_NAMESPACE) ||
      (e.localName === 'DerivedKeyToken' && DKT_NAMESPACES.has(e.namespaceUri)) ||
      (this.o.resolver.securityContextToken !== undefined && this.isSecurityContextToken(e))
    );
  }

  /** Tokens are looked up by id among the Security header's own children only; a repeated id resolves to nothing. */
  private indexTokens(): void {
    this.tokens.clear();
    for (const e of childElements(this.o.security) ?? []) {
      const id = idOf(e);
      if (id === undefined) continue;
      this.tokens.set(id, this.tokens.has(id) ? 'ambiguous' : e);
    }
  }

  private token(id: string): XmlElement {
    const t = this.tokens.get(id);
    if (t === undefined) fail(`No token in the Security header has the id '${id}'.`);
    if (t === 'ambiguous') fail(`More than one element of the Security header has the id '${id}'.`);
    return t;
  }

  private encryptedKey(element: XmlElement): ProcessedEncryptedKey {
    const known = this.encryptedKeys.get(element);
    if (known) return known;
    let description: EncryptedKeyDescription;
    let key: Buffer;
    try {
      description = readEncryptedKey(element);
      const clause = readKeyInfo(description.keyInfo);
      const privateKey = this.o.resolver.unwrappingKey(clause);
      if (!privateKey) {
        fail(
          `The EncryptedKey is not for a certificate of this party (${clause ? describeClause(clause) : 'no KeyInfo'}).`,
        );
      }
      const rsa15 = description.encryptionMethod.algorithm === SecurityAlgorithms.RsaV15KeyWrap;
      key = unwrapEncryptedKey(description, privateKey, {
        policy: this.o.suite,
        expectedKeyLength: rsa15 ? this.o.suite.defaultSymmetricKeyLength / 8 : undefined,
      });
    } catch (err) {
      mapCryptoError(err, 'The EncryptedKey could not be processed');
    }
    if (!this.o.suite.isSymmetricKeyLengthSupported(key.length * 8)) {
      fail(`The algorithm suite ${this.o.suite.name} does not accept a ${key.length * 8}-bit wrapped key.`);
    }
    const processed = {
      element,
      key,
      sha1: createHash('sha1').update(description.cipherValue).digest('base64'),
    };
    this.encryptedKeys.set(element, processed);
    return processed;
  }

  private derivedKey(element: XmlElement): { key: Buffer; origin: KeyOrigin; sourceBits: number } {
    const known = this.derivedKeys.get(element);
    if (known) return known;
    if (++this.derivedCount > RECEIVE_LIMITS.derivedKeys) fail('The message has too many derived keys.');
    if (element.namespaceUri !== this.o.version.secureConversationNamespace) {
      fail(`The DerivedKeyToken is not in the namespace of ${this.o.version.secureConversationVersion}.`);
    }
    const d = readDerivedKeyToken(element, this.o.version.secureConversationNamespace);
    if (d.algorithm !== undefined)
      this.o.suite.ensureAcceptableAlgorithm('SignatureKeyDerivation', d.algorithm);
    let secret: Buffer;
    let origin: KeyOrigin;
    if (d.source.kind === 'localId') {
      const source = this.token(d.source.id);
      if (this.isSecurityContextToken(source)) {
        ({ key: secret, origin } = this.securityContextKey({ kind: 'element', element: source }));
      } else {
        if (!is(source, 'EncryptedKey', XMLENC_NAMESPACE))
          fail('A DerivedKeyToken must be derived from an EncryptedKey or a SecurityContextToken.');
        secret = this.encryptedKey(source).key;
        origin = { kind: 'encryptedKey', element: source };
      }
    } else if (d.source.kind === 'encryptedKeySha1') {
      const value = d.source.value;
      secret =
        this.o.resolver.keyByEncryptedKeySha1?.(value) ??
        fail('The DerivedKeyToken refers to an unknown EncryptedKeySHA1.');
      origin = { kind: 'encryptedKeySha1', value: value.toString('base64') };
    } else if (d.source.kind === 'externalUri') {
      ({ key: secret, origin } = this.externalSecurityContextKey(d.source));
    } else {
      fail(`A DerivedKeyToken cannot be derived from ${describeClause(d.source)}.`);
    }
    const derived = { key: deriveReceivedKey(d, secret), origin, sourceBits: secret.length * 8 };
    this.derivedKeys.set(element, derived);
    return derived;
  }

  private isSecurityContextToken(e: XmlElement): boolean {
    return (
      e.localName === 'SecurityContextToken' && e.namespaceUri === this.o.version.secureConversationNamespace
    );
  }

  /** A Security Context Token's key, from the receiver's session state or the token's cookie. */
  private securityContextKey(reference: SecurityContextTokenReference): { key: Buffer; origin: KeyOrigin } {
    const cacheKey =
      reference.kind === 'element'
        ? reference.element
        : `${reference.contextId}\u0000${reference.keyGeneration ?? '\u0000'}`;
    const known = this.contextKeys.get(cacheKey);
    if (known) return known;
    const resolved = this.o.resolver.securityContextToken?.(reference);
    if (!resolved) {
      throw new MessageSecurityError(
        'The security context token is not known (expired, cancelled or issued by another service).',
        SecureConversationFaultCodes.BadContextToken,
      );
    }
    const result = {
      key: resolved.key,
      origin: {
        kind: 'securityContextToken',
        contextId: resolved.contextId,
        keyGeneration: resolved.keyGeneration,
      } as const,
    };
    this.contextKeys.set(cacheKey, result);
    return result;
  }

  private externalSecurityContextKey(clause: Extract<KeyIdentifierClause, { kind: 'externalUri' }>): {
    key: Buffer;
    origin: KeyOrigin;
  } {
    const sctType = `${this.o.version.secureConversationNamespace}/sct`;
    if (clause.valueType !== undefined && clause.valueType !== sctType)
      fail(`The reference ${clause.uri} is not to a security context token.`);
    return this.securityContextKey({
      kind: 'external',
      contextId: clause.uri,
      keyGeneration: clause.instance?.value,
    });
  }

  /** A symmetric key for a clause (from an EncryptedData's or a Signature's KeyInfo). */
  private symmetricKey(
    clause: KeyIdentifierClause,
    use: 'signature' | 'encryption',
  ): { key: Buffer; origin: KeyOrigin } {
    try {
      if (clause.kind === 'localId') {
        const token = this.token(clause.id);
        if (token.localName === 'DerivedKeyToken' && DKT_NAMESPACES.has(token.namespaceUri)) {
          const d = this.derivedKey(token);
          this.o.suite.ensureAcceptableSymmetricKeySize(use, d.key.length * 8, d.sourceBits);
          return d;
        }
        if (this.isSecurityContextToken(token)) {
          const sct = this.securityContextKey({ kind: 'element', element: token });
          this.o.suite.ensureAcceptableSymmetricKeySize(use, sct.key.length * 8);
          return sct;
        }
        if (is(token, 'EncryptedKey', XMLENC_NAMESPACE)) {
          const ek = this.encryptedKey(token);
          this.o.suite.ensureAcceptableSymmetricKeySize(use, ek.key.length * 8);
          return { key: ek.key, origin: { kind: 'encryptedKey', element: token } };
        }
        fail(`The token '${clause.id}' has no symmetric key.`);
      }
      if (clause.kind === 'externalUri') {
        const sct = this.externalSecurityContextKey(clause);
        this.o.suite.ensureAcceptableSymmetricKeySize(use, sct.key.length * 8);
        return sct;
      }
      if (clause.kind === 'encryptedKeySha1') {
        const key =
          this.o.resolver.keyByEncryptedKeySha1?.(clause.value) ??
          fail('Unknown EncryptedKeySHA1 reference.');
        this.o.suite.ensureAcceptableSymmetricKeySize(use, key.length * 8);
        return { key, origin: { kind: 'encryptedKeySha1', value: clause.value.toString('base64') } };
      }
    } catch (err) {
      mapCryptoError(err, 'The key could not be resolved');
    }
    fail(`Cannot resolve the key ${describeClause(clause)}.`);
  }

  private decryptAll(): void {
    const security = this.o.security;
    const lists: { list: XmlElement; host: ProcessedEncryptedKey | undefined }[] = [];
    for (const e of childElements(security) ?? []) {
      if (is(e, 'ReferenceList', XMLENC_NAMESPACE)) lists.push({ list: e, host: undefined });
      if (is(e, 'EncryptedKey', XMLENC_NAMESPACE)) {
        const inner = e.element('ReferenceList', XMLENC_NAMESPACE);
        if (inner) lists.push({ list: inner, host: this.encryptedKey(e) });
      }
    }
    const envelope = rootOf(security);
    const ids = XmlIdIndex.build(envelope);
    const seen = new Set<XmlElement>();
    for (const { list, host } of lists) {
      let references;
      try {
        references = readReferenceList(list);
      } catch (err) {
        mapCryptoError(err, 'The ReferenceList is not valid');
      }
      for (const r of references) {
        if (r.kind !== 'DataReference') fail('A KeyReference is not supported in a ReferenceList.');
        const found = ids.find(r.id);
        if (found.status !== 'found') fail(`The ReferenceList names '${r.id}', which is ${found.status}.`);
        const encryptedData = found.element;
        if (!is(encryptedData, 'EncryptedData', XMLENC_NAMESPACE))
          fail(`The ReferenceList names '${r.id}', which is not an EncryptedData.`);
        if (seen.has(encryptedData)) fail(`The EncryptedData '${r.id}' is named twice.`);
        seen.add(encryptedData);
        this.decryptOne(encryptedData, host);
      }
    }
    // An EncryptedData in the header that no ReferenceList names is not processed by anyone: refused.
    for (const e of childElements(security) ?? []) {
      if (is(e, 'EncryptedData', XMLENC_NAMESPACE))
        fail('The Security header holds an EncryptedData no ReferenceList names.');
    }
    this.indexTokens();
  }

  private decryptOne(encryptedData: XmlElement, host: ProcessedEncryptedKey | undefined): void {
    const parent = encryptedData.parent;
    const envelope = rootOf(this.o.security);
    const sns = envelope.namespaceUri;
    const body = envelope.element('Body', sns);
    const header = envelope.element('Header', sns);
    let kind: DecryptedPart['kind'];
    if (parent === body) kind = 'bodyContent';
    else if (parent === this.o.security) kind = 'securityElement';
    else if (isEncryptedHeader(parent) && parent.parent === header) kind = 'header';
    else fail('An EncryptedData is in a place WS-Security does not use.');
    let key: Buffer;
    let origin: KeyOrigin | undefined;
    const keyInfo = encryptedData.element('KeyInfo', XMLDSIG_NAMESPACE);
    if (host && !keyInfo) {
      key = host.key;
      origin = { kind: 'encryptedKey', element: host.element };
      try {
        this.o.suite.ensureAcceptableSymmetricKeySize('encryption', key.length * 8);
      } catch (err) {
        mapCryptoError(err, 'The EncryptedData cannot be decrypted');
      }
    } else {
      let clause: KeyIdentifierClause | undefined;
      try {
        clause = readKeyInfo(keyInfo);
      } catch (err) {
        mapCryptoError(err, 'The EncryptedData KeyInfo is not valid');
      }
      if (!clause) fail('An EncryptedData has no KeyInfo.');
      ({ key, origin } = this.symmetricKey(clause, 'encryption'));
      if (host && (origin.kind !== 'encryptedKey' || origin.element !== host.element)) {
        fail('An EncryptedData listed in an EncryptedKey is encrypted with another key.');
      }
    }
    let result;
    try {
      result = decryptEncryptedData(encryptedData, key, {
        policy: this.o.suite,
        quotas: this.o.quotas,
        maxSize: Number.MAX_SAFE_INTEGER,
      });
    } catch (err) {
      mapCryptoError(err, 'The EncryptedData could not be decrypted');
    }
    if (kind === 'bodyContent') {
      if (result.type !== 'http://www.w3.org/2001/04/xmlenc#Content')
        fail('The Body must be encrypted as content.');
      if (
        parent!.children.some(
          (c) =>
            c !== encryptedData &&
            result.nodes.indexOf(c) < 0 &&
            (c.kind === 'element' || (c.kind === 'text' && c.value.trim())),
        )
      ) {
        fail('The Body holds more than its encrypted content.');
      }
      this.decrypted.push({ kind, element: body!, origin });
      return;
    }
    const element = result.element ?? fail('A header EncryptedData must be of Type Element.');
    if (kind === 'header') {
      this.decrypted.push({ kind, element: unwrapDecryptedHeader(parent!, element), origin });
      return;
    }
    if (
      !this.isKnownElement(element) ||
      is(element, 'EncryptedData', XMLENC_NAMESPACE) ||
      is(element, 'ReferenceList', XMLENC_NAMESPACE)
    ) {
      fail(
        `An encrypted {${element.namespaceUri}}${element.localName} in the Security header is not understood.`,
      );
    }
    this.encryptedElements.add(element);
    this.decrypted.push({ kind, element, origin });
  }

  private signatureKey(keyInfo: XmlElement | undefined, symmetric: boolean): ResolvedKey {
    let clause: KeyIdentifierClause | undefined;
    try {
      clause = readKeyInfo(keyInfo);
    } catch (err) {
      mapCryptoError(err, 'The Signature KeyInfo is not valid');
    }
    if (!clause) fail('A Signature has no KeyInfo.');
    if (symmetric) {
      const { key, origin } = this.symmetricKey(clause, 'signature');
      return { key, origin };
    }
    let certificate: X509Certificate | undefined;
    let certificateToken: XmlElement | undefined;
    if (clause.kind === 'localId') {
      const token = this.token(clause.id);
      if (!is(token, 'BinarySecurityToken', WSSE_NAMESPACE))
        fail(`The token '${clause.id}' has no asymmetric key.`);
      certificate = readX509BinarySecurityToken(token).certificate;
      certificateToken = token;
    } else {
      const inHeader = this.binarySecurityTokenNamedBy(clause);
      if (inHeader) {
        certificate = inHeader.certificate;
        certificateToken = inHeader.token;
      } else {
        certificate = this.o.resolver.certificate?.(clause);
      }
    }
    if (!certificate) fail(`Cannot resolve the signing certificate ${describeClause(clause)}.`);
    const publicKey = certificate.publicKey;
    const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
    try {
      this.o.suite.ensureAcceptableAsymmetricKeySize(bits);
    } catch (err) {
      mapCryptoError(err, 'The signing key is not acceptable');
    }
    return { key: publicKey, origin: undefined, certificate, certificateToken };
  }

  /**
   * The X.509 BinarySecurityToken of this header that a key identifier names (thumbprint, subject key
   * identifier, issuer and serial, raw data) — looked up before anything known out of band, as WCF does: its
   * receive header enters every token it reads with reference style Internal (RS ReceiveSecurityHeader.ReadToken
   * → SecurityHeaderTokenResolver.Add), and an Internal token matches any clause the token itself matches
   * (SecurityTokenParameters.MatchesKeyIdentifierClause → X509SecurityToken.MatchesKeyIdentifierClause). So a
   * sender that includes its certificate and still refers to it by thumbprint — what `sp:RequireThumbprintReference`
   * on an AlwaysToRecipient token asks of WS-SecurityPolicy engines such as CXF's — is understood, and the token
   * counts as the one the signature was made with, exactly as a direct `Reference URI="#id"` would. Two tokens
   * with the named certificate are refused rather than picked from.
   */
  private binarySecurityTokenNamedBy(
    clause: KeyIdentifierClause,
  ): { token: XmlElement; certificate: X509Certificate } | undefined {
    if (clause.kind === 'localId' || clause.kind === 'externalUri' || clause.kind === 'encryptedKeySha1')
      return undefined;
    let found: { token: XmlElement; certificate: X509Certificate } | undefined;
    for (const e of childElements(this.o.security) ?? []) {
      if (
        !is(e, 'BinarySecurityToken', WSSE_NAMESPACE) ||
        e.getAttribute('ValueType') !== WssValueTypes.X509v3
      )
        continue;
      const { certificate } = readX509BinarySecurityToken(e);
      if (!clauseMatchesCertificate(clause, certificate)) continue;
      if (found) fail(`More than one BinarySecurityToken holds the certificate ${describeClause(clause)}.`);
      found = { token: e, certificate };
    }
    return found;
  }

  private verifySignatures(): ProcessedSignature[] {
    const signatures = (childElements(this.o.security) ?? []).filter((e) =>
      is(e, 'Signature', XMLDSIG_NAMESPACE),
    );
    if (signatures.length > RECEIVE_LIMITS.signatures) fail('The Security header has too many signatures.');
    const idIndex = XmlIdIndex.build(rootOf(this.o.security));
    return signatures.map((element) => {
      let resolved: ResolvedKey | undefined;
      try {
        const verified = verifySignature(element, {
          policy: this.o.suite,
          idIndex,
          resolveKey: (keyInfo, d) => {
            const method = d.signatureAlgorithm;
            const symmetric =
              method === SecurityAlgorithms.HmacSha1Signature ||
              method === SecurityAlgorithms.HmacSha256Signature;
            resolved = this.signatureKey(keyInfo, symmetric);
            return resolved.key;
          },
        });
        return {
          element,
          value: verified.signature.signatureValue,
          key: resolved!,
          verified: new Set(verified.elements),
          wasEncrypted: this.encryptedElements.has(element),
        };
      } catch (err) {
        mapCryptoError(err, 'The signature did not verify');
      }
    });
  }

  /** Signatures of a message without a primary one: none may sign another. */
  private independent(signatures: ProcessedSignature[]): {
    primary: undefined;
    endorsing: ProcessedSignature[];
    independent: ProcessedSignature[];
  } {
    for (const s of signatures)
      if ([...s.verified].some((e) => is(e, 'Signature', XMLDSIG_NAMESPACE)))
        fail('A signature signs another signature; this message has no primary signature.');
    return { primary: undefined, endorsing: [], independent: signatures };
  }

  /** The primary signature is the one no other signature covers; each other signature must cover exactly it. */
  private classify(signatures: ProcessedSignature[]): {
    primary: ProcessedSignature | undefined;
    endorsing: ProcessedSignature[];
  } {
    const signed = new Set<XmlElement>();
    const primaries: ProcessedSignature[] = [];
    for (const s of signatures) {
      let signsSignature = false;
      for (const e of s.verified) {
        if (!is(e, 'Signature', XMLDSIG_NAMESPACE)) continue;
        signed.add(e);
        signsSignature = true;
      }
      if (!signsSignature) primaries.push(s);
    }
    if (primaries.length > 1) fail('The Security header has more than one primary signature.');
    const primary = primaries[0];
    const endorsing = signatures.filter((s) => s !== primary);
    for (const s of endorsing) {
      if (!primary || s.verified.size !== 1 || !s.verified.has(primary.element)) {
        fail('A supporting signature must sign exactly the primary signature.');
      }
    }
    if (primary && signed.size > 0 && !signed.has(primary.element))
      fail('A supporting signature signs another signature.');
    return { primary, endorsing };
  }
}

function rootOf(e: XmlElement): XmlElement {
  let r = e;
  while (r.parent) r = r.parent;
  return r;
}

/** Processes `options.security` in place; throws MessageSecurityError (or a subclass) on any failure. */
export function processSecurityHeader(options: ReceiveSecurityHeaderOptions): ProcessedSecurityHeader {
  return new HeaderProcessor(options).run();
}

/** Whether a KeyObject is an RSA public or private key (for callers that check token kinds). */
export function isRsaKey(key: SignatureKey): boolean {
  return key instanceof KeyObject && key.asymmetricKeyType === 'rsa';
}
