import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type {
  NeedArea,
  Sen2Ethnicity,
  Sen2SenType,
  Sen2Sex,
  Sen2UpnUnknown,
  VulnerabilityMarker,
} from '@convene/domain';
import { User } from '../identity/user.entity.js';
import { Locality } from './localities/locality.entity.js';
import {
  MAX_YEAR_GROUP,
  MIN_YEAR_GROUP,
  NEED_AREAS,
  SEN2_ETHNICITIES,
  SEN2_SEN_TYPES,
  SEN2_SEXES,
  SEN2_UPN_UNKNOWN_REASONS,
  VULNERABILITY_MARKERS,
} from '@convene/domain';
import { allOf, oneOf } from '../database/check.js';

/**
 * A child or young person (0–25). Name and date of birth are personal fields: shown only to roles
 * that need them and never written to a log; everywhere else the case reference stands for them.
 */
@Entity({ name: 'children' })
@Check('children_primary_need', oneOf('primary_need', NEED_AREAS))
@Check('children_vulnerability_markers', allOf('vulnerability_markers', VULNERABILITY_MARKERS))
@Check('children_year_group', `year_group BETWEEN ${MIN_YEAR_GROUP} AND ${MAX_YEAR_GROUP}`)
@Check('children_vulnerability_score', `vulnerability_score >= 0`)
@Check('children_sex', `sex IS NULL OR ${oneOf('sex', SEN2_SEXES)}`)
@Check('children_ethnicity', `ethnicity IS NULL OR ${oneOf('ethnicity', SEN2_ETHNICITIES)}`)
@Check('children_upn_unknown', `upn_unknown IS NULL OR ${oneOf('upn_unknown', SEN2_UPN_UNKNOWN_REASONS)}`)
@Check('children_upn_or_reason', `upn IS NULL OR upn_unknown IS NULL`)
@Check('children_sen_type', `sen_type IS NULL OR ${oneOf('sen_type', SEN2_SEN_TYPES)}`)
@Check(
  'children_second_sen_type',
  `second_sen_type IS NULL OR (sen_type IS NOT NULL AND second_sen_type <> sen_type AND ${oneOf('second_sen_type', SEN2_SEN_TYPES)})`,
)
export class Child {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Pseudonymous reference used in shared views and on the room display, e.g. `EHC-24-0173`. */
  @Column({ name: 'case_reference', type: 'text', unique: true })
  caseReference!: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName!: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName!: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  @Column({ name: 'year_group', type: 'smallint' })
  yearGroup!: number;

  @Column({ name: 'setting_name', type: 'text', nullable: true })
  settingName!: string | null;

  @ManyToOne(() => Locality, { nullable: false })
  @JoinColumn({ name: 'locality_id' })
  locality!: Locality;

  @Column({ name: 'locality_id', type: 'uuid' })
  localityId!: string;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'family_link_officer_id' })
  familyLinkOfficer!: User | null;

  @Column({ name: 'family_link_officer_id', type: 'uuid', nullable: true })
  familyLinkOfficerId!: string | null;

  @Column({ name: 'primary_need', type: 'text' })
  primaryNeed!: NeedArea;

  @Column({ name: 'vulnerability_markers', type: 'text', array: true, default: () => "'{}'" })
  vulnerabilityMarkers!: VulnerabilityMarker[];

  @Column({ name: 'vulnerability_score', type: 'smallint', default: 0 })
  vulnerabilityScore!: number;

  // What the SEN2 return asks of a person beyond the case record (docs/sen2.md); null until an officer records it.

  /** Unique pupil number, from the school's records. */
  @Column({ type: 'text', nullable: true })
  upn!: string | null;

  /** Unique learner number, for young people in further education. */
  @Column({ type: 'text', nullable: true })
  uln!: string | null;

  /** Why there is no UPN (UN1–UN10), when there is none. */
  @Column({ name: 'upn_unknown', type: 'text', nullable: true })
  upnUnknown!: Sen2UpnUnknown | null;

  @Column({ type: 'text', nullable: true })
  sex!: Sen2Sex | null;

  @Column({ type: 'text', nullable: true })
  ethnicity!: Sen2Ethnicity | null;

  @Column({ type: 'text', nullable: true })
  postcode!: string | null;

  /** The school census's type of need, ranked 1; the broad area above is the panels' word for it. */
  @Column({ name: 'sen_type', type: 'text', nullable: true })
  senType!: Sen2SenType | null;

  @Column({ name: 'second_sen_type', type: 'text', nullable: true })
  secondSenType!: Sen2SenType | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
