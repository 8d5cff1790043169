import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  BouncingAddress,
  MarkNotificationsRead,
  NotificationList,
  NotificationPreference,
  NotificationPreferences,
  NotificationsMarkedRead,
  NotificationView,
  OutboundMessageKind,
  OutboundMessageView,
  UpdateNotificationPreferences,
} from '@convene/contracts';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@convene/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { OUTBOUND_MESSAGE_STATUSES } from '@convene/contracts';
import { pageOf } from '../../common/dto/page.dto.js';

class NotificationViewDto implements NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind!: NotificationKind;

  @ApiProperty({ example: 'Your case EHC-0042 was decided: agree' })
  title!: string;

  @ApiProperty({ nullable: true, type: String, description: 'A case reference or a meeting id' })
  subjectRef!: string | null;

  @ApiProperty({ example: '/meetings/1b0e…', description: 'Where in the app it leads' })
  linkPath!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  readAt!: string | null;
}

export class NotificationListDto implements NotificationList {
  @ApiProperty({ type: NotificationViewDto, isArray: true, description: 'Newest first' })
  items!: NotificationViewDto[];

  @ApiProperty({ minimum: 0 })
  unreadCount!: number;
}

export class NotificationListQueryDto {
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

export class MarkNotificationsReadDto implements MarkNotificationsRead {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids!: string[];
}

export class NotificationsMarkedReadDto implements NotificationsMarkedRead {
  @ApiProperty({ minimum: 0 })
  marked!: number;

  @ApiProperty({ minimum: 0 })
  unreadCount!: number;
}

class NotificationPreferenceDto implements NotificationPreference {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind!: NotificationKind;

  @ApiProperty({ enum: NOTIFICATION_DELIVERIES })
  delivery!: NotificationDelivery;

  @ApiProperty({ description: 'Statutory and safeguarding kinds cannot be turned off' })
  mandatory!: boolean;

  @ApiProperty()
  label!: string;
}

export class NotificationPreferencesDto implements NotificationPreferences {
  @ApiProperty({ type: NotificationPreferenceDto, isArray: true })
  preferences!: NotificationPreferenceDto[];

  @ApiProperty({ example: '07:30', description: "When the daily digest is sent, England's time" })
  digestTime!: string;
}

class PreferenceChangeDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  @ApiProperty({ enum: NOTIFICATION_DELIVERIES })
  @IsIn(NOTIFICATION_DELIVERIES)
  delivery!: NotificationDelivery;
}

export class UpdateNotificationPreferencesDto implements UpdateNotificationPreferences {
  @ApiPropertyOptional({ type: PreferenceChangeDto, isArray: true, maxItems: NOTIFICATION_KINDS.length })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  // Each an object: class-validator passes a list nested in the list, which has no fields to check.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PreferenceChangeDto)
  preferences?: PreferenceChangeDto[];

  @ApiPropertyOptional({ example: '07:30', description: "HH:MM, England's time" })
  @IsOptional()
  @Matches(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'digestTime must be a time of day, HH:MM' })
  digestTime?: string;
}

class OutboundMessageViewDto implements OutboundMessageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '<6f1c…@council.example>' })
  messageId!: string;

  @ApiProperty()
  to!: string;

  @ApiProperty()
  subject!: string;

  @ApiProperty({ description: 'The plain-text part, as sent' })
  text!: string;

  @ApiProperty({ enum: [...NOTIFICATION_KINDS, 'digest', 'family_sign_in_link', 'family_news'] })
  kind!: OutboundMessageKind;

  @ApiProperty({ enum: OUTBOUND_MESSAGE_STATUSES })
  status!: OutboundMessageView['status'];

  @ApiProperty({ minimum: 0 })
  attempts!: number;

  @ApiProperty({
    nullable: true,
    type: String,
    description: "The mail server's last answer, when it refused",
  })
  lastError!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  sentAt!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  nextAttemptAt!: string | null;
}

export const OutboundMessageViewPage = pageOf(OutboundMessageViewDto);

export class OutboxQueryDto {
  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 50;
}

export class BouncingAddressDto implements BouncingAddress {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ format: 'date-time' })
  bouncedAt!: string;

  @ApiProperty({ description: "The mail server's answer" })
  reason!: string;
}
