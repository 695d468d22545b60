import { CLUSTERS_2020_2021 } from '../../../src/core/templates/data/clusters';
import { foldKey, normalizeText } from '../../../src/core/text/normalize';

describe('CLUSTERS_2020_2021 (seed 003)', () => {
  it('has the 8 clusters "Cụm 1".."Cụm 8" in order', () => {
    expect(CLUSTERS_2020_2021.map((c) => c.name)).toEqual([
      'Cụm 1',
      'Cụm 2',
      'Cụm 3',
      'Cụm 4',
      'Cụm 5',
      'Cụm 6',
      'Cụm 7',
      'Cụm 8',
    ]);
  });

  it.each([
    ['Cụm 1', 'Thành phố Hà Nội', 'Thành phố Hồ Chí Minh'],
    ['Cụm 2', 'Ninh Bình', 'Thái Bình'],
    ['Cụm 3', 'Bình Định', 'Gia Lai'],
    ['Cụm 4', 'Lạng Sơn', 'Lào Cai'],
    ['Cụm 5', 'Bắc Giang', 'Phú Thọ'],
    ['Cụm 6', 'Thừa Thiên - Huế', 'Thanh Hóa'],
    ['Cụm 7', 'Bình Dương', 'Bà Rịa - Vũng Tàu'],
    ['Cụm 8', 'Cà Mau', 'Kiên Giang'],
  ])('%s: leader %s, deputy %s', (name, leader, deputy) => {
    expect(CLUSTERS_2020_2021.find((c) => c.name === name)).toEqual({ name, leader, deputy });
  });

  it('stores canonical texts (NFC, trimmed, single spaces)', () => {
    for (const c of CLUSTERS_2020_2021) {
      for (const text of [c.name, c.leader, c.deputy]) {
        expect(text).toBe(normalizeText(text));
        expect(text).not.toBe('');
      }
    }
  });

  it('names each department at most once across all clusters', () => {
    const all = CLUSTERS_2020_2021.flatMap((c) => [c.leader, c.deputy]).map(foldKey);
    expect(all).toHaveLength(16);
    expect(new Set(all).size).toBe(16);
  });
});
