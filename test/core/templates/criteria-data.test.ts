import { CRITERIA_2020_2021 } from '../../../src/core/templates/data/criteria-2020-2021';
import type { CriterionData, ScoringRule } from '../../../src/core/templates/types';
import { normalizeText } from '../../../src/core/text/normalize';

const T = CRITERIA_2020_2021;
const ITEMS = T.items;
const byCode = new Map<string, CriterionData>(ITEMS.map((item) => [item.code, item]));

function get(code: string): CriterionData {
  const item = byCode.get(code);
  if (item === undefined) throw new Error(`missing ${code}`);
  return item;
}

function childrenOf(code: string): CriterionData[] {
  return ITEMS.filter((item) => item.parent === code);
}

/** Points, or for a row without points the sum of its children's maxima (null if none has one). */
function effectiveMax(code: string): number | null {
  const item = get(code);
  if (item.points !== null) return item.points;
  const maxima = childrenOf(code).map((child) => effectiveMax(child.code));
  return maxima.some((m) => m !== null) ? maxima.reduce<number>((sum, m) => sum + (m ?? 0), 0) : null;
}

function sumOfChildren(code: string): number {
  return childrenOf(code).reduce((sum, child) => sum + (effectiveMax(child.code) ?? 0), 0);
}

const isInfo = (item: CriterionData): boolean => /\.i\d+$/.test(item.code);
const TOP_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'];

describe('CRITERIA_2020_2021: header', () => {
  it('has the id, title, totals and source citation', () => {
    expect(T.kind).toBe('criteria');
    expect(T.id).toBe('tieu-chi-thi-dua-so-gddt-2020-2021');
    expect(T.title).toBe('Tiêu chí thi đua khối các Sở Giáo dục và Đào tạo năm học 2020-2021');
    expect(T.totalMax).toBe(2250);
    expect(T.bonusMax).toBe(250);
    expect(T.source).toContain('4295/BGDĐT-TĐKT');
    expect(T.source).toContain('19/10/2020');
  });

  it('has 194 rows: 157 with points, 34 information rows, 3 numbered rows without points', () => {
    expect(ITEMS).toHaveLength(194);
    expect(ITEMS.filter((i) => i.points !== null)).toHaveLength(157);
    expect(ITEMS.filter(isInfo)).toHaveLength(34);
    expect(ITEMS.filter((i) => i.points === null && !isInfo(i)).map((i) => i.code)).toEqual([
      '3.2.1',
      '3.2.2',
      '3.3.2',
    ]);
  });
});

describe('CRITERIA_2020_2021: tree structure', () => {
  it('has unique codes', () => {
    expect(new Set(ITEMS.map((i) => i.code)).size).toBe(ITEMS.length);
  });

  it('lists every parent before its children, and the parent is the code minus its last segment', () => {
    ITEMS.forEach((item, index) => {
      if (item.parent === null) return;
      const parentIndex = ITEMS.findIndex((p) => p.code === item.parent);
      expect([item.code, parentIndex >= 0 && parentIndex < index]).toEqual([item.code, true]);
      expect([item.code, item.parent]).toEqual([item.code, item.code.replace(/\.[^.]+$/, '')]);
    });
  });

  it('has exactly the 14 top-level items 1..14 in order, then the bonus row last', () => {
    const top = ITEMS.filter((i) => i.parent === null);
    expect(top.map((i) => i.code)).toEqual([...TOP_CODES, 'DT']);
    expect(ITEMS[ITEMS.length - 1].code).toBe('DT');
  });

  it('numbers the top level "Nhiệm vụ 1" … "Nhiệm vụ 9", then "Giải pháp 1" … "Giải pháp 5"', () => {
    TOP_CODES.forEach((code, index) => {
      const prefix = index < 9 ? `Nhiệm vụ ${index + 1}: ` : `Giải pháp ${index - 8}: `;
      expect([code, get(code).text.startsWith(prefix)]).toEqual([code, true]);
    });
  });

  it('uses only source-style codes: digits, letter codes a–d, information codes iN, and DT', () => {
    for (const item of ITEMS) {
      expect([item.code, /^(DT|\d+(\.\d+)*(\.[a-d]|\.i\d+)?)$/.test(item.code)]).toEqual([item.code, true]);
    }
  });
});

