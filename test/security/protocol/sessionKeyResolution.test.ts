/**
 * The receive header asks the session's resolver once per Security Context Token and message, however many
 * derived keys name the token (WCF's session messages carry two: one signs, one encrypts), and every key it
 * derives still comes from what the resolver answered for that token.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Message } from '../../../src/channels/Message';
import { MessageVersion } from '../../../src/channels/MessageVersion';
import { writeSecurityContextTokenElement } from '../../../src/security/conversation/SecurityContextToken';
import { trustDriverFor } from '../../../src/security/conversation/TrustDriver';
import { MessageSecurityError } from '../../../src/security/MessageSecurityError';
import { MessageSecurityVersion } from '../../../src/security/MessageSecurityVersion';
import type {
  ResolvedSecurityContextKey,
  SecurityContextTokenReference,
} from '../../../src/security/protocol/ReceiveSecurityHeader';
import { SecurityContextProtocol } from '../../../src/security/protocol/SecurityContextProtocol';
import { SupportingTokenParameters } from '../../../src/security/tokens/SupportingTokenParameters';
import { parseXml, serializeXml, XmlElement, XmlText } from '../../../src/xml';
import { protocolSettings } from '../fixtures/protocolSettings';

const version = MessageVersion.Soap12WSAddressing10;
const securityVersion = MessageSecurityVersion.Default;

function protocol(side: 'client' | 'service'): SecurityContextProtocol {
  return new SecurityContextProtocol(
    protocolSettings({
      side,
      securityVersion,
      requireSignatureConfirmation: false,
      supporting: new SupportingTokenParameters(),
    }),
    true,
  );
}

function echo(action: string): Message {
  const body = new XmlElement('', 'Echo', 'http://tempuri.org/').declareNamespace('', 'http://tempuri.org/');
  body.appendChild(new XmlText('hello'));
  const message = Message.createMessage(version, action, body);
  message.headers.messageId = `urn:uuid:${randomUUID()}`;
  message.headers.replyTo = version.addressing.anonymousUri;
  return message;
}

function overTheWire(message: Message): Message {
  return Message.fromEnvelope(parseXml(serializeXml(message.toEnvelope())).root, version);
}

describe('session key resolution in the receive header', () => {
  const token = {
    id: `uuid-${randomUUID()}-1`,
    contextId: `urn:uuid:${randomUUID()}`,
    keyGeneration: undefined,
    key: randomBytes(32),
  };
  const element = writeSecurityContextTokenElement(
    { ...token, cookie: undefined },
    trustDriverFor(securityVersion),
  );

  function countingResolver(key: Buffer = token.key) {
    const asked: SecurityContextTokenReference[] = [];
    return {
      asked,
      securityContextToken(reference: SecurityContextTokenReference): ResolvedSecurityContextKey {
        asked.push(reference);
        return { key, contextId: token.contextId, keyGeneration: undefined };
      },
    };
  }

  it('asks once for the SCT a request carries, though two derived keys name it', () => {
    const request = protocol('client').secure(echo('urn:echo'), token, 'request', {
      tokenElement: element.clone(),
    });
    const resolver = countingResolver();
    const verified = protocol('service').verify(overTheWire(request), resolver, 'request');
    expect(verified.contextId).toBe(token.contextId);
    expect(resolver.asked).toHaveLength(1);
    expect(resolver.asked[0].kind).toBe('element');
    expect(verified.message.body?.textContent).toBe('hello');
  });

  it('asks once for the SCT a reply names by its Identifier', () => {
    const reply = protocol('service').secure(echo('urn:echoResponse'), token, 'reply');
    const resolver = countingResolver();
    protocol('client').verify(overTheWire(reply), resolver, 'reply');
    expect(resolver.asked).toEqual([
      { kind: 'external', contextId: token.contextId, keyGeneration: undefined },
    ]);
  });

  it('derives every key from the answer: another key for the token fails the message', () => {
    const request = protocol('client').secure(echo('urn:echo'), token, 'request', {
      tokenElement: element.clone(),
    });
    const resolver = countingResolver(randomBytes(32));
    expect(() => protocol('service').verify(overTheWire(request), resolver, 'request')).toThrow(
      MessageSecurityError,
    );
    expect(resolver.asked).toHaveLength(1);
  });
});
