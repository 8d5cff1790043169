import { type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '@convene/contracts';

/** The OpenAPI class for a page of `Item`s, named after it (AuditRecordViewDto gives AuditRecordViewPage). */
export function pageOf<Item>(item: Type<Item>): Type<Page<Item>> {
  class PageOfItems implements Page<Item> {
    @ApiProperty({ type: item, isArray: true })
    items!: Item[];

    @ApiProperty({ minimum: 1, description: 'This page, counting from 1' })
    page!: number;

    @ApiProperty({ minimum: 1 })
    pageSize!: number;

    @ApiProperty({ description: 'How many there are on every page' })
    total!: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
  return PageOfItems;
}
