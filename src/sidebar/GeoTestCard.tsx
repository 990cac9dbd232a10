/**
 * A stage's geo test (docs/contract.md §2.6): what GEO_LIFT found in the test markets, which regions the
 * synthetic control is made of, and how well it followed the test markets before the test — with
 * a plain-words warning when it did not (scaled L2 imbalance above 0.3).
 */
import { useT } from './i18n';
import type { GeoCard } from '../core/model/geoCard';

export function GeoTestCard({ geo, stage }: { geo: GeoCard; stage: string }) {
  const tr = useT();
  return (
    <section class="geo" aria-label={tr.t('geo.aria', { stage })}>
      <h4>{tr.t('geo.title', { markets: geo.markets.join(tr.t('text.separator')) })}</h4>
      <p class="geo-result">
        {tr.t('geo.result', {
          start: geo.testStart,
          end: geo.testEnd,
          periods: geo.periods,
          lift: tr.value(geo.lift, 'percent'),
          incremental: tr.number(Math.round(geo.incremental), 0),
          iroas: geo.iroas === null ? 'none' : tr.value(geo.iroas, 'ratio'),
          p: geo.pValue < 0.001 ? `< ${tr.number(0.001, 3)}` : tr.number(geo.pValue, 3),
        })}
      </p>
      <p class={geo.poorFit ? 'geo-fit poor' : 'geo-fit'}>
        {tr.t('geo.fit', { imbalance: tr.number(geo.scaledL2Imbalance, 2) })}
        {geo.poorFit ? <strong role="note">{tr.t('geo.poor')}</strong> : tr.t('geo.fitScale')}
      </p>
      <table class="donors">
        <caption>{tr.t('geo.donors')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr.t('geo.region')}</th>
            <th scope="col">{tr.t('geo.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {geo.donors.map((d) => (
            <tr>
              <th scope="row">{d.region}</th>
              <td>{tr.percent(d.weight, d.weight < 0.1 ? 1 : 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
