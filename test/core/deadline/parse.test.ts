import { formatDeadline, parseDeadline, RULES } from '../../../src/core/deadline';
import type { Deadline, DeadlineKind, Recurrence } from '../../../src/core/deadline';
import { matchKey } from '../../../src/core/deadline/parse';
import { normalizeText } from '../../../src/core/text/normalize';

type Row = readonly [text: string, planYear: number | undefined, expected: Deadline];

interface Extra {
  readonly recurrence?: Recurrence;
  readonly condition?: string;
  readonly remark?: string;
}

function ok(kind: DeadlineKind, from: string | null, to: string | null, normalized: string, extra: Extra = {}): Deadline {
  return {
    ok: true,
    kind,
    from,
    to,
    recurrence: extra.recurrence ?? null,
    condition: extra.condition ?? null,
    remark: extra.remark ?? null,
    normalized,
  };
}

function bad(errorCode: 'empty' | 'unrecognized' | 'invalid-date', error: string): Deadline {
  return { ok: false, kind: null, from: null, to: null, recurrence: null, condition: null, remark: null, error, errorCode };
}

const AUG_2020 = ok('month', '2020-08-01', '2020-08-31', 'Tháng 8/2020');
const MAY_AUG_2020 = ok('month-range', '2020-05-01', '2020-08-31', 'Tháng 5-8/2020');
const NOV_20_2020 = ok('date', '2020-11-20', '2020-11-20', '20/11/2020');
const Q2_2021 = ok('quarter', '2021-04-01', '2021-06-30', 'Quý II/2021');
const YEAR_2020 = ok('year', '2020-01-01', '2020-12-31', 'Năm 2020');
const SCHOOL_2020 = ok('school-year', '2020-09-01', '2021-08-31', 'Năm học 2020-2021');
const PERIOD_2021_2025 = ok('period', '2021-01-01', '2025-12-31', 'Giai đoạn 2021-2025');
const BEFORE_30_5 = ok('recurring', '2021-01-01', '2021-05-30', 'Trước ngày 30/5 hằng năm', { recurrence: 'yearly' });
const KH_BO = 'Sau khi có Kế hoạch của Bộ GD&ĐT';
const EXAMPLES = 'Ví dụ cách ghi: Tháng 8/2020, Quý II/2021, 20/11/2020, Năm học 2020-2021, Hằng quý';
const unrecognized = (text: string): Deadline =>
  bad('unrecognized', `Không nhận dạng được thời hạn “${text}”. ${EXAMPLES}`);
const SHORT_YEAR = bad('invalid-date', 'Năm phải ghi đủ 4 chữ số (ví dụ 20/11/2020, Tháng 8/2020)');

