/** A page of results: `total` counts every match, `next` is the query of the next page or null. */
export interface Paginated<T> {
  data: T[];
  page: number;
  limit: number;
  total: number;
  next: string | null;
}

export function toPage<T>(
  data: T[],
  total: number,
  query: { page: number; limit: number },
  extra = '',
): Paginated<T> {
  const hasNext = query.page * query.limit < total;
  return {
    data,
    page: query.page,
    limit: query.limit,
    total,
    next: hasNext ? `?page=${query.page + 1}&limit=${query.limit}${extra}` : null,
  };
}
