import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import {
  DISAGREEMENT_DOCUMENT_KINDS,
  EVIDENCE_KINDS,
  PANEL_EVIDENCE_KINDS,
  type EvidenceKind,
} from '@convene/domain';
import { oneOf } from '../database/check.js';
import { Disagreement } from '../disagreements/disagreement.entity.js';
import { User } from '../identity/user.entity.js';
import { Child } from './child.entity.js';
import { EhcRequest } from './ehc-request.entity.js';

/**
 * A document in a child's case: an SEN support plan, an advice, a parent's views… The file itself is
 * stored in the database (bytea), so it is in every backup, committed with its record, and behind the
 * same access rules; the list queries never select `content`.
 */
@Entity({ name: 'evidence_items' })
@Check('evidence_items_kind', oneOf('kind', EVIDENCE_KINDS))
@Check('evidence_items_size', `size_bytes > 0`)
// A disagreement's papers are filed on it, and the evidence a panel weighs is not.
@Check(
  'evidence_items_disagreement_kind',
  `CASE WHEN disagreement_id IS NULL THEN ${oneOf('kind', PANEL_EVIDENCE_KINDS)} ELSE ${oneOf('kind', DISAGREEMENT_DOCUMENT_KINDS)} END`,
)
export class EvidenceItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Child, { nullable: false })
  @JoinColumn({ name: 'child_id' })
  child!: Child;

  @Index()
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => EhcRequest, { nullable: true })
  @JoinColumn({ name: 'request_id' })
  request!: EhcRequest | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  /** The family's complaint, mediation or appeal the document belongs to; null for the evidence a panel weighs. */
  @ManyToOne(() => Disagreement, { nullable: true })
  @JoinColumn({ name: 'disagreement_id' })
  disagreement!: Disagreement | null;

  @Index()
  @Column({ name: 'disagreement_id', type: 'uuid', nullable: true })
  disagreementId!: string | null;

  @Column({ type: 'text' })
  kind!: EvidenceKind;

  @Column({ type: 'text' })
  title!: string;

  /** As uploaded; shown, never trusted for the type. */
  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** Detected from the file's content, not its name. */
  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @ManyToOne(() => User, { nullable: false })
  @JoinColumn({ name: 'uploaded_by' })
  uploadedBy!: User;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedById!: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
