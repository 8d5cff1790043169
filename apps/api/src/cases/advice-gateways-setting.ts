import { Injectable } from '@nestjs/common';
import { ADVICE_GATEWAYS, gatewayAdviceSetting, gatewayOfSlug, type AdviceGateway } from '@convene/domain';
import { AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/domain-error.js';

class GatewayNotRunError extends DomainError {
  readonly code = 'gateway_not_run';
  readonly status = 404;
  constructor() {
    super('This council does not run that gateway: its advice is asked for directly.');
  }
}

/** The council's setting (ADVICE_GATEWAYS) of which agencies' advice is triaged at a weekly gateway. */
@Injectable()
export class AdviceGatewaysSetting {
  private readonly run: readonly AdviceGateway[];

  constructor(config: AppConfig) {
    const kinds = gatewayAdviceSetting(config.ADVICE_GATEWAYS);
    this.run = ADVICE_GATEWAYS.filter((gateway) => kinds.includes(gateway.adviceKind));
  }

  /** The gateways the council runs, in libs' order. */
  gateways(): readonly AdviceGateway[] {
    return this.run;
  }

  runs(gateway: AdviceGateway): boolean {
    return this.run.includes(gateway);
  }

  /** The gateway whose routes were called (`/api/<slug>/…`); GatewayNotRunError when the council does not run it. */
  served(slug: string): AdviceGateway {
    const gateway = gatewayOfSlug(slug);
    if (!gateway || !this.runs(gateway)) throw new GatewayNotRunError();
    return gateway;
  }
}
