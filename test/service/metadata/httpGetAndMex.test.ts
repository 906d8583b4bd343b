/**
 * Publishing over real HTTP on loopback: ?wsdl, ?wsdl=wsdlN, ?xsd=xsdN and ?singleWsdl answered beside the
 * endpoint's POSTs, an IMetadataExchange endpoint answering WS-Transfer Get, and an independent consumer —
 * node-soap — building its client from nothing but the ?wsdl URL and calling the service.
 */
import * as soap from 'soap';
import { BasicHttpBinding } from '../../../src/bindings/BasicHttpBinding';
import { ServiceHost } from '../../../src/service/ServiceHost';
import { ServiceMetadataBehavior } from '../../../src/service/metadata/ServiceMetadataBehavior';
import { MetadataExchangeBindings } from '../../../src/service/metadata/MetadataExchangeBindings';
import { IMetadataExchange } from '../../../src/service/metadata/IMetadataExchange';
import { ServiceHostOpenError } from '../../../src/service/ServiceHost';
import { parseXml } from '../../../src/xml/XmlParser';
import { maxReaderQuotas } from '../../../src/xml/XmlDictionaryReaderQuotas';
import { CalculatorService } from '../../../samples/calculator/CalculatorService';
import { ICalculator } from '../../../samples/calculator/ICalculator';
import { children, NS, path } from './metadataTestKit';

const parse = (text: string) => parseXml(text, { maxSize: 10_000_000, quotas: maxReaderQuotas }).root;