describe('CRITERIA_2020_2021: points', () => {
  it('top-level points sum to 2250, and 2500 with the bonus', () => {
    const top = TOP_CODES.map((c) => get(c).points ?? 0);
    expect(top).toEqual([100, 100, 700, 100, 100, 200, 100, 100, 100, 250, 100, 100, 100, 100]);
    expect(top.reduce((a, b) => a + b, 0)).toBe(T.totalMax);
    expect(top.reduce((a, b) => a + b, 0) + (get('DT').points ?? 0)).toBe(2500);
  });

  it('every group with scored children is worth exactly the sum of its children', () => {
    const groups = ITEMS.filter((i) => childrenOf(i.code).some((c) => effectiveMax(c.code) !== null));
    expect(groups.map((g) => g.code)).toEqual([
      ...['1', '2', '3', '3.1', '3.2', '3.2.1', '3.2.2', '3.3', '3.3.7', '3.4', '3.5', '3.6', '3.7', '3.8'],
      ...['4', '4.1', '4.2', '4.3', '5', '5.4', '6', '6.1', '6.2', '6.3', '6.4', '7', '8'],
      ...['9', '9.1', '9.2', '10', '10.1', '10.2', '10.2.4', '10.3', '11', '12', '13', '14'],
    ]);
    for (const group of groups) {
      expect([group.code, effectiveMax(group.code)]).toEqual([group.code, sumOfChildren(group.code)]);
    }
  });

  it.each<[string, number, number]>([
    // [group, its points in the source, sum of its children]
    ['1', 100, 100],
    ['3', 700, 700],
    ['3.2', 100, 100],
    ['3.3', 200, 200],
    ['3.3.7', 50, 50],
    ['3.8', 50, 50],
    ['4.2', 50, 50],
    ['5', 100, 100],
    ['5.4', 20, 20],
    ['6', 200, 200],
    ['10', 250, 250],
    ['10.2', 50, 50],
    ['10.2.4', 20, 20],
  ])('group %s: %d points = sum of children %d', (code, points, sum) => {
    expect(get(code).points).toBe(points);
    expect(sumOfChildren(code)).toBe(sum);
  });

  it.each<[string, number]>([
    ['3.2.1', 40],
    ['3.2.2', 60],
  ])('group %s has no points in the source; its maximum is the sum of its children (%d)', (code, max) => {
    expect(get(code).points).toBeNull();
    expect(effectiveMax(code)).toBe(max);
  });

  it('documents the source: 3.3.2 is numbered but has no points and no children; 3.3 = 200 without it', () => {
    const row = get('3.3.2');
    expect(row.points).toBeNull();
    expect(childrenOf('3.3.2')).toEqual([]);
    expect(effectiveMax('3.3.2')).toBeNull();
    const others = childrenOf('3.3').filter((c) => c.code !== '3.3.2');
    expect(others.map((c) => [c.code, c.points])).toEqual([
      ['3.3.1', 40],
      ['3.3.3', 30],
      ['3.3.4', 30],
      ['3.3.5', 20],
      ['3.3.6', 10],
      ['3.3.7', 50],
      ['3.3.8', 20],
    ]);
    expect(others.reduce((s, c) => s + (c.points ?? 0), 0)).toBe(get('3.3').points);
  });

  it('the only leaf row without points is 3.3.2 (apart from information rows)', () => {
    const leaves = ITEMS.filter((i) => childrenOf(i.code).length === 0 && !isInfo(i));
    expect(leaves.filter((i) => i.points === null).map((i) => i.code)).toEqual(['3.3.2']);
  });
});

