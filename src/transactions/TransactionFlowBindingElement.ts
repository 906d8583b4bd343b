import type { BindingContext } from '../channels/BindingContext';
import { BindingElement } from '../channels/BindingElement';
import type { ChannelShape, ChannelShapes, IChannelFactory, IChannelListener } from '../channels/Channels';
import { BindingConfigurationError } from '../channels/CommunicationErrors';

export const TransactionProtocol = {
  OleTransactions: 'OleTransactions',
  WSAtomicTransactionOctober2004: 'WSAtomicTransactionOctober2004',
  WSAtomicTransaction11: 'WSAtomicTransaction11',
} as const;
export type TransactionProtocol = (typeof TransactionProtocol)[keyof typeof TransactionProtocol];

/**
 * `<transactionFlow>`: wsHttpBinding always lists it (RS WSHttpBindingBase), with flow off. With flow off it
 * adds nothing to the wire, so it passes the build through; flowing transactions is refused with an error
 * naming the setting, because Indigo does not carry WS-AtomicTransaction contexts.
 */
export class TransactionFlowBindingElement extends BindingElement {
  readonly configurationName = 'transactionFlow';
  transactionFlow = false;
  transactionProtocol: TransactionProtocol;

  constructor(transactionProtocol: TransactionProtocol = TransactionProtocol.OleTransactions) {
    super();
    this.transactionProtocol = transactionProtocol;
  }

  override buildChannelFactory<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelFactory<ChannelShapes[S]> {
    this.ensureNoFlow();
    return context.buildInnerChannelFactory(shape);
  }

  override buildChannelListener<S extends ChannelShape>(
    context: BindingContext,
    shape: S,
  ): IChannelListener<ChannelShapes[S]> {
    this.ensureNoFlow();
    return context.buildInnerChannelListener(shape);
  }

  override clone(): TransactionFlowBindingElement {
    const copy = new TransactionFlowBindingElement(this.transactionProtocol);
    copy.transactionFlow = this.transactionFlow;
    return copy;
  }

  override describe(): Readonly<Record<string, unknown>> {
    return { transactionFlow: this.transactionFlow, transactionProtocol: this.transactionProtocol };
  }

  private ensureNoFlow(): void {
    if (this.transactionFlow) {
      throw new BindingConfigurationError(
        'transactionFlow="true" is not supported: Indigo does not flow WS-AtomicTransaction contexts.',
      );
    }
  }
}
