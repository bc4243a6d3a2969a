import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api/contract';
import { API_METHOD_NAMES } from '../../shared/api/methodNames';
import { apiFromCalls } from '../../shared/api/client';

describe('the API method names the renderer calls without loading the schemas', () => {
  it('are exactly the defined methods, in their order', () => {
    expect([...API_METHOD_NAMES]).toEqual(API_METHODS);
  });

  it('give the client one function per defined method, each sending its own name', async () => {
    const sent: string[] = [];
    const api = apiFromCalls(
      async (method) => {
        sent.push(method);
        return { ok: true, value: null };
      },
      { onEvent: () => () => {} },
    ) as unknown as Record<string, () => Promise<unknown>>;
    for (const method of API_METHODS) await api[method]!();
    expect(sent).toEqual(API_METHODS);
  });
});
