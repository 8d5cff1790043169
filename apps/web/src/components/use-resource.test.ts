import { flushPromises } from '@vue/test-utils';
import { effectScope, nextTick, ref } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { useResource, type ResourceOptions } from './use-resource';

/** A load whose answers the test gives by hand, in any order. */
function pendingLoads<T>() {
  const calls: { resolve(value: T): void; reject(error: unknown): void }[] = [];
  const load = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

let scope = effectScope();
const inScope = <T>(load: () => Promise<T>, options?: ResourceOptions) =>
  scope.run(() => useResource(load, options))!;

describe('useResource', () => {
  afterEach(() => {
    scope.stop();
    scope = effectScope();
  });

  it('loads at once and holds the answer', async () => {
    const { load, calls } = pendingLoads<string[]>();
    const meetings = inScope(load);
    expect(calls).toHaveLength(1);
    expect(meetings.loading.value).toBe(true);
    expect(meetings.data.value).toBeUndefined();
    calls[0]!.resolve(['Decision-Making Group']);
    await flushPromises();
    expect(meetings.loading.value).toBe(false);
    expect(meetings.data.value).toEqual(['Decision-Making Group']);
  });

  it('loads again when the chosen tab changes, clearing the other tab’s list meanwhile', async () => {
    const when = ref('upcoming');
    const { load, calls } = pendingLoads<string[]>();
    const asked: string[] = [];
    const meetings = inScope(() => (asked.push(when.value), load()), { source: when });
    calls[0]!.resolve(['upcoming meeting']);
    await flushPromises();
    expect(meetings.data.value).toEqual(['upcoming meeting']);
    when.value = 'past';
    await nextTick();
    expect(meetings.data.value).toBeUndefined();
    expect(meetings.loading.value).toBe(true);
    calls[1]!.resolve(['past meeting']);
    await flushPromises();
    expect(asked).toEqual(['upcoming', 'past']);
    expect(meetings.data.value).toEqual(['past meeting']);
    expect(meetings.loading.value).toBe(false);
  });

  it('drops an answer to an earlier choice that arrives after the later one', async () => {
    const figure = ref('March');
    const { load, calls } = pendingLoads<string>();
    const cases = inScope(load, { source: figure });
    figure.value = 'April';
    await nextTick();
    calls[1]!.resolve('April’s cases');
    await flushPromises();
    calls[0]!.resolve('March’s cases');
    await flushPromises();
    expect(cases.data.value).toBe('April’s cases');
    expect(cases.loading.value).toBe(false);
  });

  it('drops a failure of an earlier choice that arrives after the later answer', async () => {
    const figure = ref('March');
    const { load, calls } = pendingLoads<string>();
    const cases = inScope(load, { source: figure });
    figure.value = 'April';
    await nextTick();
    calls[1]!.resolve('April’s cases');
    await flushPromises();
    calls[0]!.reject(new Error('late'));
    await flushPromises();
    expect(cases.problem.value).toBeNull();
    expect(cases.data.value).toBe('April’s cases');
  });

  it('says the API’s own message when it gives one', async () => {
    const api = new ApiError({
      statusCode: 403,
      code: 'forbidden',
      message: 'Only an administrator can see the audit trail.',
    });
    const trail = inScope(() => Promise.reject(api), { failure: 'The audit trail could not be loaded.' });
    await flushPromises();
    expect(trail.problem.value).toBe('Only an administrator can see the audit trail.');
    expect(trail.loading.value).toBe(false);
  });

  it('says the page’s words when the API gave no message of its own, or could not be reached', async () => {
    const proxy = new ApiError({
      statusCode: 502,
      code: 'unexpected_response',
      message: 'The server answered 502.',
    });
    const viaProxy = inScope(() => Promise.reject(proxy), { failure: 'Your meetings could not be loaded.' });
    const offline = inScope(() => Promise.reject(new TypeError('Failed to fetch')), {
      failure: () => 'The cases could not be loaded.',
    });
    const unnamed = inScope(() => Promise.reject(new TypeError('Failed to fetch')));
    await flushPromises();
    expect(viaProxy.problem.value).toBe('Your meetings could not be loaded.');
    expect(offline.problem.value).toBe('The cases could not be loaded.');
    expect(unnamed.problem.value).toBe('This could not be loaded. Try again.');
  });

  it('says the page’s words for something that is not there', async () => {
    const missing = new ApiError({ statusCode: 404, code: 'not_found', message: 'Not found' });
    const sample = inScope(() => Promise.reject(missing), {
      notFound: 'There is no such dip sample.',
      failure: 'The dip sample could not be loaded.',
    });
    await flushPromises();
    expect(sample.problem.value).toBe('There is no such dip sample.');
  });

  it('trying again after a failure clears the problem and shows the answer', async () => {
    const { load, calls } = pendingLoads<string>();
    const caseFile = inScope(load, { failure: 'The case could not be loaded.' });
    calls[0]!.reject(new TypeError('Failed to fetch'));
    await flushPromises();
    expect(caseFile.problem.value).toBe('The case could not be loaded.');
    const again = caseFile.reload();
    expect(caseFile.problem.value).toBeNull();
    expect(caseFile.loading.value).toBe(true);
    calls[1]!.resolve('SEN-0042');
    await again;
    expect(caseFile.data.value).toBe('SEN-0042');
    expect(caseFile.loading.value).toBe(false);
  });

  it('keeps what is shown while loading the same thing again', async () => {
    const { load, calls } = pendingLoads<string>();
    const caseFile = inScope(load);
    calls[0]!.resolve('first answer');
    await flushPromises();
    void caseFile.reload();
    expect(caseFile.loading.value).toBe(true);
    expect(caseFile.data.value).toBe('first answer');
    calls[1]!.resolve('second answer');
    await flushPromises();
    expect(caseFile.data.value).toBe('second answer');
  });
});
