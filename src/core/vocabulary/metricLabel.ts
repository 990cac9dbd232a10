/**
 * A named metric as people read it: the catalogue's `metric.*` word in the document's language
 * when there is one, else the metric's first (English) name from the vocabulary — so a KPI the
 * metric layer adds reads right in warnings before its translations land.
 */
import type { MessageKey } from '../../i18n';
import { en } from '../../i18n/catalogues/en';
import { say } from '../../i18n/render';
import type { Arg } from '../model/message';
import { METRIC_NAMES, type NamedMetric } from './metricNames';

export function metricLabel(metric: NamedMetric): Arg<MessageKey> {
  const key = `metric.${metric}`;
  return key in en ? say(key as MessageKey) : METRIC_NAMES[metric][0];
}
