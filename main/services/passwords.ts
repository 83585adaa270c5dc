import { randomBytes, randomInt, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );

/**
 * N=2^15, r=8, p=1 (32 MiB): measured by bench/login.ts at about 75 ms per hash on the 2-core build
 * machine — inside the 50–300 ms the login may cost, slow against guessing, quick enough to sign in.
 * The parameters are stored with each hash, so raising them later leaves old hashes verifiable, and a
 * successful login rehashes a password whose parameters are below these.
 */
export const SCRYPT_PARAMS = { N: 32768, r: 8, p: 1 } as const;
const KEYLEN = 32;
const MAXMEM = 256 * 1024 * 1024;

function encode(params: { N: number; r: number; p: number }, salt: Buffer, key: Buffer): string {
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, { ...SCRYPT_PARAMS, maxmem: MAXMEM });
  return encode(SCRYPT_PARAMS, salt, key);
}

/** Compared against when the username is unknown, so a wrong name costs as long as a wrong password. */
export const DUMMY_HASH = encode(SCRYPT_PARAMS, Buffer.alloc(16), Buffer.alloc(KEYLEN));

function parse(stored: string): { N: number; r: number; p: number; salt: Buffer; hash: Buffer } | null {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return null;
  const N = Number(n), R = Number(r), P = Number(p);
  // A stored value outside these bounds is damage or tampering, not a hash to spend a gigabyte on.
  if (![N, R, P].every(Number.isSafeInteger) || N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0 || R < 1 || R > 32 || P < 1 || P > 16) return null;
  return { N, r: R, p: P, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.hash.length === 0) return false;
  const key = await scrypt(password, parsed.salt, parsed.hash.length, { N: parsed.N, r: parsed.r, p: parsed.p, maxmem: MAXMEM });
  return timingSafeEqual(key, parsed.hash);
}

/** The stored hash was made with a lower cost than today's: rehash it while the password is at hand. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  return parsed.N < SCRYPT_PARAMS.N || parsed.r < SCRYPT_PARAMS.r || parsed.p < SCRYPT_PARAMS.p || parsed.hash.length < KEYLEN;
}

/** No 0/O, 1/l/I, 2/Z, 5/S: read aloud or copied from a slip of paper, every character is unmistakable. */
const ONE_TIME_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRTUVWXY346789';
const ONE_TIME_LENGTH = 12;

/** A one-time password an admin hands over; the user must change it at the first login. */
export function generateOneTimePassword(): string {
  for (;;) {
    let out = '';
    for (let i = 0; i < ONE_TIME_LENGTH; i++) out += ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)];
    // Mixed classes, so the one-time password itself passes the policy it is about to be replaced under.
    if (/[a-z]/.test(out) && /[A-Z]/.test(out) && /\d/.test(out)) return out;
  }
}
