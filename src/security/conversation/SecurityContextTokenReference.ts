/**
 * The two SecurityTokenReference forms that name an SCT (spec/secure-conversation.md §7.2; RS WSKeyInfoSerializer
 * SctStrEntry, WSSecurityJan2004 LocalReferenceStrEntry), as WCF writes them:
 *
 *   external  `<o:Reference URI="urn:uuid:…" [c:Instance="urn:uuid:…"] ValueType="…/sc/sct"/>` — the SCT is not in
 *             the message: CancelTarget, RenewTarget, RequestedUnattachedReference, a response's derived keys;
 *   internal  `<o:Reference [ValueType="…/sc/sct"] URI="#uuid-…"/>` — the SCT is in the same message:
 *             RequestedAttachedReference; ValueType only under the Basic Security Profile.
 *
 * Both declare `o:` themselves: in a body nothing above them does.
 */
import { XmlElement } from '../../xml';
import { SecurityTokenError } from '../MessageSecurityError';
import { WSSE_NAMESPACE, WSSE_PREFIX } from '../wss/WssConstants';
import { childElements } from '../wss/xmlReading';
import { isWellFormedSecurityContextId } from './SecurityContextToken';
import type { TrustDriver } from './TrustDriver';

/** An SCT named from outside the message: its Identifier and, after a renewal, its key generation. */
export interface SecurityContextTokenName {
  readonly contextId: string;
  readonly keyGeneration?: string | undefined;
}

function securityTokenReference(): XmlElement {
  return new XmlElement(WSSE_PREFIX, 'SecurityTokenReference', WSSE_NAMESPACE).declareNamespace(
    WSSE_PREFIX,
    WSSE_NAMESPACE,
  );
}

/** The external reference: URI, then the generation (`Instance`, SC namespace), then ValueType — WCF's order. */
export function writeSecurityContextTokenReference(
  driver: TrustDriver,
  name: SecurityContextTokenName,
): XmlElement {
  const str = securityTokenReference();
  const reference = str.appendChild(new XmlElement(WSSE_PREFIX, 'Reference', WSSE_NAMESPACE));
  reference.setAttribute('URI', name.contextId);
  if (name.keyGeneration !== undefined) {
    reference.declareNamespace(driver.scPrefix, driver.secureConversationNamespace);
    reference.setAttribute(
      'Instance',
      name.keyGeneration,
      driver.secureConversationNamespace,
      driver.scPrefix,
    );
  }
  reference.setAttribute('ValueType', driver.sctTokenType);
  return str;
}

/** The internal reference to the SCT element's wsu:Id. */
export function writeLocalSecurityContextTokenReference(driver: TrustDriver, id: string): XmlElement {
  const str = securityTokenReference();
  const reference = str.appendChild(new XmlElement(WSSE_PREFIX, 'Reference', WSSE_NAMESPACE));
  if (driver.basicSecurityProfile) reference.setAttribute('ValueType', driver.sctTokenType);
  reference.setAttribute('URI', `#${id}`);
  return str;
}

function bad(why: string): never {
  throw new SecurityTokenError(`The reference to the security context token is not valid: ${why}.`);
}

/** The one empty `o:Reference` of an STR, or a SecurityTokenError. */
function referenceOf(str: XmlElement): XmlElement {
  if (str.localName !== 'SecurityTokenReference' || str.namespaceUri !== WSSE_NAMESPACE)
    bad(`${str.qualifiedName} is not a SecurityTokenReference`);
  const items = childElements(str) ?? bad('it has character content');
  const [reference] = items;
  if (items.length !== 1 || reference.localName !== 'Reference' || reference.namespaceUri !== WSSE_NAMESPACE)
    bad('it must hold exactly one Reference');
  if ((childElements(reference) ?? bad('the Reference has content')).length > 0)
    bad('the Reference has content');
  return reference;
}

function checkId(value: string, what: string): string {
  if (!isWellFormedSecurityContextId(value))
    bad(`${what} is empty, too long, or contains whitespace or control characters`);
  return value;
}

/**
 * Reads an external reference to an SCT of the driver's version: a URI that is not a `#` fragment, a ValueType
 * that (when present) is the SCT's, an optional Instance in the SC namespace. SecurityTokenError otherwise —
 * each caller maps it to its exchange's fault.
 */
export function readSecurityContextTokenReference(
  str: XmlElement,
  driver: TrustDriver,
): SecurityContextTokenName {
  const reference = referenceOf(str);
  const valueType = reference.getAttribute('ValueType');
  if (valueType !== undefined && valueType !== driver.sctTokenType)
    bad(`ValueType '${valueType}' is not the security context token's`);
  const uri = reference.getAttribute('URI') ?? bad('the Reference has no URI');
  if (uri.startsWith('#')) bad('it refers to a token inside the message, not to a security context');
  const contextId = checkId(uri, 'the URI');
  const instance = reference.getAttribute('Instance', driver.secureConversationNamespace);
  return instance === undefined
    ? { contextId }
    : { contextId, keyGeneration: checkId(instance, 'the Instance') };
}

/** Reads an internal reference to an SCT (`#id`); returns the id. */
export function readLocalSecurityContextTokenReference(str: XmlElement, driver: TrustDriver): string {
  const reference = referenceOf(str);
  const valueType = reference.getAttribute('ValueType');
  if (valueType !== undefined && valueType !== driver.sctTokenType)
    bad(`ValueType '${valueType}' is not the security context token's`);
  const uri = reference.getAttribute('URI') ?? bad('the Reference has no URI');
  if (!uri.startsWith('#')) bad('it does not refer to a token inside the message');
  return checkId(uri.slice(1), 'the URI');
}