const VALID: readonly Row[] = [
  // Months.
  ['Tháng 8/2020', undefined, AUG_2020],
  ['tháng 08/2020', undefined, AUG_2020],
  ['T8/2020', undefined, AUG_2020],
  ['t 8/2020', undefined, AUG_2020],
  ['tháng 8 năm 2020', undefined, AUG_2020],
  ['Tháng 8-2020', undefined, AUG_2020],
  ['Tháng 8.2020', undefined, AUG_2020],
  ['08/2020', undefined, AUG_2020],
  ['THÁNG 8/2020', undefined, AUG_2020],
  ['thang 8/2020', undefined, AUG_2020],
  ['Tháng  8 / 2020', undefined, AUG_2020],
  ['Tháng8/2020', undefined, AUG_2020],
  ['Tháng 8/2020.', undefined, AUG_2020],
  ['Tháng 8/2020', 2021, AUG_2020],
  ['Tháng 2/2020', undefined, ok('month', '2020-02-01', '2020-02-29', 'Tháng 2/2020')],
  ['Tháng 2/2021', undefined, ok('month', '2021-02-01', '2021-02-28', 'Tháng 2/2021')],
  ['Tháng 12/2020', undefined, ok('month', '2020-12-01', '2020-12-31', 'Tháng 12/2020')],
  ['Tháng 8', 2021, ok('month', '2021-08-01', '2021-08-31', 'Tháng 8/2021')],
  ['Tháng 8', undefined, ok('month', null, null, 'Tháng 8')],
  // Month ranges and lists.
  ['Tháng 5-8/2020', undefined, MAY_AUG_2020],
  ['Tháng 5 - 8/2020', undefined, MAY_AUG_2020],
  ['Tháng 5 – 8/2020', undefined, MAY_AUG_2020],
  ['tháng 5-8 năm 2020', undefined, MAY_AUG_2020],
  ['Từ tháng 5 đến tháng 8/2020', undefined, MAY_AUG_2020],
  ['Tháng 5/2020 - tháng 8/2020', undefined, MAY_AUG_2020],
  ['Tháng 5-8', 2020, MAY_AUG_2020],
  ['Tháng 5-8', undefined, ok('month-range', null, null, 'Tháng 5-8')],
  ['tháng 6, 7/2020', undefined, ok('month-range', '2020-06-01', '2020-07-31', 'Tháng 6, 7/2020')],
  ['Tháng 6,7/2020', undefined, ok('month-range', '2020-06-01', '2020-07-31', 'Tháng 6, 7/2020')],
  ['Tháng 3, 6, 9/2020', undefined, ok('month-range', '2020-03-01', '2020-09-30', 'Tháng 3, 6, 9/2020')],
  ['Tháng 8 và tháng 12/2020', undefined, ok('month-range', '2020-08-01', '2020-12-31', 'Tháng 8 và 12/2020')],
  [
    'Tháng 8/2020 và tháng 12/2020',
    undefined,
    ok('month-range', '2020-08-01', '2020-12-31', 'Tháng 8/2020 và tháng 12/2020'),
  ],
  [
    'Tháng 12/2020 - Tháng 1/2021',
    undefined,
    ok('month-range', '2020-12-01', '2021-01-31', 'Tháng 12/2020 - tháng 1/2021'),
  ],
  // Days.
  ['20/11/2020', undefined, NOV_20_2020],
  ['ngày 20/11/2020', undefined, NOV_20_2020],
  ['20-11-2020', undefined, NOV_20_2020],
  ['20.11.2020', undefined, NOV_20_2020],
  ['ngày 20 tháng 11 năm 2020', undefined, NOV_20_2020],
  ['20/11/2020', 2019, NOV_20_2020],
  ['trước ngày 25/11/2023', undefined, ok('date', '2023-11-25', '2023-11-25', 'Trước ngày 25/11/2023')],
  ['Trước 20/11/2020', undefined, ok('date', '2020-11-20', '2020-11-20', 'Trước ngày 20/11/2020')],
  ['Chậm nhất ngày 15/12/2020', undefined, ok('date', '2020-12-15', '2020-12-15', 'Chậm nhất ngày 15/12/2020')],
  ['05/09/2020', undefined, ok('date', '2020-09-05', '2020-09-05', '5/9/2020')],
  ['29/02/2020', undefined, ok('date', '2020-02-29', '2020-02-29', '29/2/2020')],
  ['ngày 30/5', 2021, ok('date', '2021-05-30', '2021-05-30', '30/5/2021')],
  ['ngày 30/5', undefined, ok('date', null, null, '30/5')],
  ['30/5', 2020, ok('date', '2020-05-30', '2020-05-30', '30/5/2020')],
  ['trước ngày 30/5', 2021, ok('date', '2021-05-30', '2021-05-30', 'Trước ngày 30/5/2021')],
  ['29/2', undefined, ok('date', null, null, '29/2')],
  // Yearly recurring with a day or month.
  ['trước 30/5 hằng năm', 2021, BEFORE_30_5],
  ['Trước ngày 30/5 hàng năm', 2021, BEFORE_30_5],
  ['Hằng năm, trước ngày 30/5', 2021, BEFORE_30_5],
  ['trước 30/5 hằng năm', undefined, ok('recurring', null, null, 'Trước ngày 30/5 hằng năm', { recurrence: 'yearly' })],
  ['Ngày 15/9 hàng năm', 2020, ok('recurring', '2020-01-01', '2020-09-15', 'Ngày 15/9 hằng năm', { recurrence: 'yearly' })],
  ['Tháng 5 hằng năm', 2021, ok('recurring', '2021-05-01', '2021-05-31', 'Tháng 5 hằng năm', { recurrence: 'yearly' })],
  // Quarters.
  ['Quý II/2021', undefined, Q2_2021],
  ['Quí II/2021', undefined, Q2_2021],
  ['quý 2 năm 2021', undefined, Q2_2021],
  ['Quý II', 2021, Q2_2021],
  ['Quý 3/2020', undefined, ok('quarter', '2020-07-01', '2020-09-30', 'Quý III/2020')],
  ['Q3/2020', undefined, ok('quarter', '2020-07-01', '2020-09-30', 'Quý III/2020')],
  ['quý IV năm 2020', undefined, ok('quarter', '2020-10-01', '2020-12-31', 'Quý IV/2020')],
  ['Quý 1', undefined, ok('quarter', null, null, 'Quý I')],
  ['Quý I, II/2021', undefined, ok('quarter', '2021-01-01', '2021-06-30', 'Quý I, II/2021')],
  ['Quý I-II/2021', undefined, ok('quarter', '2021-01-01', '2021-06-30', 'Quý I-II/2021')],
  ['Quý II đến quý IV/2021', undefined, ok('quarter', '2021-04-01', '2021-12-31', 'Quý II-IV/2021')],
  ['Quý IV/2020 - Quý I/2021', undefined, ok('quarter', '2020-10-01', '2021-03-31', 'Quý IV/2020 - quý I/2021')],
  // Half years and semesters.
  ['6 tháng đầu năm 2021', undefined, ok('half-year', '2021-01-01', '2021-06-30', '6 tháng đầu năm 2021')],
  ['6 tháng cuối năm 2021', undefined, ok('half-year', '2021-07-01', '2021-12-31', '6 tháng cuối năm 2021')],
  ['Sáu tháng đầu năm', 2022, ok('half-year', '2022-01-01', '2022-06-30', '6 tháng đầu năm 2022')],
  ['Học kỳ I năm học 2020-2021', undefined, ok('half-year', '2020-09-01', '2021-01-31', 'Học kỳ I năm học 2020-2021')],
  ['Học kì II năm học 2020 - 2021', undefined, ok('half-year', '2021-02-01', '2021-05-31', 'Học kỳ II năm học 2020-2021')],
  ['Học kỳ 1', 2021, ok('half-year', null, null, 'Học kỳ I')],
  // Years.
  ['Năm 2020', undefined, YEAR_2020],
  ['2020', undefined, YEAR_2020],
  ['năm 2020', 2021, YEAR_2020],
  ['Trong năm 2020', undefined, ok('year', '2020-01-01', '2020-12-31', 'Trong năm 2020')],
  ['Cả năm 2020', undefined, ok('year', '2020-01-01', '2020-12-31', 'Cả năm 2020')],
  ['Quanh năm 2020', undefined, ok('year', '2020-01-01', '2020-12-31', 'Quanh năm 2020')],
  ['cuối năm 2020', undefined, ok('year', '2020-01-01', '2020-12-31', 'Cuối năm 2020')],
  ['Trong năm', 2021, ok('year', '2021-01-01', '2021-12-31', 'Trong năm 2021')],
  ['Trong năm', undefined, ok('year', null, null, 'Trong năm')],
  // Periods and school years.
  ['Giai đoạn 2021-2025', undefined, PERIOD_2021_2025],
  ['giai đoạn 2021 – 2025', undefined, PERIOD_2021_2025],
  ['Giai đoạn từ 2021 đến 2025', undefined, PERIOD_2021_2025],
  ['Năm học 2020-2021', undefined, SCHOOL_2020],
  ['năm học 2020 - 2021', 2020, SCHOOL_2020],
  ['Năm học\n2020-2021', undefined, SCHOOL_2020],
  // Recurring.
  ['Hằng năm', undefined, ok('recurring', null, null, 'Hằng năm', { recurrence: 'yearly' })],
  ['Hàng năm', 2020, ok('recurring', '2020-01-01', '2020-12-31', 'Hằng năm', { recurrence: 'yearly' })],
  ['Hằng quý', undefined, ok('recurring', null, null, 'Hằng quý', { recurrence: 'quarterly' })],
  ['Hàng quý', 2021, ok('recurring', '2021-01-01', '2021-12-31', 'Hằng quý', { recurrence: 'quarterly' })],
  ['hang quy', undefined, ok('recurring', null, null, 'Hằng quý', { recurrence: 'quarterly' })],
  ['Hằng  quý', undefined, ok('recurring', null, null, 'Hằng quý', { recurrence: 'quarterly' })],
  ['Hằng tháng', undefined, ok('recurring', null, null, 'Hằng tháng', { recurrence: 'monthly' })],
  ['Hàng tháng', 2020, ok('recurring', '2020-01-01', '2020-12-31', 'Hằng tháng', { recurrence: 'monthly' })],
  ['Định kỳ hằng quý', undefined, ok('recurring', null, null, 'Định kỳ hằng quý', { recurrence: 'quarterly' })],
  ['Định kì hàng năm', 2021, ok('recurring', '2021-01-01', '2021-12-31', 'Định kỳ hằng năm', { recurrence: 'yearly' })],
  // Ongoing.
  ['Thường xuyên', undefined, ok('ongoing', null, null, 'Thường xuyên')],
  ['Thường xuyên', 2020, ok('ongoing', '2020-01-01', '2020-12-31', 'Thường xuyên')],
  ['Thường xuyên, liên tục', undefined, ok('ongoing', null, null, 'Thường xuyên, liên tục')],
  ['thường xuyên liên tục', undefined, ok('ongoing', null, null, 'Thường xuyên, liên tục')],
  // Conditional.
  [KH_BO, undefined, ok('conditional', null, null, KH_BO, { condition: KH_BO })],
  ['Sau khi có Kế\nhoạch của Bộ\nGD&ĐT', 2020, ok('conditional', null, null, KH_BO, { condition: KH_BO })],
  ['Sau khi có Kế \r\n\r\nhoạch  của\u00a0Bộ GD&ĐT ', undefined, ok('conditional', null, null, KH_BO, { condition: KH_BO })],
  [
    'Sau khi có Đề án của Thủ tướng Chính phủ',
    undefined,
    ok('conditional', null, null, 'Sau khi có Đề án của Thủ tướng Chính phủ', {
      condition: 'Sau khi có Đề án của Thủ tướng Chính phủ',
    }),
  ],
  [
    'sau khi có kế hoạch',
    undefined,
    ok('conditional', null, null, 'Sau khi có kế hoạch', { condition: 'sau khi có kế hoạch' }),
  ],
  [
    'Khi có hướng dẫn của Bộ',
    undefined,
    ok('conditional', null, null, 'Khi có hướng dẫn của Bộ', { condition: 'Khi có hướng dẫn của Bộ' }),
  ],
  [
    'Theo kế hoạch của Bộ',
    undefined,
    ok('conditional', null, null, 'Theo kế hoạch của Bộ', { condition: 'Theo kế hoạch của Bộ' }),
  ],
  [
    'Theo lịch của Bộ GD&ĐT',
    undefined,
    ok('conditional', null, null, 'Theo lịch của Bộ GD&ĐT', { condition: 'Theo lịch của Bộ GD&ĐT' }),
  ],
  // Remarks.
  ['Tháng 8/2020 (đã ban hành)', undefined, ok('month', '2020-08-01', '2020-08-31', 'Tháng 8/2020 (đã ban hành)', { remark: 'đã ban hành' })],
  ['tháng 8/2020; đã ban hành', undefined, ok('month', '2020-08-01', '2020-08-31', 'Tháng 8/2020 (đã ban hành)', { remark: 'đã ban hành' })],
  [
    'Quý II/2021 (theo Quyết định (dự thảo))',
    undefined,
    ok('quarter', '2021-04-01', '2021-06-30', 'Quý II/2021 (theo Quyết định (dự thảo))', {
      remark: 'theo Quyết định (dự thảo)',
    }),
  ],
  [
    'Sau khi có Kế hoạch của Bộ GD&ĐT (dự kiến tháng 9)',
    undefined,
    ok('conditional', null, null, `${KH_BO} (dự kiến tháng 9)`, { condition: KH_BO, remark: 'dự kiến tháng 9' }),
  ],
  // Stray spaces.
  [' Tháng\u00a08/2020 ', undefined, AUG_2020],
  ['Tháng\u20078\u202f/\u200a2020', undefined, AUG_2020],
];

