/**
 * The user guide's text: what a product manager needs to find their way, offline, inside the
 * app. Kept close to README's "Using it", in the words the screens use.
 */
import type { ReactNode } from 'react';

export interface GuideTopic {
  id: string;
  title: string;
  body: ReactNode;
}

export const GUIDE_TOPICS: readonly GuideTopic[] = [
  {
    id: 'start',
    title: 'Getting started',
    body: (
      <>
        <p>
          Lifecycle Planner keeps a portfolio of products on a board whose columns are the six
          stages of a product’s life: Ideation, Development, Launch, Growth, Maturity and Decline.
          Everything stays on this computer; there is no account and nothing is sent anywhere.
        </p>
        <p>
          Start with <strong>New product</strong>, or load the sample portfolio from an empty plan
          to see every screen filled in. A plan is one portfolio: the plan menu at the top left
          creates, renames, switches and deletes plans.
        </p>
      </>
    ),
  },
  {
    id: 'board',
    title: 'The board',
    body: (
      <>
        <p>
          Each card is a product. Drag it to another stage, or focus its name and press Alt with an
          arrow key; its <strong>Actions</strong> menu moves it too. Every new stage is recorded
          with its date and brings that stage’s checklist.
        </p>
        <p>
          Cards show the checklist progress, whether the KPIs are on track, the next milestone
          (flagged when overdue) and, in Decline, the decision taken. <strong>Show archived</strong>{' '}
          brings archived products back into view.
        </p>
      </>
    ),
  },
  {
    id: 'workspace',
    title: 'A product’s workspace',
    body: (
      <>
        <p>Open a card to work on its product, one section at a time:</p>
        <ul>
          <li>
            <strong>Overview</strong>: the vision and the strategy for the current stage, details,
            the stage (choose another to move the product), when each stage began, planned dates,
            linked personas and competitors, and a stakeholder update of the product.
          </li>
          <li>
            <strong>Playbook</strong>: what the stage is about and its checklist.
          </li>
          <li>
            <strong>Backlog</strong>: items scored with RICE (Reach × Impact × Confidence ÷ Effort)
            and MoSCoW. Sort by score to see what to build first; the order you choose is remembered
            for each product.
          </li>
          <li>
            <strong>Feedback</strong>: what customers said and the backlog item it backs; paste many
            lines at once or import a survey’s CSV file, choosing which column is which. When an
            item ships, <strong>Close the loop</strong> lists the customers to tell.
          </li>
          <li>
            <strong>KPIs</strong>: targets and values over time; point at or focus a value on the
            chart to read it. Experiments on a KPI are shaded on its chart.
          </li>
          <li>
            <strong>Experiments</strong>: the hypothesis, the KPI it should move, the variants and
            their results, and what was decided and why.
          </li>
          <li>
            <strong>Milestones</strong>, <strong>Decision</strong> (in Decline) and{' '}
            <strong>Changelog</strong> (releases and their notes).
          </li>
        </ul>
      </>
    ),
  },
  {
    id: 'portfolio',
    title: 'Timeline, roadmap and health',
    body: (
      <>
        <p>
          <strong>Timeline</strong> draws each product’s stages over time, with milestones and
          today’s line. <strong>Roadmap</strong> puts the open backlog items of every product in
          Now, Next and Later. <strong>Health</strong> shows products per stage, the ones longest in
          their stage, KPIs off target, overdue milestones and feedback volume.
        </p>
      </>
    ),
  },
  {
    id: 'search',
    title: 'Search and the command palette',
    body: (
      <>
        <p>
          The search field filters the board’s cards by name, owner or tag, and lists every backlog
          item, feedback quote, customer, KPI, milestone, release, experiment, persona and
          competitor that matches, grouped by kind. Choose one to open it where it lives.
        </p>
        <p>
          The <strong>command palette</strong> runs any command by name and opens any product or
          backlog item: type a few letters of it, in order, and press Enter.
        </p>
      </>
    ),
  },
  {
    id: 'files',
    title: 'Plans, files and backups',
    body: (
      <>
        <p>
          <strong>File → Export plan</strong> saves the plan as a <code>.lcplan</code> file to
          share; <strong>Import plan</strong> shows a preview first and then adds it as a copy,
          merges it (newer edits win) or replaces the plan. Trello board exports import too.
        </p>
        <p>
          Exports for people without the app: a Markdown summary, CSV files of the products and the
          backlog, and a read-only web page. The view on screen can be printed or saved as PDF or
          PNG.
        </p>
        <p>
          Every plan you change is backed up automatically; <strong>Restore from backup</strong>{' '}
          lists the backups and restores one as a new plan or in place.
        </p>
        <p>
          <strong>Stakeholder update</strong> writes the status of one product or the whole
          portfolio for a week, a month or a quarter, to copy into an email or save as a file.
        </p>
        <p>
          <strong>Settings</strong> (the gear in the toolbar) hold the theme, the region numbers and
          dates are written in (and typed: 0,5 in Germany), the first day of the week, how many
          backups to keep, what an import offers first and whether plans save back to their file.
        </p>
      </>
    ),
  },
];
