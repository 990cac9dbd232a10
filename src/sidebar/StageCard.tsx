/** One stage: its decision (colour, symbol and word), reason, criteria, spend and next budget. */
import { DECISION_STYLES } from '../core/gates/decisions';
import { formatMoney, formatValue } from '../core/plan/format';
import { METRICS } from '../core/plan/headers';
import type { Criterion } from '../core/plan/types';
import type { StageJson } from './types';

function gapText(c: Criterion): string {
  if (c.gap === null) return 'not evaluable';
  if (c.met) return c.volume ? 'met' : c.gap === 0 ? 'on target' : `${formatValue(c.gap, 'percent')} better than target`;
  return `${formatValue(-c.gap, 'percent')} short`;
}

function CriterionRow({ c }: { c: Criterion }) {
  const info = METRICS[c.key];
  const state = c.met === null ? 'na' : c.met ? 'met' : 'unmet';
  return (
    <li class={`criterion ${state}`}>
      <span class="mark" aria-hidden="true">{state === 'met' ? '✓' : state === 'unmet' ? '✕' : '–'}</span>
      <span class="name">{info.label}</span>
      <span class="vals">
        {c.actual === null ? '—' : formatValue(c.actual, info.format)} {c.op === '>=' ? '≥' : '≤'} {formatValue(c.target, info.format)}
      </span>
      <span class="gap">{gapText(c)}</span>
    </li>
  );
}

export function StageCard({ s, index }: { s: StageJson; index: number }) {
  const style = DECISION_STYLES[s.decision];
  const share = s.budget > 0 ? Math.min(1, Math.max(0, s.spend / s.budget)) : 0;
  const id = `stage-${index}`;
  return (
    <article class="card" aria-labelledby={id} data-decision={s.decision}>
      <header>
        <h3 id={id}>
          {index + 1}. {s.stage}
        </h3>
        <span class="badge" style={{ background: style.fill, color: style.text }}>
          <span aria-hidden="true">{style.symbol}</span> {s.decision}
        </span>
      </header>
      <p class="reason">{s.reason}</p>
      {s.criteria.length > 0 && <ul class="criteria" aria-label={`Criteria of ${s.stage}`}>{s.criteria.map((c) => <CriterionRow c={c} />)}</ul>}
      {s.variants.length > 1 && (
        <table class="variants">
          <caption>Variants</caption>
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col">Conv. rate</th>
              <th scope="col">ROAS</th>
            </tr>
          </thead>
          <tbody>
            {s.variants.map((v) => (
              <tr class={v.name === s.bestVariant ? 'winner' : ''}>
                <th scope="row">{v.name}</th>
                <td>{v.conversionRate === null ? '—' : formatValue(v.conversionRate, 'percent')}</td>
                <td>{v.roas === null ? '—' : formatValue(v.roas, 'ratio')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="spend">
        <div class="bar" role="img" aria-label={`Spent ${Math.round(share * 100)}% of the budget`}>
          <span style={{ width: `${share * 100}%` }} />
        </div>
        <span>
          Spend {formatMoney(s.spend)} of {formatMoney(s.budget)}
        </span>
      </div>
      <p class="next">
        Next budget <strong>{formatMoney(s.nextBudget)}</strong>
        {s.bestVariant && (
          <>
            {' '}· carry forward <strong>{s.bestVariant}</strong>
          </>
        )}
      </p>
    </article>
  );
}
