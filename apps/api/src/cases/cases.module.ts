import { Global, Module } from '@nestjs/common';
import { CaseAccessService } from './case-access.service.js';
import { CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';
import { CreateCaseService } from './create-case.service.js';
import { AdminLocalitiesController } from './localities/admin-localities.controller.js';
import { LocalitiesController } from './localities/localities.controller.js';
import { LocalitiesService } from './localities/localities.service.js';
import { PanelDecisionsService } from './panel-decisions.service.js';
import { RequestsController } from './requests.controller.js';
import { RequestStepsService } from './request-steps.service.js';
import { AdviceGatewaysSetting } from './advice-gateways-setting.js';
import { ReturnDetailsController } from './return-details/return-details.controller.js';
import { ReturnDetailsService } from './return-details/return-details.service.js';

@Global()
@Module({
  controllers: [
    CasesController,
    RequestsController,
    LocalitiesController,
    AdminLocalitiesController,
    ReturnDetailsController,
  ],
  providers: [
    CaseAccessService,
    CasesService,
    CreateCaseService,
    LocalitiesService,
    PanelDecisionsService,
    RequestStepsService,
    AdviceGatewaysSetting,
    ReturnDetailsService,
  ],
  exports: [CaseAccessService, CasesService, RequestStepsService, AdviceGatewaysSetting],
})
export class CasesModule {}
