import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { chartOption, chartSize, type ChartSpec } from './chartOption';

// ECharts draws every chart of the workspace, with only the parts used (bars, a grid, a title,
// the SVG renderer) so the bundle stays small. It draws to an SVG string, not into the page:
// the window's content security policy allows no inline styles, which ECharts' SVG would
// carry; as an image (and as the file downloaded) the SVG keeps them, and loads nothing.

use([BarChart, GridComponent, TitleComponent, SVGRenderer]);

/** The chart as a standalone SVG document. */
export function chartSvg(spec: ChartSpec): string {
  const { width, height } = chartSize(spec);
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(chartOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
