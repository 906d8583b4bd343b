/**
 * The WSDL, XSD and WS-Policy Indigo publishes for the sample calculator, checked as parsed infosets against
 * the layout and assertions WCF's WsdlExporter and policy exporters write (RS WsdlExporter, WSSecurityPolicy).
 */
import { BasicHttpBinding } from '../../../src/bindings/BasicHttpBinding';
import { SecurityMode, MessageCredentialType } from '../../../src/bindings/SecurityModes';
import { WS2007HttpBinding } from '../../../src/bindings/WS2007HttpBinding';
import { WSHttpBinding } from '../../../src/bindings/WSHttpBinding';
import type { Binding } from '../../../src/channels/Binding';
import { DataType, DataContract, DataMember } from '../../../src/service/serialization';
import { ServiceHost } from '../../../src/service/ServiceHost';
import { WsdlExporter } from '../../../src/service/metadata/WsdlExporter';
import { MetadataExportError } from '../../../src/service/metadata/MetadataExportError';
import { PolicyVersion } from '../../../src/service/metadata/PolicyVersion';
import { singleWsdl, metadataDocument } from '../../../src/service/metadata/MetadataDocuments';
import { contractOperation, OperationContract, ServiceContract } from '../../../src/service/description';
import type { XmlElement } from '../../../src/xml/XmlNode';
import { CalculatorService } from '../../../samples/calculator/CalculatorService';
import { ICalculator } from '../../../samples/calculator/ICalculator';
import {
  assertions,
  child,
  children,
  names,
  nested,
  nestedNames,
  NS,
  path,
  policyById,
  reparse,
} from './metadataTestKit';
import { messageCertificateSecurity } from '../../security/fixtures/secureCalculator';

function exportFor(
  binding: Binding,
  address = 'http://localhost:8080/calc',
  contract: abstract new () => object = ICalculator,
  version?: PolicyVersion,
) {
  const host = new ServiceHost(CalculatorService);
  host.addServiceEndpoint(contract, binding, address);
  const metadata = WsdlExporter.exportService(host.endpoints, {
    serviceName: 'CalculatorService',
    serviceNamespace: 'http://tempuri.org/',
    policyVersion: version,
  });
  return {
    metadata,
    wsdl: reparse(metadataDocument(metadata, { kind: 'wsdl' }, 'http://localhost:8080/calc')!),
  };
}

function bindingPolicy(wsdl: XmlElement, name: string): XmlElement[] {
  return assertions(policyById(wsdl, `${name}_policy`));
}

