import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

describe('the live rooms and a family account', () => {
  let test: ListeningTestApp;

  beforeAll(async () => {
    test = await startListeningTestApp();
  });
  afterAll(async () => {
    await test?.close();
  });

  it('refuses a family account’s connection at the handshake, and lets staff connect', async () => {
    const dataSource = test.app.get(DataSource);
    const family = await signIn(test, await aUser(dataSource, { roles: ['family'] }));
    await expect(MeetingClient.connect(test.baseUrl, family)).rejects.toMatchObject({ message: 'forbidden' });
    const staff = await MeetingClient.connect(
      test.baseUrl,
      await signIn(test, await aUser(dataSource, { roles: ['panel_member'] })),
    );
    expect(staff.socket.connected).toBe(true);
    staff.socket.close();
  });
});
