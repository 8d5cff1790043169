import type { FieldError } from '@convene/contracts';

/**
 * An error a service throws when a rule of the domain says no. The HTTP filter and the WebSocket
 * filter map it to a status or an error event with its stable `code` and its human `message`.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A domain error about one field of what was sent: the answer names the field, as validation errors do. */
export abstract class FieldDomainError extends DomainError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }

  get fields(): FieldError[] {
    return [{ field: this.field, messages: [this.message] }];
  }
}
