/**
 * Issue 5, "hard to break": honest session requests — Echo of a known text, secured with the session's SCT —
 * mutated at random before they are posted (seeded, so a failure replays): characters replaced or deleted in
 * the bytes, and in the tree elements duplicated, moved elsewhere (signature wrapping), removed, attributes and
 * texts changed, two wsu:Ids swapped. Whatever arrives, the service answers it and goes on: either an unsecured
 * Sender fault (or an HTTP error for what is not a SOAP message at all), or — when the mutation touched nothing
 * the signatures cover nor anything they rely on — a reply secured with the session's key whose result is the
 * text the client signed. Never another text, never a Receiver fault (an exception the service did not expect),
 * and afterwards the honest session and every other client are served. RST/SCTs — per-message X.509, the
 * bootstrap — are shaken the same way: refused, or issuing a token whose key is the one the client's signed
 * entropy makes.
 */
import { randomBytes } from 'node:crypto';
import { SecurityFaultReasons } from '../../../src/security/SecurityFaults';
import { serializeXml, XmlElement, XmlText } from '../../../src/xml';
import {
  descendants,
  generator,
  type Mutation,
  name,
  onTree,
  pick,
  XML_MUTATIONS,
} from '../../fixtures/xmlMutations';
import type { RawResponse } from '../../integration/fixtures/rawHttp';
import { RawSessionClient, type Answer, type RawSessionToken } from './fixtures/rawSessionClient';
import {
  expectHostServes,
  openSessionHost,
  sessionState,
  SESSION_VERSIONS,
  type SessionHost,
} from './fixtures/sessionHost';

const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const ECHOED = 'the signed text, ünïcode & <markup>';
const MUTANTS = 400;
/** RST/SCTs cost two RSA private-key operations each: fewer of them. */
const RST_MUTANTS = 150;

const MUTATIONS: readonly Mutation[] = [
  ...XML_MUTATIONS,
  // Two changes the signatures do not cover and WCF accepts: an unsigned header nobody must understand, and
  // whitespace between the Security header's elements.
  onTree((root, random) => {
    const header = root.firstElement()!;
    const note = new XmlElement('n', 'Note', 'urn:indigo:fuzz').declareNamespace('n', 'urn:indigo:fuzz');
    note.appendChild(new XmlText(`unsigned ${Math.floor(random() * 1000)}`));
    header.insertChild(Math.floor(random() * (header.children.length + 1)), note);
    return 'an unsigned header added';
  }),
  onTree((root, random) => {
    const security = root
      .firstElement()!
      .elements()
      .find((h) => h.localName === 'Security')!;
    security.insertChild(Math.floor(random() * (security.children.length + 1)), new XmlText('\n  '));
    return 'whitespace in the Security header';
  }),
  onTree((root, random) => {
    const identified = descendants(root).filter((e) => e.getAttribute('Id', WSU) !== undefined);
    const a = pick(identified, random);
    const b = pick(
      identified.filter((e) => e !== a),
      random,
    );
    const [ia, ib] = [a.getAttribute('Id', WSU)!, b.getAttribute('Id', WSU)!];
    a.setAttribute('Id', ib, WSU, 'u');
    b.setAttribute('Id', ia, WSU, 'u');
    return `swap Ids of ${name(a)} and ${name(b)}`;
  }),
];

const SECURITY_SUBCODES = new Set(
  Object.keys(SecurityFaultReasons).map(
    (n) => `{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd}${n}`,
  ),
);

/** Not a SOAP answer: the HTTP layer refused what is not a message at all (WCF answers 400 the same way). */
function notSoap(response: RawResponse): boolean {
  if (String(response.headers['content-type'] ?? '').includes('soap+xml')) return false;
  expect([400, 413, 415]).toContain(response.status);
  return true;
}

/**
 * A refusal as SOAP 1.2 words a request at fault — a broken envelope namespace VersionMismatch, an unknown
 * mustUnderstand header MustUnderstand, the rest Sender (Receiver would be an exception of the service's own) —
 * unsecured; what kind it was, to count.
 */
function refusal(context: string, answer: Answer): string {
  expect({ context, secured: answer.secured }).toEqual({ context, secured: false });
  expect({ context, code: answer.fault!.code }).toEqual({
    context,
    code: expect.stringMatching(/^(Sender|VersionMismatch|MustUnderstand)$/),
  });
  return SECURITY_SUBCODES.has(answer.fault!.subcode) ? 'security fault' : `fault ${answer.fault!.subcode}`;
}

/**
 * Posts a mutant and reads the answer with `read`: undefined when it was refused (as `refusal` or `notSoap`
 * require, and counted), else the answer to check further.
 */
