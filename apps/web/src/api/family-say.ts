import type {
  FamilyFeedbackIndicator,
  FamilyFeedbackSent,
  FamilyViewsSent,
  SendFamilyFeedback,
  WriteYouSaidWeDid,
  YouSaidWeDid,
  YouSaidWeDidEntry,
} from '@convene/contracts';
import type { FamilyViewsKind } from '@convene/domain';
import { getJson, postForm, postJson } from './http';

const childPath = (childId: string) => `/api/family/children/${encodeURIComponent(childId)}`;

/** What the family sent for the child: the signed-in person's own files, and others' they may see. */
export const familyViewsSent = (childId: string) => getJson<FamilyViewsSent[]>(`${childPath(childId)}/views`);

/** Sends the family's views, or the child's own; the server checks the file as it checks staff evidence. */
export function sendFamilyViews(
  childId: string,
  kind: FamilyViewsKind,
  file: File,
): Promise<FamilyViewsSent> {
  const body = new FormData();
  body.set('kind', kind);
  body.set('file', file);
  return postForm<FamilyViewsSent>(`${childPath(childId)}/views`, body);
}

export const sendFamilyFeedback = (childId: string, feedback: SendFamilyFeedback) =>
  postJson<FamilyFeedbackSent>(`${childPath(childId)}/feedback`, feedback);

/** "You said, we did" as families read it: published, newest first. */
export const youSaidWeDidForFamilies = () => getJson<YouSaidWeDid[]>('/api/family/you-said-we-did');

/** Every entry, withdrawn ones too: for those who write them. */
export const youSaidWeDidEntries = () => getJson<YouSaidWeDidEntry[]>('/api/you-said-we-did');

export const writeYouSaidWeDid = (entry: WriteYouSaidWeDid) =>
  postJson<YouSaidWeDidEntry>('/api/you-said-we-did', entry);

export const withdrawYouSaidWeDid = (id: string) =>
  postJson<YouSaidWeDidEntry>(`/api/you-said-we-did/${encodeURIComponent(id)}/withdraw`);

export const getFamilyFeedbackIndicator = () =>
  getJson<FamilyFeedbackIndicator>('/api/dashboard/family-feedback');
