/**
 * The body of RSTR/SCT (and RSTR/SCT/Renew, the same shape) and RSTR/SCT/Cancel (spec/secure-conversation.md
 * §5, §9, §11; RS WSTrust Driver.WriteRequestSecurityTokenResponse, WSTrustFeb2005/Dec2005 WriteReferences,
 * WriteRequestedTokenClosed). WCF writes, in this order:
 *
 *   [trust:RequestSecurityTokenResponseCollection]          WS-Trust 1.3 only, exactly one RSTR inside
 *   <t:RequestSecurityTokenResponse [Context] xmlns:u>      u declared here "to avoid multiple definitions below"
 *     TokenType, RequestedSecurityToken (the SCT), RequestedAttachedReference (#id),
 *     RequestedUnattachedReference (urn:uuid + ValueType), RequestedProofToken (ComputedKey CK/PSHA1, or the key
 *     under ServerEntropy), Entropy (issuer's, CombinedEntropy), Lifetime, KeySize, [RequestedTokenCancelled]
 *
 * The readers are the client's: strict about the envelope (RSTRC with exactly one RSTR for 1.3, a bare RSTR for
 * February 2005) and about what they understand; a reply that breaks them is a SecurityNegotiationError.
 */
import { XmlElement } from '../../xml';
import { MessageSecurityError } from '../MessageSecurityError';
import { WSU_NAMESPACE, WSU_PREFIX } from '../wss/WssConstants';
import { readTrustContext } from './RequestSecurityToken';
import { SecurityNegotiationError } from './SecureConversationErrors';
import {
  readSecurityContextTokenElement,
  writeSecurityContextTokenElement,
  type SecurityContextToken,
  type SecurityContextTokenDescription,
} from './SecurityContextToken';
import {
  readLocalSecurityContextTokenReference,
  readSecurityContextTokenReference,
  writeLocalSecurityContextTokenReference,
  writeSecurityContextTokenReference,
} from './SecurityContextTokenReference';
import type { TrustDriver } from './TrustDriver';
import {
  binarySecretElement,
  entropyElement,
  leafText,
  lifetimeElement,
  OnceEach,
  readBinarySecret,
  readEntropy,
  readKeySize,
  readLifetime,
  strictChildren,
  trustElement,
} from './trustXml';

export interface IssueResponseOptions {
  readonly driver: TrustDriver;
  readonly token: Pick<SecurityContextToken, 'id' | 'contextId' | 'keyGeneration' | 'cookie'>;
  /** CombinedEntropy: the issuer's entropy; the response then says ComputedKey CK/PSHA1. */
  readonly serverEntropy?: Buffer | undefined;
  /** ServerEntropy: the key itself, as the proof token (the body is encrypted by the bootstrap). */
  readonly proofKey?: Buffer | undefined;
  /** Bits; WCF writes KeySize when it is not 0. */
  readonly keySize: number;
  /** The request's Context, echoed (cookie mode). */
  readonly context?: string | undefined;
  /** Milliseconds since the epoch: for a session SCT the key's window (spec §5). */
  readonly lifetime: { readonly created: number; readonly expires: number };
}

function requestSecurityTokenResponse(driver: TrustDriver, context: string | undefined): XmlElement {
  const e = new XmlElement(driver.trustPrefix, 'RequestSecurityTokenResponse', driver.trustNamespace);
  e.declareNamespace(driver.trustPrefix, driver.trustNamespace);
  if (context !== undefined) e.setAttribute('Context', context);
  e.declareNamespace(WSU_PREFIX, WSU_NAMESPACE);
  return e;
}

/** The RSTR as the body, or wrapped in the collection for WS-Trust 1.3. */
function responseBody(driver: TrustDriver, rstr: XmlElement): XmlElement {
  if (!driver.wrapsResponsesInCollection) return rstr;
  const collection = new XmlElement(
    driver.trustPrefix,
    'RequestSecurityTokenResponseCollection',
    driver.trustNamespace,
  ).declareNamespace(driver.trustPrefix, driver.trustNamespace);
  // The collection already declares the prefix; the RSTR inside does not repeat it (one declaration, as WCF's writer).
  rstr.namespaceDeclarations.splice(
    rstr.namespaceDeclarations.findIndex((d) => d.prefix === driver.trustPrefix),
    1,
  );
  collection.appendChild(rstr);
  return collection;
}

