/** The sections of a product's workspace, in the order the section nav lists them. */
export const WORKSPACE_SECTIONS = [
  'overview',
  'playbook',
  'backlog',
  'feedback',
  'kpis',
  'experiments',
  'milestones',
  'decision',
  'changelog',
] as const;

export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];

export const SECTION_LABELS: Record<WorkspaceSection, string> = {
  overview: 'Overview',
  playbook: 'Playbook',
  backlog: 'Backlog',
  feedback: 'Feedback',
  kpis: 'KPIs',
  experiments: 'Experiments',
  milestones: 'Milestones',
  decision: 'Decision',
  changelog: 'Changelog',
};
