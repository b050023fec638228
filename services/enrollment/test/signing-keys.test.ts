import {
  expiredKeys,
  nextGeneration,
  publishedKeys,
  RETIREMENT_MARGIN_MS,
  retiredAt,
  signerAt,
  SigningKeyTimeline,
  verifiableUntil,
} from '../src/domain/signing-keys';

const HOUR = 3600 * 1000;
const T0 = new Date('2026-01-01T00:00:00Z').getTime();
const at = (ms: number) => new Date(T0 + ms);
const key = (generation: number, signsFromMs: number, tokensValidUntilMs?: number): SigningKeyTimeline => ({
  kid: `k${generation}`,
  generation,
  signsFrom: at(signsFromMs),
  tokensValidUntil: tokensValidUntilMs === undefined ? null : at(tokensValidUntilMs),
});
const kids = (keys: SigningKeyTimeline[]) => keys.map((k) => k.kid);
const TTL_SECONDS = 3600;

describe('signing-key generations', () => {
  const first = key(1, 0);
  const rotated = key(2, 10 * HOUR);
  const keys = [first, rotated];

  it('signs with the newest key whose time has come', () => {
    expect(signerAt(keys, at(HOUR))?.kid).toBe('k1');
    expect(signerAt(keys, at(10 * HOUR))?.kid).toBe('k2');
    expect(signerAt([key(1, HOUR)], at(0))?.kid).toBe('k1');
  });

  it('publishes a rotated-in key before it signs, alongside the current one', () => {
    expect(kids(publishedKeys(keys, at(9 * HOUR), TTL_SECONDS))).toEqual(['k1', 'k2']);
  });

  it('keeps the old key in the JWKS until its last sign-in token has expired, then drops it', () => {
    expect(retiredAt(keys, first)).toEqual(at(10 * HOUR));
    expect(verifiableUntil(keys, first, TTL_SECONDS)).toEqual(at(11 * HOUR + RETIREMENT_MARGIN_MS));
    expect(kids(publishedKeys(keys, at(11 * HOUR), TTL_SECONDS))).toEqual(['k1', 'k2']);
    expect(kids(publishedKeys(keys, at(11 * HOUR + RETIREMENT_MARGIN_MS + 1), TTL_SECONDS))).toEqual(['k2']);
    expect(kids(expiredKeys(keys, at(12 * HOUR), TTL_SECONDS))).toEqual(['k1']);
  });

  it('keeps a key that signed a longer-lived service token until that token has expired', () => {
    const withServiceToken = [key(1, 0, 48 * HOUR), rotated];
    expect(kids(publishedKeys(withServiceToken, at(47 * HOUR), TTL_SECONDS))).toEqual(['k1', 'k2']);
    expect(kids(publishedKeys(withServiceToken, at(49 * HOUR), TTL_SECONDS))).toEqual(['k2']);
  });

  it('never drops the current key or one waiting to take over', () => {
    const staged = [...keys, key(3, 100 * HOUR)];
    expect(kids(expiredKeys(staged, at(50 * HOUR), TTL_SECONDS))).toEqual(['k1']);
    expect(verifiableUntil(staged, staged[2], TTL_SECONDS)).toBeNull();
  });

  it('numbers a new key after the highest generation', () => {
    expect(nextGeneration([])).toBe(1);
    expect(nextGeneration([key(3, 0), key(1, 0)])).toBe(4);
  });
});
