import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { NeedArea, VulnerabilityMarker } from '@convene/domain';
import { User } from '../identity/user.entity.js';
import { Locality } from './localities/locality.entity.js';
import { MAX_YEAR_GROUP, MIN_YEAR_GROUP, NEED_AREAS, VULNERABILITY_MARKERS } from '@convene/domain';
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
