/** The registry of standard templates shipped with the add-in. */
import { HOA_BINH_2020 } from './data/catalogue-hoa-binh-2020';
import { SKELETON_2020_2021 } from './data/catalogue-skeleton-2020-2021';
import { CRITERIA_2020_2021 } from './data/criteria-2020-2021';
import { CLUSTERS_2020_2021 } from './data/clusters';
import type { CatalogueTemplate, CriteriaTemplate, Template } from './types';

export * from './types';
export { HOA_BINH_2020, SKELETON_2020_2021, CRITERIA_2020_2021, CLUSTERS_2020_2021 };

export const TEMPLATES: readonly Template[] = [HOA_BINH_2020, SKELETON_2020_2021, CRITERIA_2020_2021];

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export function isCatalogue(t: Template): t is CatalogueTemplate {
  return t.kind === 'catalogue';
}

export function isCriteria(t: Template): t is CriteriaTemplate {
  return t.kind === 'criteria';
}

/** The summary shown by `thidua templates` and the pane's gallery. */
export interface TemplateSummary {
  readonly id: string;
  readonly kind: Template['kind'];
  readonly title: string;
  readonly source: string;
}

export function summarizeTemplate(t: Template): TemplateSummary {
  return { id: t.id, kind: t.kind, title: t.title, source: t.source };
}
