/**
 * Words the benchmark's plans are made of: product names, people, tags, backlog items,
 * feedback and KPIs of a made-up software company. Realistic text matters to a benchmark:
 * search folds accents, cards wrap long names, and file size follows the length of the text.
 */
import type { Stage } from '../../shared/domain/lifecycle';
import type { KpiDirection } from '../../shared/domain/workspace';

/** Items separated by "|" or line breaks: long word lists stay a few lines each. */
function list(text: string): readonly string[] {
  return text
    .split(/[|\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export const NAME_FIRST = list(`
  Receipt | Invoice | Ledger | Cash Flow | Payroll | Expense | Tax | Budget | Vendor
  Contract | Pricing | Billing | Treasury | Audit | Forecast | Inventory | Order | Quote
  Subscription | Loyalty | Onboarding | Support | Field Service | Fleet | Travel | Procurement
  Asset | Risk | Compliance | Customer | Partner | Signal | Insight | Café Menu | Crédit
  Närvaro | Docket | Harbor | Atlas | Beacon
`);

export const NAME_SECOND = list(`
  Scanner | Autopilot | Desktop | Connect | Lite | Cards | Assistant | Gateway | Hub | Studio
  Manager | Portal | Planner | Insights | Tracker | Sync | Vault | Console | Monitor
  Exchange | Radar | Desk | Flow | Cloud | Mobile | Kiosk | Reports | Engine | Inbox
  Marketplace | Wallet | Checkout | Timeline | Map
`);

export const NAME_EDITION = ['', '', '', '', 'Pro', 'for Teams', 'Enterprise', 'Go', 'Plus', 'EU'];

export const FIRST_NAMES = list(`
  Amara | Lukas | Sofía | Mei | Daniel | Priya | Jonas | Chiara | Kwame | Ingrid | Mateo
  Yuki | Fatima | Oskar | Léa | Ravi | Zofia | Tomás | Aisha | Henrik | Noa | Emeka | Björn
  Camille | Hiro
`);

export const LAST_NAMES = list(`
  Okafor | Brandt | Herrera | Tanaka | Cohen | Sharma | Lindqvist | Rossi | Mensah | Dubois
  Novak | García | Kowalski | Nakamura | Haddad | Müller | Silva | Andersen | Ó Briain
  Petrov
`);

export const TAGS = list(`
  web | mobile | desktop | B2B | B2C | API | platform | AI | analytics | fintech | HR
  compliance | legacy | core | automation | EU | US | APAC | SMB | enterprise | self-serve
  partner | beta | regulated | growth-bet
`);

export const SUMMARY_OPENINGS = list(`
  Helps small finance teams | Lets freelancers | Gives operations managers a way
  Helps accountants | Lets founders | Gives sales teams a way | Helps support agents
`);

export const SUMMARY_PURPOSES = list(`
  to close the month in days instead of weeks.
  to see where the money goes without a spreadsheet.
  to chase late payments without awkward emails. | to keep every receipt in one place.
  to plan cash for the next quarter. | to answer customers from one inbox.
  to stay compliant when the rules change.
`);

export const BACKLOG_VERBS = list(`
  Export | Import | Bulk edit | Filter | Schedule | Approve | Share | Archive | Sync | Tag
  Search | Reconcile | Forecast | Remind about | Preview | Undo
`);

export const BACKLOG_OBJECTS = list(`
  invoices | receipts | expense reports | bank feeds | payslips | budgets | vendors
  contracts | tax returns | purchase orders | customer notes | dashboards | reports
  payment runs | credit notes | reminders
`);

/** Added after a backlog item's title now and then: "Export invoices to CSV". */
export const BACKLOG_CHANNELS = list(`
  to CSV | from the mobile app | by email | in bulk | with keyboard only | for admins
  via the API
`);

export const CUSTOMERS = list(`
  SMB accountants | Enterprise finance | Freelance designers | Agency owners | Nordbank AG
  Café Lumière | Greenfield Logistics | Bright Dental | Harbor & Co | Mountain Outfitters
  Sunrise Bakery | Tanaka Trading | Okafor Legal | Pixel Forge | Helios Energy | City of Lund
  Northwind Traders | Blue Fin Seafood
`);

export const QUOTES = list(`
  Need this for month end. | Too slow with big lists. | Please add CSV export.
  Works great, thanks! | Confusing on the first try. | We would use this daily.
  We spend two days a month doing this by hand.
  I would pay more if this worked from my phone.
  The export breaks our accounting import every time.
  Our auditors asked for this twice last quarter.
  Love it, but my team keeps asking for a bulk option.
  We almost switched to a competitor over this.
  It is fine, though the reminders feel a bit pushy.
  Setting this up took our admin a whole afternoon.
  Please let us approve from the email itself. | The numbers do not match what the bank shows.
`);

/** Most backlog items are a title only; some carry a line of context. */
export const BACKLOG_NOTES = list(`
  Asked for in several Q3 interviews. | Blocks two enterprise deals.
  Needed before the spring audit. | Support's most requested item this year.
  Sales hears this in every demo. | Prerequisite for the partner API.
`);

export const MILESTONE_TITLES = list(`
  Beta with ten customers | Pricing page live | Security review | Public launch
  First 100 paying teams | Partner integration | Mobile release | Sunset announcement
`);

export const RELEASE_NOTES = list(`
  Faster loading of large lists; fixes to CSV export.
  New approval flow and reminders by email. | Bank feed reliability improvements.
  Accessibility fixes across forms.
`);

export const KPI_KINDS: readonly {
  name: string;
  unit: string;
  target: number;
  direction: KpiDirection;
}[] = [
  { name: 'Weekly active users', unit: 'users', target: 5000, direction: 'higher' },
  { name: 'Monthly churn', unit: '%', target: 2, direction: 'lower' },
  { name: 'Net promoter score', unit: 'points', target: 40, direction: 'higher' },
  { name: 'Monthly recurring revenue', unit: '€', target: 120000, direction: 'higher' },
  { name: 'Trial to paid conversion', unit: '%', target: 12, direction: 'higher' },
  { name: 'Support tickets per 100 users', unit: 'tickets', target: 3, direction: 'lower' },
];

export const PERSONA_NAMES = list(`
  Fiona the freelance designer | Omar the office manager | Chen the controller
  Sara the startup founder | Ben the bookkeeper | Ines the IT admin | Kofi the sales lead
  Marta the CFO | Ravi the agency owner | Lena the payroll clerk
`);

export const COMPETITOR_NAMES = list(`
  QuickTally | SumUp Books | LedgerLy | Paystream | Cashbox | Fakturo | Spendwise | Billomat
  Countly | Tallybase | Zenbooks | Receiptify
`);

/** The checklist of each stage, from the product brief's table of typical items. */
export const STAGE_CHECKLISTS: Record<Stage, readonly string[]> = {
  ideation: ['Surveys', 'User interviews', 'Focus group', 'Problem statement', 'Target persona'],
  development: [
    'Prioritised backlog',
    'Design reviews',
    'User tests of prototypes',
    'Acceptance criteria',
  ],
  launch: ['Launch date', 'Messaging', 'Support channel', 'Feedback channel', 'First-week review'],
  growth: ['Growth KPIs with targets', 'Experiments log', 'Retention cohort review'],
  maturity: ['Competitor review', 'Pricing review', 'Line-extension ideas'],
  decline: ['Decline analysis', 'Decision with rationale', 'Customer communication', 'Sunset plan'],
};
