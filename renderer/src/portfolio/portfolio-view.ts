import type { Product } from '../../../shared/domain/product';

/** What the timeline, roadmap and health views are drawn from. */
export interface PortfolioViewProps {
  planId: string;
  /**
   * The plan's products, as the board already holds them (undefined while they load): a view
   * opened from the board starts from them instead of reading and copying them again.
   */
  products: Product[] | undefined;
}
