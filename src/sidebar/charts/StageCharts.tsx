/** A stage card's charts: the pictures of contract 4 that explain its decision. */
import { stagePictures } from '../../core/charts/pictures';
import type { StageSeries } from '../../core/charts/types';
import { SmallChart } from './SmallChart';

export function StageCharts({ stage, series, index }: { stage: string; series: StageSeries; index: number }) {
  if (series.weeks.length === 0) return <p class="charts-empty">Charts appear once this stage has weekly data.</p>;
  return (
    <div class="charts" role="group" aria-label={`Charts of ${stage}`}>
      {stagePictures(stage, series).map((p) => (
        <SmallChart p={p} id={`stage-${index}-${p.kind}`} key={p.kind} />
      ))}
    </div>
  );
}