describe('WsdlExporter: the calculator over basicHttpBinding', () => {
  const { metadata, wsdl } = exportFor(new BasicHttpBinding());

  it('writes one service document in http://tempuri.org/ named after the service', () => {
    expect(wsdl.namespaceUri).toBe(NS.wsdl);
    expect(wsdl.localName).toBe('definitions');
    expect(wsdl.getAttribute('targetNamespace')).toBe('http://tempuri.org/');
    expect(wsdl.getAttribute('name')).toBe('CalculatorService');
    expect(metadata.wsdl).toHaveLength(1);
  });

  it('puts its parts in WCF order: types, messages, portType, binding, service', () => {
    expect(names(wsdl)).toEqual(['types', ...Array(8).fill('message'), 'portType', 'binding', 'service']);
  });

  it('imports the contract schema and the Serialization schema by ?xsd= URLs from a tempuri.org/Imports schema', () => {
    const schema = path(wsdl, NS.wsdl, 'types').elements()[0];
    expect(schema.getAttribute('targetNamespace')).toBe('http://tempuri.org/Imports');
    expect(
      children(schema, NS.xsd, 'import').map((i) => [
        i.getAttribute('schemaLocation'),
        i.getAttribute('namespace'),
      ]),
    ).toEqual([
      ['http://localhost:8080/calc?xsd=xsd0', 'http://tempuri.org/'],
      ['http://localhost:8080/calc?xsd=xsd1', 'http://schemas.microsoft.com/2003/10/Serialization/'],
    ]);
  });

  it('names messages {Contract}_{Operation}_InputMessage/OutputMessage with one parameters part', () => {
    const add = children(wsdl, NS.wsdl, 'message').find(
      (m) => m.getAttribute('name') === 'ICalculator_Add_InputMessage',
    )!;
    expect(
      children(add, NS.wsdl, 'part').map((p) => [p.getAttribute('name'), p.getAttribute('element')]),
    ).toEqual([['parameters', 'tns:Add']]);
  });

  it('puts wsam:Action on portType inputs and outputs', () => {
    const add = child(child(wsdl, NS.wsdl, 'portType'), NS.wsdl, 'operation');
    expect(child(add, NS.wsdl, 'input').getAttribute('Action', NS.wsam)).toBe(
      'http://tempuri.org/ICalculator/Add',
    );
    expect(child(add, NS.wsdl, 'output').getAttribute('Action', NS.wsam)).toBe(
      'http://tempuri.org/ICalculator/AddResponse',
    );
  });

  it('binds BasicHttpBinding_ICalculator with soap:binding over HTTP, the action as soapAction, literal bodies', () => {
    const binding = child(wsdl, NS.wsdl, 'binding');
    expect(binding.getAttribute('name')).toBe('BasicHttpBinding_ICalculator');
    expect(binding.getAttribute('type')).toBe('tns:ICalculator');
    expect(child(binding, NS.soap, 'binding').getAttribute('transport')).toBe(
      'http://schemas.xmlsoap.org/soap/http',
    );
    const op = child(binding, NS.wsdl, 'operation');
    expect(child(op, NS.soap, 'operation').getAttribute('soapAction')).toBe(
      'http://tempuri.org/ICalculator/Add',
    );
    expect(child(op, NS.soap, 'operation').getAttribute('style')).toBe('document');
    expect(path(op, NS.wsdl, 'input').element('body', NS.soap)?.getAttribute('use')).toBe('literal');
  });

  it('has no policy at all (no security, no WS-Addressing)', () => {
    expect(children(wsdl, NS.wsp, 'Policy')).toHaveLength(0);
  });

  it('lists the endpoint as a port with soap:address and no EndpointReference', () => {
    const port = path(wsdl, NS.wsdl, 'service', 'port');
    expect(port.getAttribute('name')).toBe('BasicHttpBinding_ICalculator');
    expect(port.getAttribute('binding')).toBe('tns:BasicHttpBinding_ICalculator');
    expect(child(port, NS.soap, 'address').getAttribute('location')).toBe('http://localhost:8080/calc');
    expect(port.element('EndpointReference', NS.wsa10)).toBeUndefined();
  });

  it('describes the wrappers as WCF does: minOccurs="0", nillable strings, an empty sequence without parameters', () => {
    const xsd0 = reparse(metadata.xsd[0].root);
    const element = (n: string) =>
      children(xsd0, NS.xsd, 'element').find((e) => e.getAttribute('name') === n)!;
    const parts = (n: string) => path(element(n), NS.xsd, 'complexType', 'sequence').elements();
    expect(
      parts('Add').map((p) => [p.getAttribute('minOccurs'), p.getAttribute('name'), p.getAttribute('type')]),
    ).toEqual([
      ['0', 'a', 'xs:double'],
      ['0', 'b', 'xs:double'],
    ]);
    expect(parts('EchoResponse')[0].getAttribute('nillable')).toBe('true');
    expect(parts('WhoAmI')).toHaveLength(0);
    expect(parts('CounterResponse')[0].getAttribute('type')).toBe('xs:int');
  });

  it('publishes the Serialization schema with guid, char and duration', () => {
    const xsd1 = reparse(metadata.xsd[1].root);
    expect(xsd1.getAttribute('targetNamespace')).toBe('http://schemas.microsoft.com/2003/10/Serialization/');
    expect(children(xsd1, NS.xsd, 'simpleType').map((t) => t.getAttribute('name'))).toEqual([
      'char',
      'duration',
      'guid',
    ]);
  });
});