const INVALID: readonly Row[] = [
  ['Tháng 13/2020', undefined, bad('invalid-date', 'Tháng 13 không tồn tại')],
  ['Tháng 0/2020', undefined, bad('invalid-date', 'Tháng 0 không tồn tại')],
  ['Tháng 13', 2020, bad('invalid-date', 'Tháng 13 không tồn tại')],
  ['31/02/2021', undefined, bad('invalid-date', 'Ngày 31/2/2021 không tồn tại: tháng 2/2021 chỉ có 28 ngày')],
  ['29/02/2021', undefined, bad('invalid-date', 'Ngày 29/2/2021 không tồn tại: tháng 2/2021 chỉ có 28 ngày')],
  ['31/4/2020', undefined, bad('invalid-date', 'Ngày 31/4/2020 không tồn tại: tháng 4/2020 chỉ có 30 ngày')],
  ['0/5/2020', undefined, bad('invalid-date', 'Ngày 0/5/2020 không tồn tại')],
  ['30/2', undefined, bad('invalid-date', 'Ngày 30/2 không tồn tại')],
  ['ngày 29/2', 2021, bad('invalid-date', 'Ngày 29/2/2021 không tồn tại: tháng 2/2021 chỉ có 28 ngày')],
  ['8/20', undefined, bad('invalid-date', 'Tháng 20 không tồn tại')],
  ['Quý V/2020', undefined, bad('invalid-date', 'Quý V không tồn tại')],
  ['Quý 5/2020', undefined, bad('invalid-date', 'Quý 5 không tồn tại')],
  ['Quý II, I/2021', undefined, bad('invalid-date', 'Các quý phải ghi theo thứ tự tăng dần')],
  ['Quý I/2021 - Quý IV/2020', undefined, bad('invalid-date', 'Quý IV/2020 phải sau quý I/2021')],
  ['Năm học 2020-2022', undefined, bad('invalid-date', 'Năm học 2020-2022 không hợp lệ: hai năm phải liên tiếp (2020-2021)')],
  ['Năm học 2021-2020', undefined, bad('invalid-date', 'Năm học 2021-2020 không hợp lệ: hai năm phải liên tiếp (2021-2022)')],
  ['Học kỳ III năm học 2020-2021', undefined, bad('invalid-date', 'Học kỳ III không tồn tại')],
  ['Giai đoạn 2025-2021', undefined, bad('invalid-date', 'Giai đoạn 2025-2021 không hợp lệ: năm kết thúc phải sau năm bắt đầu')],
  ['Tháng 8-5/2020', undefined, bad('invalid-date', 'Tháng kết thúc (5) phải sau tháng bắt đầu (8)')],
  ['Tháng 1/2021 - tháng 12/2020', undefined, bad('invalid-date', 'Tháng 12/2020 phải sau tháng 1/2021')],
  ['Tháng 12/2020 và tháng 8/2020', undefined, bad('invalid-date', 'Các tháng phải ghi theo thứ tự thời gian')],
  ['Tháng 7, 6/2020', undefined, bad('invalid-date', 'Các tháng phải ghi theo thứ tự tăng dần')],
  ['Tháng 8/3020', undefined, bad('invalid-date', 'Năm 3020 nằm ngoài khoảng hợp lệ (1900–2100)')],
  ['20/11/20', undefined, SHORT_YEAR],
  ['trước ngày 20-11-20', undefined, SHORT_YEAR],
  ['Tháng 8/20', undefined, SHORT_YEAR],
  ['abc', undefined, unrecognized('abc')],
  ['x', undefined, unrecognized('x')],
  ['Năm', 2020, unrecognized('Năm')],
  ['Sau khi', undefined, unrecognized('Sau khi')],
  ['Hằng tuần', undefined, unrecognized('Hằng tuần')],
  ['2020-2021', undefined, unrecognized('2020-2021')],
  ['Tháng 8/2020 hoặc sớm hơn', undefined, unrecognized('Tháng 8/2020 hoặc sớm hơn')],
  ['Tháng 8/2020 (đã ban hành', undefined, unrecognized('Tháng 8/2020 (đã ban hành')],
  ['(đã ban hành)', undefined, bad('unrecognized', 'Không có thời hạn, chỉ có ghi chú “(đã ban hành)”')],
  ['', undefined, bad('empty', 'Chưa ghi thời gian hoàn thành')],
  ['   ', undefined, bad('empty', 'Chưa ghi thời gian hoàn thành')],
  ['\n\u00a0\t', 2020, bad('empty', 'Chưa ghi thời gian hoàn thành')],
];

