import { lagOf } from '../src/events/consumer-lag';

describe('consumer lag per partition', () => {
  const ends = [
    { partition: 0, low: '0', high: '10' },
    { partition: 1, low: '4', high: '9' },
    { partition: 2, low: '0', high: '0' },
  ];

  it('is the end offset minus what the group committed', () => {
    expect(
      lagOf(
        't',
        [
          { partition: 0, offset: '7' },
          { partition: 1, offset: '9' },
          { partition: 2, offset: '0' },
        ],
        ends,
      ),
    ).toEqual([
      { topic: 't', partition: 0, lag: 3 },
      { topic: 't', partition: 1, lag: 0 },
      { topic: 't', partition: 2, lag: 0 },
    ]);
  });

  it('counts a partition the group never committed on from its first retained event (the consumers read from the beginning)', () => {
    expect(lagOf('t', [{ partition: 0, offset: '-1' }], ends)).toEqual([
      { topic: 't', partition: 0, lag: 10 },
      { topic: 't', partition: 1, lag: 5 },
      { topic: 't', partition: 2, lag: 0 },
    ]);
  });
});
