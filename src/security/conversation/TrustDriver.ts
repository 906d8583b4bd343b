/**
 * The vocabulary of one WS-Trust + WS-SecureConversation pair as WCF writes it (RS WSTrustFeb2005 /
 * WSTrustDec2005 drivers, SecureConversationDriver; spec/secure-conversation.md §1–§2): namespaces and WCF's
 * prefixes, the SCT actions (which live under the *Trust* namespace path in both versions), the token, request
 * and algorithm URIs. A MessageSecurityVersion picks the pair: the February 2005 specs (`t:`/`c:`) for
 * wsHttpBinding and the default, WS-Trust 1.3 / WS-SC 1.3 (`trust:`/`sc:`) for ws2007HttpBinding.
 */
import type {
  MessageSecurityVersion,
  SecureConversationVersion,
  TrustVersion,
} from '../MessageSecurityVersion';
import { WSC_13_NAMESPACE, WSC_FEB2005_NAMESPACE } from '../wss/WssConstants';

export const WS_TRUST_FEB2005_NAMESPACE = 'http://schemas.xmlsoap.org/ws/2005/02/trust';
export const WS_TRUST_13_NAMESPACE = 'http://docs.oasis-open.org/ws-sx/ws-trust/200512';

/** WCF's own security namespace (`dnse:`): the SCT Cookie element and WCF's fault subcodes. */
export const DOTNET_SECURITY_PREFIX = 'dnse';

/** The SCT exchanges' actions (RST/SCT, RSTR/SCT, …/Cancel, …/Renew). */
export interface SecureConversationActions {
  readonly issue: string;
  readonly issueResponse: string;
  readonly cancel: string;
  readonly cancelResponse: string;
  readonly renew: string;
  readonly renewResponse: string;
}

export interface TrustDriver {
  readonly messageSecurityVersion: MessageSecurityVersion;
  readonly trustVersion: TrustVersion;
  readonly secureConversationVersion: SecureConversationVersion;
  readonly trustNamespace: string;
  /** `t` (February 2005) or `trust` (1.3): WCF's TrustFeb2005/TrustDec2005 dictionary prefix. */
  readonly trustPrefix: string;
  readonly secureConversationNamespace: string;
  /** `c` (February 2005) or `sc` (1.3). */
  readonly scPrefix: string;
  readonly actions: SecureConversationActions;
  /** The SCT's TokenType, also the ValueType of every reference to an SCT. */
  readonly sctTokenType: string;
  readonly requestTypes: { readonly issue: string; readonly cancel: string; readonly renew: string };
  /** The ComputedKey algorithm of CombinedEntropy (CK/PSHA1). */
  readonly computedKeyPsha1: string;
  /** BinarySecret Type of entropy. */
  readonly nonceBinarySecretType: string;
  /** BinarySecret Type of a symmetric key (a proof token under ServerEntropy). */
  readonly symmetricKeyBinarySecretType: string;
  /** KeyType of a symmetric proof key (accepted in a request, never written by WCF's session client). */
  readonly symmetricKeyType: string;
  /** WS-Trust 1.3 answers every RST with an RSTR inside a RequestSecurityTokenResponseCollection. */
  readonly wrapsResponsesInCollection: boolean;
  /**
   * Basic Security Profile: a reference to an SCT in the same message carries its ValueType (the
   * RequestedAttachedReference of an RSTR, the header's references; spec §7.2).
   */
  readonly basicSecurityProfile: boolean;
}

const TRUST: Readonly<Record<TrustVersion, { namespace: string; prefix: string }>> = {
  WSTrustFeb2005: { namespace: WS_TRUST_FEB2005_NAMESPACE, prefix: 't' },
  WSTrust13: { namespace: WS_TRUST_13_NAMESPACE, prefix: 'trust' },
};

const SECURE_CONVERSATION: Readonly<
  Record<SecureConversationVersion, { namespace: string; prefix: string }>
> = {
  WSSecureConversationFeb2005: { namespace: WSC_FEB2005_NAMESPACE, prefix: 'c' },
  WSSecureConversation13: { namespace: WSC_13_NAMESPACE, prefix: 'sc' },
};

function createDriver(version: MessageSecurityVersion): TrustDriver {
  const trust = TRUST[version.trustVersion];
  const sc = SECURE_CONVERSATION[version.secureConversationVersion];
  const t = trust.namespace;
  return Object.freeze({
    messageSecurityVersion: version,
    trustVersion: version.trustVersion,
    secureConversationVersion: version.secureConversationVersion,
    trustNamespace: t,
    trustPrefix: trust.prefix,
    secureConversationNamespace: sc.namespace,
    scPrefix: sc.prefix,
    actions: Object.freeze({
      issue: `${t}/RST/SCT`,
      issueResponse: `${t}/RSTR/SCT`,
      cancel: `${t}/RST/SCT/Cancel`,
      cancelResponse: `${t}/RSTR/SCT/Cancel`,
      renew: `${t}/RST/SCT/Renew`,
      renewResponse: `${t}/RSTR/SCT/Renew`,
    }),
    sctTokenType: `${sc.namespace}/sct`,
    requestTypes: Object.freeze({ issue: `${t}/Issue`, cancel: `${t}/Cancel`, renew: `${t}/Renew` }),
    computedKeyPsha1: `${t}/CK/PSHA1`,
    nonceBinarySecretType: `${t}/Nonce`,
    symmetricKeyBinarySecretType: `${t}/SymmetricKey`,
    symmetricKeyType: `${t}/SymmetricKey`,
    wrapsResponsesInCollection: version.trustVersion === 'WSTrust13',
    basicSecurityProfile: version.basicSecurityProfile,
  });
}

const drivers = new Map<MessageSecurityVersion, TrustDriver>();

/** The driver for a version (one frozen object per MessageSecurityVersion). */
export function trustDriverFor(version: MessageSecurityVersion): TrustDriver {
  let driver = drivers.get(version);
  if (!driver) {
    driver = createDriver(version);
    drivers.set(version, driver);
  }
  return driver;
}
