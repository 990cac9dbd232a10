/**
 * A stage's geo test (contract 2.6): what GEO_LIFT found in the test markets, which regions the
 * synthetic control is made of, and how well it followed the test markets before the test — with
 * a plain-words warning when it did not (scaled L2 imbalance above 0.3).
 */
import { formatValue } from '../core/plan/format';
import type { GeoCard } from '../core/geo/plan/geoCard';

const pct = (x: number) => `${(100 * x).toFixed(x < 0.1 ? 1 : 0)}%`;

export function GeoTestCard({ geo, stage }: { geo: GeoCard; stage: string }) {
  return (
    <section class="geo" aria-label={`Geo test of ${stage}`}>
      <h4>Geo test: {geo.markets.join(', ')}</h4>
      <p class="geo-result">
        {geo.testStart} – {geo.testEnd} ({geo.periods} periods): lift {formatValue(geo.lift, 'percent')}, {Math.round(geo.incremental).toLocaleString('en')} incremental
        {geo.iroas !== null && <>, iROAS {formatValue(geo.iroas, 'ratio')}</>}; p = {geo.pValue < 0.001 ? '< 0.001' : geo.pValue.toFixed(3)}.
      </p>
      <p class={geo.poorFit ? 'geo-fit poor' : 'geo-fit'}>
        Fit before the test: scaled L2 imbalance {geo.scaledL2Imbalance.toFixed(2)}
        {geo.poorFit ? (
          <strong role="note">
            {' '}
            — a poor match: the other regions did not move like the test markets before the test, so this result may be off. Add regions or choose other test markets.
          </strong>
        ) : (
          <> (0 = perfect, 1 = no better than an average of all other regions).</>
        )}
      </p>
      <table class="donors">
        <caption>Synthetic control: the regions standing in for the test markets</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {geo.donors.map((d) => (
            <tr>
              <th scope="row">{d.region}</th>
              <td>{pct(d.weight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
