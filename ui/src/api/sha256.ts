// A plain SHA-256 (FIPS 180-4) for the captcha worker: synchronous and allocation-free per block,
// so a few hundred thousand short hashes take well under a second. WebCrypto's digest is
// asynchronous per call, which makes that loop many times slower.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INIT = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const W = new Uint32Array(64);

export class Sha256 {
  private h = new Uint32Array(INIT);
  private block = new Uint8Array(64);
  private used = 0;
  private total = 0;

  clone(): Sha256 {
    const c = new Sha256();
    c.h.set(this.h);
    c.block.set(this.block);
    c.used = this.used;
    c.total = this.total;
    return c;
  }

  update(data: Uint8Array): this {
    for (let i = 0; i < data.length; i += 1) {
      this.block[this.used++] = data[i]!;
      if (this.used === 64) {
        this.compress();
        this.used = 0;
      }
    }
    this.total += data.length;
    return this;
  }

  digest(): Uint8Array {
    const bits = this.total * 8;
    this.block[this.used++] = 0x80;
    if (this.used > 56) {
      this.block.fill(0, this.used);
      this.compress();
      this.used = 0;
    }
    this.block.fill(0, this.used, 56);
    const view = new DataView(this.block.buffer);
    view.setUint32(56, Math.floor(bits / 2 ** 32));
    view.setUint32(60, bits >>> 0);
    this.compress();
    const out = new Uint8Array(32);
    const outView = new DataView(out.buffer);
    for (let i = 0; i < 8; i += 1) outView.setUint32(i * 4, this.h[i]!);
    return out;
  }

  private compress() {
    compress(this.h, this.block, 0);
  }
}

/** One SHA-256 block of `b` at `offset` into `state`, without allocating. */
function compress(state: Uint32Array, b: Uint8Array, offset: number): void {
    for (let i = 0; i < 16; i += 1) {
      const o = offset + i * 4;
      W[i] = (b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!;
    }
    for (let i = 16; i < 64; i += 1) {
      const x = W[i - 15]!;
      const y = W[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
    }
    let a = state[0]!;
    let bb = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    let e = state[4]!;
    let f = state[5]!;
    let g = state[6]!;
    let h = state[7]!;
    for (let i = 0; i < 64; i += 1) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + K[i]! + W[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & bb) ^ (a & c) ^ (bb & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    const s = state;
    s[0] = s[0]! + a;
    s[1] = s[1]! + bb;
    s[2] = s[2]! + c;
    s[3] = s[3]! + d;
    s[4] = s[4]! + e;
    s[5] = s[5]! + f;
    s[6] = s[6]! + g;
    s[7] = s[7]! + h;
}

/**
 * The captcha's inner loop, fast: the challenge's full blocks are hashed once, then each try
 * only hashes the last block or two (the challenge's tail, the decimal nonce, the padding) into
 * reused buffers, and answers the digest's leading zero bits.
 */
export function nonceHasher(challenge: Uint8Array): (nonce: string) => number {
  const full = challenge.length - (challenge.length % 64);
  const mid = new Uint32Array(INIT);
  for (let o = 0; o < full; o += 64) compress(mid, challenge, o);
  const tail = challenge.subarray(full);
  const buf = new Uint8Array(128);
  buf.set(tail);
  const view = new DataView(buf.buffer);
  const state = new Uint32Array(8);
  return (nonce: string) => {
    let n = tail.length;
    for (let i = 0; i < nonce.length; i += 1) buf[n++] = nonce.charCodeAt(i);
    buf[n++] = 0x80;
    const blocks = n + 8 <= 64 ? 1 : 2;
    buf.fill(0, n, blocks * 64 - 8);
    const bits = (challenge.length + nonce.length) * 8;
    view.setUint32(blocks * 64 - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(blocks * 64 - 4, bits >>> 0);
    state.set(mid);
    compress(state, buf, 0);
    if (blocks === 2) compress(state, buf, 64);
    let zeros = 0;
    for (let i = 0; i < 8; i += 1) {
      const word = state[i]!;
      if (word !== 0) return zeros + Math.clz32(word);
      zeros += 32;
    }
    return zeros;
  };
}

export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}
