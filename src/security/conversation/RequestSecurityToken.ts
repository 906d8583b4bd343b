/**
 * The body of RST/SCT, RST/SCT/Renew and RST/SCT/Cancel (spec/secure-conversation.md §4, §9; RS WSTrust
 * Driver.WriteRequestSecurityToken, SecuritySessionSecurityTokenProvider.CreateRst, SecuritySessionClientSettings
 * .PrepareCloseMessage). WCF writes, in this order:
 *
 *   <t:RequestSecurityToken [Context]>  TokenType, RequestType, Entropy, KeySize, RenewTarget | CancelTarget
 *
 * issue: TokenType, RequestType Issue, Entropy (Client/CombinedEntropy), KeySize (the suite's default).
 * renew: the same with RequestType Renew and a RenewTarget. cancel: RequestType Cancel and a CancelTarget only.
 *
 * The reader is the service's: strict about what it understands (each element at most once, the driver's
 * namespace, RequestType / TokenType / ComputedKeyAlgorithm / KeyType values, well-formed targets, bounded
 * entropy and Context), refusing WS-Trust elements this exchange does not use, and skipping elements of other
 * namespaces (wsp:AppliesTo, extensions) as WS-Trust's extensibility allows. Every refusal is an
 * InvalidTrustRequestError (WS-Trust InvalidRequest). Whether the request suits the binding — key size, entropy
 * for the keyEntropyMode — is validateIssueRequest's business, kept apart so that policy is not parsing.
 */
import { XmlElement } from '../../xml';
import { SecurityTokenError } from '../MessageSecurityError';
import type { SecurityAlgorithmSuite } from '../SecurityAlgorithmSuite';
import { SecurityKeyEntropyMode } from '../SecurityEnumerations';
import { InvalidTrustRequestError } from './SecureConversationErrors';
import {
  readSecurityContextTokenReference,
  writeSecurityContextTokenReference,
  type SecurityContextTokenName,
} from './SecurityContextTokenReference';
import type { TrustDriver } from './TrustDriver';
import {
  entropyElement,
  leafText,
  OnceEach,
  readEntropy,
  readKeySize,
  readLifetime,
  strictChildren,
  trustElement,
} from './trustXml';

/** The longest RST/RSTR Context accepted (WCF's cookie-mode client sends `uuid-<guid>-<n>`). */
export const MAX_TRUST_CONTEXT_LENGTH = 256;
/** The most children an RST may have; WCF's have at most five. */
const MAX_RST_CHILDREN = 32;

export type RequestSecurityTokenKind = 'issue' | 'cancel' | 'renew';

export interface IssueRequest {
  readonly kind: 'issue';
  readonly tokenType?: string;
  /** Bits; absent when the request has none (or KeySize 0, which WCF reads as none). */
  readonly keySize?: number;
  readonly entropy?: Buffer;
  readonly context?: string;
}

export interface CancelRequest {
  readonly kind: 'cancel';
  readonly contextId: string;
  readonly keyGeneration?: string;
  readonly context?: string;
}

export interface RenewRequest {
  readonly kind: 'renew';
  readonly contextId: string;
  readonly keyGeneration?: string;
  readonly tokenType?: string;
  readonly keySize?: number;
  readonly entropy?: Buffer;
  readonly context?: string;
}

export type RequestSecurityTokenRequest = IssueRequest | CancelRequest | RenewRequest;

function requestSecurityToken(driver: TrustDriver, context: string | undefined): XmlElement {
  const e = new XmlElement(
    driver.trustPrefix,
    'RequestSecurityToken',
    driver.trustNamespace,
  ).declareNamespace(driver.trustPrefix, driver.trustNamespace);
  if (context !== undefined) e.setAttribute('Context', context);
  return e;
}

function appendKeyMaterial(
  e: XmlElement,
  driver: TrustDriver,
  keySize: number,
  entropy: Buffer | undefined,
): void {
  // The RST declares only `t:`, so the entropy's BinarySecret declares `u:` for its wsu:Id.
  if (entropy !== undefined) e.appendChild(entropyElement(driver, entropy, true));
  if (!Number.isSafeInteger(keySize) || keySize < 0) throw new RangeError(`Invalid key size ${keySize}.`);
  // WCF writes KeySize only when it is not 0.
  if (keySize !== 0) e.appendChild(trustElement(driver, 'KeySize', String(keySize)));
}

/** RST/SCT. `context` only in cookie mode (WCF's AcceleratedTokenProvider); `keySize` in bits, 0 for none. */
export function writeIssueRequest(options: {
  readonly driver: TrustDriver;
  readonly keySize: number;
  readonly entropy?: Buffer | undefined;
  readonly context?: string | undefined;
}): XmlElement {
  const { driver } = options;
  const e = requestSecurityToken(driver, options.context);
  e.appendChild(trustElement(driver, 'TokenType', driver.sctTokenType));
  e.appendChild(trustElement(driver, 'RequestType', driver.requestTypes.issue));
  appendKeyMaterial(e, driver, options.keySize, options.entropy);
  return e;
}