describe('HTTP GET metadata and the metadata exchange endpoint', () => {
  let host: ServiceHost;
  let base: string;

  beforeAll(async () => {
    host = new ServiceHost(CalculatorService, { baseAddresses: ['http://127.0.0.1:0/calc/'] });
    host.addServiceEndpoint(ICalculator, new BasicHttpBinding(), '');
    host.addServiceEndpoint(IMetadataExchange, MetadataExchangeBindings.createMexHttpBinding(), 'mex');
    host.metadata = new ServiceMetadataBehavior({ httpGetEnabled: true });
    await host.open();
    base = host.metadataUrls[0].toString();
  });
  afterAll(() => host.close());

  it('answers GET ?wsdl at the base address with text/xml; charset=UTF-8 and the service WSDL', async () => {
    const res = await fetch(`${base}?wsdl`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/xml; charset=UTF-8');
    const wsdl = parse(await res.text());
    expect(wsdl.getAttribute('name')).toBe('CalculatorService');
    expect(path(wsdl, NS.wsdl, 'service', 'port').element('address', NS.soap)?.getAttribute('location')).toBe(
      base,
    );
  });

  it('leaves the metadata exchange endpoint out of the WSDL, as WCF does', async () => {
    const wsdl = parse(await (await fetch(`${base}?wsdl`)).text());
    expect(children(path(wsdl, NS.wsdl, 'service'), NS.wsdl, 'port')).toHaveLength(1);
  });

  it('serves the schemas the WSDL imports at their ?xsd= locations', async () => {
    const wsdl = parse(await (await fetch(`${base}?wsdl`)).text());
    const imports = children(path(wsdl, NS.wsdl, 'types').elements()[0], NS.xsd, 'import');
    for (const i of imports) {
      const res = await fetch(i.getAttribute('schemaLocation')!);
      expect(res.status).toBe(200);
      expect(parse(await res.text()).getAttribute('targetNamespace')).toBe(i.getAttribute('namespace'));
    }
  });

  it('serves ?singleWsdl with the schemas inline', async () => {
    const single = parse(await (await fetch(`${base}?singleWsdl`)).text());
    expect(children(path(single, NS.wsdl, 'types'), NS.xsd, 'schema')).toHaveLength(2);
  });

  it('answers 404 for a document index that names none, 400 for another GET, and keeps POSTs for the endpoint', async () => {
    expect((await fetch(`${base}?xsd=xsd9`)).status).toBe(404);
    expect((await fetch(`${base}?wsdl=wsdl0`)).status).toBe(404);
    expect((await fetch(`${base}?help`)).status).toBe(400);
    const post = await fetch(base, {
      method: 'POST',
      headers: {
        'Content-Type': 'text/xml; charset=utf-8',
        SOAPAction: '"http://tempuri.org/ICalculator/Add"',
      },
      body: '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><Add xmlns="http://tempuri.org/"><a>2</a><b>3</b></Add></s:Body></s:Envelope>',
    });
    expect(post.status).toBe(200);
    expect(await post.text()).toContain('<AddResult>5</AddResult>');
  });

  it('lets node-soap build a client from ?wsdl alone and call Add', async () => {
    const client = await soap.createClientAsync(`${base}?wsdl`);
    const [result] = (await client.AddAsync({ a: 2, b: 3.5 })) as [{ AddResult: number | string }];
    expect(Number(result.AddResult)).toBe(5.5);
    const [echo] = (await client.EchoAsync({ text: 'héllo <&>' })) as [{ EchoResult: string }];
    expect(echo.EchoResult).toBe('héllo <&>');
  });

  it('answers WS-Transfer Get on the mex endpoint with a wsx:Metadata of WSDL and XSD sections', async () => {
    const mex = `${base}mex`;
    const res = await fetch(mex, {
      method: 'POST',
      headers: { 'Content-Type': 'application/soap+xml; charset=utf-8' },
      body:
        '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://www.w3.org/2005/08/addressing">' +
        '<s:Header><a:Action s:mustUnderstand="1">http://schemas.xmlsoap.org/ws/2004/09/transfer/Get</a:Action>' +
        '<a:MessageID>urn:uuid:9f0c7a4e-1b2d-4c3e-8f5a-6b7c8d9e0f1a</a:MessageID>' +
        `<a:To s:mustUnderstand="1">${mex}</a:To></s:Header><s:Body/></s:Envelope>`,
    });
    expect(res.status).toBe(200);
    const envelope = parse(await res.text());
    const header = envelope.elements()[0];
    expect(header.element('Action', NS.wsa10)?.textContent).toBe(
      'http://schemas.xmlsoap.org/ws/2004/09/transfer/GetResponse',
    );
    expect(header.element('RelatesTo', NS.wsa10)?.textContent).toBe(
      'urn:uuid:9f0c7a4e-1b2d-4c3e-8f5a-6b7c8d9e0f1a',
    );
    const metadata = envelope.elements()[1].elements()[0];
    expect([metadata.namespaceUri, metadata.localName]).toEqual([NS.wsx, 'Metadata']);
    const sections = children(metadata, NS.wsx, 'MetadataSection');
    expect(sections.map((s) => [s.getAttribute('Dialect'), s.getAttribute('Identifier')])).toEqual([
      ['http://schemas.xmlsoap.org/wsdl/', 'http://tempuri.org/'],
      ['http://www.w3.org/2001/XMLSchema', 'http://tempuri.org/'],
      ['http://www.w3.org/2001/XMLSchema', 'http://schemas.microsoft.com/2003/10/Serialization/'],
    ]);
    // Inside a MEX reply the imports carry no locations: every document is a section of it.
    const imports = children(
      path(sections[0].elements()[0], NS.wsdl, 'types').elements()[0],
      NS.xsd,
      'import',
    );
    expect(imports.every((i) => i.getAttribute('schemaLocation') === undefined)).toBe(true);
  });
});

describe('ServiceMetadataBehavior checks at open', () => {
  it("refuses httpGetEnabled without an http base address or URL, with WCF's message", async () => {
    const host = new ServiceHost(CalculatorService);
    host.addServiceEndpoint(ICalculator, new BasicHttpBinding(), 'http://127.0.0.1:0/calc');
    host.metadata = new ServiceMetadataBehavior({ httpGetEnabled: true });
    await expect(host.open()).rejects.toThrow(
      /The HttpGetEnabled property of ServiceMetadataBehavior is set to true and the HttpGetUrl property is a relative address, but there is no http base address/,
    );
  });

  it('refuses an IMetadataExchange endpoint on a host without ServiceMetadataBehavior', async () => {
    const host = new ServiceHost(CalculatorService, { baseAddresses: ['http://127.0.0.1:0/calc/'] });
    host.addServiceEndpoint(ICalculator, new BasicHttpBinding(), '');
    host.addServiceEndpoint(IMetadataExchange, MetadataExchangeBindings.createMexHttpBinding(), 'mex');
    const opened = host.open();
    await expect(opened).rejects.toThrow(ServiceHostOpenError);
    await expect(opened).rejects.toThrow(/Add a ServiceMetadataBehavior/);
  });

  it('publishes at an httpGetUrl relative to the base address', async () => {
    const host = new ServiceHost(CalculatorService, { baseAddresses: ['http://127.0.0.1:0/calc'] });
    host.addServiceEndpoint(ICalculator, new BasicHttpBinding(), '');
    host.metadata = new ServiceMetadataBehavior({ httpGetEnabled: true, httpGetUrl: 'meta' });
    await host.open();
    try {
      const url = host.metadataUrls[0];
      expect(url.pathname).toBe('/calc/meta');
      expect((await fetch(`${url}?wsdl`)).status).toBe(200);
    } finally {
      await host.close();
    }
  });
});
