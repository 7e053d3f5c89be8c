/** One benchmark figure. `ratio` is value ÷ the named baseline's value, measured in the same run. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  ratio?: number;
}
