import type { Sen2Report } from '@convene/contracts';
import type { Sen2Issue } from '@convene/domain';

/** The counts per module, in the order the specification lists its modules, with our words for each. */
export function sen2CountRows(counts: Sen2Report['counts']): { label: string; value: number }[] {
  return [
    { label: 'Children and young people in the return', value: counts.persons },
    { label: 'Ready to return', value: counts.ready },
    { label: 'Held back until fixed', value: counts.heldBack },
    { label: 'Requests for assessment', value: counts.requests },
    { label: 'EHC needs assessments', value: counts.assessments },
    { label: 'Plans (named plan module)', value: counts.namedPlans },
    { label: 'Active plans on the census date', value: counts.activePlans },
    { label: 'Plans ceased in the collection year', value: counts.ceasedPlans },
    { label: 'Placements on the census date', value: counts.placements },
  ];
}

/** Where on the case page an issue is fixed: the return details form, the placements form, or the request itself. */
export function fixLink(childId: string, issue: Sen2Issue): { path: string; hash: string; words: string } {
  if (issue.fix === 'placements')
    return { path: `/cases/${childId}`, hash: '#sen2-placements', words: 'Record the placement' };
  if (issue.fix === 'request')
    return {
      path: `/cases/${childId}`,
      hash: issue.requestId ? `#request-${issue.requestId}` : '',
      words: 'Check the request’s steps',
    };
  return { path: `/cases/${childId}`, hash: '#sen2-return-details', words: 'Fix the return details' };
}
