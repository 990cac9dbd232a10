/**
 * The Dashboard's layout (src/core/dashboard/layout.ts) in the document's words: its title,
 * headers, decisions and chart labels rendered once, just before createDashboard writes it.
 */
import type { ChartPlan, DashboardLayout } from '../core/dashboard/layout';
import type { Translator } from '../i18n';
import { render, renderRows } from '../i18n/render';

function chartInWords(c: ChartPlan, tr: Translator): ChartPlan<string> {
  const title = render(c.title, tr);
  return { ...c, title, options: { ...c.options, title, hAxis: { ...c.options.hAxis, title: render(c.options.hAxis.title, tr) } } };
}

export function dashboardInWords(layout: DashboardLayout, tr: Translator): DashboardLayout<string> {
  return {
    ...layout,
    top: { ...layout.top, values: renderRows(layout.top.values, tr) },
    data: renderRows(layout.data, tr),
    charts: layout.charts.map((c) => chartInWords(c, tr)),
  };
}