describe('CRITERIA_2020_2021: letter codes and information rows', () => {
  it.each<[string, string, number]>([
    ['3.2.1.a', '3.2.1', 20],
    ['3.2.1.b', '3.2.1', 20],
    ['3.2.2.a', '3.2.2', 15],
    ['3.2.2.b', '3.2.2', 15],
    ['3.2.2.c', '3.2.2', 15],
    ['3.2.2.d', '3.2.2', 15],
    ['3.3.7.a', '3.3.7', 10],
    ['3.3.7.b', '3.3.7', 20],
    ['3.3.7.c', '3.3.7', 20],
    ['5.4.a', '5.4', 10],
    ['5.4.b', '5.4', 10],
    ['10.2.4.a', '10.2.4', 10],
    ['10.2.4.b', '10.2.4', 10],
  ])('%s exists under %s with %d points', (code, parent, points) => {
    expect(get(code).parent).toBe(parent);
    expect(get(code).points).toBe(points);
  });

  it('has no other letter codes', () => {
    expect(ITEMS.filter((i) => /\.[a-d]$/.test(i.code)).length).toBe(13);
  });

  it('numbers the foreign-language sub-items as in the source: 4.2.1 English, 4.2.2 other languages', () => {
    expect(get('4.2.1').text).toBe('Đối với môn tiếng Anh');
    expect(get('4.2.2').text.startsWith('Đối với ngoại ngữ khác')).toBe(true);
  });

  it('information rows have null points, no children, and are numbered i1, i2, … within their parent', () => {
    const info = ITEMS.filter(isInfo);
    for (const row of info) {
      expect([row.code, row.points, row.rule, row.evaluator]).toEqual([row.code, null, null, null]);
      expect([row.code, childrenOf(row.code).length]).toEqual([row.code, 0]);
    }
    const parents = [...new Set(info.map((r) => r.parent))];
    for (const parent of parents) {
      const codes = info.filter((r) => r.parent === parent).map((r) => r.code);
      expect(codes).toEqual(codes.map((_, n) => `${parent}.i${n + 1}`));
    }
  });

  it.each<[string, number]>([
    ['2.1', 1],
    ['2.2', 4],
    ['2.3', 4],
    ['2.4', 3],
    ['2.5', 3],
    ['3.8.1', 3],
    ['3.8.2', 4],
    ['4.2', 1],
    ['5.1', 1],
    ['5.2', 7],
    ['5.3', 2],
    ['9.1', 1],
  ])('%s has %d information rows', (parent, count) => {
    expect(ITEMS.filter((i) => isInfo(i) && i.parent === parent)).toHaveLength(count);
  });
});

