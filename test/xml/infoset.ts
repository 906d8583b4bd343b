/** A plain, parent-free view of a parsed document, for comparing two parses with toEqual. */
import type { XmlDocument, XmlNode } from '../../src/xml';

export type InfosetNode =
  | { element: string; ns: string; declarations: unknown[]; attributes: unknown[]; children: InfosetNode[] }
  | { text: string }
  | { comment: string }
  | { pi: string; data: string };

export function infosetOf(node: XmlNode): InfosetNode {
  switch (node.kind) {
    case 'element':
      return {
        element: node.qualifiedName,
        ns: node.namespaceUri,
        declarations: node.namespaceDeclarations.map((d) => ({ ...d })),
        attributes: node.attributes.map((a) => ({ ...a })),
        children: node.children.map(infosetOf),
      };
    case 'text':
      return { text: node.value };
    case 'comment':
      return { comment: node.value };
    case 'pi':
      return { pi: node.target, data: node.data };
  }
}

export function documentInfoset(doc: XmlDocument): InfosetNode[] {
  return [...doc.prolog.map(infosetOf), infosetOf(doc.root), ...doc.epilog.map(infosetOf)];
}
