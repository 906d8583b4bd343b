/**
 * Seeded random XML documents for breadth in the C14N oracle tests: namespace declarations and
 * redeclarations (mixed-case prefixes, default namespace set and unset), prefixed and unprefixed attributes,
 * escaped characters, character references, CDATA, comments and PIs. Always well-formed.
 */

/** mulberry32: a tiny deterministic PRNG, so a failing seed can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// libxml2's C14N refuses relative namespace URIs, so every URI is absolute.
const URIS = [
  'urn:x',
  'urn:x:y',
  'urn:X',
  'http://example.com/a',
  'http://example.com/A',
  'http://example.com/ab',
  'urn:a',
];
export const PREFIXES = ['a', 'B', 'b', 'c', 'Dd', 'dD', 'e1', 'z'];
const LOCAL_NAMES = ['a', 'b', 'Z', 'id', 'ab', 'aB', 'x-y', 'x.y', '_u'];
const TEXT_PIECES = [
  'x',
  'hello',
  ' ',
  '\n',
  '\t',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  "'",
  '&#xD;',
  '\r\n',
  '&#65;',
  '&#x1F600;',
  '\u00e9',
  ']]&gt;',
];
const ATTR_PIECES = [
  'v',
  'w w',
  '&amp;',
  '&lt;',
  '>',
  '&quot;',
  "'",
  '\t',
  '\n',
  '&#9;',
  '&#xA;',
  '&#xD;',
  '&#x1F600;',
  '\u00e9',
];

export class RandomXml {
  constructor(private readonly random: () => number) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private text(pieces: readonly string[], max: number): string {
    let s = '';
    const n = Math.floor(this.random() * max);
    for (let i = 0; i < n; i++) s += this.pick(pieces);
    return s;
  }

  document(): string {
    let xml = '';
    if (this.chance(0.3)) xml += '<!--lead-->';
    if (this.chance(0.3)) xml += '<?lead-pi some data?>';
    xml += this.element(new Map([['', '']]), 0);
    if (this.chance(0.3)) xml += '<!--trail-->';
    if (this.chance(0.2)) xml += '<?trail-pi?>';
    return xml;
  }

  /** `scope` maps in-scope prefixes to URIs ('' = default, '' value = no default). */
  private element(parentScope: ReadonlyMap<string, string>, depth: number): string {
    const scope = new Map(parentScope);
    let declarations = '';
    const declared = new Set<string>();
    const declarationCount = this.chance(0.5) ? Math.floor(this.random() * 4) : 0;
    for (let i = 0; i < declarationCount; i++) {
      if (this.chance(0.25)) {
        if (declared.has('')) continue;
        const uri = this.chance(0.3) ? '' : this.pick(URIS);
        declared.add('');
        scope.set('', uri);
        declarations += ` xmlns="${uri}"`;
      } else {
        const prefix = this.pick(PREFIXES);
        if (declared.has(prefix)) continue;
        const uri = this.pick(URIS);
        declared.add(prefix);
        scope.set(prefix, uri);
        declarations += ` xmlns:${prefix}="${uri}"`;
      }
    }
    const prefixes = [...scope.keys()].filter((p) => p !== '');
    const prefix = prefixes.length > 0 && this.chance(0.6) ? this.pick(prefixes) : '';
    const name = (prefix ? `${prefix}:` : '') + this.pick(['e', 'Elem', 'f', 'g']);

    let attributes = '';
    const seen = new Set<string>();
    const attributeCount = Math.floor(this.random() * 4);
    for (let i = 0; i < attributeCount; i++) {
      const local = this.pick(LOCAL_NAMES);
      const attrPrefix = prefixes.length > 0 && this.chance(0.5) ? this.pick(prefixes) : '';
      const expanded = `{${attrPrefix ? scope.get(attrPrefix) : ''}}${local}`;
      if (seen.has(expanded)) continue; // duplicate expanded names are not well-formed
      seen.add(expanded);
      const quote = this.chance(0.5) ? '"' : "'";
      const value = this.text(ATTR_PIECES, 5).replace(
        quote === '"' ? /"/g : /'/g,
        quote === '"' ? '&quot;' : '&apos;',
      );
      attributes += ` ${attrPrefix ? `${attrPrefix}:` : ''}${local}=${quote}${value}${quote}`;
    }

    let content = '';
    const childCount = depth >= 5 ? 0 : Math.floor(this.random() * 5);
    for (let i = 0; i < childCount; i++) {
      const r = this.random();
      if (r < 0.45) content += this.element(scope, depth + 1);
      else if (r < 0.75) content += this.text(TEXT_PIECES, 4);
      else if (r < 0.85) content += `<![CDATA[${this.text(['<', '&', 'x', ' ', '>', '"'], 5)}]]>`;
      else if (r < 0.93) content += `<!--${this.pick(['c', ' note ', 'a-b', ''])}-->`;
      else content += `<?pi${this.pick(['', ' d', ' d e ', ' x?y'])}?>`;
    }
    return content === '' && this.chance(0.5)
      ? `<${name}${declarations}${attributes}/>`
      : `<${name}${declarations}${attributes}>${content}</${name}>`;
  }
}

/** Paths (element child indices from the root) of every element in a parsed-as-string document. */
export function elementPaths(children: (path: readonly number[]) => number, maxDepth = 8): number[][] {
  const paths: number[][] = [[]];
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    if (path.length >= maxDepth) continue;
    const n = children(path);
    for (let c = 0; c < n; c++) paths.push([...path, c]);
  }
  return paths;
}