@DataContract({ clrNamespace: 'Shop' })
class Item {
  @DataMember({ type: DataType.string }) name = '';
  @DataMember({ type: DataType.nullable(DataType.int), isRequired: true }) count: number | null = null;
  @DataMember({ type: DataType.guid, emitDefaultValue: false }) id = '';
}

@ServiceContract({ namespace: 'http://example.org/shop' })
class IShop {
  @OperationContract({
    parameters: { items: DataType.arrayOf(Item) },
    returns: DataType.arrayOf(DataType.int),
  })
  order(_items: Item[]): Promise<number[]> {
    return contractOperation();
  }
  @OperationContract({ parameters: { note: DataType.string }, isOneWay: true })
  note(_note: string): Promise<void> {
    return contractOperation();
  }
}

class NotADataContract {}

@ServiceContract()
class IBroken {
  @OperationContract({ parameters: { x: NotADataContract } })
  take(_x: NotADataContract): Promise<void> {
    return contractOperation();
  }
}

describe('WsdlExporter: data contracts, collections, one-way, another contract namespace', () => {
  const { metadata, wsdl } = exportFor(new BasicHttpBinding(), 'http://localhost/shop', IShop);

  it('imports the contract namespace document as wsdl0 and keeps binding and service in the service namespace', () => {
    expect(metadata.wsdl.map((d) => d.targetNamespace)).toEqual([
      'http://tempuri.org/',
      'http://example.org/shop',
    ]);
    const imp = child(wsdl, NS.wsdl, 'import');
    expect(imp.getAttribute('namespace')).toBe('http://example.org/shop');
    expect(imp.getAttribute('location')).toBe('http://localhost:8080/calc?wsdl=wsdl0');
    expect(child(wsdl, NS.wsdl, 'binding').getAttribute('type')).toMatch(/^i0:IShop$/);
    expect(wsdl.lookupNamespaceUri('i0')).toBe('http://example.org/shop');
  });

  it('writes a one-way operation with an input only', () => {
    const contractDoc = reparse(metadata.wsdl[1].root);
    const note = children(path(contractDoc, NS.wsdl, 'portType'), NS.wsdl, 'operation').find(
      (o) => o.getAttribute('name') === 'Note',
    )!;
    expect(names(note)).toEqual(['input']);
  });

  it('describes the data contract, ArrayOfItem and ArrayOfint as DCS exports them', () => {
    const byNs = new Map(metadata.xsd.map((s) => [s.targetNamespace, reparse(s.root)]));
    const shop = byNs.get('http://schemas.datacontract.org/2004/07/Shop')!;
    const item = children(shop, NS.xsd, 'complexType').find((t) => t.getAttribute('name') === 'Item')!;
    const members = path(item, NS.xsd, 'sequence').elements();
    expect(
      members.map((m) => [m.getAttribute('name'), m.getAttribute('minOccurs'), m.getAttribute('nillable')]),
    ).toEqual([
      ['count', undefined, 'true'],
      ['id', '0', undefined],
      ['name', '0', 'true'],
    ]);
    expect(members[1].element('annotation', NS.xsd)).toBeDefined();
    const arrayOfItem = children(shop, NS.xsd, 'complexType').find(
      (t) => t.getAttribute('name') === 'ArrayOfItem',
    )!;
    const each = path(arrayOfItem, NS.xsd, 'sequence', 'element');
    expect([each.getAttribute('maxOccurs'), each.getAttribute('name'), each.getAttribute('type')]).toEqual([
      'unbounded',
      'Item',
      'tns:Item',
    ]);
    const arrays = byNs.get('http://schemas.microsoft.com/2003/10/Serialization/Arrays')!;
    expect(children(arrays, NS.xsd, 'complexType').map((t) => t.getAttribute('name'))).toEqual([
      'ArrayOfint',
    ]);
    expect(metadata.xsd.map((s) => s.targetNamespace).slice(0, 2)).toEqual([
      'http://example.org/shop',
      'http://schemas.microsoft.com/2003/10/Serialization/',
    ]);
  });

  it('flattens everything into ?singleWsdl, schemas inline and no imports', () => {
    const single = reparse(singleWsdl(metadata));
    expect(children(single, NS.wsdl, 'import')).toHaveLength(0);
    expect(children(child(single, NS.wsdl, 'types'), NS.xsd, 'schema')).toHaveLength(metadata.xsd.length);
    expect(child(single, NS.wsdl, 'portType').getAttribute('name')).toBe('IShop');
    expect(child(single, NS.wsdl, 'binding').getAttribute('type')).toBe('tns:IShop');
    const part = children(single, NS.wsdl, 'message')[0].elements()[0];
    const [prefix, local] = part.getAttribute('element')!.split(':');
    expect([part.lookupNamespaceUri(prefix), local]).toEqual(['http://example.org/shop', 'Order']);
  });

  it('refuses a contract whose types cannot be described, naming the operation and type', () => {
    expect(() => exportFor(new BasicHttpBinding(), 'http://localhost/x', IBroken)).toThrow(
      MetadataExportError,
    );
    expect(() => exportFor(new BasicHttpBinding(), 'http://localhost/x', IBroken)).toThrow(
      /contract 'IBroken', operation 'Take', parameter 'x': the type 'NotADataContract' cannot be described/,
    );
  });
});

