import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { MemoryRateLimitStore } from './memory-rate-limit.store.js';
import { PersonLimits } from './person-limits.js';
import { RATE_LIMIT_STORE, type RateLimitStore } from './rate-limit-store.js';
import { RedisRateLimitStore } from './redis-rate-limit.store.js';
import { RestRateLimitMiddleware } from './rest-rate-limit.middleware.js';

/** The limits on each person (PersonLimits), counted in Redis when REDIS_URL is set, in this process otherwise. */
@Global()
@Module({
  providers: [
    {
      provide: RATE_LIMIT_STORE,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<RateLimitStore> => {
        if (!config.REDIS_URL) return new MemoryRateLimitStore();
        const store = new RedisRateLimitStore(config.REDIS_URL, `${config.REDIS_KEY_PREFIX}limits:`);
        await store.connect();
        return store;
      },
    },
    PersonLimits,
    RestRateLimitMiddleware,
  ],
  exports: [PersonLimits, RestRateLimitMiddleware, RATE_LIMIT_STORE],
})
export class RateLimitsModule {}
