import { AdviceRequestsRepository } from '../../cases/advice-requests.repository.js';
import { idsOfKinds, type SnapshotPart } from '../../meetings/engine/meeting-engine-registry.js';

/**
 * An advice gateway's part of the snapshot: on a request for advice, the teams it went to and their answers;
 * none where the viewer may not see the item's case.
 */
export const adviceTriagePart: SnapshotPart<'advice'> = async (db, items) => {
  const advice = await new AdviceRequestsRepository(db).triageAssignments(
    idsOfKinds(items, ['advice_triage']),
  );
  return (item, hidden) =>
    item.kind === 'advice_triage' ? (hidden ? [] : (advice.get(item.id) ?? [])) : null;
};
