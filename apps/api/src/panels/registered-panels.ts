import { ENGINE_CORE } from '../meetings/engine/engine-commands.js';
import { MeetingEngineRegistry } from '../meetings/engine/meeting-engine-registry.js';
import { DECISION_MAKING_PANEL } from './decision-making/decision-making.panel.js';
import { ADVICE_GATEWAY_PANEL } from './advice-gateway/advice-gateway.panel.js';
import { QUALITY_PANEL } from './quality/quality.panel.js';
import { WEEKLY_ORDERS_PANEL } from './weekly-orders/weekly-orders.panel.js';

/**
 * The engine's core and every panel, registered as their modules register them but without starting the application
 * (outcome effects aside: they need the panels' services): for the checks that go through each command's DTO (the
 * compiled payload check, the fuzzer). Refuses, as startup does, if a command or a part of the snapshot is missing.
 */
export function registeredPanels(): MeetingEngineRegistry {
  return MeetingEngineRegistry.of(
    ENGINE_CORE,
    DECISION_MAKING_PANEL,
    ADVICE_GATEWAY_PANEL,
    QUALITY_PANEL,
    WEEKLY_ORDERS_PANEL,
  );
}