/** RST/SCT/Cancel: RequestType Cancel and the external reference to the token (no TokenType, no key material). */
export function writeCancelRequest(options: {
  readonly driver: TrustDriver;
  readonly contextId: string;
  readonly keyGeneration?: string | undefined;
  readonly context?: string | undefined;
}): XmlElement {
  const { driver } = options;
  const e = requestSecurityToken(driver, options.context);
  e.appendChild(trustElement(driver, 'RequestType', driver.requestTypes.cancel));
  e.appendChild(trustElement(driver, 'CancelTarget')).appendChild(
    writeSecurityContextTokenReference(driver, options),
  );
  return e;
}

/** RST/SCT/Renew: as an issue request, RequestType Renew, then the RenewTarget. */
export function writeRenewRequest(options: {
  readonly driver: TrustDriver;
  readonly contextId: string;
  readonly keyGeneration?: string | undefined;
  readonly keySize: number;
  readonly entropy?: Buffer | undefined;
  readonly context?: string | undefined;
}): XmlElement {
  const { driver } = options;
  const e = requestSecurityToken(driver, options.context);
  e.appendChild(trustElement(driver, 'TokenType', driver.sctTokenType));
  e.appendChild(trustElement(driver, 'RequestType', driver.requestTypes.renew));
  appendKeyMaterial(e, driver, options.keySize, options.entropy);
  e.appendChild(trustElement(driver, 'RenewTarget')).appendChild(
    writeSecurityContextTokenReference(driver, options),
  );
  return e;
}

function bad(why: string): never {
  throw new InvalidTrustRequestError(`The RequestSecurityToken is not valid: ${why}.`);
}

/** The Context attribute: unqualified, 1…MAX_TRUST_CONTEXT_LENGTH characters. */
export function readTrustContext(e: XmlElement, fail: (why: string) => never): string | undefined {
  const context = e.getAttribute('Context');
  if (context === undefined) return undefined;
  if (context.length === 0 || context.length > MAX_TRUST_CONTEXT_LENGTH)
    fail('the Context is empty or too long');
  return context;
}

function readTarget(e: XmlElement, driver: TrustDriver): SecurityContextTokenName {
  const items = strictChildren(e, bad);
  if (items.length !== 1) bad(`${e.localName} must hold exactly one SecurityTokenReference`);
  try {
    return readSecurityContextTokenReference(items[0], driver);
  } catch (err) {
    if (err instanceof SecurityTokenError)
      throw new InvalidTrustRequestError(`The ${e.localName} is not valid: ${err.message}`, { cause: err });
    throw err;
  }
}

interface RawRequest {
  tokenType?: string;
  requestType?: string;
  keySize?: number;
  entropy?: Buffer;
  cancelTarget?: SecurityContextTokenName;
  renewTarget?: SecurityContextTokenName;
}

function readChildren(body: XmlElement, driver: TrustDriver): RawRequest {
  const items = strictChildren(body, bad);
  if (items.length > MAX_RST_CHILDREN) bad('it has too many children');
  const raw: RawRequest = {};
  const once = new OnceEach(bad);
  for (const item of items) {
    // WS-Trust lets requests carry elements of other specifications; none of them changes what is issued here.
    if (item.namespaceUri !== driver.trustNamespace) continue;
    once.take(item);
    switch (item.localName) {
      case 'TokenType':
        raw.tokenType = leafText(item, bad, 1024);
        if (raw.tokenType !== driver.sctTokenType)
          bad(`TokenType '${raw.tokenType}' is not a security context token`);
        break;
      case 'RequestType':
        raw.requestType = leafText(item, bad, 1024);
        break;
      case 'KeySize':
        raw.keySize = readKeySize(item, bad);
        break;
      case 'Entropy':
        raw.entropy = readEntropy(item, driver, bad);
        break;
      case 'CancelTarget':
        raw.cancelTarget = readTarget(item, driver);
        break;
      case 'RenewTarget':
        raw.renewTarget = readTarget(item, driver);
        break;
      case 'KeyType': {
        const keyType = leafText(item, bad, 1024);
        if (keyType !== driver.symmetricKeyType) bad(`KeyType '${keyType}' is not a symmetric key`);
        break;
      }
      case 'ComputedKeyAlgorithm': {
        const algorithm = leafText(item, bad, 1024);
        if (algorithm !== driver.computedKeyPsha1)
          bad(`ComputedKeyAlgorithm '${algorithm}' is not supported`);
        break;
      }
      case 'Lifetime':
        // A requested lifetime is advisory; the issuer sets the token's (WCF ignores it too). Still well-formed.
        readLifetime(item, bad);
        break;
      default:
        bad(`${item.localName} is not supported in a security context token request`);
    }
  }
  return raw;
}

