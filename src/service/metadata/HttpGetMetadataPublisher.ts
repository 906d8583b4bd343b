/**
 * Serves a service's metadata over HTTP(S) GET at one address (WCF's ServiceMetadataExtension.HttpGetImpl):
 * `?wsdl`, `?wsdl=wsdlN`, `?xsd=xsdN`, `?singleWsdl`, as `text/xml; charset=UTF-8`; 404 for a document index
 * that names none, 400 for any other GET. It registers for GETs only, so the endpoint that may share the
 * address keeps every POST.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serializeXmlToBuffer } from '../../xml/XmlSerializer';
import type { XmlElement } from '../../xml/XmlNode';
import type {
  HttpRegistration,
  HttpServerRegistry,
  TlsServerOptions,
} from '../../transports/http/HttpServerRegistry';
import { metadataDocument, parseMetadataQuery } from './MetadataDocuments';
import type { ServiceMetadata } from './ServiceMetadata';

export interface HttpGetPublication {
  readonly url: URL;
  readonly metadata: () => ServiceMetadata;
  readonly externalMetadataLocation?: string;
  /** Rewrite the documents' addresses to the request's Host (UseRequestHeadersForMetadataAddress). */
  readonly useRequestHeaders: boolean;
  readonly onError: (err: unknown) => void;
}

export async function publishOverHttpGet(
  registry: HttpServerRegistry,
  publication: HttpGetPublication,
  tls?: TlsServerOptions,
): Promise<HttpRegistration> {
  return registry.register(publication.url, (req, res) => answer(publication, req, res), tls, {
    method: 'GET',
  });
}

function answer(publication: HttpGetPublication, req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  const search = new URL(req.url ?? '/', 'http://x').search;
  const query = parseMetadataQuery(search);
  if (!query) {
    res.writeHead(400, 'Bad Request', { 'Content-Length': '0' }).end();
    return;
  }
  if (publication.externalMetadataLocation && query.kind === 'wsdl' && query.index === undefined) {
    res
      .writeHead(302, 'Found', { Location: publication.externalMetadataLocation, 'Content-Length': '0' })
      .end();
    return;
  }
  let document: XmlElement | undefined;
  try {
    document = metadataDocument(publication.metadata(), query, publication.url.toString());
    if (document && publication.useRequestHeaders && req.headers.host)
      rewriteOrigin(document, publication.url.protocol, req.headers.host);
  } catch (err) {
    publication.onError(err);
    res.writeHead(500, 'Internal Server Error', { 'Content-Length': '0' }).end();
    return;
  }
  if (!document) {
    res.writeHead(404, 'Not Found', { 'Content-Length': '0' }).end();
    return;
  }
  const body = serializeXmlToBuffer(document, { xmlDeclaration: true });
  res.writeHead(200, 'OK', {
    'Content-Type': 'text/xml; charset=UTF-8',
    'Content-Length': String(body.length),
  });
  res.end(body);
}

/** Every address of the scheme in the document (attributes and wsa:Address text) gets the request's host:port. */
function rewriteOrigin(root: XmlElement, protocol: string, host: string): void {
  const swap = (value: string): string => {
    if (!value.startsWith(`${protocol}//`)) return value;
    try {
      const u = new URL(value);
      const [hostname, port] = splitHost(host);
      u.hostname = hostname;
      u.port = port;
      return u.toString();
    } catch {
      return value;
    }
  };
  const walk = (e: XmlElement): void => {
    for (const a of [...e.attributes])
      if (a.localName === 'location' || a.localName === 'schemaLocation')
        e.setAttribute(a.localName, swap(a.value), a.namespaceUri, a.prefix);
    if (e.localName === 'Address' && e.children.length === 1 && e.children[0].kind === 'text')
      e.children[0].value = swap(e.children[0].value);
    for (const c of e.elements()) walk(c);
  };
  walk(root);
}

function splitHost(host: string): [string, string] {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  return m ? [m[1], m[2] ?? ''] : [host, ''];
}
