import { idsOfKinds, type SnapshotPart } from '../../meetings/engine/meeting-engine-registry.js';
import { JointFundingRepository } from './joint-funding.repository.js';

/** The group's part of the snapshot: on a joint funding item, the proposal with each agency's share and answer. */
export const jointFundingPart: SnapshotPart<'jointFunding'> = async (db, items) => {
  const views = await new JointFundingRepository(db).views(idsOfKinds(items, ['joint_funding']));
  return (item) => views.get(item.id) ?? null;
};
