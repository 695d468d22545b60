/**
 * A deadline ("Thời gian hoàn thành") as written in a plan, understood.
 *
 * `from`/`to` are the window of the deadline as ISO dates (yyyy-mm-dd);
 * `to` is the due date. They are null when the text names no calendar time
 * (conditional deadlines) or when it needs a plan year that was not given
 * ("Hằng quý", "Thường xuyên", "ngày 30/5", "Tháng 8" without `planYear`).
 */

export type DeadlineKind =
  | 'month'
  | 'month-range'
  | 'date'
  | 'quarter'
  | 'half-year'
  | 'year'
  | 'period'
  | 'school-year'
  | 'recurring'
  | 'ongoing'
  | 'conditional';

export type Recurrence = 'yearly' | 'quarterly' | 'monthly' | null;

export type DeadlineErrorCode = 'empty' | 'unrecognized' | 'invalid-date';

export interface Deadline {
  /** False when the text is empty, not understood, or names an impossible date. */
  readonly ok: boolean;
  /** Null when `!ok`. */
  readonly kind: DeadlineKind | null;
  /** ISO date (yyyy-mm-dd): start of the window. */
  readonly from: string | null;
  /** ISO date (yyyy-mm-dd): the due date (end of the window). */
  readonly to: string | null;
  readonly recurrence: Recurrence;
  /** For `conditional`: the condition text, e.g. "Sau khi có Kế hoạch của Bộ GD&ĐT". */
  readonly condition: string | null;
  /** Trailing remark: "đã ban hành" from "Tháng 8/2020 (đã ban hành)". */
  readonly remark: string | null;
  /** When `!ok`: why, in Vietnamese (e.g. "Tháng 13 không tồn tại"). */
  readonly error?: string;
  readonly errorCode?: DeadlineErrorCode;
  /** When `ok`: the canonical Vietnamese spelling, e.g. "Tháng 8/2020", "Quý II/2021". */
  readonly normalized?: string;
}

export interface ParseOptions {
  /** Calendar year of the plan: resolves texts without a year ("ngày 30/5", "Hằng quý"). */
  readonly planYear?: number;
}
