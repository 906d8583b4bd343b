import type { ClosedCallback, ICommunicationObject } from './CommunicationObject';
import type { EndpointAddress } from './EndpointAddress';
import type { Message } from './Message';

/**
 * The channel shapes of WCF (System.ServiceModel.Channels). A binding element is asked to build a factory
 * or listener for one shape, named by its WCF interface name.
 */
export interface IChannel extends ICommunicationObject {
  /** Runs a callback when the channel closes or aborts (used by dispatchers and factories to forget it). */
  onClosed(callback: ClosedCallback): void;
}

/** A session: WCF's ISession. The id is what OperationContext.sessionId reports. */
export interface ISession {
  readonly id: string;
}

export interface ISessionChannel {
  readonly session: ISession;
}

export interface IOutputChannel extends IChannel {
  readonly remoteAddress: EndpointAddress;
  readonly via: URL;
  send(message: Message, timeoutMs?: number): Promise<void>;
}

export interface IRequestChannel extends IChannel {
  readonly remoteAddress: EndpointAddress;
  readonly via: URL;
  /** Sends a request and waits for its reply; null when the other side accepted it with no reply (HTTP 202). */
  request(message: Message, timeoutMs?: number): Promise<Message | null>;
}

/** A received request and the means to answer it (WCF's RequestContext). */
export interface RequestContext {
  readonly requestMessage: Message;
  /** Sends the reply; null acknowledges a one-way message without a body. */
  reply(message: Message | null, timeoutMs?: number): Promise<void>;
  /** Drops the request without a reply (the transport closes the exchange as it must). */
  abort(): void;
}

export interface IInputChannel extends IChannel {
  readonly localAddress: EndpointAddress;
  receive(timeoutMs?: number): Promise<Message | null>;
}

/** Takes the requests a channel hands over one at a time (IReplyChannel.receiveRequestWith). */
export interface RequestReceiver {
  /** The next request; null once the channel is closed. */
  requestReceived(context: RequestContext | null): void;
}

export interface IReplyChannel extends IChannel {
  readonly localAddress: EndpointAddress;
  /** The next request; null once the channel is closed (or the timeout passed with nothing). */
  receiveRequest(timeoutMs?: number): Promise<RequestContext | null>;
  /**
   * Optional, for channels that wait long between requests (a service's session channels): hands the next
   * request to `receiver`, in a later turn, as receiveRequest() would resolve with it, without a timeout. A
   * wait then holds the receiver alone, no promise.
   */
  receiveRequestWith?(receiver: RequestReceiver): void;
}

export interface IOutputSessionChannel extends IOutputChannel, ISessionChannel {}
export interface IRequestSessionChannel extends IRequestChannel, ISessionChannel {}
export interface IInputSessionChannel extends IInputChannel, ISessionChannel {}
export interface IReplySessionChannel extends IReplyChannel, ISessionChannel {}

/** Shape name → channel interface. */
export interface ChannelShapes {
  IOutputChannel: IOutputChannel;
  IRequestChannel: IRequestChannel;
  IInputChannel: IInputChannel;
  IReplyChannel: IReplyChannel;
  IOutputSessionChannel: IOutputSessionChannel;
  IRequestSessionChannel: IRequestSessionChannel;
  IInputSessionChannel: IInputSessionChannel;
  IReplySessionChannel: IReplySessionChannel;
}
export type ChannelShape = keyof ChannelShapes;
export type ClientChannelShape =
  'IOutputChannel' | 'IRequestChannel' | 'IOutputSessionChannel' | 'IRequestSessionChannel';
export type ServiceChannelShape =
  'IInputChannel' | 'IReplyChannel' | 'IInputSessionChannel' | 'IReplySessionChannel';

export function isSessionShape(shape: ChannelShape): boolean {
  return shape.includes('Session');
}

export interface IChannelFactory<TChannel> extends ICommunicationObject {
  createChannel(address: EndpointAddress, via?: URL): TChannel;
}

export interface IChannelListener<TChannel> extends ICommunicationObject {
  readonly uri: URL;
  /** The next channel; null once the listener is closed. Datagram listeners hand out one channel. */
  acceptChannel(timeoutMs?: number): Promise<TChannel | null>;
}
