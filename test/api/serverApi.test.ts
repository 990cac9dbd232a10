import { describe, expect, it } from 'vitest';
import { SERVER_FUNCTIONS } from '../../src/api/serverApi';
import { CodedError, decodeFailure, encodeFailure } from '../../src/api/serverError';
import { createAppsScriptFake, loadCodeJs } from '../../tools/apps-script-fake';
import { failureOf, loadCode, readCode } from '../support/codeJs';

describe('the one server declaration', () => {
  it('is what dist/Code.js exposes: one top-level stub per declared function, nothing else', () => {
    const code = readCode();
    const stubs = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    for (const f of SERVER_FUNCTIONS) expect(stubs).toContain(f.name);
    const gs = loadCode();
    const server = (gs as unknown as { LiftGate: { server: Record<string, unknown> } }).LiftGate.server;
    expect(Object.keys(server).sort()).toEqual(SERVER_FUNCTIONS.map((f) => f.name).sort());
  });
});

describe('failures cross as codes', () => {
  it('round-trips a coded error: code, parameters and the text in the document language', () => {
    const wire = encodeFailure(new CodedError('error.noSheet', { sheet: 'Uke' }, 'Dette regnearket har ikke noe «Uke»-ark.'));
    expect(decodeFailure(wire)).toEqual({ code: 'error.noSheet', params: { sheet: 'Uke' }, text: 'Dette regnearket har ikke noe «Uke»-ark.' });
    // Apps Script may prefix what reaches the failure handler.
    expect(decodeFailure(`Exception: ${wire}`).code).toBe('error.noSheet');
  });

  it('leaves an uncoded failure as its text', () => {
    expect(encodeFailure(new Error('Service Spreadsheets timed out'))).toBe('Service Spreadsheets timed out');
    expect(decodeFailure('Exception: Service Spreadsheets timed out')).toEqual({ code: null, params: {}, text: 'Service Spreadsheets timed out' });
    expect(decodeFailure('liftgate:error {not json')).toEqual({ code: null, params: {}, text: 'liftgate:error {not json' });
  });

  it('a missing sheet reaches the sidebar as error.noSheet, whatever the language', () => {
    for (const locale of ['en_US', 'nb_NO', 'ru_RU', 'zh_CN']) {
      const gs = loadCodeJs(createAppsScriptFake({ sheets: [], locale }));
      const f = failureOf(() => gs.evaluateStages());
      expect(f.code).toBe('error.noSheet');
      expect(typeof f.params.sheet).toBe('string');
      expect(f.text).toContain(String(f.params.sheet));
    }
  });
});
