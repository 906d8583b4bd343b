/**
 * JSON configs get the same error positions as XML ones: this scanner walks the text once and records the
 * line and column of every member name and array item by JSON pointer. The values come from JSON.parse;
 * a syntax error is reported with its position here.
 */
import { LineIndex, type ConfigXmlPosition } from './ConfigXmlReader';

export class JsonSyntaxError extends Error {
  override readonly name: string = 'JsonSyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(reason);
  }
}

export function readConfigJson(text: string): { value: unknown; locations: Map<string, ConfigXmlPosition> } {
  const source = text.replace(/^\uFEFF/, '');
  const lines = new LineIndex(source);
  const locations = new Map<string, ConfigXmlPosition>();
  let i = 0;
  const fail = (reason: string): never => {
    const p = lines.position(Math.min(i, source.length));
    throw new JsonSyntaxError(reason, p.line, p.column);
  };
  const ws = (): void => {
    while (i < source.length && /\s/.test(source[i])) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < source.length && source[i] !== '"') i += source[i] === '\\' ? 2 : 1;
    if (i >= source.length) fail('unterminated string');
    i++;
    try {
      return JSON.parse(source.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('invalid string');
    }
  };
  const value = (pointer: string): void => {
    ws();
    locations.set(pointer, lines.position(i));
    const c = source[i];
    if (c === '{') {
      i++;
      ws();
      if (source[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (source[i] !== '"')
          fail(`expected a member name in double quotes, found '${source[i] ?? 'end of input'}'`);
        const keyAt = i;
        const key = str();
        const member = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        ws();
        if (source[i] !== ':') fail(`expected ':' after "${key}"`);
        i++;
        value(member);
        locations.set(member, lines.position(keyAt));
        ws();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === '}') {
          i++;
          return;
        }
        fail(`expected ',' or '}', found '${source[i] ?? 'end of input'}'`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (source[i] === ']') {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value(`${pointer}/${n}`);
        ws();
        if (source[i] === ',') {
          i++;
          continue;
        }
        if (source[i] === ']') {
          i++;
          return;
        }
        fail(`expected ',' or ']', found '${source[i] ?? 'end of input'}'`);
      }
    }
    if (c === '"') {
      str();
      return;
    }
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(
      source.slice(i, i + 64),
    );
    if (!m) fail(`unexpected '${c ?? 'end of input'}'`);
    i += m![0].length;
  };
  value('');
  ws();
  if (i < source.length) fail('unexpected content after the JSON value');
  return { value: JSON.parse(source) as unknown, locations };
}
