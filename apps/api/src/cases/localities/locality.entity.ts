import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A geographical area of the council, or the vulnerable-pupils team that works across them. */
@Entity({ name: 'localities' })
export class Locality {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'is_vulnerable_pupils_team', type: 'boolean', default: false })
  isVulnerablePupilsTeam!: boolean;

  /** When it stopped being offered for new cases; its children keep it. Null while in use for new cases. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}
