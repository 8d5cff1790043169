import type {
  AgencyView,
  AuditRecordView,
  ManagedLocality,
  ManagedUser,
  MeetingGroupView,
  Page,
} from '@convene/contracts';
import type { AgencyKind, Role } from '@convene/domain';
import { getJson, patchJson, postJson, sendRaw } from './http';

export const listUsers = () => getJson<ManagedUser[]>('/api/admin/users');
export const createUser = (body: {
  email: string;
  displayName: string;
  jobTitle?: string;
  agencyId: string;
  roles: Role[];
  password?: string;
}) => postJson<ManagedUser>('/api/admin/users', body);
export const updateUser = (
  userId: string,
  body: { roles?: Role[]; active?: boolean; agencyId?: string; password?: string },
) => patchJson<ManagedUser>(`/api/admin/users/${encodeURIComponent(userId)}`, body);
export const listAgencies = () => getJson<AgencyView[]>('/api/admin/agencies');
export const createAgency = (body: { code: string; name: string; kind: AgencyKind }) =>
  postJson<AgencyView>('/api/admin/agencies', body);
export const changeAgency = (agencyId: string, body: { name?: string; retired?: boolean }) =>
  patchJson<AgencyView>(`/api/admin/agencies/${encodeURIComponent(agencyId)}`, body);

export const listManagedLocalities = () => getJson<ManagedLocality[]>('/api/admin/localities');
export const addLocality = (body: {
  code: string;
  name: string;
  isVulnerablePupilsTeam: boolean;
  familyLinkOfficerIds: string[];
}) => postJson<ManagedLocality>('/api/admin/localities', body);
export const changeLocality = (
  localityId: string,
  body: { name?: string; retired?: boolean; familyLinkOfficerIds?: string[] },
) => patchJson<ManagedLocality>(`/api/admin/localities/${encodeURIComponent(localityId)}`, body);
export const deleteLocality = (localityId: string) =>
  sendRaw('DELETE', `/api/admin/localities/${encodeURIComponent(localityId)}`);

export interface AuditFilters {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: string;
  to?: string;
  page?: number;
}

const query = (filters: AuditFilters) => {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) q.set(key, String(value));
  return q.toString();
};
export const listAudit = (filters: AuditFilters) =>
  getJson<Page<AuditRecordView>>(`/api/audit?${query(filters)}`);
export const auditCsvUrl = (filters: AuditFilters) =>
  `/api/audit/export.csv?${query({ ...filters, page: undefined })}`;

export const listMeetingGroups = () => getJson<MeetingGroupView[]>('/api/admin/meeting-groups');
export const createMeetingGroup = (body: { kind: string; name: string }) =>
  postJson<MeetingGroupView>('/api/admin/meeting-groups', body);
export const setGroupMember = (groupId: string, userId: string, role: string, inviteToScheduled = false) =>
  sendRaw(
    'PUT',
    `/api/admin/meeting-groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`,
    { role, inviteToScheduled },
  );
export const removeGroupMember = (groupId: string, userId: string) =>
  sendRaw(
    'DELETE',
    `/api/admin/meeting-groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`,
  );

export const resetTwoStep = (userId: string) =>
  postJson<void>(`/api/admin/users/${encodeURIComponent(userId)}/two-step/reset`);