describe('WsdlExporter: wsHttpBinding security None', () => {
  const { wsdl } = exportFor(new WSHttpBinding(SecurityMode.None));

  it('binds SOAP 1.2 with soapAction and only wsaw:UsingAddressing in the binding policy', () => {
    const binding = child(wsdl, NS.wsdl, 'binding');
    expect(binding.getAttribute('name')).toBe('WSHttpBinding_ICalculator');
    expect(names(binding).slice(0, 2)).toEqual(['PolicyReference', 'binding']);
    expect(child(binding, NS.wsp, 'PolicyReference').getAttribute('URI')).toBe(
      '#WSHttpBinding_ICalculator_policy',
    );
    expect(child(binding, NS.soap12, 'binding').getAttribute('transport')).toBe(
      'http://schemas.xmlsoap.org/soap/http',
    );
    expect(
      path(binding, NS.wsdl, 'operation').element('operation', NS.soap12)?.getAttribute('soapAction'),
    ).toBe('http://tempuri.org/ICalculator/Add');
    expect(
      bindingPolicy(wsdl, 'WSHttpBinding_ICalculator').map((a) => `${a.namespaceUri} ${a.localName}`),
    ).toEqual([`${NS.wsaw} UsingAddressing`]);
  });

  it('adds a wsa10:EndpointReference to the port', () => {
    const port = path(wsdl, NS.wsdl, 'service', 'port');
    expect(child(port, NS.soap12, 'address').getAttribute('location')).toBe('http://localhost:8080/calc');
    expect(path(port, NS.wsa10, 'EndpointReference', 'Address').textContent).toBe(
      'http://localhost:8080/calc',
    );
  });

  it('writes Policy 1.5 when asked', () => {
    const { wsdl: w15 } = exportFor(
      new WSHttpBinding(SecurityMode.None),
      undefined,
      ICalculator,
      PolicyVersion.Policy15,
    );
    expect(children(w15, NS.wsp15, 'Policy')).toHaveLength(1);
    expect(children(w15, NS.wsp, 'Policy')).toHaveLength(0);
  });
});

const messageCertificate = (establishSecurityContext: boolean) =>
  new WSHttpBinding(messageCertificateSecurity(establishSecurityContext));

