/** One benchmark figure. `ratio` is value ÷ the named baseline's value, measured in the same run. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  /** The median over the rounds when `rounds` is set. */
  ratio?: number;
  /** The smallest per-round ratio (paired rounds). */
  ratioMin?: number;
  /** How many paired rounds `ratio` and `ratioMin` summarise. */
  rounds?: number;
}
