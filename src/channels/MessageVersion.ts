import { AddressingVersion } from './AddressingVersion';
import { EnvelopeVersion } from './EnvelopeVersion';

/** WCF's MessageVersion: an envelope version paired with an addressing version. */
export class MessageVersion {
  private constructor(
    readonly envelope: EnvelopeVersion,
    readonly addressing: AddressingVersion,
    /** WCF's config spelling (`textMessageEncoding/@messageVersion`). */
    readonly name: string,
  ) {}

  static readonly Soap11 = new MessageVersion(EnvelopeVersion.Soap11, AddressingVersion.None, 'Soap11');
  static readonly Soap12 = new MessageVersion(EnvelopeVersion.Soap12, AddressingVersion.None, 'Soap12');
  static readonly Soap11WSAddressing10 = new MessageVersion(
    EnvelopeVersion.Soap11,
    AddressingVersion.WSAddressing10,
    'Soap11WSAddressing10',
  );
  static readonly Soap12WSAddressing10 = new MessageVersion(
    EnvelopeVersion.Soap12,
    AddressingVersion.WSAddressing10,
    'Soap12WSAddressing10',
  );
  static readonly Soap11WSAddressingAugust2004 = new MessageVersion(
    EnvelopeVersion.Soap11,
    AddressingVersion.WSAddressingAugust2004,
    'Soap11WSAddressingAugust2004',
  );
  static readonly Soap12WSAddressingAugust2004 = new MessageVersion(
    EnvelopeVersion.Soap12,
    AddressingVersion.WSAddressingAugust2004,
    'Soap12WSAddressingAugust2004',
  );
  static readonly None = new MessageVersion(EnvelopeVersion.None, AddressingVersion.None, 'None');

  /** WCF's MessageVersion.Default (what HTTP uses when no encoder is configured). */
  static readonly Default = MessageVersion.Soap12WSAddressing10;

  static readonly all: readonly MessageVersion[] = [
    MessageVersion.Soap11,
    MessageVersion.Soap12,
    MessageVersion.Soap11WSAddressing10,
    MessageVersion.Soap12WSAddressing10,
    MessageVersion.Soap11WSAddressingAugust2004,
    MessageVersion.Soap12WSAddressingAugust2004,
    MessageVersion.None,
  ];

  /** Looks a version up by its config name; undefined when unknown. */
  static fromName(name: string): MessageVersion | undefined {
    return MessageVersion.all.find((v) => v.name === name);
  }

  toString(): string {
    return this.name;
  }
}
