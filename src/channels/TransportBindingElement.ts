import { BindingElement } from './BindingElement';
import { DefaultTransportLimits } from './TransportDefaults';

/** WCF's TransportBindingElement: the last element of every stack; builds the channels that touch the wire. */
export abstract class TransportBindingElement extends BindingElement {
  /** maxReceivedMessageSize: the largest message (bytes) read from the wire; larger ones are refused while reading. */
  maxReceivedMessageSize: number = DefaultTransportLimits.maxReceivedMessageSize;
  maxBufferPoolSize: number = DefaultTransportLimits.maxBufferPoolSize;
  manualAddressing = false;

  /** The URI scheme this transport serves (`http`, `https`). */
  abstract get scheme(): string;

  protected copyTransportSettingsTo(target: TransportBindingElement): void {
    target.maxReceivedMessageSize = this.maxReceivedMessageSize;
    target.maxBufferPoolSize = this.maxBufferPoolSize;
    target.manualAddressing = this.manualAddressing;
  }
}
