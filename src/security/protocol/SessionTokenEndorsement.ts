/**
 * A Security Context Token endorsing a request of another protocol — RST/SCT/Renew, which goes over the
 * bootstrap's security "additionally endorsed by the current SCT" (spec/secure-conversation.md §9; RS
 * SecuritySessionSecurityTokenProvider.CreateRenewRequest adds the session token as an endorsing supporting
 * token). Send side: the SCT element, and with derived keys (WCF's default) one DerivedKeyToken of the suite's
 * signature length whose HMAC signs the primary signature (symmetric and asymmetric bootstraps) or, over a
 * transport bootstrap that has none, the Timestamp. Receive side: the endorsing signatures whose key
 * came from an SCT, kept apart from the binding's own supporting tokens (certificates), which are validated
 * as before.
 */
import type { XmlElement } from '../../xml';
import { createDerivedKeyToken } from '../wss/DerivedKeyToken';
import { generateUniqueId } from '../wss/IdGenerator';
import { createSecurityTokenReference } from '../wss/SecurityTokenReference';
import { derivedKeyTokenType } from '../wss/WssConstants';
import type { ProcessedSecurityHeader } from './ReceiveSecurityHeader';
import type { SecurityProtocolSettings } from './SecurityProtocolSettings';
import type { SigningKey } from './SendSecurityHeader';

/** Endorsing supporting tokens added to one request beyond the binding's own. */
export interface AdditionalEndorsement {
  /** Written among the endorsing tokens (the SCT, then its derived key). */
  readonly tokens: readonly XmlElement[];
  /** One endorsing signature each, over the primary signature. */
  readonly signers: readonly SigningKey[];
}

/** An SCT that endorsed a received request: its Identifier and key generation. */
export interface EndorsingSecurityContextToken {
  readonly contextId: string;
  readonly keyGeneration: string | undefined;
}

/** The SCT `tokenElement` (its wsu:Id `token.id`, key `token.key`) as an endorsing token of one request. */
export function createSessionTokenEndorsement(
  token: { readonly id: string; readonly key: Buffer },
  tokenElement: XmlElement,
  settings: SecurityProtocolSettings,
  requireDerivedKeys: boolean,
): AdditionalEndorsement {
  const { suite, securityVersion } = settings;
  const bsp = securityVersion.basicSecurityProfile;
  const ns = securityVersion.secureConversationNamespace;
  const source = createSecurityTokenReference({
    kind: 'localId',
    id: token.id,
    valueType: bsp ? `${ns}/sct` : undefined,
  });
  if (!requireDerivedKeys) {
    return {
      tokens: [tokenElement],
      signers: [{ algorithm: suite.defaultSymmetricSignatureAlgorithm, key: token.key, keyInfo: source }],
    };
  }
  const dk = createDerivedKeyToken({
    id: generateUniqueId(),
    namespace: ns,
    secret: token.key,
    source,
    length: suite.defaultSignatureKeyDerivationLength / 8,
  });
  const keyInfo = createSecurityTokenReference({
    kind: 'localId',
    id: dk.id,
    valueType: bsp ? derivedKeyTokenType(ns) : undefined,
  });
  return {
    tokens: [tokenElement, dk.element],
    signers: [{ algorithm: suite.defaultSymmetricSignatureAlgorithm, key: dk.key, keyInfo }],
  };
}

/**
 * Splits the endorsing signatures of a processed header: those made with an SCT's key (returned) and the rest
 * (left in the header for the binding's supporting token checks).
 */
export function separateSessionTokenEndorsements(processed: ProcessedSecurityHeader): {
  readonly processed: ProcessedSecurityHeader;
  readonly sessionTokens: readonly EndorsingSecurityContextToken[];
} {
  const sessionTokens: EndorsingSecurityContextToken[] = [];
  const others = processed.endorsing.filter((e) => {
    const origin = e.key.origin;
    if (origin?.kind !== 'securityContextToken') return true;
    sessionTokens.push({ contextId: origin.contextId, keyGeneration: origin.keyGeneration });
    return false;
  });
  return { processed: { ...processed, endorsing: others }, sessionTokens };
}
