/**
 * LiftGate's custom functions inside HyperFormula, so the preview computes `=ROAS(I2:I, D2:D)`
 * and `=STAGE_GATE(...)` as Sheets would. Not a re-implementation: every function is the
 * registry's own declaration, called through the same argument layer (callFunction) that the
 * Apps Script stubs use, with HyperFormula's values turned into what Sheets hands a custom
 * function (a single cell as a value, a range as rows of values, a blank as "").
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import { FUNCTIONS } from '../../../src/registry';
import { callFunction } from '../../../src/registry/args';
import type { FunctionSpec, OutValue } from '../../../src/registry/types';

type Ast = { args: Ast[]; type?: string; value?: unknown };
type State = unknown;

/** Whole-column functions whose result has one row per row of their first argument. */
const ONE_ROW_PER_INPUT_ROW = new Set(['STAGE_GATE', 'SEQUENTIAL_PVALUE', 'STAGE_DECISION']);

/** A HyperFormula value → what Sheets passes to a custom function. */
function toSheets(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) {
    const rows = v.rawData().map((r) => r.map(toSheets));
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  if (v === EmptyValue || v === null || v === undefined) return '';
  if (v instanceof CellError) throw v;
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: unknown }).val; // a typed number (date, percent)
  return v;
}

/**
 * What the function returned → HyperFormula's value, fitted to the size HyperFormula reserved
 * for it before computing (it must match exactly): blank-padded, or cut to the reserved cells.
 */
function fromSheets(out: OutValue, size: ArraySize): unknown {
  const rows = Array.isArray(out) ? out : [[out]];
  if (size.isScalar()) return rows[0]?.[0] === '' ? EmptyValue : rows[0]?.[0];
  const fitted = Array.from({ length: size.height }, (_, r) =>
    Array.from({ length: size.width }, (_, c) => {
      const v = rows[r]?.[c];
      return v === undefined || v === '' ? EmptyValue : v;
    }),
  );
  return SimpleRangeValue.onlyValues(fitted as never);
}

function sizeOf(spec: FunctionSpec, plugin: LiftGatePlugin, ast: Ast, state: State): ArraySize {
  const shapes = ast.args.map((a) => plugin.sizeOfArg(a, state));
  const width = spec.headers?.length ?? 1;
  if (spec.mode === 'elementwise') {
    const each = spec.params.map((p, i) => (p.shape === 'each' ? shapes[i] : undefined)).filter((s): s is ArraySize => !!s);
    const height = Math.max(1, ...each.map((s) => s.height));
    return new ArraySize(spec.headers ? width : Math.max(1, ...each.map((s) => s.width)), height);
  }
  if (spec.headers) {
    const i = spec.params.findIndex((p) => p.name === 'with_headers');
    const withHeaders = i >= 0 && ast.args[i]?.value === true;
    return new ArraySize(width, withHeaders ? 2 : 1);
  }
  if (ONE_ROW_PER_INPUT_ROW.has(spec.name) && shapes[0]) return new ArraySize(1, shapes[0].height);
  return ArraySize.scalar();
}

export class LiftGatePlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  sizeOfArg(ast: Ast, state: State): ArraySize {
    return this.arraySizeForAst(ast as never, state as never);
  }

  /** One call, as Sheets makes it: errors become #VALUE! cells carrying the message. */
  run(spec: FunctionSpec, ast: Ast, state: State) {
    return this.runFunction(ast.args as never, state as never, this.metadata(spec.name), ((...args: unknown[]) => {
      try {
        return fromSheets(
          callFunction(
            spec,
            args.map((a) => (a === undefined ? undefined : toSheets(a))),
          ),
          sizeOf(spec, this, ast, state),
        );
      } catch (e) {
        if (e instanceof CellError) return e;
        return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
      }
    }) as never);
  }
}

for (const spec of FUNCTIONS) {
  const method = `fn_${spec.name}`;
  const size = `size_${spec.name}`;
  LiftGatePlugin.implementedFunctions[spec.name] = {
    method,
    sizeOfResultArrayMethod: size,
    vectorizationForbidden: true,
    parameters: spec.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.default !== undefined })),
  };
  const proto = LiftGatePlugin.prototype as unknown as Record<string, unknown>;
  proto[method] = function (this: LiftGatePlugin, ast: Ast, state: State) {
    return this.run(spec, ast, state);
  };
  proto[size] = function (this: LiftGatePlugin, ast: Ast, state: State) {
    return sizeOf(spec, this, ast, state);
  };
}

let registered = false;
/** Registers the plugin once per process (HyperFormula keeps plugins globally). */
export function registerLiftGateFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(LiftGatePlugin, { enGB: Object.fromEntries(FUNCTIONS.map((f) => [f.name, f.name])) });
  registered = true;
}
