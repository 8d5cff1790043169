import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { aUser, type TestUser } from './factories.js';
import { MeetingClient } from './meeting-client.js';
import { signIn } from './sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './test-app.js';

/** The people of a live-room test file, signed in once: a chair, `members` panel members and an observer. */
export interface RoomSeats {
  test: ListeningTestApp;
  dataSource: DataSource;
  chair: TestUser;
  members: TestUser[];
  observer: TestUser;
  cookieOf(user: TestUser): string;
  /** A socket.io client signed in as the user, closed after each test. */
  connect(user: TestUser): Promise<MeetingClient>;
  /** The same, with a session of the test's own. */
  connectWith(cookie: string): Promise<MeetingClient>;
}

/**
 * Registers the file's hooks: a listening app and its people before all tests, every client closed after each,
 * the app closed after all. Read the seats inside tests (they are filled by `beforeAll`). `env` adds settings
 * (lower rate limits, say).
 */
export function roomSeats(members: number, env: Record<string, string> = {}): RoomSeats {
  const cookies = new Map<string, string>();
  const clients: MeetingClient[] = [];
  const seats = {
    cookieOf: (user: TestUser) => cookies.get(user.id)!,
    connect: (user: TestUser) => seats.connectWith(cookies.get(user.id)!),
    async connectWith(cookie: string) {
      const client = await MeetingClient.connect(seats.test.baseUrl, cookie);
      clients.push(client);
      return client;
    },
  } as RoomSeats;
  beforeAll(async () => {
    seats.test = await startListeningTestApp(env);
    seats.dataSource = seats.test.app.get(DataSource);
    seats.chair = await aUser(seats.dataSource, { roles: ['chair'] });
    seats.members = [];
    for (let i = 0; i < members; i++)
      seats.members.push(await aUser(seats.dataSource, { roles: ['panel_member'] }));
    seats.observer = await aUser(seats.dataSource, { roles: ['observer'] });
    for (const user of [seats.chair, ...seats.members, seats.observer])
      cookies.set(user.id, await signIn(seats.test, user));
  });
  afterEach(() => {
    clients.splice(0).forEach((c) => c.close());
  });
  afterAll(async () => {
    await seats.test?.close();
  });
  return seats;
}
