import { Module } from '@nestjs/common';
import { Sen2ReturnController } from './sen2-return.controller.js';
import { Sen2ReturnService } from './sen2-return.service.js';

/** The DfE's statutory returns made from the records: SEN2. */
@Module({
  controllers: [Sen2ReturnController],
  providers: [Sen2ReturnService],
})
export class ReturnsModule {}
