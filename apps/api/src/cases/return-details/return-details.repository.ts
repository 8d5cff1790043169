import type { Sen2PlacementView, Sen2ReturnDetails } from '@convene/contracts';
import type { Sen2CeaseReason, Sen2Ethnicity, Sen2SenType, Sen2Sex, Sen2UpnUnknown } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';

/** The child's own return fields, as the columns hold them. */
export interface ChildReturnFields {
  upn: string | null;
  uln: string | null;
  upnUnknown: Sen2UpnUnknown | null;
  sex: Sen2Sex | null;
  ethnicity: Sen2Ethnicity | null;
  postcode: string | null;
  senType: Sen2SenType | null;
  secondSenType: Sen2SenType | null;
}

/** A placement to record: the view's fields, for a child, by an officer. */
export interface NewPlacement extends Omit<Sen2PlacementView, 'id'> {
  childId: string;
  recordedBy: string;
}

const CHILD_FIELDS = `upn, uln, upn_unknown AS "upnUnknown", sex, ethnicity, postcode, sen_type AS "senType",
                      second_sen_type AS "secondSenType"`;

/** A child's SEN2 return details: their identifiers and characteristics, their latest plan's ending, their placements. */
export class ReturnDetailsRepository {
  constructor(private readonly db: Queryable) {}

  /** The child's fields locked for a change; null: no such child. */
  async lockChild(childId: string): Promise<ChildReturnFields | null> {
    const [row] = await this.db.query<ChildReturnFields[]>(
      `SELECT ${CHILD_FIELDS} FROM children WHERE id = $1 FOR UPDATE`,
      [childId],
    );
    return row ?? null;
  }

  async details(childId: string): Promise<Sen2ReturnDetails | null> {
    const [child] = await this.db.query<ChildReturnFields[]>(
      `SELECT ${CHILD_FIELDS} FROM children WHERE id = $1`,
      [childId],
    );
    if (!child) return null;
    return { ...child, plan: await this.latestPlan(childId), placements: await this.placements(childId) };
  }

  /** The child's latest final plan: the one a cease date and reason are recorded on. */
  async latestPlan(childId: string): Promise<Sen2ReturnDetails['plan']> {
    const [row] = await this.db.query<
      {
        requestId: string;
        finalIssuedOn: string;
        ceasedOn: string | null;
        ceaseReason: Sen2CeaseReason | null;
      }[]
    >(
      `SELECT id AS "requestId", final_issued_on AS "finalIssuedOn", plan_ceased_on AS "ceasedOn",
              plan_cease_reason AS "ceaseReason"
         FROM ehc_requests WHERE child_id = $1 AND final_issued_on IS NOT NULL
        ORDER BY final_issued_on DESC, id LIMIT 1 FOR UPDATE`,
      [childId],
    );
    return row ?? null;
  }

  async placements(childId: string): Promise<Sen2PlacementView[]> {
    return this.db.query<Sen2PlacementView[]>(
      `SELECT id, establishment_name AS "establishmentName", urn, ukprn, sen_setting AS "senSetting",
              sen_setting_other AS "senSettingOther", placement_rank AS rank, entry_date AS "entryDate",
              leaving_date AS "leavingDate", sen_unit AS "senUnit", resourced_provision AS "resourcedProvision"
         FROM placements WHERE child_id = $1 ORDER BY entry_date DESC, placement_rank, created_at`,
      [childId],
    );
  }

  async updateChild(childId: string, fields: ChildReturnFields): Promise<void> {
    await this.db.query(
      `UPDATE children SET upn = $2, uln = $3, upn_unknown = $4, sex = $5, ethnicity = $6, postcode = $7,
                           sen_type = $8, second_sen_type = $9
        WHERE id = $1`,
      [
        childId,
        fields.upn,
        fields.uln,
        fields.upnUnknown,
        fields.sex,
        fields.ethnicity,
        fields.postcode,
        fields.senType,
        fields.secondSenType,
      ],
    );
  }

  async setPlanEnding(
    requestId: string,
    ceasedOn: string | null,
    reason: Sen2CeaseReason | null,
  ): Promise<void> {
    await this.db.query(`UPDATE ehc_requests SET plan_ceased_on = $2, plan_cease_reason = $3 WHERE id = $1`, [
      requestId,
      ceasedOn,
      reason,
    ]);
  }

  async addPlacement(placement: NewPlacement): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO placements (child_id, establishment_name, urn, ukprn, sen_setting, sen_setting_other, placement_rank,
                               entry_date, leaving_date, sen_unit, resourced_provision, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        placement.childId,
        placement.establishmentName,
        placement.urn,
        placement.ukprn,
        placement.senSetting,
        placement.senSettingOther,
        placement.rank,
        placement.entryDate,
        placement.leavingDate,
        placement.senUnit,
        placement.resourcedProvision,
        placement.recordedBy,
      ],
    );
    return row!.id;
  }
}
