import { Buffer } from "node:buffer";
import { type EncodingOption, TextDecodeError, TextInputDecoder } from "@tip/validate";
import { ConvertInputError } from "./convert-input-error.js";
import { type Source, toReadable } from "./source.js";

/** A decoding failure as an input error: where (line, byte) and what, never the bytes. */
export function decodeError(error: TextDecodeError): ConvertInputError {
  const code = error.problem === "nul_byte" ? "nul_byte" : "invalid_encoding";
  return new ConvertInputError(code, error.message, error.line, {
    encoding: error.encoding,
    byteOffset: error.byteOffset,
  });
}

/**
 * The text of a source, decoded chunk by chunk (see `TextInputDecoder`): a character cut by a chunk boundary
 * is joined, and bytes that are not text in the encoding throw a `ConvertInputError` with their line. Chunks
 * that are already strings are text and pass as they are.
 */
export async function* decodeSource(source: Source, encoding: EncodingOption): AsyncGenerator<string> {
  const decoder = new TextInputDecoder({ encoding });
  try {
    for await (const chunk of toReadable(source) as AsyncIterable<string | Uint8Array>) {
      if (typeof chunk === "string") {
        yield chunk;
        continue;
      }
      const text = decoder.push(chunk);
      if (text !== "") yield text;
    }
    const last = decoder.end();
    if (last !== "") yield last;
  } catch (error) {
    throw error instanceof TextDecodeError ? decodeError(error) : error;
  }
}

/** A whole input as text: a string as it is, bytes decoded like `decodeSource`. */
export function decodeWhole(input: string | Uint8Array, encoding: EncodingOption): string {
  if (typeof input === "string") return input;
  const decoder = new TextInputDecoder({ encoding });
  try {
    return decoder.push(Buffer.from(input.buffer, input.byteOffset, input.byteLength)) + decoder.end();
  } catch (error) {
    throw error instanceof TextDecodeError ? decodeError(error) : error;
  }
}