describe('CRITERIA_2020_2021: scoring rules', () => {
  it('puts rules on exactly 4.2.1, 4.2.2, 7.4, 7.5, 10.2.4.a, 10.2.4.b and DT', () => {
    expect(ITEMS.filter((i) => i.rule !== null).map((i) => i.code)).toEqual([
      '4.2.1',
      '4.2.2',
      '7.4',
      '7.5',
      '10.2.4.a',
      '10.2.4.b',
      'DT',
    ]);
  });

  it.each<[string, ScoringRule]>([
    ['4.2.1', { kind: 'foreign-language', language: 'english', maxIfOtherTaught: 40, maxOtherwise: 50 }],
    ['4.2.2', { kind: 'foreign-language', language: 'other', maxIfOtherTaught: 10, maxOtherwise: 0 }],
    [
      '7.4',
      {
        kind: 'status',
        points: [
          { status: 'Chưa có', points: 10 },
          { status: 'Có và quản lý tốt', points: 20 },
          { status: 'Có nhưng quản lý không tốt', points: 0 },
        ],
      },
    ],
    [
      '7.5',
      {
        kind: 'status',
        points: [
          { status: 'Chưa có', points: 10 },
          { status: 'Có và quản lý tốt', points: 20 },
          { status: 'Có nhưng quản lý không tốt', points: 0 },
        ],
      },
    ],
    [
      '10.2.4.a',
      {
        kind: 'rate',
        bands: [
          { min: 1, points: 10 },
          { min: 0.75, points: 5 },
          { min: 0, points: 0 },
        ],
      },
    ],
    [
      '10.2.4.b',
      {
        kind: 'rate',
        bands: [
          { min: 1, points: 10 },
          { min: 0.75, points: 5 },
          { min: 0, points: 0 },
        ],
      },
    ],
    ['DT', { kind: 'bonus' }],
  ])('%s has its rule', (code, rule) => {
    expect(get(code).rule).toEqual(rule);
  });

  it('4.2.1 + 4.2.2 maxima equal the 50 points of 4.2 whether or not another language is taught', () => {
    const en = get('4.2.1').rule;
    const other = get('4.2.2').rule;
    if (en?.kind !== 'foreign-language' || other?.kind !== 'foreign-language') throw new Error('rules');
    expect(en.maxIfOtherTaught + other.maxIfOtherTaught).toBe(get('4.2').points);
    expect(en.maxOtherwise + other.maxOtherwise).toBe(get('4.2').points);
    // the stored points are the "other language taught" case
    expect([get('4.2.1').points, get('4.2.2').points]).toEqual([en.maxIfOtherTaught, other.maxIfOtherTaught]);
    // the numbers are the ones the source states in 4.2.2
    expect(get('4.2.2').text).toContain(
      'nếu có ngoại ngữ khác chấm 10 điểm, đối với môn tiếng Anh chấm 40 điểm, nếu không có ngoại ngữ khác, môn Tiếng Anh chấm 50 điểm',
    );
  });

  it.each(['7.4', '7.5'])('%s: the status points are those the source states, and the best equals the row points', (code) => {
    const row = get(code);
    expect(row.text).toMatch(/\+ Chưa có [^\n]*: 10\/20 điểm;/);
    expect(row.text).toMatch(/\+ Có và quản lý tốt[^\n]*: 20\/20 điểm;/);
    expect(row.text).toContain('+ Có nhưng quản lý không tốt: 0/20 điểm');
    if (row.rule?.kind !== 'status') throw new Error('rule');
    expect(Math.max(...row.rule.points.map((p) => p.points))).toBe(row.points);
  });

  it.each(['10.2.4.a', '10.2.4.b'])('%s: the rate bands are those the source states; the top band equals the row points', (code) => {
    const row = get(code);
    expect(row.text).toContain('100%');
    expect(row.text).toContain('(10 điểm); từ 75% đến dưới 100% (5 điểm); dưới 75% (0 điểm)');
    if (row.rule?.kind !== 'rate') throw new Error('rule');
    expect(row.rule.bands[0].points).toBe(row.points);
  });

  it('the bonus row is 250 points, outside the 14 items', () => {
    expect(get('DT')).toEqual({
      code: 'DT',
      parent: null,
      text: 'Điểm thưởng',
      evidence: '',
      points: 250,
      evaluator: null,
      rule: { kind: 'bonus' },
    });
  });
});

describe('CRITERIA_2020_2021: text hygiene', () => {
  it('texts and evidence are NFC, trimmed per line, without double spaces, tags or empty lines', () => {
    for (const item of ITEMS) {
      const fields: [string, string][] = [
        ['text', item.text],
        ['evidence', item.evidence],
      ];
      if (item.evaluator !== null) fields.push(['evaluator', item.evaluator]);
      for (const [name, value] of fields) {
        const where = `${item.code} ${name}`;
        if (name === 'evidence' && value === '') continue;
        expect([where, value.normalize('NFC') === value]).toEqual([where, true]);
        expect([where, /<\/?[a-z][^>]*>/i.test(value)]).toEqual([where, false]);
        for (const line of value.split('\n')) {
          expect([where, line]).toEqual([where, normalizeText(line)]);
          expect([where, line.length > 0]).toEqual([where, true]);
        }
      }
      expect([item.code, item.text.length > 0]).toEqual([item.code, true]);
    }
  });

  it('evaluators are single-line', () => {
    for (const item of ITEMS) {
      if (item.evaluator !== null) expect([item.code, item.evaluator.includes('\n')]).toEqual([item.code, false]);
    }
  });
});