describe('WsdlExporter: wsHttpBinding Message Certificate with a secure conversation (establishSecurityContext true)', () => {
  const { wsdl } = exportFor(messageCertificate(true));
  const policy = bindingPolicy(wsdl, 'WSHttpBinding_ICalculator');

  it('lists SymmetricBinding, Wss11, Trust10 and UsingAddressing, in WS-SP 1.1', () => {
    expect(policy.map((a) => a.localName)).toEqual([
      'SymmetricBinding',
      'Wss11',
      'Trust10',
      'UsingAddressing',
    ]);
    expect(policy[0].namespaceUri).toBe(NS.sp11);
  });

  it('protects with a SecureConversationToken (derived keys, AlwaysToRecipient) and Basic256, Strict, timestamp, EncryptSignature', () => {
    expect(nestedNames(policy[0])).toEqual([
      'ProtectionToken',
      'AlgorithmSuite',
      'Layout',
      'IncludeTimestamp',
      'EncryptSignature',
      'OnlySignEntireHeadersAndBody',
    ]);
    const sct = nested(child(nested(policy[0]), NS.sp11, 'ProtectionToken')).elements()[0];
    expect(sct.localName).toBe('SecureConversationToken');
    expect(sct.getAttribute('IncludeToken', NS.sp11)).toBe(`${NS.sp11}/IncludeToken/AlwaysToRecipient`);
    expect(nestedNames(sct)).toEqual(['RequireDerivedKeys', 'BootstrapPolicy']);
    expect(nestedNames(path(nested(policy[0]), NS.sp11, 'AlgorithmSuite'))).toEqual(['Basic256']);
  });

  it("nests the MutualCertificate bootstrap's policy in sp:BootstrapPolicy, as the CXF template has it", () => {
    const sct = nested(child(nested(policy[0]), NS.sp11, 'ProtectionToken')).elements()[0];
    const bootstrap = nested(child(nested(sct), NS.sp11, 'BootstrapPolicy'));
    expect(names(bootstrap)).toEqual([
      'SignedParts',
      'EncryptedParts',
      'SymmetricBinding',
      'EndorsingSupportingTokens',
      'Wss11',
      'Trust10',
    ]);
    expect(
      children(child(bootstrap, NS.sp11, 'SignedParts'), NS.sp11, 'Header').map((h) =>
        h.getAttribute('Name'),
      ),
    ).toEqual(['To', 'From', 'FaultTo', 'ReplyTo', 'MessageID', 'RelatesTo', 'Action']);
    const x509 = nested(
      child(nested(child(bootstrap, NS.sp11, 'SymmetricBinding')), NS.sp11, 'ProtectionToken'),
    ).elements()[0];
    expect(x509.getAttribute('IncludeToken', NS.sp11)).toBe(`${NS.sp11}/IncludeToken/Never`);
    expect(nestedNames(x509)).toEqual([
      'RequireDerivedKeys',
      'RequireThumbprintReference',
      'WssX509V3Token10',
    ]);
    const endorsing = nested(child(bootstrap, NS.sp11, 'EndorsingSupportingTokens')).elements()[0];
    expect(endorsing.getAttribute('IncludeToken', NS.sp11)).toBe(`${NS.sp11}/IncludeToken/AlwaysToRecipient`);
    expect(nestedNames(child(bootstrap, NS.sp11, 'Wss11'))).toEqual([
      'MustSupportRefThumbprint',
      'MustSupportRefEncryptedKey',
      'RequireSignatureConfirmation',
    ]);
    expect(nestedNames(child(bootstrap, NS.sp11, 'Trust10'))).toEqual([
      'MustSupportIssuedTokens',
      'RequireClientEntropy',
      'RequireServerEntropy',
    ]);
  });

  it('signs the body and addressing headers and encrypts the body of every input and output', () => {
    const binding = child(wsdl, NS.wsdl, 'binding');
    const add = children(binding, NS.wsdl, 'operation').find((o) => o.getAttribute('name') === 'Add')!;
    expect(child(child(add, NS.wsdl, 'input'), NS.wsp, 'PolicyReference').getAttribute('URI')).toBe(
      '#WSHttpBinding_ICalculator_Add_Input_policy',
    );
    expect(child(child(add, NS.wsdl, 'output'), NS.wsp, 'PolicyReference').getAttribute('URI')).toBe(
      '#WSHttpBinding_ICalculator_Add_output_policy',
    );
    const input = assertions(policyById(wsdl, 'WSHttpBinding_ICalculator_Add_Input_policy'));
    expect(input.map((a) => a.localName)).toEqual(['SignedParts', 'EncryptedParts']);
    expect(names(input[0])).toEqual(['Body', ...Array(7).fill('Header')]);
    expect(names(input[1])).toEqual(['Body']);
  });
});

