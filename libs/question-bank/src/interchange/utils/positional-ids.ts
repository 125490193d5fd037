// Moodle XML and GIFT keep no ids for options, steps, pairs or criteria, so imports number them by
// position with the generator's own scheme (a, b, c…; s1, s2…; p1, p2…; c1, c2…). An exported
// generated item therefore comes back with the ids it had.

export function optionId(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `o${index + 1}`;
}

export function stepId(index: number): string {
  return `s${index + 1}`;
}

export function pairId(index: number): string {
  return `p${index + 1}`;
}

export function criterionId(index: number): string {
  return `c${index + 1}`;
}