const ALL: readonly Row[] = [...VALID, ...INVALID];

describe('parseDeadline', () => {
  it.each(VALID)('parses %j (plan year %p)', (text, planYear, expected) => {
    expect(parseDeadline(text, { planYear })).toEqual(expected);
  });

  it.each(INVALID)('refuses %j (plan year %p)', (text, planYear, expected) => {
    expect(parseDeadline(text, { planYear })).toEqual(expected);
  });

  it.each(ALL)('gives the same result for NFD input %j', (text, planYear, expected) => {
    const nfd = text.normalize('NFD');
    expect(parseDeadline(nfd, { planYear })).toEqual(expected);
  });

  it.each(ALL)('gives the same result for upper-case %j', (text, planYear, expected) => {
    const upper = parseDeadline(text.toLocaleUpperCase('vi'), { planYear });
    // Only the kept texts (condition, remark, error echo) follow the input's case.
    expect({ ok: upper.ok, kind: upper.kind, from: upper.from, to: upper.to, recurrence: upper.recurrence, errorCode: upper.errorCode }).toEqual({
      ok: expected.ok,
      kind: expected.kind,
      from: expected.from,
      to: expected.to,
      recurrence: expected.recurrence,
      errorCode: expected.errorCode,
    });
  });

  it.each([
    ['no plan year', {}],
    ['a plan year that is not a year', { planYear: 20 }],
    ['a fractional plan year', { planYear: 2020.5 }],
  ])('leaves "Hằng quý" open with %s', (_label, options) => {
    expect(parseDeadline('Hằng quý', options)).toEqual(ok('recurring', null, null, 'Hằng quý', { recurrence: 'quarterly' }));
  });

  it('treats a non-string as empty', () => {
    expect(parseDeadline(undefined as unknown as string)).toEqual(bad('empty', 'Chưa ghi thời gian hoàn thành'));
  });
});

