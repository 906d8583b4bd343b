/**
 * Honest requests to a plain (unsecured) host — Add and Echo over basicHttpBinding (SOAP 1.1) and wsHttpBinding
 * without security (SOAP 1.2, WS-Addressing 1.0) — mutated at random (seeded; test/fixtures/xmlMutations.ts).
 * Nothing protects their content, so a mutant may be answered with another sum; what must hold is that every
 * mutant is the client's fault to the service: answered with HTTP 400/413/415 when it is no SOAP message, else
 * with a reply or a fault the request earned (ActionNotSupported, DeserializationFailed, Sender, …) — never
 * InternalServiceFault, the fault of an exception the service did not expect — and that the host goes on serving.
 */
import { Message } from '../../src/channels/Message';
import { parseXml } from '../../src/xml';
import { generator, pick, XML_MUTATIONS } from '../fixtures/xmlMutations';
import { bindingCases } from '../integration/fixtures/bindingCases';
import { openedPerTest } from '../integration/fixtures/hosting';
import { TEST_NAMESPACE } from '../integration/fixtures/TestService';
import {
  ADD_ACTION,
  ADD_BODY,
  expectStillServing,
  postEnvelope,
  request,
  startTarget,
} from './fixtures/hostile';

const MUTANTS = 300;
const ECHO_ACTION = `${TEST_NAMESPACE}ITestService/Echo`;
const ECHO_BODY = `<Echo xmlns="${TEST_NAMESPACE}"><text>héllo &amp; &lt;world&gt;</text></Echo>`;

const opened = openedPerTest();

describe.each([bindingCases[0], bindingCases[1]])('a plain request mutated at random ($name)', (c) => {
  it(`answers ${MUTANTS} mutants as the sender's fault, never an internal one, and goes on serving`, async () => {
    const target = await startTarget(opened, c);
    const random = generator(0x3dc0 + c.name.length);
    const outcomes = new Map<string, number>();
    const count = (key: string): void => void outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    for (let i = 0; i < MUTANTS; i++) {
      const [action, body] = random() < 0.5 ? [ADD_ACTION, ADD_BODY] : [ECHO_ACTION, ECHO_BODY];
      const honest = request(c, target, action, body).body.toString('utf8');
      const mutant = pick(XML_MUTATIONS, random)(honest, random);
      const context = `mutant ${i} (${mutant.what})`;
      const response = await postEnvelope(c, target, mutant.xml);
      if (!/xml/.test(String(response.headers['content-type'] ?? ''))) {
        expect({ context, refused: [400, 413, 415].includes(response.status) }).toEqual({
          context,
          refused: true,
        });
        count(`http ${response.status}`);
        continue;
      }
      const answer = Message.fromEnvelope(parseXml(response.body).root, c.messageVersion);
      if (!answer.isFault) {
        expect({ context, status: response.status }).toEqual({ context, status: 200 });
        count('answered');
        continue;
      }
      const code = answer.getFault().code;
      const names = [code.name, code.subCode?.name];
      expect({ context, status: response.status, internal: names.includes('InternalServiceFault') }).toEqual({
        context,
        status: 500,
        internal: false,
      });
      count(`fault ${names.filter(Boolean).join('/')}`);
    }
    expect(outcomes.get('answered') ?? 0).toBeGreaterThan(0);
    expect([...outcomes.keys()].some((k) => k.startsWith('fault'))).toBe(true);
    await expectStillServing(c, target);
  });
});
