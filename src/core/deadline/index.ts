export type { Deadline, DeadlineErrorCode, DeadlineKind, ParseOptions, Recurrence } from './types';
export { parseDeadline } from './parse';
export { formatDeadline } from './format';
export { RULES } from './grammar';
export type { Rule } from './grammar';
