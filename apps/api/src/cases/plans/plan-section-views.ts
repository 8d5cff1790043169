import type { EhcPlanSectionView } from '@convene/contracts';
import {
  EHC_PLAN_SECTION_TITLES,
  EHC_PLAN_SECTIONS,
  ehcPlanSectionLetter,
  type EhcPlanSection,
} from '@convene/domain';

/** Every section A to K in the plan's order, each with its text or null where the plan leaves it out. */
export function planSectionViews(
  texts: ReadonlyMap<EhcPlanSection, string>,
  show: (text: string) => string = (text) => text,
): EhcPlanSectionView[] {
  return EHC_PLAN_SECTIONS.map((section) => {
    const text = texts.get(section);
    return {
      section,
      letter: ehcPlanSectionLetter(section),
      title: EHC_PLAN_SECTION_TITLES[section],
      text: text === undefined ? null : show(text),
    };
  });
}