describe('WsdlExporter: wsHttpBinding Message Certificate without a secure conversation', () => {
  const { wsdl } = exportFor(messageCertificate(false));
  const policy = bindingPolicy(wsdl, 'WSHttpBinding_ICalculator');

  it('describes the MutualCertificate binding itself: X509 protection token, endorsing client certificate, signature confirmation', () => {
    expect(policy.map((a) => a.localName)).toEqual([
      'SymmetricBinding',
      'EndorsingSupportingTokens',
      'Wss11',
      'Trust10',
      'UsingAddressing',
    ]);
    const x509 = nested(child(nested(policy[0]), NS.sp11, 'ProtectionToken')).elements()[0];
    expect(x509.localName).toBe('X509Token');
    expect(nestedNames(policy[2])).toContain('RequireSignatureConfirmation');
  });
});

describe('WsdlExporter: wsHttpBinding TransportWithMessageCredential over HTTPS', () => {
  const binding = new WSHttpBinding({
    security: {
      mode: SecurityMode.TransportWithMessageCredential,
      message: { clientCredentialType: MessageCredentialType.UserName, establishSecurityContext: false },
    },
  });
  const { wsdl } = exportFor(binding, 'https://localhost:8443/calc');
  const policy = bindingPolicy(wsdl, 'WSHttpBinding_ICalculator');

  it('writes TransportBinding with HttpsToken, the UsernameToken as a signed supporting token, Wss11, Trust10, UsingAddressing', () => {
    expect(policy.map((a) => a.localName)).toEqual([
      'TransportBinding',
      'SignedSupportingTokens',
      'Wss11',
      'Trust10',
      'UsingAddressing',
    ]);
    const transport = nested(policy[0]);
    expect(names(transport)).toEqual(['TransportToken', 'AlgorithmSuite', 'Layout', 'IncludeTimestamp']);
    const https = nested(child(transport, NS.sp11, 'TransportToken')).elements()[0];
    expect([https.localName, https.getAttribute('RequireClientCertificate')]).toEqual([
      'HttpsToken',
      'false',
    ]);
    const username = nested(policy[1]).elements()[0];
    expect(username.localName).toBe('UsernameToken');
    expect(nestedNames(username)).toEqual(['WssUsernameToken10']);
  });

  it('has no message-level parts (TLS protects the messages)', () => {
    expect(children(wsdl, NS.wsp, 'Policy')).toHaveLength(1);
  });

  it('writes the https address', () => {
    expect(
      path(wsdl, NS.wsdl, 'service', 'port').element('address', NS.soap12)?.getAttribute('location'),
    ).toBe('https://localhost:8443/calc');
  });
});

describe('WsdlExporter: ws2007HttpBinding', () => {
  it('writes WS-SecurityPolicy 1.2 and Trust13', () => {
    const binding = new WS2007HttpBinding({
      security: {
        mode: SecurityMode.Message,
        message: {
          clientCredentialType: MessageCredentialType.Certificate,
          negotiateServiceCredential: false,
          establishSecurityContext: true,
        },
      },
    });
    const { wsdl } = exportFor(binding);
    const policy = bindingPolicy(wsdl, 'WS2007HttpBinding_ICalculator');
    expect(policy.map((a) => `${a.namespaceUri === NS.sp12 ? 'sp12:' : ''}${a.localName}`)).toEqual([
      'sp12:SymmetricBinding',
      'sp12:Wss11',
      'sp12:Trust13',
      'UsingAddressing',
    ]);
    const sct = nested(child(nested(policy[0]), NS.sp12, 'ProtectionToken')).elements()[0];
    expect(nestedNames(sct)).toEqual(['RequireDerivedKeys', 'BootstrapPolicy', 'MustNotSendAmend']);
  });
});
