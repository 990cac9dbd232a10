/** One stage: its decision (colour, symbol and word), reason, criteria, spend and next budget. */
import { DECISION_STYLES } from '../core/gates/decisions';
import { formatMoney, formatValue } from '../core/plan/format';
import { PHRASES } from '../core/plan/phrases';
import { StageCharts } from './charts/StageCharts';
import { CriterionRow, type Judged } from './CriterionRow';
import { DecisionIcon } from './DecisionIcon';
import type { StageJson } from './types';

function judgedState(s: StageJson): Judged {
  if (s.decision === 'READY' || (s.decision === 'LOCKED' && !(s.spend > 0))) return 'unmeasured';
  return s.decision === 'LOCKED' ? 'locked' : 'judged';
}

export function StageCard({ s, index }: { s: StageJson; index: number }) {
  const style = DECISION_STYLES[s.decision];
  const share = s.budget > 0 ? Math.min(1, Math.max(0, s.spend / s.budget)) : 0;
  const over = s.spend > s.budget ? s.spend - s.budget : 0;
  const judged = judgedState(s);
  const id = `stage-${index}`;
  return (
    <article class="card" aria-labelledby={id} data-decision={s.decision}>
      <header>
        <h3 id={id}>
          {index + 1}. {s.stage}
        </h3>
        <span class="badge" style={{ background: style.fill, color: style.text }}>
          <DecisionIcon decision={s.decision} /> {s.decision}
        </span>
      </header>
      <p class="reason">{s.reason}</p>
      {s.criteria.length > 0 && <ul class="criteria" aria-label={`Criteria of ${s.stage}`}>{s.criteria.map((c) => <CriterionRow c={c} judged={judged} />)}</ul>}
      {s.series && <StageCharts stage={s.stage} series={s.series} index={index} />}
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
      <div class={over > 0 ? 'spend over' : 'spend'}>
        <div class="bar" role="img" aria-label={`Spent ${Math.round((s.budget > 0 ? s.spend / s.budget : 0) * 100)}% of the budget`}>
          <span style={{ width: `${share * 100}%` }} />
        </div>
        <span>
          Spend {formatMoney(s.spend)} of {formatMoney(s.budget)}
          {over > 0 && <strong class="overspent">{' '}· {PHRASES.overBudgetCard(formatMoney(over))}</strong>}
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
