/**
 * Writes a wsse:Security header into an envelope and applies it: ids on the parts to sign, the Timestamp, the
 * tokens, the primary signature, endorsing signatures, and encryption — in the order and shape WCF's
 * SendSecurityHeader produces (spec/secure-conversation.md §8; RS SendSecurityHeader.OnWriteHeaderContents):
 *
 *   Timestamp · tokens (EncryptedKey, signature DKT, encryption DKT) · ReferenceList · signed tokens ·
 *   signed-and-encrypted tokens · endorsing tokens · SignatureConfirmation · primary Signature ·
 *   endorsing Signatures · [ReferenceList for EncryptBeforeSign] · [Timestamp for LaxTimestampLast]
 *
 * Sign-before-encrypt signs the plaintext parts, then encrypts the Body's content, the signed-and-encrypted
 * tokens and — with SignBeforeEncryptAndEncryptSignature, when anything else is encrypted (RS
 * RemoveSignatureEncryptionIfAppropriate) — the signature confirmations and every signature. Encrypt-before-sign
 * encrypts first and signs the ciphertext. Every EncryptedData gets a fresh IV (part A's encryptBlock).
 *
 * The protocol decides the keys and tokens; this file only lays them out, so every layout and protection order
 * is one code path.
 */
import type { SignatureKey } from '../../crypto/SignatureAlgorithm';
import { XmlElement } from '../../xml';
import { MessageProtectionOrder, SecurityHeaderLayout } from '../SecurityEnumerations';
import { createSignature, type SignatureReferenceOptions } from '../xmldsig/createSignature';
import { encryptContent, encryptElement } from '../xmlenc/EncryptedData';
import { buildReferenceList, createReferenceList } from '../xmlenc/ReferenceList';
import { wrapInEncryptedHeader } from '../wss/EncryptedHeader';
import { MessagePartIdGenerator } from '../wss/IdGenerator';
import { createSignatureConfirmationElement } from '../wss/SignatureConfirmation';
import { createTimestampElement } from '../wss/Timestamp';
import { WSSE_NAMESPACE, WSSE_PREFIX, WSU_NAMESPACE, WSU_PREFIX, XMLENC_PREFIX } from '../wss/WssConstants';

export interface SigningKey {
  /** SignatureMethod URI. */
  readonly algorithm: string;
  readonly key: SignatureKey;
  /** The KeyInfo content (an STR). */
  readonly keyInfo: XmlElement;
}

export interface EncryptingKey {
  /** EncryptionMethod URI (the suite's block cipher). */
  readonly algorithm: string;
  readonly key: Uint8Array;
  /** The KeyInfo content of each EncryptedData; none when the ReferenceList goes into `referenceListHost`. */
  readonly keyInfo?: XmlElement;
  /** WS-Security 1.0's shape: the ReferenceList inside this EncryptedKey (one of `tokens`), EncryptedData without KeyInfo. */
  readonly referenceListHost?: XmlElement;
}

export interface SendSecurityHeaderOptions {
  /** The s:Envelope to secure in place. */
  readonly envelope: XmlElement;
  readonly digestAlgorithm: string;
  readonly layout: SecurityHeaderLayout;
  readonly protectionOrder: MessageProtectionOrder;
  /** Created/Expires in ms since the epoch; no Timestamp when absent. */
  readonly timestamp?: { readonly id: string; readonly created: number; readonly expires: number };
  /** Which headers (direct children of s:Header) the primary signature covers. */
  readonly signHeader: (header: XmlElement) => boolean;
  readonly signBody: boolean;
  readonly encryptBody: boolean;
  /** Headers to encrypt into wsse11:EncryptedHeader (WS-Security 1.1 only). */
  readonly encryptHeader?: (header: XmlElement) => boolean;
  /** The primary token and derived keys, in order, right after the Timestamp. */
  readonly tokens: readonly XmlElement[];
  readonly signing?: SigningKey;
  readonly encryption?: EncryptingKey;
  /** Signed supporting tokens (written, signed). */
  readonly signedTokens?: readonly XmlElement[];
  /** Signed-and-encrypted supporting tokens (a UsernameToken). */
  readonly signedEncryptedTokens?: readonly XmlElement[];
  /** Endorsing supporting tokens to write (a client certificate's BinarySecurityToken). */
  readonly endorsingTokens?: readonly XmlElement[];
  /** Signed-endorsing supporting tokens to write: written, signed by the primary signature. */
  readonly signedEndorsingTokens?: readonly XmlElement[];
  /** One endorsing signature each, over the primary signature. */
  readonly endorsingSigners?: readonly SigningKey[];
  /** SignatureConfirmation values to send (undefined: the "no signature" confirmation). */
  readonly signatureConfirmations?: readonly (Buffer | undefined)[];
  readonly ids?: MessagePartIdGenerator;
}

