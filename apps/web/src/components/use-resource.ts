import { ref, watch, type Ref, type WatchSource } from 'vue';
import { ApiError } from '../api/http';

/** Something a page shows once it has been fetched: the answer, whether a request is out, and what went wrong. */
export interface Resource<T> {
  /** The last answer; undefined until the first one comes, and again after the `source` changes. */
  data: Ref<T | undefined>;
  loading: Ref<boolean>;
  /** A sentence for a person, or null. */
  problem: Ref<string | null>;
  /** Asks again, keeping what is shown until the new answer comes ("Try again"). */
  reload: () => Promise<void>;
}

export interface ResourceOptions {
  /** Loads again whenever this changes (a tab, a filter, a route parameter). */
  source?: WatchSource;
  /** Said when the API gives no message of its own (no connection, or a proxy answered instead of the API). */
  failure?: string | (() => string);
  /** Said instead of the API's message when it answers 404, in the page's words: "There is no such dip sample." */
  notFound?: string;
}

const DEFAULT_FAILURE = 'This could not be loaded. Try again.';

/**
 * The one way a page loads what it shows, with the same loading and failure states everywhere (see LoadState.vue).
 *
 * A composable of our own rather than @tanstack/vue-query: Convene is a small app whose pages share no cached
 * answers, so the query cache would buy nothing, and it is one less dependency for a council's security review.
 *
 * Loads at once, and again when `source` changes; an answer to an earlier request that arrives after a later one is
 * dropped, so what is shown always belongs to what is now chosen. A change of `source` asks for something else, so
 * the old answer is cleared; `reload` asks for the same thing, so the old answer stays until the new one comes.
 *
 * A lost session (401) is a failure like any other here: its message ("You need to sign in.") is shown, and the
 * router's guard sends the person to sign in on their next navigation, as before this composable.
 */
export function useResource<T>(load: () => Promise<T>, options: ResourceOptions = {}): Resource<T> {
  const data = ref<T | undefined>(undefined) as Ref<T | undefined>;
  const loading = ref(false);
  const problem = ref<string | null>(null);
  let latest = 0;

  async function fetchIt(): Promise<void> {
    const request = ++latest;
    loading.value = true;
    problem.value = null;
    try {
      const answer = await load();
      if (request !== latest) return;
      data.value = answer;
    } catch (error) {
      if (request !== latest) return;
      problem.value = messageFor(error, options);
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  if (options.source) {
    watch(
      options.source,
      () => {
        data.value = undefined;
        void fetchIt();
      },
      { immediate: true },
    );
  } else {
    void fetchIt();
  }

  return { data, loading, problem, reload: fetchIt };
}

/** The API's own message where it sent one; otherwise the page's words for what could not be loaded. */
function messageFor(
  error: unknown,
  { failure, notFound }: Pick<ResourceOptions, 'failure' | 'notFound'>,
): string {
  if (error instanceof ApiError && error.body.statusCode === 404 && notFound) return notFound;
  if (error instanceof ApiError && error.body.code !== 'unexpected_response') return error.message;
  if (typeof failure === 'function') return failure();
  return failure ?? DEFAULT_FAILURE;
}