/**
 * Every "Thời gian hoàn thành" of the annex of seed 000 (Hòa Bình, 2020), by
 * section and number, line breaks as in the source. Section VII jumps from 7
 * to 10 in the source.
 */
const HOA_BINH_2020: readonly (readonly [string, string, DeadlineKind])[] = [
  ['I.1', 'Tháng 8/2020', 'month'],
  ['I.2', 'Tháng 2/2020', 'month'],
  ['I.3', 'Sau khi có Kế \n\nhoạch của Bộ \n\nGD&ĐT', 'conditional'],
  ['I.4', 'Tháng 8/2020', 'month'],
  ['I.5', 'Tháng 1/2020', 'month'],
  ['I.6', 'Tháng 4/2020', 'month'],
  ['I.7', 'Tháng 1/2020', 'month'],
  ['I.8', 'Tháng 3/2020', 'month'],
  ['I.9', 'Trong năm 2020', 'year'],
  ['I.10', 'Tháng 9/2020', 'month'],
  ['I.11', 'Tháng 12/2020', 'month'],
  ['II.1', 'Tháng 11/2020', 'month'],
  ['II.2', 'Tháng 11/2020', 'month'],
  ['II.3', 'Tháng 11/2020', 'month'],
  ['II.4', 'Tháng 11/2020', 'month'],
  ['II.5', 'Tháng 8/2020', 'month'],
  ['III.1', 'Tháng 2/2020', 'month'],
  ['III.2', 'Tháng 10/2020', 'month'],
  ['III.3', 'Tháng 2/2020', 'month'],
  ['III.4', 'Trong năm 2020', 'year'],
  ['III.5', 'Tháng 12/2020', 'month'],
  ['III.6', 'Tháng 10/2020', 'month'],
  ['III.7', 'Tháng 11/2020', 'month'],
  ['IV.1', 'Tháng 4/2020', 'month'],
  ['IV.2', 'Tháng 8/2020', 'month'],
  ['IV.3', 'Tháng 8/2020', 'month'],
  ['IV.4', 'Tháng 10/2020', 'month'],
  ['IV.5', 'Tháng 8/2020', 'month'],
  ['V.1', 'Tháng 2/2020', 'month'],
  ['V.2', 'Tháng 2/2020', 'month'],
  ['V.3', 'Trong năm 2020', 'year'],
  ['V.4', 'Tháng 8/2020', 'month'],
  ['V.5', 'Trong năm 2020', 'year'],
  ['V.6', 'Tháng 5/2020', 'month'],
  ['V.7', 'Tháng 4/2020', 'month'],
  ['V.8', 'Tháng 8/2020', 'month'],
  ['VI.1', 'Tháng 12/2020', 'month'],
  ['VI.2', 'Tháng 6/2020', 'month'],
  ['VI.3', 'Sau khi có Đề án \n\ncủa Thủ tướng \n\nChính phủ', 'conditional'],
  ['VI.4', 'Tháng 3/2020', 'month'],
  ['VI.5', 'Tháng 6/2020', 'month'],
  ['VI.6', 'Tháng 1/2020', 'month'],
  ['VI.7', 'Tháng 10/2020', 'month'],
  ['VI.8', 'Tháng 10/2020', 'month'],
  ['VI.9', 'Tháng 9/2020', 'month'],
  ['VII.1', 'Tháng 4/2020', 'month'],
  ['VII.2', 'Tháng 4/2020', 'month'],
  ['VII.3', 'Tháng 12/2020', 'month'],
  ['VII.4', 'Tháng 3/2020', 'month'],
  ['VII.5', 'Tháng 12/2020', 'month'],
  ['VII.6', 'Tháng 8/2020', 'month'],
  ['VII.7', 'Tháng 11/2020', 'month'],
  ['VII.10', 'Tháng 5/2020', 'month'],
  ['VIII.1', 'Tháng 10/2020', 'month'],
  ['VIII.2', 'Tháng 6/2020', 'month'],
  ['VIII.3', 'Tháng 10/2020', 'month'],
  ['VIII.4', 'Tháng 11/2020', 'month'],
  ['VIII.5', 'Tháng 7/2020', 'month'],
  ['VIII.6', 'Tháng 9/2020', 'month'],
  ['VIII.7', 'Tháng 8/2020', 'month'],
  ['VIII.8', 'Tháng 12/2020', 'month'],
  ['VIII.9', 'Tháng 8/2020', 'month'],
  ['VIII.10', 'Tháng 8/2020', 'month'],
  ['IX.1', 'Tháng 12/2020', 'month'],
  ['IX.2', 'Tháng 12/2020', 'month'],
  ['IX.3', 'Hằng quý', 'recurring'],
  ['IX.4', 'Tháng 5-8/2020', 'month-range'],
  ['IX.5', 'Tháng 8-9/2020', 'month-range'],
  ['X.1', 'Tháng 6-7/2020', 'month-range'],
  ['X.2', 'Tháng 10/2020', 'month'],
  ['X.3', 'Tháng 10/2020', 'month'],
  ['X.4', 'Tháng 5/2020', 'month'],
  ['XI.1', 'Tháng 8/2020', 'month'],
  ['XI.2', 'Tháng 11/2020', 'month'],
];

