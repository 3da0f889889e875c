/** The message schedule, reused: hashing is synchronous. */
const schedule = new Uint32Array(80);

/**
 * SHA-1 of a byte string (its first `length` bytes), in plain JavaScript. Used only for RFC 9562 version-5 UUIDs (where SHA-1 is the
 * standard's choice, not a security measure): for the short names of record ids this is several times faster
 * than creating a `node:crypto` hash per row, and it runs anywhere.
 */
export function sha1(bytes: Uint8Array, length = bytes.length): Uint8Array {
  const blocks = ((length + 8) >> 6) + 1;
  const words = new Uint32Array(blocks * 16);
  for (let index = 0; index < length; index++) {
    words[index >> 2] = (words[index >> 2] as number) | ((bytes[index] as number) << (24 - (index % 4) * 8));
  }
  words[length >> 2] = (words[length >> 2] as number) | (0x80 << (24 - (length % 4) * 8));
  words[blocks * 16 - 1] = length * 8;
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  for (let block = 0; block < blocks; block++) {
    for (let t = 0; t < 16; t++) schedule[t] = words[block * 16 + t] as number;
    for (let t = 16; t < 80; t++) {
      const x =
        (schedule[t - 3] as number) ^
        (schedule[t - 8] as number) ^
        (schedule[t - 14] as number) ^
        (schedule[t - 16] as number);
      schedule[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t++) {
      let f: number;
      if (t < 20) f = ((b & c) | (~b & d)) + 0x5a827999;
      else if (t < 40) f = (b ^ c ^ d) + 0x6ed9eba1;
      else if (t < 60) f = ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc;
      else f = (b ^ c ^ d) + 0xca62c1d6;
      const next = (((a << 5) | (a >>> 27)) + f + e + (schedule[t] as number)) >>> 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = next;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  const digest = new Uint8Array(20);
  [h0, h1, h2, h3, h4].forEach((word, index) => {
    digest[index * 4] = word >>> 24;
    digest[index * 4 + 1] = (word >>> 16) & 0xff;
    digest[index * 4 + 2] = (word >>> 8) & 0xff;
    digest[index * 4 + 3] = word & 0xff;
  });
  return digest;
}
