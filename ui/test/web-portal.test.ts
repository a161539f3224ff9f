import { describe, expect, it } from 'vitest';
import { leadingZeroBits, Sha256 } from '../src/api/sha256';
import { portalTenant } from '../src/api/web';
import { creationExtensions, fromBase64Url, toBase64Url } from '../src/api/webauthn';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
/** The platform's SHA-256 (WebCrypto) as the reference. */
async function reference(data: Uint8Array | string): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
}

describe('the captcha worker hash', () => {
  it('is SHA-256 for every length around the block boundaries, also when continued from a clone', async () => {
    for (let n = 0; n < 200; n += 1) {
      const data = new Uint8Array(n).map((_, i) => (i * 31 + n) & 255);
      const want = hex(await reference(data));
      expect(hex(new Sha256().update(data).digest())).toBe(want);
      const prefix = new Sha256().update(data.subarray(0, n >> 1));
      expect(hex(prefix.clone().update(data.subarray(n >> 1)).digest())).toBe(want);
    }
  });

  it('counts leading zero bits like the server', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0, 0x10, 1]))).toBe(19);
    expect(leadingZeroBits(new Uint8Array([0x80]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array(32))).toBe(256);
  });
});

describe('the web transport', () => {
  it('takes the tenant only from a well-formed meta tag the server wrote', () => {
    document.head.innerHTML = '<meta name="latchkey-tenant" content="contoso">';
    expect(portalTenant()).toBe('contoso');
    document.head.innerHTML = '<meta name="latchkey-tenant" content="../admin">';
    expect(portalTenant()).toBeNull();
    document.head.innerHTML = '';
    expect(portalTenant()).toBeNull();
  });

  it('converts WebAuthn binary fields to and from base64url', () => {
    const bytes = new Uint8Array([0, 1, 250, 251, 252, 253, 254, 255]);
    const text = toBase64Url(bytes);
    expect(text).toBe('AAH6-_z9_v8');
    expect(new Uint8Array(fromBase64Url(text))).toEqual(bytes);
  });
});

describe('the captcha inner loop', () => {
  it('gives the leading zero bits of SHA-256(challenge ‖ nonce) for challenges of any length', async () => {
    const { nonceHasher } = await import('../src/api/sha256');
    for (const length of [0, 1, 20, 43, 55, 56, 63, 64, 65, 100, 127, 128]) {
      const challenge = 'x'.repeat(length);
      const zeroBits = nonceHasher(new TextEncoder().encode(challenge));
      for (const nonce of ['0', '7', '12345', '18446744073709551615']) {
        expect(zeroBits(nonce), `${length} ${nonce}`).toBe(leadingZeroBits(await reference(challenge + nonce)));
      }
    }
    // A known solution: the first nonce with 8 zero bits is the same as a plain search finds.
    const zeroBits = nonceHasher(new TextEncoder().encode('abc123'));
    let n = 0;
    while (zeroBits(String(n)) < 8) n += 1;
    let m = 0;
    while ((await reference(`abc123${m}`))[0] !== 0) m += 1;
    expect(n).toBe(m);
  });
});

describe('security key options for the browser', () => {
  const ext = { credProps: true, credentialProtectionPolicy: 'userVerificationRequired', enforceCredentialProtectionPolicy: false, uvm: true };

  it('leaves out an unenforced protection level that browsers refuse for a non-discoverable key', () => {
    expect(creationExtensions({ authenticatorSelection: { residentKey: 'discouraged' }, extensions: ext })).toEqual({ credProps: true, uvm: true });
  });

  it('keeps it when the server enforces it or the key stores the credential', () => {
    expect(creationExtensions({ authenticatorSelection: { residentKey: 'discouraged' }, extensions: { ...ext, enforceCredentialProtectionPolicy: true } })).toMatchObject({
      credentialProtectionPolicy: 'userVerificationRequired',
    });
    expect(creationExtensions({ authenticatorSelection: { residentKey: 'required' }, extensions: ext })).toEqual(ext);
    expect(creationExtensions({})).toBeUndefined();
  });
});
