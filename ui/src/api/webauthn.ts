// Security keys in the browser: the server's WebAuthn options (JSON, binary fields as base64url)
// become `navigator.credentials` calls, and the key's answer goes back as JSON the server's
// relying party reads. The browser asks for the key's PIN and touch itself.
import { ApiError } from './error';

type Json = Record<string, unknown>;

export function fromBase64Url(text: string): ArrayBuffer {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) out[i] = bin.charCodeAt(i);
  return out.buffer;
}

export function toBase64Url(data: ArrayBuffer | ArrayBufferView): string {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function publicKey(options: unknown): Json {
  const o = (options ?? {}) as Json;
  const pk = (o.publicKey ?? o) as Json;
  if (typeof pk !== 'object' || pk === null || typeof pk.challenge !== 'string') {
    throw new ApiError('security_key.response_malformed');
  }
  return pk;
}

function descriptors(list: unknown): PublicKeyCredentialDescriptor[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.map((d: Json) => ({ ...(d as object), id: fromBase64Url(String(d.id)) }) as PublicKeyCredentialDescriptor);
}

/** What a failed ceremony means to the person, as the desktop app's codes. */
function keyError(thrown: unknown): ApiError {
  if (thrown instanceof ApiError) return thrown;
  const name = thrown instanceof DOMException || thrown instanceof Error ? thrown.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'AbortError':
      return new ApiError('security_key.cancelled');
    case 'InvalidStateError':
      return new ApiError('security_key.already_registered');
    case 'NotSupportedError':
      return new ApiError('security_key.no_device');
    default:
      console.warn('security key ceremony failed', thrown);
      return new ApiError('security_key.failed');
  }
}

function unavailable(): boolean {
  return typeof navigator === 'undefined' || !navigator.credentials || typeof PublicKeyCredential === 'undefined';
}

/**
 * The extensions to ask the browser for. Browsers refuse (NotSupportedError) a credential
 * protection level above "optional" for a key that does not store the credential itself
 * (`residentKey` not "required"), while the server asks for one without enforcing it: that
 * request then goes without the level, which the server accepts, rather than failing.
 */
export function creationExtensions(pk: Json): Json | undefined {
  const ext = pk.extensions as Json | undefined;
  if (!ext) return undefined;
  const residentRequired = (pk.authenticatorSelection as Json | undefined)?.residentKey === 'required';
  const policy = ext.credentialProtectionPolicy;
  if (residentRequired || ext.enforceCredentialProtectionPolicy === true || policy === undefined || policy === 'userVerificationOptional') {
    return ext;
  }
  const { credentialProtectionPolicy: _p, enforceCredentialProtectionPolicy: _e, ...rest } = ext;
  return rest;
}

/** Registration: `options` is the server's `CreationChallengeResponse`. */
export async function createCredential(options: unknown): Promise<Json> {
  if (unavailable()) throw new ApiError('security_key.no_device');
  const pk = publicKey(options);
  const user = pk.user as Json;
  const request: PublicKeyCredentialCreationOptions = {
    ...(pk as object),
    challenge: fromBase64Url(pk.challenge as string),
    user: { ...(user as object), id: fromBase64Url(String(user.id)) } as PublicKeyCredentialUserEntity,
    excludeCredentials: descriptors(pk.excludeCredentials),
    extensions: creationExtensions(pk),
  } as PublicKeyCredentialCreationOptions;
  let cred: PublicKeyCredential;
  try {
    cred = (await navigator.credentials.create({ publicKey: request })) as PublicKeyCredential;
  } catch (thrown) {
    throw keyError(thrown);
  }
  if (!cred) throw new ApiError('security_key.cancelled');
  const response = cred.response as AuthenticatorAttestationResponse;
  return {
    id: cred.id,
    rawId: toBase64Url(cred.rawId),
    type: cred.type,
    response: {
      attestationObject: toBase64Url(response.attestationObject),
      clientDataJSON: toBase64Url(response.clientDataJSON),
      transports: typeof response.getTransports === 'function' ? response.getTransports() : undefined,
    },
    extensions: cred.getClientExtensionResults?.() ?? {},
  };
}

/** Assertion: `options` is the server's `RequestChallengeResponse`. */
export async function getAssertion(options: unknown): Promise<Json> {
  if (unavailable()) throw new ApiError('security_key.no_device');
  const pk = publicKey(options);
  const request: PublicKeyCredentialRequestOptions = {
    ...(pk as object),
    challenge: fromBase64Url(pk.challenge as string),
    allowCredentials: descriptors(pk.allowCredentials),
  } as PublicKeyCredentialRequestOptions;
  let cred: PublicKeyCredential;
  try {
    cred = (await navigator.credentials.get({ publicKey: request })) as PublicKeyCredential;
  } catch (thrown) {
    throw keyError(thrown);
  }
  if (!cred) throw new ApiError('security_key.cancelled');
  const response = cred.response as AuthenticatorAssertionResponse;
  return {
    id: cred.id,
    rawId: toBase64Url(cred.rawId),
    type: cred.type,
    response: {
      authenticatorData: toBase64Url(response.authenticatorData),
      clientDataJSON: toBase64Url(response.clientDataJSON),
      signature: toBase64Url(response.signature),
      userHandle: response.userHandle ? toBase64Url(response.userHandle) : null,
    },
    extensions: cred.getClientExtensionResults?.() ?? {},
  };
}
