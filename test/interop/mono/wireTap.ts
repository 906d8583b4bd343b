/**
 * A byte-transparent TCP relay on loopback that records both directions of every connection, so a test can
 * see what really crossed the wire between two peers (e.g. `Expect: 100-continue` and the interim
 * `HTTP/1.1 100 Continue`) without either peer knowing.
 */
import net from 'node:net';

export interface WireTap {
  readonly port: number;
  /** Everything the client sent, all connections in order of arrival, as latin1 text. */
  clientToServer(): string;
  /** Everything the server answered, as latin1 text. */
  serverToClient(): string;
  close(): Promise<void>;
}

export function startWireTap(targetPort: number, targetHost = '127.0.0.1'): Promise<WireTap> {
  const up: Buffer[] = [];
  const down: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    client.on('data', (b: Buffer) => up.push(b));
    upstream.on('data', (b: Buffer) => down.push(b));
    client.pipe(upstream);
    upstream.pipe(client);
    const end = (s: net.Socket): void => {
      sockets.delete(s);
      s.destroy();
    };
    client.on('close', () => end(upstream));
    upstream.on('close', () => end(client));
    client.on('error', () => end(upstream));
    upstream.on('error', () => end(client));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as net.AddressInfo).port,
        clientToServer: () => Buffer.concat(up).toString('latin1'),
        serverToClient: () => Buffer.concat(down).toString('latin1'),
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
