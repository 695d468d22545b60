import { mergeFiles } from '../../src/taskpane/components/TallyTab';

const f = (name: string, byte: number) => ({ name, bytes: new Uint8Array([byte]).buffer });

describe('files kept for the session’s tally', () => {
  it('adds new picks and lets a re-picked file replace the kept one of the same name', () => {
    const merged = mergeFiles([f('a.xlsx', 1), f('b.xlsx', 2)], [f('b.xlsx', 3), f('c.xlsx', 4)]);
    expect(merged.map((x) => [x.name, new Uint8Array(x.bytes)[0]])).toEqual([
      ['a.xlsx', 1],
      ['b.xlsx', 3],
      ['c.xlsx', 4],
    ]);
  });
});