describe('CRITERIA_2020_2021: evaluators', () => {
  it('names an evaluator exactly where the source does', () => {
    const evaluators = ITEMS.filter((i) => i.evaluator !== null).map((i) => [i.code, i.evaluator]);
    expect(evaluators).toEqual([
      ['1', 'Cục Cơ sở vật chất'],
      ['2', 'Cục Nhà giáo và Cán bộ QLGD'],
      ['3.1', 'Vụ Giáo dục Mầm non'],
      ['3.2', 'Vụ GD Tiểu học'],
      ['3.3', 'Vụ GD Trung học'],
      ['3.4', 'Vụ GD thường xuyên'],
      ['3.5', 'Vụ GD chính trị và Công tác HSSV'],
      ['3.6', 'Vụ GD thể chất'],
      ['3.7', 'Vụ GD Dân tộc'],
      ['3.8', 'Vụ GD Quốc phòng và An ninh'],
      ['4.1', 'Vụ GD Tiểu học phối hợp với Đề án Ngoại ngữ quốc gia'],
      ['4.2', 'Vụ GD Trung học phối hợp với Đề án Ngoại ngữ quốc gia'],
      ['4.3', 'Vụ GD Thường xuyên phối hợp với Đề án Ngoại ngữ quốc gia'],
      ['5', 'Cục Công nghệ thông tin'],
      ['6.1', 'Vụ GD Mầm non'],
      ['6.2', 'Vụ GD Tiểu học'],
      ['6.3', 'Vụ GD Trung học'],
      ['6.4', 'Vụ GD thường xuyên'],
      ['7', 'Cục Hợp tác quốc tế'],
      ['8', 'Cục Cơ sở vật chất'],
      ['9.1', 'Vụ GD Đại học'],
      ['9.2', 'Vụ GD chính trị và Công tác HSSV'],
      ['10.1', 'Vụ Pháp chế'],
      ['10.2', 'Văn phòng'],
      ['10.3', 'Thanh tra'],
      ['11', 'Cục Nhà giáo và Cán bộ QLGD'],
      ['12', 'Vụ Kế hoạch - Tài chính'],
      ['13', 'Cục Quản lý chất lượng'],
      ['14', 'Văn phòng'],
    ]);
  });

  it('every scored leaf has an evaluator on itself or an ancestor (the bonus row aside)', () => {
    for (const item of ITEMS) {
      if (item.points === null || item.code === 'DT' || childrenOf(item.code).length > 0) continue;
      let cur: CriterionData | undefined = item;
      while (cur !== undefined && cur.evaluator === null) cur = cur.parent === null ? undefined : get(cur.parent);
      expect([item.code, cur !== undefined]).toEqual([item.code, true]);
    }
  });
});

