/** "1 item", "3 items": counts in messages and reports read as English. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
