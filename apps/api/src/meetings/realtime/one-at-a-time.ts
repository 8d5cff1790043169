/**
 * Runs each person's commands on this node one after another, in the order they arrived, whichever of their
 * connections they came on. A person's commands then apply in the order they sent them, and one person can hold
 * at most one database connection for their commands at a time: a burst of theirs (twenty votes the moment their
 * rate-limit window reopens) queues behind itself instead of taking the pool from everyone else in the room.
 */
export class OneAtATime {
  /** The last piece of work queued for each key; removed when it is done and nothing is queued behind it. */
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key);
    const result = before ? before.then(work) : work();
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
