export interface BenchSection {
  title: string;
  markdown: string;
}