describe('CRITERIA_2020_2021: spot checks', () => {
  it.each<[string, string, number | null]>([
    ['1', 'Nhiệm vụ 1: Rà soát, sắp xếp mạng lưới cơ sở giáo dục mầm non - phổ thông', 100],
    ['1.2', 'Kế hoạch, lộ trình triển khai tổ chức thực hiện.', 30],
    ['2.1.i1', 'Quán triệt và tổ chức triển khai thực hiện việc nâng cao năng lực ứng xử sư phạm, đạo đức nhà giáo', null],
    ['3.2.1', 'Công tác chỉ đạo', null],
    ['3.2.2.a', 'Tỷ lệ học sinh 6 tuổi vào lớp 1.', 15],
    ['3.3.7', 'Chuẩn bị triển khai chương trình, sách giáo khoa giáo dục phổ thông mới đối với giáo dục trung học', 50],
    ['3.3.7.b', 'Biên soạn tài liệu giáo dục địa phương', 20],
    ['3.8', 'Công tác giáo dục Quốc phòng - An ninh', 50],
    ['3.8.2', 'Giáo dục quốc phòng và an ninh', 30],
    ['5.4.a', 'Thiết bị và hạ tầng công nghệ thông tin trường học', 10],
    ['9.1.i1', 'Tham mưu cho Ủy ban nhân dân tỉnh về việc:', null],
    ['10.2.4', 'Công tác cải cách thủ tục hành chính', 20],
    ['13.5', 'Công tác quản lý văn bằng, chứng chỉ.', 20],
    ['14.3', 'Phối hợp truyền thông chặt chẽ với Bộ', 25],
  ])('%s: text and points', (code, text, points) => {
    expect(get(code).text).toBe(text);
    expect(get(code).points).toBe(points);
  });

  it('3 is worth 700 points and has no evaluator of its own', () => {
    expect(get('3').points).toBe(700);
    expect(get('3').evaluator).toBeNull();
  });

  it('merges the cell split across lines in 3.1.2 back into one list item', () => {
    expect(get('3.1.2').text).toBe(
      [
        'Nâng cao chất lượng công tác nuôi dưỡng và chăm sóc sức khỏe của trẻ:',
        '- Duy trì, nâng cao tỷ lệ trẻ ăn bán trú.',
        '- Có 100% trẻ đến trường được kiểm tra sức khỏe và đánh giá tình trạng dinh dưỡng bằng biểu đồ tăng trưởng của Tổ chức Y tế Thế giới.',
        '- Giảm tỷ lệ trẻ suy dinh dưỡng và béo phì',
      ].join('\n'),
    );
    expect(get('3.1.2').evidence).toBe(
      [
        '- Tỷ lệ ăn bán trú.',
        '- Số lượng trẻ kiểm tra sức khỏe định kỳ.',
        '- Số lượng tỷ lệ trẻ suy dinh dưỡng và béo phì.',
      ].join('\n'),
    );
  });

  it('keeps sub-items ("+") as their own lines (1.2 evidence)', () => {
    expect(get('1.2').evidence.split('\n')).toEqual([
      '- Có quyết định phê duyệt kế hoạch, đề án, chương trình cụ thể (đã được phê duyệt), với các nội dung:',
      '+ Mục tiêu chung.',
      '+ Mục tiêu cụ thể: số lượng đơn vị rà soát, sắp xếp; kết quả sau rà soát, sắp xếp (số lượng cơ sở giáo dục, điểm trường, cán bộ quản lý, giáo viên, nhân viên, cơ sở vật chất..., đối chiếu với trước khi rà soát, sắp xếp).',
      '+ Nguồn lực thực hiện; kế hoạch, giải pháp huy động các nguồn lực.',
      '+ Đánh giá tác động của việc rà soát, sắp xếp',
      '- Có văn bản hướng dẫn triển khai thực hiện của sở (đã được phê duyệt).',
    ]);
  });

  it('splits 10.2.4 into publication (a) and on-time handling (b), with their evidence', () => {
    expect(get('10.2.4.a').text).toBe(
      'Công bố, công khai các thủ tục hành chính theo quy định tại Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ: Công bố công khai 100% thủ tục hành chính (10 điểm); từ 75% đến dưới 100% (5 điểm); dưới 75% (0 điểm)',
    );
    expect(get('10.2.4.a').evidence).toBe(
      'Tỷ lệ các Quyết định công bố thủ tục hành chính được đăng tải trên cổng thông tin điện tử của sở giáo dục và đào tạo và Ủy ban nhân dân cấp tỉnh.',
    );
    expect(get('10.2.4.b').text).toBe(
      'Tỷ lệ giải quyết hồ sơ thủ tục hành chính đúng hạn, gồm 3 mức: Đạt 100% (10 điểm); từ 75% đến dưới 100% (5 điểm); dưới 75% (0 điểm)',
    );
    expect(get('10.2.4.b').evidence).toBe('Kết quả giải quyết hồ sơ thủ tục hành chính (báo cáo cải cách hành chính).');
    expect(get('10.2.4').evidence).toBe('');
  });

  it('keeps the 4.2 description row (numbered "4.2" a second time in the source) as 4.2.i1', () => {
    expect(get('4.2.i1').text).toBe(
      'Triển khai thực hiện có hiệu quả chương trình các môn ngoại ngữ trong Chương trình GDPT hiện hành và các chương trình môn học thí điểm, đáp ứng lộ trình triển khai Chương trình GDPT 2018',
    );
    expect(childrenOf('4.2').map((c) => c.code)).toEqual(['4.2.i1', '4.2.1', '4.2.2']);
  });

  it('puts the teaching-equipment evidence under 8.2 and the facilities evidence under 8.1', () => {
    expect(get('8.1').evidence.split('\n')[0]).toBe('- Kế hoạch chi tiết và văn bản chỉ đạo của sở (đã được phê duyệt)');
    expect(get('8.1').evidence).toContain('+ Công trình kiên cố ở tất cả các cấp học mầm non và tiểu học đạt tỷ lệ tối thiểu 60%');
    expect(get('8.2').evidence.split('\n')[0]).toBe(
      '- Văn bản đã phê duyệt của các cấp, các ngành ở địa phương về việc đầu tư thiết bị dạy học, đồ chơi trẻ em và thư viện trường phổ thông.',
    );
  });

  it('ends 5.3.i1 evidence with the words continued on the next row ("trực tuyến.")', () => {
    expect(get('5.3.i1').evidence.split('\n').pop()).toBe('- Tỷ lệ giờ học có áp dụng phương thức dạy học trực tuyến.');
    expect(get('5.3.i2').evidence.startsWith('- Văn bản của Sở GDĐT chỉ đạo triển khai ngân hàng')).toBe(true);
  });
});

