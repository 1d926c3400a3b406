/** The View menu's commands: which view the window shows, archived cards and the theme. */
import { defineCommand } from './define';

export const VIEW_COMMANDS = [
  defineCommand({
    id: 'show-board',
    label: 'Board',
    menu: 'view/views',
    keywords: 'kanban stages columns view',
    enabled: (state) => state.view !== 'board',
    run: (host) => host.showView('board'),
  }),
  defineCommand({
    id: 'show-timeline',
    label: 'Timeline',
    menu: 'view/views',
    keywords: 'gantt dates view',
    enabled: (state) => state.view !== 'timeline',
    run: (host) => host.showView('timeline'),
  }),
  defineCommand({
    id: 'show-roadmap',
    label: 'Roadmap',
    menu: 'view/views',
    keywords: 'now next later view',
    enabled: (state) => state.view !== 'roadmap',
    run: (host) => host.showView('roadmap'),
  }),
  defineCommand({
    id: 'show-health',
    label: 'Health',
    menu: 'view/views',
    keywords: 'portfolio kpis overdue view',
    enabled: (state) => state.view !== 'health',
    run: (host) => host.showView('health'),
  }),
  defineCommand({
    id: 'toggle-archived',
    label: 'Show Archived Products',
    menu: 'view/display',
    keywords: 'hide archive',
    run: (host) => host.toggleArchived(),
  }),
  defineCommand({
    id: 'toggle-theme',
    label: 'Change Theme (System, Light, Dark)',
    menu: 'view/display',
    keywords: 'dark mode light mode appearance colours',
    run: (host) => host.cycleTheme(),
  }),
] as const;
