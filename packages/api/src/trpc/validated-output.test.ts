import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isValidated, jsonOf, validated, validatedOutput } from './validated-output';

const point = z.object({ x: z.number() });
const other = z.object({ x: z.number() });

describe('validated outputs', () => {
  it("passes what validated returned for the procedure's own schema as it is, and parses anything else", async () => {
    const check = validatedOutput(point);
    const kept = validated(point, { x: 1, internal: 'left out' });
    expect(kept).toEqual({ x: 1 });
    expect(check(kept)).toBe(kept);
    const raw = { x: 2, internal: 'left out' };
    expect(await check(raw)).toEqual({ x: 2 });
    // Checked by another schema: checked again by this one.
    const elsewhere = validated(other, { x: 3 });
    expect(check(elsewhere)).not.toBe(elsewhere);
    expect(await check(elsewhere)).toEqual({ x: 3 });
    expect(check.schema).toBe(point);
  });

  it('refuses a value that does not fit as tRPC refuses an output: INTERNAL_SERVER_ERROR, "Output validation failed"', () => {
    expect(() => validated(point, { x: 'one' })).toThrow(expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR', message: 'Output validation failed' }));
  });

  it('writes the JSON of a validated value once, and of anything else each time', () => {
    const kept = validated(point, { x: 1 });
    expect(jsonOf(kept)).toBe('{"x":1}');
    // Written once: a change made afterwards (which kept values must not get) does not show.
    kept.x = 5;
    expect(jsonOf(kept)).toBe('{"x":1}');
    const raw = { x: 1 };
    expect([jsonOf(raw), isValidated(raw), isValidated(kept), isValidated(null)]).toEqual(['{"x":1}', false, true, false]);
    raw.x = 2;
    expect(jsonOf(raw)).toBe('{"x":2}');
  });
});
