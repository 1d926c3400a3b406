/**
 * Guessing a lifecycle stage from a Trello list's name, for the mapping step of a Trello
 * import. The guess is only a starting point the PM confirms, so it favours the common
 * meaning of a PM's list names over cleverness:
 *
 * - Words are matched whole, ignoring case and accents, in English plus a few French, German,
 *   Spanish, Portuguese, Italian and Dutch words ("Idées", "In Arbeit", "Lanzamiento").
 * - "Done", "Shipped", "Launched", "Released", "Live" mean the product is out in the market,
 *   so Growth; "Launch", "Release", "Beta", "Ready" mean going to market, so Launch.
 * - Weak words ("done", "ready", "to do", "complete") only decide when nothing else matches:
 *   "Ready for dev" is Development, "Dev done" is Development, "Ready" alone is Launch.
 * - When several strong words match, the first one in the name wins ("Beta testing": Launch).
 * - Anything unrecognised is Ideation, the stage every product starts in.
 */
import type { Stage } from '../domain/lifecycle';

interface StageWords {
  stage: Stage;
  /** Comma-separated words and phrases, written naturally; normalised before matching. */
  strong: readonly string[];
  weak?: readonly string[];
}

const STAGE_WORDS: readonly StageWords[] = [
  {
    stage: 'ideation',
    strong: [
      'idea, ideas, ideation, backlog, inbox, research, discovery, discover, icebox, concept',
      'concepts, proposal, proposals, validation, validate, brainstorm, brainstorming, someday',
      'parking lot, wishlist, wish list, opportunity, opportunities, explore, exploration',
      'requests, idée, idées, Ideen, Idee, ideeën, ideias, recherche, investigación, pesquisa',
    ],
    weak: ['to do, todo, new, later, à faire, por hacer, zu erledigen'],
  },
  {
    stage: 'development',
    strong: [
      'dev, development, develop, developing, in development, doing, in progress, wip, build',
      'building, sprint, review, in review, code review, qa, testing, test, tests, design',
      'designing, prototype, prototyping, mvp, alpha, blocked, implementation, engineering',
      'working, ongoing, développement, en cours, Entwicklung, in Arbeit, Umsetzung',
      'desarrollo, en progreso, en curso, desenvolvimento, em andamento, em progresso',
      'sviluppo, in corso, ontwikkeling, bezig',
    ],
  },
  {
    stage: 'launch',
    strong: [
      'launch, launching, pre-launch, prelaunch, release, releasing, beta, go-live, golive',
      'going live',
      'shipping, to ship, go to market, gtm, rollout, roll out, pilot, ga',
      'general availability, deploy, deploying, deployment, staging, lancement',
      'lanzamiento, lançamento, lancio, Markteinführung, Veröffentlichung, lancering',
    ],
    weak: ['ready'],
  },
  {
    stage: 'growth',
    strong: [
      'growth, grow, growing, scale, scaling, live, shipped, launched, released, in market',
      'on market, in production, production, adoption, croissance, Wachstum, crecimiento',
      'crescimento, crescita, groei',
    ],
    weak: [
      'done, complete, completed, finished, delivered, terminé, fait, erledigt, fertig',
      'hecho, terminado, concluído, feito, fatto, klaar',
    ],
  },
  {
    stage: 'maturity',
    strong: [
      'mature, maturity, maintenance, maintain, maintaining, stable, steady, established',
      'cash cow, sustain, sustaining, business as usual, maturité, Reife, Wartung',
      'madurez, maturidade, manutenção, mantenimiento, maturità, manutenzione, onderhoud',
    ],
  },
  {
    stage: 'decline',
    strong: [
      'decline, declining, sunset, sunsetting, retire, retired, retiring, retirement',
      'deprecated, deprecate, deprecation, archive, archived, archives, end of life, eol',
      'phase out, phasing out, phased out, discontinued, discontinue, legacy, graveyard',
      'killed, dead, obsolete, abandoned, déclin, fin de vie, Rückgang, Niedergang',
      'eingestellt, Archiv, declive, declinación, declínio, declino, archivo, archivado',
      'arquivo, archivio, verval, archief',
    ],
  },
];

/** Lower case, no accents, letters and digits only, single spaces: "Go-Live ✓" → "go live". */
export function normaliseListName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Phrase {
  words: string[];
  stage: Stage;
  strong: boolean;
}

function phrasesOf(entry: StageWords): Phrase[] {
  const make = (lines: readonly string[], strong: boolean): Phrase[] =>
    lines
      .flatMap((line) => line.split(','))
      .map((text) => normaliseListName(text))
      .filter((text) => text !== '')
      .map((text) => ({ words: text.split(' '), stage: entry.stage, strong }));
  return [...make(entry.strong, true), ...make(entry.weak ?? [], false)];
}

// Longest phrases first so "go live" is seen before "live" and "in review" before "review".
const PHRASES: readonly Phrase[] = STAGE_WORDS.flatMap(phrasesOf).sort(
  (a, b) => b.words.length - a.words.length,
);

function phraseAt(words: readonly string[], start: number): Phrase | undefined {
  return PHRASES.find((phrase) => phrase.words.every((word, k) => words[start + k] === word));
}

export function guessStageForList(listName: string): Stage {
  const words = normaliseListName(listName).split(' ');
  let firstWeak: Stage | undefined;
  let start = 0;
  while (start < words.length) {
    const phrase = phraseAt(words, start);
    if (phrase === undefined) {
      start += 1;
      continue;
    }
    if (phrase.strong) return phrase.stage;
    firstWeak ??= phrase.stage;
    start += phrase.words.length;
  }
  return firstWeak ?? 'ideation';
}
