import { Module } from '@nestjs/common';
import { DemoCouncilLoader } from './demo-council-loader.js';

@Module({ providers: [DemoCouncilLoader], exports: [DemoCouncilLoader] })
export class DemoModule {}
