import type { IncomingMessage, ServerResponse } from 'node:http';
import { CommunicationException } from '../../channels/CommunicationErrors';
import type { RequestContext } from '../../channels/Channels';
import type { Message } from '../../channels/Message';
import type { MessageEncoder } from '../../channels/MessageEncoder';
import { HttpStatus } from './HttpStatus';

/**
 * One HTTP exchange as WCF's RequestContext: the reply goes back on the same response, 200 for a reply,
 * 500 for a fault (SOAP 1.1 §6.2 / SOAP 1.2 part 2 §7.5), 202 with no body for a one-way message.
 */
export class HttpRequestContext implements RequestContext {
  private answered = false;

  constructor(
    readonly requestMessage: Message,
    private readonly request: IncomingMessage,
    private readonly response: ServerResponse,
    private readonly encoder: MessageEncoder,
    private readonly onDone: () => void,
  ) {}

  reply(message: Message | null): Promise<void> {
    if (this.answered)
      return Promise.reject(new CommunicationException('A reply has already been sent for this request.'));
    this.answered = true;
    if (this.response.destroyed) {
      this.onDone();
      return Promise.resolve();
    }
    if (message === null) {
      this.response.writeHead(HttpStatus.accepted.code, HttpStatus.accepted.reason, {
        'Content-Length': '0',
      });
      return this.finish(undefined);
    }
    const body = this.encoder.writeMessage(message);
    const status = message.isFault ? HttpStatus.internalServerError : HttpStatus.ok;
    this.response.writeHead(status.code, status.reason, {
      'Content-Type': this.encoder.contentTypeFor(message),
      'Content-Length': String(body.length),
    });
    return this.finish(body);
  }

  abort(): void {
    if (this.answered) return;
    this.answered = true;
    this.request.socket?.destroy();
    this.onDone();
  }

  private finish(body: Buffer | undefined): Promise<void> {
    return new Promise<void>((resolve) => {
      this.response.end(body, () => {
        this.onDone();
        resolve();
      });
    });
  }
}
