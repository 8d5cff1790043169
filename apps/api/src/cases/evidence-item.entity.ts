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
import { EVIDENCE_KINDS, type EvidenceKind } from '@convene/domain';
import { oneOf } from '../database/check.js';
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
