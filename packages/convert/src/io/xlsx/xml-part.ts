import type { Readable } from "node:stream";
import { SaxesParser } from "saxes";
import { XlsxLimitError, type XlsxPlace, XlsxReadError } from "./xlsx-caps.js";

/** What a part's reader does on each element and text; it may throw an `XlsxLimitError` to stop. */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** An element's name without its namespace prefix (`x:row` is `row`). */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute's value as written (`r`, `t`); saxes keeps attributes on a null-prototype object. */
export function attribute(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  return attributes[name];
}

/** An attribute's value by local name, whatever its prefix (`r:id` is found as `id`). */
export function prefixedAttribute(
  attributes: Readonly<Record<string, string>>,
  local: string,
): string | undefined {
  const plain = attributes[local];
  if (plain !== undefined) return plain;
  for (const key of Object.keys(attributes)) if (localName(key) === local) return attributes[key];
  return undefined;
}

/**
 * Feeds a part's inflated bytes through a streaming XML parser (saxes: no DTD entities are expanded), one chunk
 * at a time; yields after each chunk so the caller can hand on what the handler gathered. Destroys the stream
 * when the caller stops early. Zip faults become `damaged_zip`, XML faults `malformed_xml`.
 */
export async function* feedXml(stream: Readable, handler: XmlHandler, place: XlsxPlace = {}) {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) =>
    handler.open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing === true),
  );
  parser.on("closetag", (tag) => handler.close(localName(tag.name)));
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const write = (text: string | null) => {
    try {
      if (text === null) parser.close();
      else parser.write(text);
    } catch (error) {
      if (error instanceof XlsxLimitError || error instanceof XlsxReadError) throw error;
      throw new XlsxReadError("malformed_xml", place);
    }
  };
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw new XlsxReadError("malformed_xml", place);
    }
  };
  const chunks = stream[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await chunks.next();
      } catch {
        throw new XlsxReadError("damaged_zip", place);
      }
      if (next.done) break;
      write(decode(next.value));
      yield;
    }
    write(decode());
    write(null);
  } finally {
    stream.destroy();
  }
}

/** Reads a whole part through a handler (for the small parts: relationships, workbook, styles, strings). */
export async function readXml(stream: Readable, handler: XmlHandler, place: XlsxPlace = {}): Promise<void> {
  for await (const _ of feedXml(stream, handler, place));
}
