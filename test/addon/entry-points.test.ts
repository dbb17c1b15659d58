/** The one registry of entry points (src/addon/entry-points.ts): names, implementations and declarations agree. */
import { describe, expect, it } from 'vitest';
import {
  CUSTOM_FUNCTIONS,
  entryList,
  implementations,
  SERVER_FUNCTIONS,
} from '../../src/addon/entry-points.ts';

describe('the registry', () => {
  it('lists every entry once, custom functions first and marked as such', () => {
    const names = entryList().map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...Object.keys(CUSTOM_FUNCTIONS), ...Object.keys(SERVER_FUNCTIONS)]);
    for (const entry of entryList()) {
      expect(entry.customFunction === true, entry.name).toBe(entry.name in CUSTOM_FUNCTIONS);
    }
  });

  it('names custom functions RAD_UPPER_SNAKE and server functions in camelCase', () => {
    for (const name of Object.keys(CUSTOM_FUNCTIONS)) expect(name).toMatch(/^RAD_[A-Z_]+$/);
    for (const name of Object.keys(SERVER_FUNCTIONS)) expect(name).toMatch(/^[a-z][A-Za-z]+$/);
  });

  it('gives each custom function its formula help: a summary, each parameter, a return and an example', () => {
    for (const entry of entryList().filter((e) => e.customFunction)) {
      expect(entry.summary.length, entry.name).toBeGreaterThan(10);
      expect(entry.returns, entry.name).toBeDefined();
      expect(entry.example, entry.name).toMatch(new RegExp(`^=${entry.name}\\(`));
      for (const param of entry.params)
        expect(param.help.length, `${entry.name} ${param.name}`).toBeGreaterThan(5);
    }
  });

  it('hands out each registered implementation under its own name', () => {
    const all = implementations();
    expect(Object.keys(all)).toEqual(entryList().map((entry) => entry.name));
    for (const [name, run] of Object.entries({ ...CUSTOM_FUNCTIONS, ...SERVER_FUNCTIONS })) {
      expect(all[name]).toBe(run);
      expect(run.name).toBe(name);
    }
  });
});
