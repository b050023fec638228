import { describe, expect, it } from 'vitest';
import { safeNext } from './RequireAuth';

describe('where sign-in goes back to', () => {
  it('follows a path of this site and nothing else', () => {
    expect(safeNext('/invitations/accept?token=abc')).toBe('/invitations/accept?token=abc');
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
