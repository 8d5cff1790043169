import type {
  FundingBand,
  PanelRequestKind,
  PanelRequestStatus,
  PersonalBudgetPurpose,
  SettingType,
} from '@convene/domain';
import type { PersonRef } from './cases.js';

/** What a Family Link Officer asks the Decision-Making Group for; the fields that apply depend on the kind. */
export interface RaisePanelRequest {
  kind: PanelRequestKind;
  /** Why the request is made: what has changed, what the evidence shows. */
  summary: string;
  /** Change of placement: the setting named, and its type. */
  settingName?: string;
  settingType?: SettingType;
  /** Funding and personal budgets: the amount a year, in whole pence. */
  amountPence?: number;
  /** Funding: the top-up band asked for. */
  band?: FundingBand;
  /** Personal budget: what it pays for. */
  purpose?: PersonalBudgetPurpose;
  /** Funding and personal budgets: the period asked for; a placement change: the day it would start. */
  startsOn?: string;
  endsOn?: string;
}

/** The details of a request as the panel sees them in the room and on the case page. */
export interface PanelRequestDetails {
  id: string;
  kind: PanelRequestKind;
  summary: string;
  settingName: string | null;
  settingType: SettingType | null;
  amountPence: number | null;
  band: FundingBand | null;
  purpose: PersonalBudgetPurpose | null;
  startsOn: string | null;
  endsOn: string | null;
}

export interface PanelRequestView extends PanelRequestDetails {
  status: PanelRequestStatus;
  raisedBy: PersonRef | null;
  raisedAt: string;
  decidedOn: string | null;
}
