import { AddressingVersion } from '../../src/channels/AddressingVersion';
import { EnvelopeVersion } from '../../src/channels/EnvelopeVersion';
import { MessageVersion } from '../../src/channels/MessageVersion';

describe('MessageVersion', () => {
  it.each([
    ['Soap11', EnvelopeVersion.Soap11, AddressingVersion.None],
    ['Soap12', EnvelopeVersion.Soap12, AddressingVersion.None],
    ['Soap11WSAddressing10', EnvelopeVersion.Soap11, AddressingVersion.WSAddressing10],
    ['Soap12WSAddressing10', EnvelopeVersion.Soap12, AddressingVersion.WSAddressing10],
    ['Soap11WSAddressingAugust2004', EnvelopeVersion.Soap11, AddressingVersion.WSAddressingAugust2004],
    ['Soap12WSAddressingAugust2004', EnvelopeVersion.Soap12, AddressingVersion.WSAddressingAugust2004],
    ['None', EnvelopeVersion.None, AddressingVersion.None],
  ])(
    '%s pairs its envelope and addressing versions and is found by its config name',
    (name, envelope, addressing) => {
      const version = MessageVersion.fromName(name);
      expect(version).toBeDefined();
      expect(version?.name).toBe(name);
      expect(version?.toString()).toBe(name);
      expect(version?.envelope).toBe(envelope);
      expect(version?.addressing).toBe(addressing);
    },
  );

  it('lists exactly the seven WCF versions', () => {
    expect(MessageVersion.all.map((v) => v.name)).toEqual([
      'Soap11',
      'Soap12',
      'Soap11WSAddressing10',
      'Soap12WSAddressing10',
      'Soap11WSAddressingAugust2004',
      'Soap12WSAddressingAugust2004',
      'None',
    ]);
  });

  it('has Soap12WSAddressing10 as its default, as WCF does', () => {
    expect(MessageVersion.Default).toBe(MessageVersion.Soap12WSAddressing10);
  });

  it('answers undefined for a name WCF does not know', () => {
    expect(MessageVersion.fromName('Soap13')).toBeUndefined();
    expect(MessageVersion.fromName('soap11')).toBeUndefined();
  });
});

describe('EnvelopeVersion', () => {
  it('fixes the SOAP 1.1 namespace, media type, actor attribute and fault code names', () => {
    const v = EnvelopeVersion.Soap11;
    expect([
      v.namespace,
      v.mediaType,
      v.actorAttributeName,
      v.nextDestinationRole,
      v.senderFaultName,
      v.receiverFaultName,
    ]).toEqual([
      'http://schemas.xmlsoap.org/soap/envelope/',
      'text/xml',
      'actor',
      'http://schemas.xmlsoap.org/soap/actor/next',
      'Client',
      'Server',
    ]);
  });

  it('fixes the SOAP 1.2 namespace, media type, role attribute and fault code names', () => {
    const v = EnvelopeVersion.Soap12;
    expect([
      v.namespace,
      v.mediaType,
      v.actorAttributeName,
      v.nextDestinationRole,
      v.senderFaultName,
      v.receiverFaultName,
    ]).toEqual([
      'http://www.w3.org/2003/05/soap-envelope',
      'application/soap+xml',
      'role',
      'http://www.w3.org/2003/05/soap-envelope/role/next',
      'Sender',
      'Receiver',
    ]);
  });
});

describe('AddressingVersion', () => {
  it('fixes the WS-Addressing 1.0 namespace, anonymous address and fault actions', () => {
    const v = AddressingVersion.WSAddressing10;
    expect([v.namespace, v.anonymousUri, v.faultAction, v.defaultFaultAction]).toEqual([
      'http://www.w3.org/2005/08/addressing',
      'http://www.w3.org/2005/08/addressing/anonymous',
      'http://www.w3.org/2005/08/addressing/fault',
      'http://www.w3.org/2005/08/addressing/soap/fault',
    ]);
  });

  it('fixes the WS-Addressing August 2004 namespace, anonymous role and fault actions', () => {
    const v = AddressingVersion.WSAddressingAugust2004;
    expect([v.namespace, v.anonymousUri, v.faultAction, v.defaultFaultAction]).toEqual([
      'http://schemas.xmlsoap.org/ws/2004/08/addressing',
      'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous',
      'http://schemas.xmlsoap.org/ws/2004/08/addressing/fault',
      'http://schemas.xmlsoap.org/ws/2004/08/addressing/fault',
    ]);
  });

  it('has no headers for None, but the namespace WCF qualifies its fault codes with', () => {
    expect(AddressingVersion.None.namespace).toBe('');
    expect(AddressingVersion.noneNamespace).toBe('http://schemas.microsoft.com/ws/2005/05/addressing/none');
  });
});
