import type { IncomingMessage } from 'node:http';
import { CommunicationException, QuotaExceededException } from '../../channels/CommunicationErrors';

/**
 * Reads a body into one buffer, refusing it as soon as it passes `maxSize`: a Content-Length over the limit
 * is refused before a byte is read, and a chunked body is cut off at the first chunk that crosses it, so a
 * 10 MB body against a 64 KB limit never costs more than 64 KB of memory.
 */
export function readBody(stream: IncomingMessage, maxSize: number): Promise<Buffer> {
  const declared = stream.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxSize) {
    return Promise.reject(quotaError(maxSize));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxSize) {
        done = true;
        chunks.length = 0;
        stream.off('data', onData);
        stream.pause();
        reject(quotaError(maxSize));
        return;
      }
      chunks.push(chunk);
    };
    stream.on('data', onData);
    stream.once('end', () => {
      if (!done) resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    });
    stream.once('error', (err) => {
      if (!done) reject(err);
    });
    // A peer that goes away mid-body: node reports 'error' (aborted) first, but the promise must settle even
    // when it does not, or the exchange would wait forever.
    stream.once('close', () => {
      if (!done && !stream.complete)
        reject(new CommunicationException('The connection closed before the whole message body arrived.'));
    });
  });
}

/** The size quota in particular: answered with 413 rather than 400. */
export class MaxReceivedMessageSizeExceededException extends QuotaExceededException {}

function quotaError(maxSize: number): QuotaExceededException {
  return new MaxReceivedMessageSizeExceededException(
    `The maximum message size quota for incoming messages (${maxSize}) has been exceeded. To increase the quota, use the MaxReceivedMessageSize property on the appropriate binding element.`,
  );
}
