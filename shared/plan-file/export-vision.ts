/**
 * A product's vision and strategy and its experiments log, as the Markdown summary and the
 * web-page export write them (beside ./export-markdown-product.ts and
 * ./export-html-product.ts). Parts with nothing in them are left out.
 */
import {
  EXPERIMENT_DECISION_LABELS,
  sortExperiments,
  type Experiment,
} from '../domain/experiments';
import { STAGE_LABELS } from '../domain/lifecycle';
import type { Product } from '../domain/product';
import type { Kpi } from '../domain/workspace';
import { bdi, escapeHtml, paragraphs, table, timeElement } from './html-text';
import { escapeInline, escapeMarkdown, markdownTable, mdDay, plural } from './markdown-text';

const strategyLabel = (product: Product) =>
  `Strategy for ${STAGE_LABELS[product.strategyStage ?? product.stage]}`;

export function visionLines(product: Product): string[] {
  const lines: string[] = [];
  if (product.vision !== '') lines.push(`- Vision: ${escapeMarkdown(product.vision)}`);
  if (product.targetCustomer !== '') {
    lines.push(`- Target customer: ${escapeInline(product.targetCustomer)}`);
  }
  if (product.problem !== '') lines.push(`- Problem: ${escapeInline(product.problem)}`);
  if (product.strategy !== '') {
    lines.push(`- ${strategyLabel(product)}: ${escapeInline(product.strategy)}`);
  }
  return lines;
}

function dates(experiment: Experiment, day: (d: string) => string): string {
  return experiment.endOn === null
    ? `from ${day(experiment.startOn)}`
    : `${day(experiment.startOn)} to ${day(experiment.endOn)}`;
}

function decisionText(experiment: Experiment): string {
  const decision = EXPERIMENT_DECISION_LABELS[experiment.decision];
  return experiment.rationale === '' ? decision : `${decision}: ${experiment.rationale}`;
}

export function experimentsTable(experiments: readonly Experiment[], kpis: readonly Kpi[]) {
  if (experiments.length === 0) return [];
  const kpiName = (id: string | null) => kpis.find((k) => k.id === id)?.name ?? '';
  const rows = sortExperiments(experiments).map((experiment) => [
    escapeInline(experiment.title),
    dates(experiment, mdDay),
    escapeInline(kpiName(experiment.kpiId)),
    escapeInline(experiment.hypothesis),
    escapeInline(
      experiment.variants
        .map((v) => (v.result === '' ? v.name : `${v.name}: ${v.result}`))
        .join('; '),
    ),
    escapeInline(decisionText(experiment)),
  ]);
  return [
    `#### Experiments (${experiments.length})`,
    '',
    ...markdownTable(
      ['Experiment', 'When', 'KPI', 'Hypothesis', 'Variants', 'Decision'],
      ['left', 'left', 'left', 'left', 'left', 'left'],
      rows,
    ),
    '',
  ];
}

function subsection(title: string, body: string): string {
  return `<section class="part">\n<h4>${title}</h4>\n${body}\n</section>`;
}

export function visionPart(product: Product): string {
  const facts: string[] = [];
  const fact = (term: string, text: string) =>
    facts.push(`<div><dt>${term}</dt><dd>${paragraphs(text)}</dd></div>`);
  if (product.targetCustomer !== '') fact('Target customer', product.targetCustomer);
  if (product.problem !== '') fact('Problem', product.problem);
  if (product.strategy !== '') fact(escapeHtml(strategyLabel(product)), product.strategy);
  if (product.vision === '' && facts.length === 0) return '';
  const statement =
    product.vision === '' ? '' : `<p class="vision" dir="auto">${escapeHtml(product.vision)}</p>\n`;
  return subsection(
    'Vision and strategy',
    `${statement}${facts.length > 0 ? `<dl class="facts">\n${facts.join('\n')}\n</dl>` : ''}`,
  );
}

export function experimentsPart(
  product: Product,
  experiments: readonly Experiment[],
  kpis: readonly Kpi[],
): string {
  if (experiments.length === 0) return '';
  const rows = sortExperiments(experiments).map((experiment) => {
    const kpi = kpis.find((k) => k.id === experiment.kpiId);
    const variants = experiment.variants
      .map(
        (v) =>
          `<li><strong dir="auto">${escapeHtml(v.name)}</strong>${v.result === '' ? '' : `: <span dir="auto">${escapeHtml(v.result)}</span>`}</li>`,
      )
      .join('');
    return [
      `<span dir="auto">${escapeHtml(experiment.title)}</span>`,
      experiment.endOn === null
        ? `from ${timeElement(experiment.startOn)}`
        : `${timeElement(experiment.startOn)} to ${timeElement(experiment.endOn)}`,
      kpi === undefined
        ? '<span class="muted">–</span>'
        : `<span dir="auto">${escapeHtml(kpi.name)}</span>`,
      `<span dir="auto">${escapeHtml(experiment.hypothesis)}</span>`,
      variants === '' ? '<span class="muted">–</span>' : `<ul class="plain">${variants}</ul>`,
      `<span dir="auto">${escapeHtml(decisionText(experiment))}</span>`,
    ];
  });
  return subsection(
    `Experiments <span class="count">${plural(experiments.length, 'experiment')}</span>`,
    table(
      `Experiments of ${bdi(product.name)}`,
      ['Experiment', 'When', 'KPI', 'Hypothesis', 'Variants', 'Decision'],
      rows,
    ),
  );
}
