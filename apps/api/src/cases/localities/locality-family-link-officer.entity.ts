import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../identity/user.entity.js';
import { Locality } from './locality.entity.js';

/** A Family Link Officer who works in a locality: offered first when a child of that locality is allocated. */
@Entity({ name: 'locality_family_link_officers' })
export class LocalityFamilyLinkOfficer {
  @PrimaryColumn({ name: 'locality_id', type: 'uuid' })
  localityId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Locality, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'locality_id' })
  locality!: Locality;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;
}