describe('the Hòa Bình 2020 catalogue', () => {
  it.each(HOA_BINH_2020)('understands %s %j as already canonical', (_tt, text, kind) => {
    const d = parseDeadline(text, { planYear: 2020 });
    expect({ ok: d.ok, kind: d.kind, normalized: d.normalized }).toEqual({ ok: true, kind, normalized: normalizeText(text) });
  });

  it.each(HOA_BINH_2020)('puts %s %j within 2020 (or leaves a condition open)', (_tt, text, kind) => {
    const d = parseDeadline(text, { planYear: 2020 });
    const window = kind === 'conditional' ? [null, null] : [d.from?.slice(0, 4), d.to?.slice(0, 4)];
    expect(window).toEqual(kind === 'conditional' ? [null, null] : ['2020', '2020']);
  });
});

describe('formatDeadline', () => {
  it.each(VALID)('renders %j as its normalized form', (text, planYear, expected) => {
    expect(formatDeadline(parseDeadline(text, { planYear }))).toBe(expected.normalized);
  });

  it.each(INVALID)('renders nothing for %j', (text, planYear) => {
    expect(formatDeadline(parseDeadline(text, { planYear }))).toBe('');
  });

  const byHand = (
    kind: DeadlineKind,
    from: string | null,
    to: string | null,
    extra: Extra = {},
  ): Deadline => {
    const { normalized: _dropped, ...rest } = ok(kind, from, to, '', extra);
    return rest;
  };

  it.each([
    [byHand('month', '2020-08-01', '2020-08-31'), 'Tháng 8/2020'],
    [byHand('month', '2020-08-01', '2020-08-31', { remark: 'đã ban hành' }), 'Tháng 8/2020 (đã ban hành)'],
    [byHand('month-range', '2020-05-01', '2020-08-31'), 'Tháng 5-8/2020'],
    [byHand('month-range', '2020-12-01', '2021-01-31'), 'Tháng 12/2020 - tháng 1/2021'],
    [byHand('date', '2020-11-20', '2020-11-20'), '20/11/2020'],
    [byHand('quarter', '2021-04-01', '2021-06-30'), 'Quý II/2021'],
    [byHand('quarter', '2021-01-01', '2021-06-30'), 'Quý I-II/2021'],
    [byHand('quarter', '2020-10-01', '2021-03-31'), 'Quý IV/2020 - quý I/2021'],
    [byHand('half-year', '2021-01-01', '2021-06-30'), '6 tháng đầu năm 2021'],
    [byHand('half-year', '2021-07-01', '2021-12-31'), '6 tháng cuối năm 2021'],
    [byHand('half-year', '2020-09-01', '2021-01-31'), 'Học kỳ I năm học 2020-2021'],
    [byHand('half-year', '2021-02-01', '2021-05-31'), 'Học kỳ II năm học 2020-2021'],
    [byHand('year', '2020-01-01', '2020-12-31'), 'Năm 2020'],
    [byHand('period', '2021-01-01', '2025-12-31'), 'Giai đoạn 2021-2025'],
    [byHand('school-year', '2020-09-01', '2021-08-31'), 'Năm học 2020-2021'],
    [byHand('recurring', null, null, { recurrence: 'quarterly' }), 'Hằng quý'],
    [byHand('ongoing', null, null), 'Thường xuyên'],
    [byHand('conditional', null, null, { condition: 'sau khi có Đề án' }), 'Sau khi có Đề án'],
    [byHand('month', null, null), ''],
  ])('renders a hand-built deadline as %j', (d, expected) => {
    expect(formatDeadline(d)).toBe(expected);
  });
});

describe('the grammar table', () => {
  it.each(RULES.map((rule, i) => [rule.form, i] as const))('matches its example %j first', (form, index) => {
    expect(RULES.findIndex((rule) => rule.pattern.test(matchKey(form)))).toBe(index);
  });
});
