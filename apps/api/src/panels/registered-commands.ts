import { ENGINE_COMMANDS } from '../meetings/engine/engine-commands.js';
import { MeetingEngineRegistry } from '../meetings/engine/meeting-engine-registry.js';
import { DECISION_MAKING_COMMANDS } from './decision-making/decision-making.panel.js';
import { HEALTH_GATEWAY_COMMANDS } from './health-gateway/health-gateway.panel.js';
import { QUALITY_COMMANDS } from './quality/quality.panel.js';

/**
 * Every command as the engine and the panels register it, without starting the application: for the checks that
 * go through each command's DTO (the compiled payload check, the fuzzer). Refuses, as startup does, if one is missing.
 */
export function registeredCommands(): MeetingEngineRegistry {
  return MeetingEngineRegistry.of(
    ENGINE_COMMANDS,
    DECISION_MAKING_COMMANDS,
    HEALTH_GATEWAY_COMMANDS,
    QUALITY_COMMANDS,
  );
}
