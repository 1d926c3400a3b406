/** The body of the workspace for the chosen section. */
import type { Product } from '../../../../shared/domain/product';
import { BacklogSection } from '../backlog/BacklogSection';
import { ChangelogSection } from '../changelog/ChangelogSection';
import { DecisionSection } from '../decision/DecisionSection';
import { ExperimentsSection } from '../experiments/ExperimentsSection';
import { FeedbackSection } from '../feedback/FeedbackSection';
import { KpisSection } from '../kpis/KpisSection';
import { MilestonesSection } from '../milestones/MilestonesSection';
import { PlaybookSection } from '../playbook/PlaybookSection';
import { OverviewSection } from './OverviewSection';
import type { WorkspaceSection } from '../../store/sections';

export function SectionContent({
  product,
  section,
}: {
  product: Product;
  section: WorkspaceSection;
}) {
  switch (section) {
    case 'overview':
      return <OverviewSection product={product} />;
    case 'playbook':
      return <PlaybookSection product={product} />;
    case 'backlog':
      return <BacklogSection product={product} />;
    case 'feedback':
      return <FeedbackSection product={product} />;
    case 'kpis':
      return <KpisSection product={product} />;
    case 'experiments':
      return <ExperimentsSection product={product} />;
    case 'milestones':
      return <MilestonesSection product={product} />;
    case 'decision':
      return <DecisionSection product={product} />;
    case 'changelog':
      return <ChangelogSection product={product} />;
  }
}
