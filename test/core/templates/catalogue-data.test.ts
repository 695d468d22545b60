import { HOA_BINH_2020 } from '../../../src/core/templates/data/catalogue-hoa-binh-2020';
import { SKELETON_2020_2021 } from '../../../src/core/templates/data/catalogue-skeleton-2020-2021';
import type { CatalogueRow, CatalogueTemplate, Unit } from '../../../src/core/templates/types';
import { foldKey, normalizeMultiline, normalizeText } from '../../../src/core/text/normalize';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV'];

function rowAt(template: CatalogueTemplate, section: string, tt: string): CatalogueRow {
  const found = template.rows.filter((r) => r.section === section && r.tt === tt);
  expect(found).toHaveLength(1);
  return found[0] as CatalogueRow;
}

function unitOf(template: CatalogueTemplate, section: string): Unit {
  const index = template.sections.findIndex((s) => s.section === section);
  const unit = template.units[index];
  if (unit === undefined) throw new Error(`no unit for section ${section}`);
  return unit;
}

function expectCanonical(text: string, multiline = false): void {
  expect(text).toBe(text.normalize('NFC'));
  expect(text).toBe(multiline ? normalizeMultiline(text) : normalizeText(text));
  expect(text).not.toMatch(/ {2}/);
  expect(text).not.toBe('');
}

