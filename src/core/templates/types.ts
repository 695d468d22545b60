/**
 * Standard templates as plain, readonly data. Transcribed from the source
 * documents in `shared/seeds/`; every correction of an obvious typo is listed
 * in the template's `fixes` so a reader can check it against the source.
 */

/** One correction made while transcribing (only obvious typos are fixed). */
export interface TranscriptionFix {
  /** Where in the template, e.g. "VIII.4 task" or "3.3.7 code". */
  readonly where: string;
  readonly original: string;
  readonly corrected: string;
  readonly reason: string;
}

/** A unit (đơn vị) of the department, with the short forms people write. */
export interface Unit {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** A section of a catalogue: Roman numeral + title (the lead unit in seed 000). */
export interface CatalogueSection {
  /** Roman numeral as in the source: "I", "II", … */
  readonly section: string;
  readonly title: string;
}

/** One task row of a catalogue, with the text exactly as in the source. */
export interface CatalogueRow {
  readonly section: string;
  readonly sectionTitle: string;
  /** Number as in the source (kept even where the source skips numbers). */
  readonly tt: string;
  readonly task: string;
  readonly unit: string;
  /** Deadline text as written ("Tháng 8/2020", "Sau khi có …"). */
  readonly deadline: string;
  /** Product text; distinct products on separate lines are joined by "\n". */
  readonly product: string;
}

export interface CatalogueTemplate {
  readonly kind: 'catalogue';
  readonly id: string;
  readonly title: string;
  /** Human-readable source, e.g. "Kế hoạch … Sở GD&ĐT Hòa Bình, 02/2020 (seed 000, Phụ lục)". */
  readonly source: string;
  /** The plan year, or null for a skeleton that an office fills in. */
  readonly planYear: number | null;
  /** ISO date from which the plan applies (its issue date); null when unknown. */
  readonly issueDate: string | null;
  readonly units: readonly Unit[];
  readonly sections: readonly CatalogueSection[];
  readonly rows: readonly CatalogueRow[];
  readonly fixes: readonly TranscriptionFix[];
}

/** Special scoring rules, declared as data (the engine runs each with one short function). */
export type ScoringRule =
  /**
   * 4.2.1 / 4.2.2: the maximum depends on whether a foreign language other than
   * English is taught (the workbook flag `NgoaiNguKhac`).
   */
  | {
      readonly kind: 'foreign-language';
      readonly language: 'english' | 'other';
      readonly maxIfOtherTaught: number;
      readonly maxOtherwise: number;
    }
  /** 7.4 / 7.5: the input is a status text; each status earns fixed points. */
  | {
      readonly kind: 'status';
      readonly points: readonly { readonly status: string; readonly points: number }[];
    }
  /**
   * 10.2.4.a / 10.2.4.b: the input is a rate (fraction 0–1 or percent 1–100);
   * bands are checked top-down, the first whose `min` (fraction) the rate reaches wins.
   */
  | {
      readonly kind: 'rate';
      readonly bands: readonly { readonly min: number; readonly points: number }[];
    }
  /** The bonus row (Điểm thưởng): counted up to its maximum, outside the 2250. */
  | { readonly kind: 'bonus' };

/** One row of the criteria table, as in the source. */
export interface CriterionData {
  /**
   * Code as in the source ("1", "1.1", "3.2.1.a"); information rows without a
   * number in the source get "<parent>.iN" (N = 1, 2, … in order); the bonus row is "DT".
   */
  readonly code: string;
  /** Parent code, or null for the 14 top-level items and the bonus row. */
  readonly parent: string | null;
  readonly text: string;
  /** The evidence column (Minh chứng), "" where empty. */
  readonly evidence: string;
  /** Points as given in the source, or null where the source gives none. */
  readonly points: number | null;
  /** Evaluating unit (Đơn vị đánh giá) where the source names one on this row, else null. */
  readonly evaluator: string | null;
  readonly rule: ScoringRule | null;
}

export interface CriteriaTemplate {
  readonly kind: 'criteria';
  readonly id: string;
  readonly title: string;
  readonly source: string;
  /** Sum of the 14 top-level items (2250). */
  readonly totalMax: number;
  /** Maximum bonus (250). */
  readonly bonusMax: number;
  readonly items: readonly CriterionData[];
  readonly fixes: readonly TranscriptionFix[];
}

/** One emulation cluster (Cụm thi đua) of the Ministry's letter. */
export interface Cluster {
  /** "Cụm 1" … "Cụm 8". */
  readonly name: string;
  /** Leading department (Cụm trưởng), e.g. "Thành phố Hà Nội". */
  readonly leader: string;
  /** Deputy (Cụm phó). */
  readonly deputy: string;
}

export type Template = CatalogueTemplate | CriteriaTemplate;