export interface SentSecurityHeader {
  readonly security: XmlElement;
  /** The primary signature's value (what a SignatureConfirmation will echo); undefined without signing. */
  readonly primarySignatureValue: Buffer | undefined;
  /** Every signature value sent (primary first, then endorsing). */
  readonly signatureValues: readonly Buffer[];
}

function headerOf(envelope: XmlElement): XmlElement {
  const sns = envelope.namespaceUri;
  let header = envelope.element('Header', sns);
  if (!header) {
    header = new XmlElement(envelope.prefix, 'Header', sns);
    const body = envelope.element('Body', sns);
    envelope.insertChild(body ? envelope.children.indexOf(body) : envelope.children.length, header);
  }
  return header;
}

function ensureId(e: XmlElement, ids: MessagePartIdGenerator): string {
  const existing = e.getAttribute('Id', WSU_NAMESPACE);
  if (existing !== undefined) return existing;
  const id = ids.generate();
  e.setAttribute('Id', id, WSU_NAMESPACE, WSU_PREFIX);
  return id;
}

export function applySendSecurityHeader(o: SendSecurityHeaderOptions): SentSecurityHeader {
  const ids = o.ids ?? new MessagePartIdGenerator();
  const envelope = o.envelope;
  const sns = envelope.namespaceUri;
  const header = headerOf(envelope);
  const body = envelope.element('Body', sns);
  if (!body) throw new RangeError('The envelope has no Body.');
  // WCF declares the utility namespace once, on the Envelope (IMessageHeaderWithSharedNamespace).
  if (envelope.lookupNamespaceUri(WSU_PREFIX) !== WSU_NAMESPACE)
    envelope.declareNamespace(WSU_PREFIX, WSU_NAMESPACE);

  const signedHeaders = header.elements().filter((h) => o.signHeader(h));
  const encryptedHeaders = o.encryptHeader ? header.elements().filter((h) => o.encryptHeader!(h)) : [];
  for (const h of signedHeaders) ensureId(h, ids);
  if (o.signBody) ensureId(body, ids);

  const security = new XmlElement(WSSE_PREFIX, 'Security', WSSE_NAMESPACE).declareNamespace(
    WSSE_PREFIX,
    WSSE_NAMESPACE,
  );
  security.setAttribute('mustUnderstand', '1', sns, envelope.prefix);
  header.appendChild(security);

  const timestamp = o.timestamp ? createTimestampElement(o.timestamp) : undefined;
  if (timestamp && o.layout !== SecurityHeaderLayout.LaxTimestampLast) security.appendChild(timestamp);
  for (const t of o.tokens) security.appendChild(t);
  const signThenEncrypt = o.protectionOrder !== MessageProtectionOrder.EncryptBeforeSign;
  // The ReferenceList's place; it is filled once encryption is done.
  const referenceListSlot = security.children.length;
  for (const t of o.signedTokens ?? []) security.appendChild(t);
  const signedEncrypted = [...(o.signedEncryptedTokens ?? [])];
  for (const t of signedEncrypted) security.appendChild(t);
  for (const t of o.endorsingTokens ?? []) security.appendChild(t);
  for (const t of o.signedEndorsingTokens ?? []) security.appendChild(t);
  const confirmations = (o.signatureConfirmations ?? []).map((v) =>
    createSignatureConfirmationElement(ids.generate(), v),
  );
  for (const c of confirmations) security.appendChild(c);
  // LaxTimestampLast: in the document while it is signed (C14N reads an element in its context), moved last below.
  if (timestamp && !timestamp.parent) security.appendChild(timestamp);

  const encryption = o.encryption;
  const encryptOptions = (id: string) => ({
    algorithm: encryption!.algorithm,
    key: encryption!.key,
    id,
    keyInfo:
      encryption!.keyInfo && !encryption!.referenceListHost ? [encryption!.keyInfo.clone()] : undefined,
    prefix: XMLENC_PREFIX,
  });
  const encryptedIds: string[] = [];
  const encryptPayload = (): void => {
    if (!encryption) return;
    if (o.encryptBody && body.elements().length > 0) {
      const id = ids.generate();
      encryptContent(body, encryptOptions(id));
      encryptedIds.push(id);
    }
    for (const h of encryptedHeaders) {
      const id = ids.generate();
      const encryptedData = encryptElement(h, encryptOptions(id));
      wrapInEncryptedHeader(encryptedData, h, sns, ids.generate());
      encryptedIds.push(id);
    }
    for (const [i, t] of signedEncrypted.entries()) {
      const id = ids.generate();
      signedEncrypted[i] = encryptElement(t, encryptOptions(id));
      encryptedIds.push(id);
    }
  };

  if (!signThenEncrypt) encryptPayload();

  let primarySignatureValue: Buffer | undefined;
  const signatureValues: Buffer[] = [];
  const signatures: XmlElement[] = [];
  if (o.signing) {
    const parts: XmlElement[] = [];
    if (timestamp) parts.push(timestamp);
    parts.push(
      ...confirmations,
      ...(o.signedTokens ?? []),
      ...signedEncrypted,
      ...(o.signedEndorsingTokens ?? []),
    );
    parts.push(...signedHeaders);
    if (o.signBody) parts.push(body);
    for (const p of parts)
      if (p.getAttribute('Id', WSU_NAMESPACE) === undefined && p.getAttribute('Id') === undefined)
        ensureId(p, ids);
    const endorsers = o.endorsingSigners ?? [];
    const primary = createSignature({
      signatureAlgorithm: o.signing.algorithm,
      key: o.signing.key,
      digestAlgorithm: o.digestAlgorithm,
      references: parts.map((element): SignatureReferenceOptions => ({ element })),
      keyInfo: [o.signing.keyInfo],
      // WCF gives the primary signature an Id only when something endorses it (generateTargettablePrimarySignature).
      id: endorsers.length > 0 ? ids.generate() : undefined,
    });
    security.appendChild(primary.element);
    signatures.push(primary.element);
    primarySignatureValue = primary.signatureValue;
    signatureValues.push(primary.signatureValue);
    for (const endorser of endorsers) {
      const endorsing = createSignature({
        signatureAlgorithm: endorser.algorithm,
        key: endorser.key,
        digestAlgorithm: o.digestAlgorithm,
        references: [{ element: primary.element }],
        keyInfo: [endorser.keyInfo],
      });
      security.appendChild(endorsing.element);
      signatures.push(endorsing.element);
      signatureValues.push(endorsing.signatureValue);
    }
  }

  if (signThenEncrypt) {
    encryptPayload();
    const encryptSignature =
      o.protectionOrder === MessageProtectionOrder.SignBeforeEncryptAndEncryptSignature &&
      encryptedIds.length > 0;
    if (encryption && encryptSignature) {
      for (const c of confirmations) encryptedIds.push(encryptAndCollect(c));
      for (const s of signatures) encryptedIds.push(encryptAndCollect(s));
    }
  }
  function encryptAndCollect(e: XmlElement): string {
    const id = ids.generate();
    encryptElement(e, encryptOptions(id));
    return id;
  }

  if (encryptedIds.length > 0) {
    if (encryption?.referenceListHost) {
      encryption.referenceListHost.appendChild(
        buildReferenceList(encryptedIds, encryption.referenceListHost.prefix),
      );
    } else {
      const list = createReferenceList(encryptedIds, XMLENC_PREFIX);
      if (signThenEncrypt) security.insertChild(referenceListSlot, list);
      else security.appendChild(list);
    }
  }
  if (timestamp && o.layout === SecurityHeaderLayout.LaxTimestampLast) security.appendChild(timestamp);
  return { security, primarySignatureValue, signatureValues };
}