/** RSTR/SCT (or RSTR/SCT/Renew) with the token, its references, proof and lifetime in WCF's order. */
export function writeIssueResponse(options: IssueResponseOptions): XmlElement {
  const { driver, token } = options;
  if (options.serverEntropy !== undefined && options.proofKey !== undefined)
    throw new RangeError('An RSTR has either a computed key (issuer entropy) or a proof key, not both.');
  const e = requestSecurityTokenResponse(driver, options.context);
  e.appendChild(trustElement(driver, 'TokenType', driver.sctTokenType));
  e.appendChild(trustElement(driver, 'RequestedSecurityToken')).appendChild(
    writeSecurityContextTokenElement(token, driver),
  );
  e.appendChild(trustElement(driver, 'RequestedAttachedReference')).appendChild(
    writeLocalSecurityContextTokenReference(driver, token.id),
  );
  e.appendChild(trustElement(driver, 'RequestedUnattachedReference')).appendChild(
    writeSecurityContextTokenReference(driver, token),
  );
  if (options.serverEntropy !== undefined) {
    e.appendChild(trustElement(driver, 'RequestedProofToken')).appendChild(
      trustElement(driver, 'ComputedKey', driver.computedKeyPsha1),
    );
    e.appendChild(entropyElement(driver, options.serverEntropy, false));
  } else if (options.proofKey !== undefined) {
    // WCF's BinarySecretSecurityToken: a uuid id and no Type (a symmetric key is the default).
    e.appendChild(trustElement(driver, 'RequestedProofToken')).appendChild(
      binarySecretElement(driver, options.proofKey, undefined, false),
    );
  }
  e.appendChild(lifetimeElement(driver, options.lifetime));
  if (!Number.isSafeInteger(options.keySize) || options.keySize < 0)
    throw new RangeError(`Invalid key size ${options.keySize}.`);
  if (options.keySize !== 0) e.appendChild(trustElement(driver, 'KeySize', String(options.keySize)));
  return responseBody(driver, e);
}

/** A renewal's response has the issue response's shape (RS SecuritySessionSecurityTokenAuthenticator.IssueToken). */
export const writeRenewResponse = writeIssueResponse;

/** RSTR/SCT/Cancel: RequestedTokenCancelled, the Context echoed. */
export function writeCancelResponse(options: {
  readonly driver: TrustDriver;
  readonly context?: string | undefined;
}): XmlElement {
  const { driver } = options;
  const e = requestSecurityTokenResponse(driver, options.context);
  e.appendChild(trustElement(driver, 'RequestedTokenCancelled'));
  return responseBody(driver, e);
}

export interface IssueResponse {
  /** What the SCT element says. */
  readonly token: SecurityContextTokenDescription;
  /** The SCT element, to carry in the session's requests. */
  readonly tokenElement: XmlElement;
  /** The issuer's entropy (CombinedEntropy). */
  readonly serverEntropy?: Buffer;
  /** RequestedProofToken/ComputedKey CK/PSHA1 was present. */
  readonly computedKey: boolean;
  /** RequestedProofToken/BinarySecret: the key itself (ServerEntropy). */
  readonly proofKey?: Buffer;
  /** Bits. */
  readonly keySize?: number;
  readonly lifetime?: { readonly created: number; readonly expires: number };
  readonly context?: string;
  readonly tokenType?: string;
}

function bad(why: string): never {
  throw new SecurityNegotiationError(`The RequestSecurityTokenResponse is not acceptable: ${why}.`);
}

/** The one RSTR of a response body: inside an RSTRC for WS-Trust 1.3, the body itself for February 2005. */
function theResponse(body: XmlElement, driver: TrustDriver): XmlElement {
  const ns = driver.trustNamespace;
  let rstr = body;
  if (driver.wrapsResponsesInCollection) {
    if (body.localName !== 'RequestSecurityTokenResponseCollection' || body.namespaceUri !== ns)
      bad(
        `{${body.namespaceUri}}${body.localName} is not a RequestSecurityTokenResponseCollection of WS-Trust 1.3`,
      );
    const items = strictChildren(body, bad);
    if (items.length !== 1)
      bad(`the collection holds ${items.length} elements, not one RequestSecurityTokenResponse`);
    rstr = items[0];
  }
  if (rstr.localName !== 'RequestSecurityTokenResponse' || rstr.namespaceUri !== ns)
    bad(
      `{${rstr.namespaceUri}}${rstr.localName} is not a RequestSecurityTokenResponse of this WS-Trust version`,
    );
  return rstr;
}

/** Runs a token/reference reader, turning its token error into the negotiation's. */
function asNegotiation<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof MessageSecurityError && !(err instanceof SecurityNegotiationError))
      throw new SecurityNegotiationError(
        `The RequestSecurityTokenResponse's ${what} is not valid: ${err.message}`,
        {
          cause: err,
        },
      );
    throw err;
  }
}

function onlyChild(e: XmlElement): XmlElement {
  const items = strictChildren(e, bad);
  if (items.length !== 1) bad(`${e.localName} must hold exactly one element`);
  return items[0];
}