function kindOf(
  raw: RawRequest,
  driver: TrustDriver,
  expected: RequestSecurityTokenKind | undefined,
): RequestSecurityTokenKind {
  let kind: RequestSecurityTokenKind;
  switch (raw.requestType) {
    case driver.requestTypes.issue:
      kind = 'issue';
      break;
    case driver.requestTypes.cancel:
      kind = 'cancel';
      break;
    case driver.requestTypes.renew:
      kind = 'renew';
      break;
    case undefined:
      // WCF accepts an issue or cancel request without RequestType ("if present, must be …"); a renewal must say so.
      kind = expected ?? (raw.cancelTarget ? 'cancel' : 'issue');
      if (kind === 'renew') bad('a renewal request has no RequestType');
      break;
    default:
      return bad(`RequestType '${raw.requestType}' is not supported`);
  }
  if (expected !== undefined && kind !== expected)
    bad(`RequestType '${raw.requestType}' does not match the action`);
  return kind;
}

/**
 * Reads an RST body of the driver's WS-Trust version. `expected`, the kind the message's action asks for, makes
 * a different RequestType an error and stands in for a missing one.
 */
export function readRequestSecurityToken(
  body: XmlElement,
  driver: TrustDriver,
  expected?: RequestSecurityTokenKind,
): RequestSecurityTokenRequest {
  if (body.localName !== 'RequestSecurityToken' || body.namespaceUri !== driver.trustNamespace)
    bad(`{${body.namespaceUri}}${body.localName} is not a RequestSecurityToken of this WS-Trust version`);
  const context = readTrustContext(body, bad);
  const raw = readChildren(body, driver);
  const kind = kindOf(raw, driver, expected);
  const keySize = raw.keySize === 0 ? undefined : raw.keySize;
  const common = {
    ...(context !== undefined && { context }),
  };
  const keyMaterial = {
    ...(raw.tokenType !== undefined && { tokenType: raw.tokenType }),
    ...(keySize !== undefined && { keySize }),
    ...(raw.entropy !== undefined && { entropy: raw.entropy }),
  };
  const target = (name: SecurityContextTokenName): { contextId: string; keyGeneration?: string } => ({
    contextId: name.contextId,
    ...(name.keyGeneration !== undefined && { keyGeneration: name.keyGeneration }),
  });
  switch (kind) {
    case 'issue':
      if (raw.cancelTarget || raw.renewTarget) bad('an issue request names a target');
      return { kind, ...keyMaterial, ...common };
    case 'cancel':
      if (!raw.cancelTarget) bad('a cancel request has no CancelTarget');
      if (raw.renewTarget || raw.entropy || raw.keySize !== undefined)
        bad('a cancel request carries key material or a RenewTarget');
      return { kind, ...target(raw.cancelTarget), ...common };
    case 'renew':
      if (!raw.renewTarget) bad('a renewal request has no RenewTarget');
      if (raw.cancelTarget) bad('a renewal request has a CancelTarget');
      return { kind, ...target(raw.renewTarget), ...keyMaterial, ...common };
  }
}

/** The binding's rules for issuing a key: its algorithm suite and where the key's entropy comes from. */
export interface IssuePolicy {
  readonly suite: SecurityAlgorithmSuite;
  readonly keyEntropyMode: SecurityKeyEntropyMode;
}

function acceptableKeySize(bits: number, suite: SecurityAlgorithmSuite): boolean {
  return bits % 8 === 0 && suite.isSymmetricKeyLengthSupported(bits);
}

/**
 * Checks an issue or renewal request against the binding (RS WSTrust ProcessRstAndIssueKey,
 * ValidateRequestorEntropy, ValidateRequestedKeySize) and returns the key size to issue, in bits:
 *
 * - Client/CombinedEntropy require the client's entropy; ServerEntropy refuses it;
 * - ClientEntropy: the entropy is the key, so its length must suit the suite and is the key size;
 * - otherwise a requested KeySize must suit the suite (Basic256: only 256), and none means the suite's default.
 */
export function validateIssueRequest(
  request: { readonly keySize?: number; readonly entropy?: Buffer },
  policy: IssuePolicy,
): number {
  const { suite, keyEntropyMode } = policy;
  const fail = (why: string): never => {
    throw new InvalidTrustRequestError(`The request cannot be served by this binding: ${why}.`);
  };
  if (keyEntropyMode === SecurityKeyEntropyMode.ServerEntropy) {
    if (request.entropy !== undefined)
      fail('keyEntropyMode ServerEntropy does not take the requestor entropy');
  } else if (request.entropy === undefined) {
    fail(`keyEntropyMode ${keyEntropyMode} requires the requestor entropy`);
  }
  if (keyEntropyMode === SecurityKeyEntropyMode.ClientEntropy) {
    const bits = request.entropy!.length * 8;
    if (!acceptableKeySize(bits, suite))
      fail(`the algorithm suite ${suite} does not accept a ${bits}-bit key`);
    return bits;
  }
  if (request.keySize !== undefined && request.keySize !== 0) {
    if (!acceptableKeySize(request.keySize, suite))
      fail(`the algorithm suite ${suite} does not accept a ${request.keySize}-bit key`);
    return request.keySize;
  }
  return suite.defaultSymmetricKeyLength;
}