describe('CRITERIA_2020_2021: fixes', () => {
  it('records the 33.7 → 3.3.7 correction', () => {
    expect(T.fixes).toContainEqual(expect.objectContaining({ where: '3.3.7 code', original: '33.7', corrected: '3.3.7' }));
  });

  it('records every assigned letter code', () => {
    const letterCodes = ITEMS.filter((i) => /\.[a-d]$/.test(i.code) && !i.code.startsWith('10.2.4.')).map((i) => i.code);
    const fixed = T.fixes
      .filter((f) => f.where.endsWith(' code') && f.original === '' && /\.[a-d]$/.test(f.corrected))
      .map((f) => f.corrected);
    expect(fixed).toEqual(letterCodes);
  });

  it('records the 10.2.4 split and the duplicate 4.2 number', () => {
    const wheres = T.fixes.map((f) => f.where);
    expect(wheres).toEqual(expect.arrayContaining(['10.2.4 text', '10.2.4 evidence', '4.2.i1 code']));
  });

  it('every text/evidence typo fix is applied: the corrected words are there, the original are not', () => {
    const typoFixes = T.fixes.filter((f) => /^[\d.a-z]+ (text|evidence)$/.test(f.where) && !f.where.startsWith('10.2.4 '));
    expect(typoFixes.length).toBe(14);
    for (const fix of typoFixes) {
      const [code, field] = fix.where.split(' ') as [string, 'text' | 'evidence'];
      const value = get(code)[field];
      expect([fix.where, value.includes(fix.corrected), value.includes(fix.original)]).toEqual([fix.where, true, false]);
      expect([fix.where, fix.reason.length > 0]).toEqual([fix.where, true]);
    }
  });
});
