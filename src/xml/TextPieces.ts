/**
 * XML text written as pieces rather than one string: the serializer and the canonicalizer append small
 * strings as they go, which V8 keeps as a rope, and a rope must be flattened — copied character by character,
 * ~0.9 ms per megabyte — before it can be encoded or hashed. A long text (a 1 MB message body, its 1.4 MB
 * base64 CipherValue) is therefore kept as a piece of its own, already flat, and the small strings around it
 * as the pieces between; octets and digests are then made piece by piece with no flattening of the long one.
 */
/** From this length a text is a piece of its own; below it, appending costs less than a piece does. */
export const LONG_TEXT_PIECE = 32 * 1024;

/** Collects output text; `pieces()` is the text in order, long texts alone. */
export class TextPieceWriter {
  /** The text since the last long piece. */
  out = '';
  private readonly done: string[] = [];

  /** Appends a text that may be long (escaped character data). */
  appendText(text: string): void {
    if (text.length < LONG_TEXT_PIECE) {
      this.out += text;
      return;
    }
    if (this.out !== '') this.done.push(this.out);
    this.done.push(text);
    this.out = '';
  }

  pieces(): string[] {
    if (this.out !== '' || this.done.length === 0) this.done.push(this.out);
    this.out = '';
    return this.done;
  }
}

/** The pieces as one string. */
export function joinPieces(pieces: readonly string[]): string {
  return pieces.length === 1 ? pieces[0] : pieces.join('');
}

/**
 * The UTF-8 octets of the pieces, in one buffer. A piece whose UTF-8 length is its length is ASCII, whose
 * UTF-8 is its Latin-1, which node copies rather than transcodes.
 */
export function utf8OctetsOfPieces(pieces: readonly string[]): Buffer {
  const lengths = new Array<number>(pieces.length);
  let total = 0;
  for (let i = 0; i < pieces.length; i++) total += lengths[i] = Buffer.byteLength(pieces[i], 'utf8');
  const octets = Buffer.allocUnsafe(total);
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    at += octets.write(piece, at, lengths[i], lengths[i] === piece.length ? 'latin1' : 'utf8');
  }
  return octets;
}