async function answerTo(
  client: RawSessionClient,
  mutant: { xml: string; what: string },
  context: string,
  read: (response: RawResponse) => Answer,
  count: (key: string) => void,
): Promise<Answer | undefined> {
  const response = await client.post(mutant.xml);
  if (notSoap(response)) {
    count(`http ${response.status}`);
    return undefined;
  }
  let answer: Answer;
  try {
    answer = read(response);
  } catch (e) {
    throw new Error(`${context}: the answer could not be read: ${String(e)}`, { cause: e });
  }
  if (answer.fault) {
    count(refusal(context, answer));
    return undefined;
  }
  expect({ context, secured: answer.secured }).toEqual({ context, secured: true });
  return answer;
}

describe.each(SESSION_VERSIONS)('a session request mutated at random (%s)', (_, version) => {
  let service: SessionHost;
  let client: RawSessionClient;
  let token: RawSessionToken;

  beforeAll(async () => {
    service = await openSessionHost({ version });
    client = new RawSessionClient(service.address, version);
    token = await client.issue();
  });
  afterAll(async () => {
    await client.cancel(token);
    await service.close();
  });

  it(`answers ${MUTANTS} mutants with a fault or the signed text, and goes on serving`, async () => {
    const random = generator(0x1dc0 + version.secureConversationNamespace.length);
    const outcomes = new Map<string, number>();
    const count = (key: string): void => void outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const sessions = sessionState(service).sessions;
    for (let i = 0; i < MUTANTS; i++) {
      // A fresh honest request each time: its own MessageID, nonces and signature, never a replay.
      const honest = serializeXml(client.operation(token, 'echo', [ECHOED]));
      const mutation = pick(MUTATIONS, random);
      const mutant = mutation(honest, random);
      const context = `mutant ${i} (${mutant.what})`;
      const answer = await answerTo(client, mutant, context, (r) => client.answerOf(token, r), count);
      if (answer === undefined) continue;
      // Accepted: then it was the signed request, and the result is the signed text.
      const body = answer.message.body!;
      expect({ context, echoed: body.textContent }).toEqual({ context, echoed: ECHOED });
      count('accepted');
    }
    // Both kinds of answer were met: refusals, and the harmless changes accepted.
    expect(outcomes.get('security fault') ?? 0).toBeGreaterThan(MUTANTS / 3);
    expect(outcomes.get('accepted') ?? 0).toBeGreaterThan(0);
    expect(sessionState(service).sessions).toBe(sessions);
    expect(await client.call(token, 'echo', ['still here'])).toBe('still here');
    await expectHostServes(service);
  });
});

describe.each(SESSION_VERSIONS)('an RST/SCT mutated at random (%s)', (_, version) => {
  // The RST/SCT is protected by the MutualCertificate bootstrap — per-message X.509: an RSA-wrapped key, an
  // endorsing signature — so this also shakes the service's per-message security.
  let service: SessionHost;
  let client: RawSessionClient;

  beforeAll(async () => {
    service = await openSessionHost({ version });
    client = new RawSessionClient(service.address, version);
  });
  afterAll(() => service.close());

  it(`answers ${RST_MUTANTS} mutants with a fault, or a token whose key is the one the client's entropy makes`, async () => {
    const random = generator(0x2dc0 + version.secureConversationNamespace.length);
    const outcomes = new Map<string, number>();
    const count = (key: string): void => void outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const before = sessionState(service);
    for (let i = 0; i < RST_MUTANTS; i++) {
      const entropy = randomBytes(32);
      const rst = client.rst(client.issueBody(entropy));
      const mutant = pick(MUTATIONS, random)(serializeXml(rst.envelope), random);
      const context = `mutant ${i} (${mutant.what})`;
      const answer = await answerTo(client, mutant, context, (r) => client.rstAnswerOf(rst, r), count);
      if (answer === undefined) continue;
      // Issued: then from the signed request, and the session its token opens works with the key the client's
      // own entropy gives — and is cancelled, so that accepted mutants never fill the pending sessions.
      const token = client.tokenOf(answer, entropy);
      expect({ context, echoed: await client.call(token, 'echo', ['issued']) }).toEqual({
        context,
        echoed: 'issued',
      });
      await client.cancel(token);
      count('issued');
    }
    expect(outcomes.get('security fault') ?? 0).toBeGreaterThan(RST_MUTANTS / 3);
    expect(outcomes.get('issued') ?? 0).toBeGreaterThan(0);
    expect(sessionState(service)).toEqual(before);
    await expectHostServes(service);
  });
});