/** Reads RSTR/SCT or RSTR/SCT/Renew. */
export function readIssueResponse(body: XmlElement, driver: TrustDriver): IssueResponse {
  const rstr = theResponse(body, driver);
  const context = readTrustContext(rstr, bad);
  const once = new OnceEach(bad);
  let tokenElement: XmlElement | undefined;
  let attached: string | undefined;
  let unattached: { contextId: string; keyGeneration?: string } | undefined;
  let tokenType: string | undefined;
  let computedKey = false;
  let proofKey: Buffer | undefined;
  let serverEntropy: Buffer | undefined;
  let keySize: number | undefined;
  let lifetime: { created: number; expires: number } | undefined;
  for (const item of strictChildren(rstr, bad)) {
    if (item.namespaceUri !== driver.trustNamespace) continue;
    once.take(item);
    switch (item.localName) {
      case 'TokenType':
        tokenType = leafText(item, bad, 1024);
        if (tokenType !== driver.sctTokenType)
          bad(`TokenType '${tokenType}' is not a security context token`);
        break;
      case 'RequestedSecurityToken':
        tokenElement = onlyChild(item);
        break;
      case 'RequestedAttachedReference':
        attached = asNegotiation('attached reference', () =>
          readLocalSecurityContextTokenReference(onlyChild(item), driver),
        );
        break;
      case 'RequestedUnattachedReference':
        unattached = asNegotiation('unattached reference', () =>
          readSecurityContextTokenReference(onlyChild(item), driver),
        );
        break;
      case 'RequestedProofToken': {
        const proof = onlyChild(item);
        if (proof.namespaceUri !== driver.trustNamespace)
          bad(`the proof token ${proof.qualifiedName} is not supported`);
        if (proof.localName === 'ComputedKey') {
          const algorithm = leafText(proof, bad, 1024);
          if (algorithm !== driver.computedKeyPsha1)
            bad(`the computed key algorithm '${algorithm}' is not supported`);
          computedKey = true;
        } else if (proof.localName === 'BinarySecret') {
          proofKey = readBinarySecret(proof, bad, [driver.symmetricKeyBinarySecretType]);
        } else {
          bad(`the proof token ${proof.qualifiedName} is not supported`);
        }
        break;
      }
      case 'Entropy':
        serverEntropy = readEntropy(item, driver, bad);
        break;
      case 'Lifetime':
        lifetime = readLifetime(item, bad);
        break;
      case 'KeySize':
        keySize = readKeySize(item, bad);
        break;
      case 'KeyType':
        if (leafText(item, bad, 1024) !== driver.symmetricKeyType) bad('KeyType is not a symmetric key');
        break;
      default:
        bad(`${item.localName} is not expected in an issue response`);
    }
  }
  if (!tokenElement) bad('it has no RequestedSecurityToken');
  const token = asNegotiation('token', () => readSecurityContextTokenElement(tokenElement, driver));
  // The references must name the token issued, nothing else.
  if (attached !== undefined && attached !== token.id)
    bad('the attached reference does not name the issued token');
  if (
    unattached !== undefined &&
    (unattached.contextId !== token.contextId || unattached.keyGeneration !== token.keyGeneration)
  ) {
    bad('the unattached reference does not name the issued token');
  }
  if (computedKey && serverEntropy === undefined) bad('a computed key comes without the issuer entropy');
  return {
    token,
    tokenElement,
    computedKey,
    ...(serverEntropy !== undefined && { serverEntropy }),
    ...(proofKey !== undefined && { proofKey }),
    ...(keySize !== undefined && keySize !== 0 && { keySize }),
    ...(lifetime !== undefined && { lifetime }),
    ...(context !== undefined && { context }),
    ...(tokenType !== undefined && { tokenType }),
  };
}

/** RSTR/SCT/Renew has the issue response's shape. */
export const readRenewResponse = readIssueResponse;

/** Reads RSTR/SCT/Cancel: RequestedTokenCancelled must be there, nothing else of WS-Trust but a TokenType. */
export function readCancelResponse(body: XmlElement, driver: TrustDriver): { readonly context?: string } {
  const rstr = theResponse(body, driver);
  const context = readTrustContext(rstr, bad);
  const once = new OnceEach(bad);
  let cancelled = false;
  for (const item of strictChildren(rstr, bad)) {
    if (item.namespaceUri !== driver.trustNamespace) continue;
    once.take(item);
    if (item.localName === 'RequestedTokenCancelled') {
      if (strictChildren(item, bad).length > 0) bad('RequestedTokenCancelled has content');
      cancelled = true;
    } else if (item.localName === 'TokenType') {
      if (leafText(item, bad, 1024) !== driver.sctTokenType) bad('TokenType is not a security context token');
    } else {
      bad(`${item.localName} is not expected in a cancel response`);
    }
  }
  if (!cancelled) bad('it does not say RequestedTokenCancelled');
  return context === undefined ? {} : { context };
}
