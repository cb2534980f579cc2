// The bar chart of the reception statistics: each host's visits, no-shows and appeals over the
// span. ECharts is loaded with this file only (the stats page fetches it when it first shows the
// chart); the table beside it carries the same figures for screen readers.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartSeries {
  name: string;
  values: number[];
  color: string;
}

export function StatsChart({ hosts, series, label }: { hosts: string[]; series: ChartSeries[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const chart = init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: hosts, axisLabel: { interval: 0, width: 110, overflow: 'break' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, itemStyle: { color: s.color } })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [hosts, series]);
  return <div ref={ref} role="img" aria-label={label} data-testid="stats-chart" style={{ width: '100%', height: 320 }} />;
}
