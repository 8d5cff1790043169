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
