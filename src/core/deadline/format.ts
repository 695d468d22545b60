/**
 * Canonical rendering of a deadline. A parsed deadline carries its rendering
 * in `normalized`; for a deadline built by hand (no `normalized`) it is
 * rendered from the fields, in the plain form of each kind.
 */

import { ROMAN } from './calendar';
import type { Deadline } from './types';

const EVERY: Readonly<Record<string, string>> = { yearly: 'Hằng năm', quarterly: 'Hằng quý', monthly: 'Hằng tháng' };

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** The canonical Vietnamese rendering ("" when not ok or the fields say too little). */
export function formatDeadline(d: Deadline): string {
  if (!d.ok) return '';
  if (d.normalized !== undefined) return d.normalized;
  const base = fromFields(d);
  return base !== '' && d.remark !== null ? `${base} (${d.remark})` : base;
}

function fromFields(d: Deadline): string {
  if (d.kind === 'conditional') return capitalize(d.condition ?? '');
  if (d.kind === 'ongoing') return 'Thường xuyên';
  if (d.kind === 'recurring') return EVERY[d.recurrence ?? ''] ?? '';
  if (d.from === null || d.to === null) return '';
  const [y1, m1] = d.from.split('-').map(Number);
  const [y2, m2, d2] = d.to.split('-').map(Number);
  const [q1, q2] = [ROMAN[Math.ceil(m1 / 3)], ROMAN[Math.ceil(m2 / 3)]];
  switch (d.kind) {
    case 'date':
      return `${d2}/${m2}/${y2}`;
    case 'month':
      return `Tháng ${m2}/${y2}`;
    case 'month-range':
      return y1 === y2 ? `Tháng ${m1}-${m2}/${y2}` : `Tháng ${m1}/${y1} - tháng ${m2}/${y2}`;
    case 'quarter':
      if (y1 !== y2) return `Quý ${q1}/${y1} - quý ${q2}/${y2}`;
      return q1 === q2 ? `Quý ${q2}/${y2}` : `Quý ${q1}-${q2}/${y2}`;
    case 'half-year':
      if (m1 === 9) return `Học kỳ I năm học ${y1}-${y1 + 1}`;
      if (m1 === 2) return `Học kỳ II năm học ${y1 - 1}-${y1}`;
      return `6 tháng ${m1 === 1 ? 'đầu' : 'cuối'} năm ${y2}`;
    case 'year':
      return `Năm ${y2}`;
    case 'period':
      return `Giai đoạn ${y1}-${y2}`;
    case 'school-year':
      return `Năm học ${y1}-${y2}`;
    default:
      return '';
  }
}
