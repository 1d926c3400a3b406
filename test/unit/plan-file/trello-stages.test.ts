import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../../../shared/domain/lifecycle';
import { guessStageForList, normaliseListName } from '../../../shared/plan-file/trello-stages';

describe('guessStageForList', () => {
  it.each<[string, Stage]>([
    // Ideation
    ['Ideas', 'ideation'],
    ['💡 Idea inbox', 'ideation'],
    ['Product Backlog', 'ideation'],
    ['User research', 'ideation'],
    ['Discovery', 'ideation'],
    ['To Do', 'ideation'],
    ['TODO', 'ideation'],
    ['Idées', 'ideation'],
    ['IDEEN', 'ideation'],
    // Development
    ['In Progress', 'development'],
    ['Doing', 'development'],
    ['Dev', 'development'],
    ['Sprint 14', 'development'],
    ['Code review', 'development'],
    ['QA / Testing', 'development'],
    ['Ready for dev', 'development'],
    ['Dev done', 'development'],
    ['En cours', 'development'],
    ['In Arbeit', 'development'],
    ['Desarrollo', 'development'],
    // Launch
    ['Launch', 'launch'],
    ['Ready', 'launch'],
    ['Ready for release', 'launch'],
    ['Beta', 'launch'],
    ['Beta testing', 'launch'],
    ['Go-live', 'launch'],
    ['Going live', 'launch'],
    ['Lançamento', 'launch'],
    // Growth: the product is out in the market
    ['Done', 'growth'],
    ['Done ✅', 'growth'],
    ['Shipped', 'growth'],
    ['Launched', 'growth'],
    ['Live', 'growth'],
    ['Growth experiments', 'growth'],
    ['Scaling', 'growth'],
    ['Terminé', 'growth'],
    ['Erledigt', 'growth'],
    // Maturity
    ['Mature', 'maturity'],
    ['Maintenance', 'maturity'],
    ['Stable', 'maturity'],
    ['Maturité', 'maturity'],
    // Decline
    ['Sunset', 'decline'],
    ['Retired', 'decline'],
    ['Deprecated', 'decline'],
    ['Archive', 'decline'],
    ['End of life', 'decline'],
    ['EOL', 'decline'],
    ['Déclin', 'decline'],
    ['Rückgang', 'decline'],
    // Anything else starts at the beginning of the lifecycle
    ['Stuff', 'ideation'],
    ['', 'ideation'],
    ['🚀🚀🚀', 'ideation'],
  ])('%j → %s', (name, stage) => {
    expect(guessStageForList(name)).toBe(stage);
  });

  it('matches whole words only', () => {
    expect(guessStageForList('Devices')).toBe('ideation'); // not "dev"
    expect(guessStageForList('Lived experience')).toBe('ideation'); // not "live"
    expect(guessStageForList('Undone')).toBe('ideation'); // not "done"
    expect(guessStageForList('Gala')).toBe('ideation'); // not "ga"
  });

  it('always gives a stage and never throws', () => {
    fc.assert(fc.property(fc.string(), (name) => STAGES.includes(guessStageForList(name))));
  });
});

describe('normaliseListName', () => {
  it('folds case, accents and punctuation', () => {
    expect(normaliseListName('  Go-Live ✓ ')).toBe('go live');
    expect(normaliseListName('Straße')).toBe('strasse');
    expect(normaliseListName('LANÇAMENTO')).toBe('lancamento');
  });
});
