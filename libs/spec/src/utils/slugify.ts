/** `Sales Data & Analysis (L3)` → `sales-data-analysis-l3`; the identity of a specification in its tenant. */
export function slugify(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'specification'
  );
}
