/**
 * ASCII octets as a string, made on V8's heap. Node copies octets into a string fastest as Latin-1 (ASCII's
 * identical decoding), but from about a megabyte on (its EXTERN_APEX, 0xFBEE9 characters) it makes such a
 * string *external*, its characters outside V8's heap; every slice of it — the text nodes of a parsed message —
 * then keeps that external memory alive, and a session echoing 1 MB spent a fifth of its time collecting
 * garbage (GC 8% -> 18%, 46 -> 31 MB/s). Above that length the UTF-8 decoder, which makes an ordinary heap
 * string, is used instead: slower per byte than the copy, much cheaper overall. (A received envelope is still
 * decoded as Latin-1, XmlEncoding.ts: its long text, a base64 CipherValue, lives only until it is decoded, and
 * there the UTF-8 decoder measured slower overall.)
 */
const EXTERNAL_FROM = 0xfbee9;
const UTF8 = new TextDecoder('utf-8');

/** `octets` must be ASCII (node:buffer isAscii): both decodings then give the same string. */
export function asciiString(octets: Uint8Array): string {
  return octets.length < EXTERNAL_FROM
    ? Buffer.from(octets.buffer, octets.byteOffset, octets.length).toString('latin1')
    : UTF8.decode(octets);
}
