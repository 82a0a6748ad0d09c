/** A story's data shaped like the passport story, for chart tests. */
import type { ChartData } from '../../../src/schemas/chart';
import type { InitiativeData } from '../../../src/schemas/initiative';

const figure = (id: string, value: number, zh: string, en: string) => ({
  id,
  value,
  unit: 'application' as const,
  qualifier: 'exact' as const,
  period: '2023-11/2024-01',
  source: 'paper',
  label: { zh, en },
  headline: false,
  tableOnly: false,
});

const chart = (id: string, kind: ChartData['kind'], figures: string[], whole?: string): ChartData => ({
  id,
  kind,
  figures,
  whole,
  title: { zh: `图${id}`, en: `Chart ${id}` },
});

export const passport: Pick<InitiativeData, 'figures' | 'derived'> & { charts: ChartData[] } = {
  figures: [
    figure('applications', 598, '受理的申请', 'applications taken'),
    figure('minors', 288, '其中未成年人申请', 'of them, by minors'),
  ],
  derived: [
    {
      id: 'adults',
      op: 'difference',
      of: ['applications', 'minors'],
      unit: 'application',
      label: { zh: '成年人申请', en: 'by adults' },
      tableOnly: false,
    },
    {
      id: 'minors-share',
      op: 'share',
      of: ['minors', 'applications'],
      unit: 'percent',
      label: { zh: '未成年人占比', en: 'share by minors' },
      tableOnly: false,
    },
  ],
  charts: [
    chart('by-age', 'part-of-whole', ['minors', 'adults'], 'applications'),
    chart('minors-only', 'part-of-whole', ['minors'], 'applications'),
    chart('compare', 'bar', ['minors', 'adults']),
    chart('share', 'key-figures', ['minors-share']),
  ],
};
