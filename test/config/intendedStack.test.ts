/**
 * The element list WCF builds (spec/bindings.md §6), derived from the model: a wsHttpBinding and its equivalent
 * customBinding (§6.3) describe the same stack; `describe` shows it for what the runtime cannot build yet, and
 * the built stack otherwise — secure conversation included, its bootstrap nested.
 */
import { loadXml } from './helpers';

const CONFIG = `
<bindings>
  <wsHttpBinding>
    <binding name="ws"><security mode="Message"><message clientCredentialType="Certificate" negotiateServiceCredential="false" establishSecurityContext="true"/></security></binding>
  </wsHttpBinding>
  <customBinding>
    <binding name="custom">
      <security authenticationMode="SecureConversation" requireSecurityContextCancellation="true"
                messageSecurityVersion="WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10">
        <localClientSettings reconnectTransportOnFailure="false"/>
        <localServiceSettings reconnectTransportOnFailure="false"/>
        <secureConversationBootstrap authenticationMode="MutualCertificate"
                messageSecurityVersion="WSSecurity11WSTrustFebruary2005WSSecureConversationFebruary2005WSSecurityPolicy11BasicSecurityProfile10">
          <localClientSettings reconnectTransportOnFailure="false"/>
          <!-- wsHttpBinding shortens the bootstrap's issued cookie lifetime (RS MessageSecurityOverHttp) -->
          <localServiceSettings reconnectTransportOnFailure="false" issuedCookieLifetime="00:15:00"/>
        </secureConversationBootstrap>
      </security>
      <textMessageEncoding/>
      <httpTransport/>
    </binding>
  </customBinding>
</bindings>`;

describe('describeIntendedStack', () => {
  const config = loadXml(CONFIG);

  it('maps wsHttpBinding Message + Certificate (no negotiation) to SecureConversation over MutualCertificate', () => {
    const stack = config.intendedStack('wsHttpBinding', 'ws')!;
    expect(stack.map((e) => e.configurationName)).toEqual([
      'transactionFlow',
      'security',
      'textMessageEncoding',
      'httpTransport',
    ]);
    const security = stack[1].settings as Record<string, unknown>;
    expect(security).toMatchObject({
      authenticationMode: 'SecureConversation',
      securityBindingElement: 'SymmetricSecurityBindingElement',
      requireSignatureConfirmation: false,
      requireSecurityContextCancellation: true,
      defaultAlgorithmSuite: 'Basic256',
    });
    expect(security.bootstrap).toMatchObject({
      authenticationMode: 'MutualCertificate',
      securityBindingElement: 'SymmetricSecurityBindingElement',
      requireSignatureConfirmation: true,
    });
  });

  it('gives the equivalent customBinding the same element list (spec/bindings.md §6.3)', () => {
    // wsHttpBinding always lists transactionFlow with flow off, a pass-through; WCF's <customBinding> cannot
    // express that element (<transactionFlow> turns flow on), so the custom equivalent leaves it out.
    const [transactionFlow, ...ws] = config.intendedStack('wsHttpBinding', 'ws')!;
    expect(transactionFlow).toEqual({
      configurationName: 'transactionFlow',
      settings: { transactionFlow: false, transactionProtocol: 'WSAtomicTransactionOctober2004' },
    });
    expect(config.intendedStack('customBinding', 'custom')).toEqual(ws);
  });

  it('is what the runtime builds for both: the SC element over the MutualCertificate bootstrap', () => {
    for (const [section, name] of [
      ['wsHttpBinding', 'ws'],
      ['customBinding', 'custom'],
    ]) {
      const described = config.describeBinding(section, name);
      expect(described.notBuildable).toBeUndefined();
      const security = described.elements.find((e) => e.configurationName === 'security')!;
      expect(security.settings).toMatchObject({
        authenticationMode: 'SecureConversation',
        securityBindingElement: 'SymmetricSecurityBindingElement',
        requireSignatureConfirmation: false,
        protectionTokenParameters: {
          tokenKind: 'SecureConversation',
          requireCancellation: true,
          bootstrap: { authenticationMode: 'MutualCertificate', requireSignatureConfirmation: true },
        },
      });
    }
  });

  it('describes an over-transport bootstrap: the mixed-mode element (TransportWithMessageCredential)', () => {
    const over = loadXml(`<bindings><customBinding><binding name="c">
        <security authenticationMode="SecureConversation"><secureConversationBootstrap authenticationMode="UserNameOverTransport"/></security>
        <textMessageEncoding/><httpsTransport/></binding></customBinding></bindings>`);
    const described = over.describeBinding('customBinding', 'c');
    expect(described.notBuildable).toBeUndefined();
    expect(described.elements[0].settings).toMatchObject({
      authenticationMode: 'SecureConversation',
      securityBindingElement: 'TransportSecurityBindingElement',
      endpointSupportingTokenParameters: {
        endorsing: [
          {
            tokenKind: 'SecureConversation',
            requireDerivedKeys: false,
            bootstrap: { authenticationMode: 'UserNameOverTransport' },
          },
        ],
      },
    });
  });

  it('requires nothing of the runtime to validate: the model loads', () => {
    expect(config.warnings).toEqual([]);
  });
});
