/** One stage: its decision (colour, symbol and word), reason, criteria, spend and next budget. */
import { StageCharts } from './charts/StageCharts';
import { CriterionRow, type Judged } from './CriterionRow';
import { DecisionIcon } from './DecisionIcon';
import { GeoTestCard } from './GeoTestCard';
import { rich, useT } from './i18n';
import type { StageJson } from './types';
import { DECISION_STYLES } from '../core/model/decisions';

function judgedState(s: StageJson): Judged {
  if (s.decision === 'READY' || (s.decision === 'LOCKED' && !(s.spend > 0))) return 'unmeasured';
  return s.decision === 'LOCKED' ? 'locked' : 'judged';
}

export function StageCard({ s, index }: { s: StageJson; index: number }) {
  const tr = useT();
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
          <DecisionIcon decision={s.decision} /> {tr.decision(s.decision)}
        </span>
      </header>
      <p class="reason">{s.reason}</p>
      {s.criteria.length > 0 && (
        <ul class="criteria" aria-label={tr.t('card.criteriaOf', { stage: s.stage })}>
          {s.criteria.map((c) => (
            <CriterionRow c={c} judged={judged} />
          ))}
        </ul>
      )}
      {s.series && <StageCharts stage={s.stage} series={s.series} index={index} />}
      {s.geo && <GeoTestCard geo={s.geo} stage={s.stage} />}
      {s.variants.length > 1 && (
        <table class="variants">
          <caption>{tr.t('card.variants')}</caption>
          <thead>
            <tr>
              <th scope="col">{tr.t('card.variant')}</th>
              <th scope="col">{tr.t('card.conversionRate')}</th>
              <th scope="col">{tr.t('metric.roas')}</th>
            </tr>
          </thead>
          <tbody>
            {s.variants.map((v) => (
              <tr class={v.name === s.bestVariant ? 'winner' : ''}>
                <th scope="row">{v.name}</th>
                <td>{v.conversionRate === null ? '—' : tr.value(v.conversionRate, 'percent')}</td>
                <td>{v.roas === null ? '—' : tr.value(v.roas, 'ratio')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class={over > 0 ? 'spend over' : 'spend'}>
        <div class="bar" role="img" aria-label={tr.t('card.spentShare', { share: tr.percent(s.budget > 0 ? s.spend / s.budget : 0, 0) })}>
          <span style={{ width: `${share * 100}%` }} />
        </div>
        <span>
          {tr.t('card.spend', { spend: tr.money(s.spend), budget: tr.money(s.budget) })}
          {over > 0 && <strong class="overspent"> · {tr.t('card.overBudget', { over: tr.money(over) })}</strong>}
        </span>
      </div>
      <p class="next">
        {rich(tr, 'card.nextBudget', { budget: <strong>{tr.money(s.nextBudget)}</strong> })}
        {s.bestVariant && <> · {rich(tr, 'card.carryForward', { variant: <strong>{s.bestVariant}</strong> })}</>}
      </p>
    </article>
  );
}
