/**
 * node-soap (the `soap` package) serving and calling the sample calculator's Echo operation, built from
 * bench/calculator.wsdl: the independent side of the basicHttp benchmark. node-soap's own server
 * (`soap.listen` on a node:http server) and its own client (`soap.createClientAsync`), nothing of Indigo's.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as soap from 'soap';

/** The WSDL in the source tree (tsc does not copy it to dist/). */
export const calculatorWsdlPath = join(__dirname, '..', '..', 'bench', 'calculator.wsdl');

const servicePath = '/calc/basic';

export interface NodeSoapServer {
  /** The endpoint address, e.g. http://127.0.0.1:40123/calc/basic. */
  readonly url: string;
  close(): Promise<void>;
}

export interface NodeSoapEchoClient {
  echo(text: string): Promise<string>;
  close(): void;
}

interface EchoRequest {
  readonly text?: string;
}

interface EchoResponse {
  readonly EchoResult: string;
}

/** node-soap's service implementation: the port's Echo returns the text it was given. */
const services: soap.IServices = {
  CalculatorService: {
    BasicHttpBinding_ICalculator: {
      Echo: (args: EchoRequest): EchoResponse => ({ EchoResult: args.text ?? '' }),
    },
  },
};

/** Starts node-soap's server for the WSDL on 127.0.0.1 with a free port. */
export async function startNodeSoapServer(xml: string): Promise<NodeSoapServer> {
  // Node's defaults: keep-alive on (5 s idle timeout), which the benchmark's back-to-back calls never reach.
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    soap.listen(server, {
      path: servicePath,
      services,
      xml,
      callback: (err: unknown) =>
        err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(),
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${servicePath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function isEchoResponse(value: unknown): value is EchoResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { EchoResult?: unknown }).EchoResult === 'string'
  );
}

/**
 * node-soap's client for the WSDL, sending to `url`. node-soap sends through axios; each call gets
 * `{ httpAgent }` as its request options (node-soap merges a call's options into the axios request), so every
 * call goes through one keep-alive agent, as Indigo's HttpChannelFactory does with its own agent.
 */
export async function createNodeSoapEchoClient(wsdlPath: string, url: string): Promise<NodeSoapEchoClient> {
  const client = await soap.createClientAsync(wsdlPath, {}, url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, scheduling: 'lifo' });
  const requestOptions = { httpAgent: agent };
  const echoAsync = (client['EchoAsync'] as soap.SoapMethodAsync).bind(client);
  return {
    async echo(text: string): Promise<string> {
      const [result]: unknown[] = await echoAsync({ text }, requestOptions);
      if (!isEchoResponse(result))
        throw new Error(`node-soap's Echo answered ${JSON.stringify(result)}, not an EchoResponse.`);
      return result.EchoResult;
    },
    close: () => agent.destroy(),
  };
}
