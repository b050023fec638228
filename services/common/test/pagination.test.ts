import { cursorPosition, encodeCursor, pageRequest, toConnection } from '../src/pagination';

const list = 'notifications of tenant t, kind WELCOME';
const id = '0b6f3a52-8d0e-4a55-9d4c-6f1f3e0c2b11';
const position = ['2026-01-01T00:00:00.000Z', id];
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const refusal = expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after', message: expect.stringContaining('start again from the first page') });

describe('cursors', () => {
  const decode = (after: string | undefined, from = list) => cursorPosition(pageRequest(10, after), from, ['timestamp', 'uuid']);

  it('give back the position of the list that handed them out', () => {
    expect(decode(encodeCursor(list, position))).toEqual(position);
    expect(decode(undefined)).toBeUndefined();
  });

  it('are the endCursor a connection hands out', () => {
    const connection = toConnection([{ at: position[0], id }], pageRequest(10, undefined), 1, list, (row) => [row.at, row.id]);
    expect(decode(connection.pageInfo.endCursor!)).toEqual(position);
  });

  it.each([
    ['empty', ''],
    ['not base64url JSON', 'not-a-cursor'],
    ['JSON but no array', base64url({ createdAt: position[0] })],
    ['a bare position without its check', base64url(position)],
    ['cut short', encodeCursor(list, position).slice(0, -4)],
    [
      'edited: another time with the old check',
      base64url(['2030-01-01T00:00:00.000Z', id, JSON.parse(Buffer.from(encodeCursor(list, position), 'base64url').toString()).at(-1)]),
    ],
  ])('refuse one that is %s', (_what, after) => {
    expect(() => decode(after)).toThrow(refusal);
  });

  it("refuse another list's cursor: another filter, parent or order", () => {
    expect(() => decode(encodeCursor(list, position), 'notifications of tenant t, kind PARTNER_LEAD')).toThrow(refusal);
  });

  it('refuse a position whose parts are not what the list keeps, even with a valid check', () => {
    for (const forged of [
      ['yesterday', id],
      [position[0], "x' OR 1=1 --"],
      [position[0], { id }],
      [1, id],
    ]) {
      expect(() => decode(encodeCursor(list, forged))).toThrow(refusal);
    }
    expect(cursorPosition(pageRequest(1, encodeCursor(list, [0.5, id])), list, ['number', 'uuid'])).toEqual([0.5, id]);
  });
});

describe('page sizes', () => {
  it.each([0, -1, 101, 1.5])('refuse first: %p, naming first', (first) => {
    expect(() => pageRequest(first, undefined)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }));
  });

  it('take 1 to 100, 20 when left out', () => {
    expect([pageRequest(1, undefined).first, pageRequest(100, undefined).first, pageRequest(null, undefined).first]).toEqual([1, 100, 20]);
  });
});
