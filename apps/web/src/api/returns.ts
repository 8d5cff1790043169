import type {
  AddPlacement,
  Sen2Report,
  Sen2ReturnDetails,
  UpdateSen2ReturnDetails,
} from '@convene/contracts';
import type { Role } from '@convene/domain';
import { getJson, patchJson, postJson } from './http';

/** Who may see the person-level SEN2 return; the API's authorization matrix checks the same again. */
export const SEN2_RETURN_READERS: Role[] = ['admin'];
/** Who may read a child's return details on the case page (and correct them on cases they may correct). */
export const RETURN_DETAILS_READERS: Role[] = ['admin', 'chair', 'presenter'];

export function getSen2Report(censusDate: string): Promise<Sen2Report> {
  return getJson<Sen2Report>(`/api/returns/sen2?${new URLSearchParams({ censusDate })}`);
}

/** The XML file's address: a plain link, so the browser downloads it with the session cookie. */
export function sen2ExportHref(censusDate: string): string {
  return `/api/returns/sen2/export?${new URLSearchParams({ censusDate })}`;
}

export function getReturnDetails(childId: string): Promise<Sen2ReturnDetails> {
  return getJson<Sen2ReturnDetails>(`/api/cases/${childId}/return-details`);
}

export function updateReturnDetails(
  childId: string,
  change: UpdateSen2ReturnDetails,
): Promise<Sen2ReturnDetails> {
  return patchJson<Sen2ReturnDetails>(`/api/cases/${childId}/return-details`, change);
}

export function addPlacement(childId: string, placement: AddPlacement): Promise<Sen2ReturnDetails> {
  return postJson<Sen2ReturnDetails>(`/api/cases/${childId}/placements`, placement);
}
