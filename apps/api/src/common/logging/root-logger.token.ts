/** Nest's injection token for the app's one pino logger (see `createRootLogger`). */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
