/** A stage card's charts: the pictures of docs/contract.md §4 that explain its decision. */
import { stagePictures } from '../../core/charts/pictures';
import type { StageSeries } from '../../core/charts/types';
import { SmallChart } from './SmallChart';
import { useT } from '../i18n';

export function StageCharts({ stage, series, index }: { stage: string; series: StageSeries; index: number }) {
  const tr = useT();
  if (series.weeks.length === 0) return <p class="charts-empty">{tr.t('chart.empty')}</p>;
  return (
    <div class="charts" role="group" aria-label={tr.t('chart.chartsOf', { stage })}>
      {stagePictures(stage, series).map((p) => (
        <SmallChart picture={p} id={`stage-${index}-${p.kind}`} key={p.kind} />
      ))}
    </div>
  );
}