describe('HOA_BINH_2020 (seed 000, annex)', () => {
  const t = HOA_BINH_2020;

  it('has its identity and dates', () => {
    expect(t.kind).toBe('catalogue');
    expect(t.id).toBe('danh-muc-nhiem-vu-hoa-binh-2020');
    expect(t.title).toBe('Danh mục nhiệm vụ Giáo dục và Đào tạo năm 2020 (Sở GD&ĐT Hòa Bình)');
    expect(t.planYear).toBe(2020);
    expect(t.issueDate).toBe('2020-02-01');
    expect(t.source).toContain('Hòa Bình');
    expect(t.source).toContain('02/2020');
  });

  it('has the 11 sections in order, titled by their lead unit', () => {
    expect(t.sections).toEqual([
      { section: 'I', title: 'Văn phòng' },
      { section: 'II', title: 'Phòng Kế hoạch Tài chính' },
      { section: 'III', title: 'Phòng Tổ chức Cán bộ' },
      { section: 'IV', title: 'Phòng Giáo dục Mầm non' },
      { section: 'V', title: 'Phòng Giáo dục Tiểu học' },
      { section: 'VI', title: 'Phòng Giáo dục Trung học' },
      { section: 'VII', title: 'Phòng Giáo dục Thường xuyên và Giáo dục chuyên nghiệp' },
      { section: 'VIII', title: 'Phòng Chính trị tư tưởng' },
      { section: 'IX', title: 'Thanh tra' },
      { section: 'X', title: 'Phòng Khảo thí và Quản lý chất lượng giáo dục' },
      { section: 'XI', title: 'Tổ Công nghệ thông tin' },
    ]);
  });

  it.each([
    ['I', 11],
    ['II', 5],
    ['III', 7],
    ['IV', 5],
    ['V', 8],
    ['VI', 9],
    ['VII', 8],
    ['VIII', 10],
    ['IX', 5],
    ['X', 4],
    ['XI', 2],
  ])('section %s has %i tasks', (section, count) => {
    expect(t.rows.filter((r) => r.section === section)).toHaveLength(count);
  });

  it('has 74 rows, grouped by section in section order, with the section title', () => {
    expect(t.rows).toHaveLength(74);
    const order = t.sections.map((s) => s.section);
    const seen = t.rows.map((r) => order.indexOf(r.section));
    expect(seen.every((i) => i >= 0)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    for (const row of t.rows) {
      expect(row.sectionTitle).toBe(t.sections[order.indexOf(row.section)]?.title);
    }
  });

  it('keeps the source numbering: 1..n in every section, VII skips 8 and 9', () => {
    for (const { section } of t.sections) {
      const tts = t.rows.filter((r) => r.section === section).map((r) => r.tt);
      if (section === 'VII') {
        expect(tts).toEqual(['1', '2', '3', '4', '5', '6', '7', '10']);
      } else {
        expect(tts).toEqual(tts.map((_, i) => String(i + 1)));
      }
    }
  });

  it('stores every text in canonical form (NFC, trimmed, single spaces)', () => {
    for (const row of t.rows) {
      expectCanonical(row.sectionTitle);
      expectCanonical(row.tt);
      expectCanonical(row.task);
      expectCanonical(row.unit);
      expectCanonical(row.deadline);
      expectCanonical(row.product, true);
    }
    for (const unit of t.units) {
      expectCanonical(unit.name);
      unit.aliases.forEach((alias) => expectCanonical(alias));
    }
  });

  it('leaves no hyphen-wrap artefact ("2020- 2025", "51- KL/TW")', () => {
    for (const row of t.rows) {
      for (const text of [row.task, row.product]) {
        expect(text).not.toMatch(/[\dĐ]- /);
      }
    }
  });

  it('uses only the deadline texts of the source', () => {
    const deadlines = new Set(t.rows.map((r) => r.deadline));
    expect([...deadlines].sort()).toEqual(
      [
        'Hằng quý',
        'Sau khi có Kế hoạch của Bộ GD&ĐT',
        'Sau khi có Đề án của Thủ tướng Chính phủ',
        'Trong năm 2020',
        'Tháng 1/2020',
        'Tháng 2/2020',
        'Tháng 3/2020',
        'Tháng 4/2020',
        'Tháng 5/2020',
        'Tháng 6/2020',
        'Tháng 7/2020',
        'Tháng 8/2020',
        'Tháng 9/2020',
        'Tháng 10/2020',
        'Tháng 11/2020',
        'Tháng 12/2020',
        'Tháng 5-8/2020',
        'Tháng 6-7/2020',
        'Tháng 8-9/2020',
      ].sort(),
    );
  });

  it.each([
    [
      'first row',
      'I',
      '1',
      {
        task: 'Tham mưu ban hành Chỉ thị nhiệm vụ chủ yếu của ngành năm học 2020-2021',
        unit: 'Văn phòng',
        deadline: 'Tháng 8/2020',
        product: 'Chỉ thị nhiệm vụ năm học 2020-2021',
      },
    ],
    [
      'conditional deadline (Kế hoạch của Bộ)',
      'I',
      '3',
      {
        task:
          'Xây dựng Kế hoạch và triển khai thực hiện Kế hoạch của Bộ GD&ĐT, Tỉnh ủy Hòa Bình thực ' +
          'hiện Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị ' +
          'quyết Trung ương 8 khóa XI',
        unit: 'Văn phòng',
        deadline: 'Sau khi có Kế hoạch của Bộ GD&ĐT',
        product: 'Kế hoạch thực hiện Kết luận số 51-KL/TW',
      },
    ],
    [
      'multi-line product',
      'I',
      '4',
      {
        task: 'Tổng kết năm học 2019-2020, triển khai nhiệm vụ năm học 2020-2021',
        unit: 'Văn phòng',
        deadline: 'Tháng 8/2020',
        product: 'Hội nghị tổng kết năm học\nBáo cáo tổng kết năm học',
      },
    ],
    [
      'interleaved cells and a fixed typo',
      'II',
      '5',
      {
        task: 'Báo cáo kế hoạch phát triển giáo dục và đào tạo và dự toán ngân sách năm 2021',
        unit: 'Phòng Kế hoạch tài chính',
        deadline: 'Tháng 8/2020',
        product: 'Kế hoạch phát triển giáo dục và đào tạo và dự toán ngân sách năm 2021',
      },
    ],
    [
      'multi-line product',
      'III',
      '4',
      {
        task: 'Thực hiện quy trình bổ nhiệm cán bộ quản lý các đơn vị, trường học',
        unit: 'Phòng Tổ chức Cán bộ',
        deadline: 'Trong năm 2020',
        product: 'Quyết định bổ nhiệm\nHồ sơ bổ nhiệm',
      },
    ],
    [
      'conditional deadline (Đề án của Thủ tướng)',
      'VI',
      '3',
      {
        task: 'Xây dựng Đề án về chương trình học song ngữ trong các cấp học phổ thông',
        unit: 'Phòng Giáo dục Trung học',
        deadline: 'Sau khi có Đề án của Thủ tướng Chính phủ',
        product: 'Đề án trình UBND tỉnh',
      },
    ],
    [
      'row after the numbering gap',
      'VII',
      '10',
      {
        task: 'Rà soát hoạt động của các Trung tâm tư vấn du học',
        unit: 'Phòng GDTX&GDCN',
        deadline: 'Tháng 5/2020',
        product: 'Báo cáo kết quả rà soát',
      },
    ],
    [
      'interleaved task cell',
      'VIII',
      '7',
      {
        task:
          'Triển khai công cụ quản lý, thống kê, theo dõi kiểm soát bạo lực học đường; phòng chống ' +
          'ma túy/tệ nạn xã hội đối với học sinh, sinh viên',
        unit: 'Phòng Chính trị tư tưởng',
        deadline: 'Tháng 8/2020',
        product: 'Văn bản triển khai',
      },
    ],
    [
      'hyphen-wrapped decision number',
      'VIII',
      '6',
      {
        task:
          'Xây dựng môi trường giáo dục lành mạnh, dân chủ, kỷ cương; tăng cường an ninh, an toàn ' +
          'trường học; xây dựng văn hóa học đường, giáo dục đạo đức, lối sống, kỹ năng sống cho ' +
          'học sinh, sinh viên',
        unit: 'Phòng Chính trị tư tưởng',
        deadline: 'Tháng 9/2020',
        product:
          'Báo cáo tổng kết 5 năm triển khai thực hiện Quyết định số 1501/QĐ-TTg ngày 28/8/2015 ' +
          'của Thủ tướng Chính phủ.',
      },
    ],
    [
      'range deadline',
      'IX',
      '4',
      {
        task: 'Tổ chức thanh tra, kiểm tra các kỳ thi',
        unit: 'Thanh tra',
        deadline: 'Tháng 5-8/2020',
        product: 'Xây dựng Kế hoạch và thành lập các đoàn thanh tra; Báo cáo kết quả',
      },
    ],
    [
      'last row, multi-line product',
      'XI',
      '2',
      {
        task: 'Triển khai các giải pháp, ứng dụng phục vụ phát triển Chính phủ điện tử của Bộ GD&ĐT',
        unit: 'Tổ Công nghệ thông tin',
        deadline: 'Tháng 11/2020',
        product:
          'Các văn bản hướng dẫn;\nDuy trì, vận hành và đảm bảo an toàn thông tin các hệ thống ' +
          'công nghệ thông tin',
      },
    ],
  ])('spot check: %s (%s.%s)', (_label, section, tt, expected) => {
    const row = rowAt(t, section, tt);
    expect({ task: row.task, unit: row.unit, deadline: row.deadline, product: row.product }).toEqual(
      expected,
    );
  });

  it('starts and ends with the first and last rows of the source', () => {
    expect([t.rows[0]?.section, t.rows[0]?.tt]).toEqual(['I', '1']);
    expect([t.rows[t.rows.length - 1]?.section, t.rows[t.rows.length - 1]?.tt]).toEqual(['XI', '2']);
  });

  it('has one unit per section, named by the section title', () => {
    expect(t.units.map((u) => u.name)).toEqual(t.sections.map((s) => s.title));
  });

  it('has no name or alias that folds to two units', () => {
    const owner = new Map<string, string>();
    for (const unit of t.units) {
      for (const text of [unit.name, ...unit.aliases]) {
        const key = foldKey(text);
        const previous = owner.get(key);
        expect(previous === undefined || previous === unit.name).toBe(true);
        owner.set(key, unit.name);
      }
    }
  });

  it.each([
    ['Phòng KT&QLCLGD', 'Phòng Khảo thí và Quản lý chất lượng giáo dục'],
    ['phòng gdtx-gdcn', 'Phòng Giáo dục Thường xuyên và Giáo dục chuyên nghiệp'],
    ['Phòng Kế hoạch - Tài chính', 'Phòng Kế hoạch Tài chính'],
    ['Phòng TCCB', 'Phòng Tổ chức Cán bộ'],
    ['Phòng GDMN', 'Phòng Giáo dục Mầm non'],
    ['Phòng GDTH', 'Phòng Giáo dục Tiểu học'],
    ['Phòng GDTrH', 'Phòng Giáo dục Trung học'],
    ['Phòng CTTT', 'Phòng Chính trị tư tưởng'],
    ['Thanh tra Sở', 'Thanh tra'],
    ['VP', 'Văn phòng'],
    ['Tổ CNTT', 'Tổ Công nghệ thông tin'],
  ])('alias %s resolves to %s', (alias, name) => {
    const matches = t.units.filter((u) =>
      [u.name, ...u.aliases].some((a) => foldKey(a) === foldKey(alias)),
    );
    expect(matches.map((u) => u.name)).toEqual([name]);
  });

  it("resolves every row's unit to its section's unit", () => {
    for (const row of t.rows) {
      const unit = unitOf(t, row.section);
      const keys = [unit.name, ...unit.aliases].map(foldKey);
      expect({ at: `${row.section}.${row.tt}`, ok: keys.includes(foldKey(row.unit)) }).toEqual({
        at: `${row.section}.${row.tt}`,
        ok: true,
      });
    }
  });

  it('lists exactly the typo fixes made', () => {
    expect(t.fixes.map((f) => f.where)).toEqual([
      'I.8 task',
      'I.9 task',
      'II.5 product',
      'IV.4 task',
      'VIII.4 task',
      'X.3 product',
      'XI.1 task',
    ]);
  });

  it.each(HOA_BINH_2020.fixes.map((f) => [f.where, f] as const))(
    'fix %s: the corrected text is in that cell and the original nowhere',
    (where, fix) => {
      const match = /^([IVX]+)\.(\d+) (task|product)$/.exec(where);
      expect(match).not.toBeNull();
      const [, section, tt, field] = match as RegExpExecArray;
      const row = rowAt(t, section as string, tt as string);
      expect(row[field as 'task' | 'product']).toContain(fix.corrected);
      expect(fix.original).not.toBe(fix.corrected);
      for (const r of t.rows) {
        for (const text of [r.task, r.unit, r.deadline, r.product]) {
          expect(text).not.toContain(fix.original);
        }
      }
    },
  );
});

describe('SKELETON_2020_2021 (seed 002)', () => {
  const t = SKELETON_2020_2021;

  it('is an empty catalogue without year, date or units', () => {
    expect(t.kind).toBe('catalogue');
    expect(t.id).toBe('khung-nhiem-vu-giai-phap-2020-2021');
    expect(t.title).toBe(
      'Khung danh mục nhiệm vụ theo 9 nhóm nhiệm vụ và 5 giải pháp năm học 2020-2021',
    );
    expect(t.planYear).toBeNull();
    expect(t.issueDate).toBeNull();
    expect(t.rows).toEqual([]);
    expect(t.units).toEqual([]);
    expect(t.fixes).toEqual([]);
  });

  it('has 14 sections I–XIV: 9 task groups then 5 solutions, numbered in their titles', () => {
    expect(t.sections.map((s) => s.section)).toEqual(ROMAN);
    t.sections.forEach((s, i) => {
      const prefix = i < 9 ? `Nhiệm vụ ${i + 1}: ` : `Giải pháp ${i - 8}: `;
      expect(s.title.startsWith(prefix)).toBe(true);
      expectCanonical(s.title);
    });
  });

  it.each([
    [
      'I',
      'Nhiệm vụ 1: Tiếp tục sắp xếp mạng lưới trường, lớp phù hợp với thực tế và theo kế hoạch của UBND tỉnh',
    ],
    [
      'II',
      'Nhiệm vụ 2: Rà soát sắp xếp, nâng cao chất lượng, chuẩn hoá đội ngũ giáo viên và cán bộ quản lý giáo dục các cấp',
    ],
    ['VII', 'Nhiệm vụ 7: Hội nhập quốc tế trong giáo dục và đào tạo'],
    ['IX', 'Nhiệm vụ 9: Phát triển nguồn nhân lực, nhất là nguồn nhân lực chất lượng cao'],
    [
      'X',
      'Giải pháp 1: Tổ chức thực hiện nghiêm túc các quy định của pháp luật, quy chế của ngành; đẩy mạnh cải cách hành chính về giáo dục đào tạo',
    ],
    ['XIV', 'Giải pháp 5: Đẩy mạnh công tác truyền thông về giáo dục đào tạo'],
  ])('section %s is titled exactly as the source heading', (section, title) => {
    expect(t.sections.find((s) => s.section === section)?.title).toBe(title);
  });
});

describe('catalogue templates', () => {
  it('have distinct ids', () => {
    const ids = [HOA_BINH_2020.id, SKELETON_2020_2021.id];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
