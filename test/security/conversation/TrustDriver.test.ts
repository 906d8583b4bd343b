import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import { trustDriverFor } from '../../../src/security/conversation';

const FEB2005 = MessageSecurityVersion.Default;
const V13 = MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12;
const V13_BSP =
  MessageSecurityVersion.WSSecurity11WSTrust13WSSecureConversation13WSSecurityPolicy12BasicSecurityProfile10;

describe('trustDriverFor', () => {
  it('speaks WS-Trust and WS-SecureConversation February 2005 with WCF prefixes t and c for the default version', () => {
    const d = trustDriverFor(FEB2005);
    expect(d.trustNamespace).toBe('http://schemas.xmlsoap.org/ws/2005/02/trust');
    expect(d.trustPrefix).toBe('t');
    expect(d.secureConversationNamespace).toBe('http://schemas.xmlsoap.org/ws/2005/02/sc');
    expect(d.scPrefix).toBe('c');
    expect(d.sctTokenType).toBe('http://schemas.xmlsoap.org/ws/2005/02/sc/sct');
    expect(d.computedKeyPsha1).toBe('http://schemas.xmlsoap.org/ws/2005/02/trust/CK/PSHA1');
    expect(d.nonceBinarySecretType).toBe('http://schemas.xmlsoap.org/ws/2005/02/trust/Nonce');
    expect(d.requestTypes).toEqual({
      issue: 'http://schemas.xmlsoap.org/ws/2005/02/trust/Issue',
      cancel: 'http://schemas.xmlsoap.org/ws/2005/02/trust/Cancel',
      renew: 'http://schemas.xmlsoap.org/ws/2005/02/trust/Renew',
    });
    expect(d.wrapsResponsesInCollection).toBe(false);
  });

  it('puts the SCT actions under the WS-Trust namespace path (spec §2)', () => {
    expect(trustDriverFor(FEB2005).actions).toEqual({
      issue: 'http://schemas.xmlsoap.org/ws/2005/02/trust/RST/SCT',
      issueResponse: 'http://schemas.xmlsoap.org/ws/2005/02/trust/RSTR/SCT',
      cancel: 'http://schemas.xmlsoap.org/ws/2005/02/trust/RST/SCT/Cancel',
      cancelResponse: 'http://schemas.xmlsoap.org/ws/2005/02/trust/RSTR/SCT/Cancel',
      renew: 'http://schemas.xmlsoap.org/ws/2005/02/trust/RST/SCT/Renew',
      renewResponse: 'http://schemas.xmlsoap.org/ws/2005/02/trust/RSTR/SCT/Renew',
    });
    expect(trustDriverFor(V13).actions).toEqual({
      issue: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512/RST/SCT',
      issueResponse: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512/RSTR/SCT',
      cancel: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512/RST/SCT/Cancel',
      cancelResponse: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512/RSTR/SCT/Cancel',
      renew: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512/RST/SCT/Renew',
      renewResponse: 'http://docs.oasis-open.org/ws-sx/ws-trust/200512/RSTR/SCT/Renew',
    });
  });

  it('speaks WS-Trust 1.3 and WS-SecureConversation 1.3 with prefixes trust and sc, wrapping responses in a collection', () => {
    const d = trustDriverFor(V13);
    expect(d.trustNamespace).toBe('http://docs.oasis-open.org/ws-sx/ws-trust/200512');
    expect(d.trustPrefix).toBe('trust');
    expect(d.secureConversationNamespace).toBe(
      'http://docs.oasis-open.org/ws-sx/ws-secureconversation/200512',
    );
    expect(d.scPrefix).toBe('sc');
    expect(d.sctTokenType).toBe('http://docs.oasis-open.org/ws-sx/ws-secureconversation/200512/sct');
    expect(d.computedKeyPsha1).toBe('http://docs.oasis-open.org/ws-sx/ws-trust/200512/CK/PSHA1');
    expect(d.nonceBinarySecretType).toBe('http://docs.oasis-open.org/ws-sx/ws-trust/200512/Nonce');
    expect(d.requestTypes.issue).toBe('http://docs.oasis-open.org/ws-sx/ws-trust/200512/Issue');
    expect(d.wrapsResponsesInCollection).toBe(true);
  });

  it('follows the version for the Basic Security Profile and returns one frozen driver per version', () => {
    expect(trustDriverFor(V13).basicSecurityProfile).toBe(false);
    expect(trustDriverFor(V13_BSP).basicSecurityProfile).toBe(true);
    expect(trustDriverFor(V13)).toBe(trustDriverFor(V13));
    expect(Object.isFrozen(trustDriverFor(V13))).toBe(true);
    expect(trustDriverFor(V13).messageSecurityVersion).toBe(V13);
  });

  it('has a driver for every MessageSecurityVersion whose namespaces match the version', () => {
    for (const version of MessageSecurityVersion.all) {
      const d = trustDriverFor(version);
      expect(d.secureConversationNamespace).toBe(version.secureConversationNamespace);
      expect(d.wrapsResponsesInCollection).toBe(version.trustVersion === 'WSTrust13');
    }
  });
});
