import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HEARTBEAT_INTERVAL_MS,
  HEARTBEAT_TIMEOUT_MS,
  MEETING_COMMANDS,
  MEETING_ERROR_CODES,
  MEETING_EVENT_TYPES,
  MEETINGS_NAMESPACE,
} from './meeting-protocol.js';
import { NOTIFICATION_EVENTS } from './notifications.js';

const page = readFileSync(new URL('../../../docs/socket-protocol.md', import.meta.url), 'utf8');

describe('the socket protocol page for integrators', () => {
  it('names the namespace', () => {
    expect(page).toContain(`\`${MEETINGS_NAMESPACE}\``);
  });

  it('gives the heartbeat the server keeps', () => {
    expect(page).toContain(`pings each connection every ${HEARTBEAT_INTERVAL_MS / 1000} s`);
    expect(page).toContain(`no answer within ${HEARTBEAT_TIMEOUT_MS / 1000} s`);
  });

  it.each(MEETING_COMMANDS)('documents the command %s', (command) => {
    expect(page).toContain(`| \`${command}\` |`);
  });

  it.each(MEETING_EVENT_TYPES)('documents the event %s', (type) => {
    expect(page).toContain(`| \`${type}\` |`);
  });

  it.each(NOTIFICATION_EVENTS)('documents the notification event %s', (event) => {
    expect(page).toContain(`| \`${event}\` |`);
  });

  it.each(MEETING_ERROR_CODES)('documents the error code %s', (code) => {
    expect(page).toContain(`| \`${code}\` |`);
  });
});
