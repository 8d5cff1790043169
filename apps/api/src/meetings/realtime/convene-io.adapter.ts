import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { HEARTBEAT_INTERVAL_MS, HEARTBEAT_TIMEOUT_MS } from '@convene/contracts';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { IncomingMessage } from 'node:http';
import { createClient, type RedisClientType } from 'redis';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { isObservable, lastValueFrom } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
import type { AppConfig } from '../../config/app-config.js';

/** Largest socket message accepted; commands are small, and a flood of big ones must not tie a node up. */
export const MAX_SOCKET_PAYLOAD_BYTES = 64 * 1024;
const REDIS_CONNECT_TIMEOUT_MS = 30_000;

/**
 * socket.io for Convene: the browser Origin checked at the handshake, payloads bounded, and, with
 * REDIS_URL, rooms shared across API nodes through the Redis Streams adapter, which keeps packets
 * through a short Redis outage where the pub/sub adapter would drop them.
 */
export class ConveneIoAdapter extends IoAdapter {
  private readonly realtimeLogger = new Logger('Realtime');
  private redis?: RedisClientType;

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  /** Connects to Redis before the server is created, so no packet is sent before rooms are shared. */
  async connectRedis(): Promise<void> {
    if (!this.config.REDIS_URL) return;
    this.redis = createClient({
      url: this.config.REDIS_URL,
      socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 2000) },
    });
    this.redis.on('error', (error: Error) => this.realtimeLogger.warn(`Redis: ${error.message}`));
    // The adapter PUBLISHes its requests to the other nodes (who is in this room?) without waiting for the reply;
    // Redis going away with one in flight would reject it unhandled and end the process. Mark the reply handled:
    // the adapter times the request out, and callers that await the reply still see the error.
    const publish = this.redis.publish.bind(this.redis);
    (this.redis as { publish: typeof publish }).publish = (...args) => {
      const reply = publish(...args);
      reply.catch(() => undefined);
      return reply;
    };
    // A node that cannot reach Redis at start fails loudly rather than waiting for ever, so the
    // orchestrator restarts it; once running, the client reconnects by itself through short outages.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.redis.connect(),
      new Promise(
        (_, reject) =>
          (timer = setTimeout(
            () =>
              reject(
                new Error(
                  `Redis at REDIS_URL could not be reached within ${REDIS_CONNECT_TIMEOUT_MS / 1000}s`,
                ),
              ),
            REDIS_CONNECT_TIMEOUT_MS,
          )),
      ),
    ]).finally(() => clearTimeout(timer));
    this.realtimeLogger.log('rooms are shared across API nodes through Redis');
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      maxHttpBufferSize: MAX_SOCKET_PAYLOAD_BYTES,
      pingInterval: HEARTBEAT_INTERVAL_MS,
      pingTimeout: HEARTBEAT_TIMEOUT_MS,
      cors: this.config.PUBLIC_ORIGIN ? { origin: this.config.PUBLIC_ORIGIN, credentials: true } : undefined,
      allowRequest: (request, callback) => callback(null, originAllowed(request, this.config.PUBLIC_ORIGIN)),
      ...(this.redis ? { adapter: createAdapter(this.redis) } : {}),
    } as ServerOptions);
    return server;
  }

  /**
   * One plain listener per message and socket, where Nest's adapter builds an RxJS chain for each (a dozen
   * subscriptions per handler, two dozen handlers, on every socket): the same handlers, guards and acks, for a
   * fraction of the memory per connection and of the work per command. A handler's result, a value, a promise
   * or an observable, is the acknowledgement; `{ event, data }` is emitted instead.
   */
  override bindMessageHandlers(socket: Socket, handlers: MessageMappingProperties[]): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message as string, (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args) as {
          data: unknown;
          ack: unknown;
        };
        void this.answer(socket, callback, data, ack, isAckHandledManually).catch((error: unknown) =>
          this.realtimeLogger.error(error),
        );
      });
    }
  }

  private async answer(
    socket: Socket,
    callback: MessageMappingProperties['callback'],
    data: unknown,
    ack: unknown,
    ackByHandler?: boolean,
  ): Promise<void> {
    let response: unknown = await callback(data, ack);
    if (isObservable(response)) response = await lastValueFrom(response, { defaultValue: undefined });
    if (response === undefined || response === null) return;
    const reply = response as { event?: string; data?: unknown };
    if (reply.event) {
      socket.emit(reply.event, reply.data);
      return;
    }
    if (!ackByHandler && typeof ack === 'function') (ack as (answer: unknown) => void)(response);
  }

  /** Nest calls this when the application closes, after the socket server: then Redis can go. */
  override async dispose(): Promise<void> {
    await super.dispose();
    if (this.redis?.isOpen) await this.redis.quit().catch(() => undefined);
  }
}

/**
 * A browser always sends Origin: it must be this site or the configured PUBLIC_ORIGIN. Clients that
 * are not browsers (a council's tools, a Teams bot) send none and authenticate with a token.
 */
export function originAllowed(request: IncomingMessage, publicOrigin?: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (publicOrigin && origin === publicOrigin.replace(/\/$/, '')) return true;
  const host = request.headers['x-forwarded-host'] ?? request.headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
