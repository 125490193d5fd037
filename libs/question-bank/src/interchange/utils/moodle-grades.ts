// Moodle imports a fraction only when it is one of its grade options (within 0.00001), unless
// the teacher picks "nearest grade" on import; these are the options, in percent.
const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5,
  11.11111, 10, 5, 0,
];

// The Moodle grade option closest to `percent` (sign kept), as Moodle writes it.
export function moodleGrade(percent: number): string {
  const magnitude = Math.abs(percent);
  const nearest = MOODLE_GRADES.reduce((best, grade) =>
    Math.abs(grade - magnitude) < Math.abs(best - magnitude) ? grade : best,
  );
  return percent < 0 && nearest !== 0 ? `-${nearest}` : String(nearest);
}

// Percentages for a multiple-response item with `keys` keys and `others` wrong options. A key is
// worth 100 ÷ keys, so the keys add up to 100. A wrong option costs 100 ÷ min(keys, others): that is
// Markpoint's own grading (−1 key's worth per wrong choice) whenever there are at least as many
// wrong options as keys, and otherwise still makes ticking every box score 0.
export function multipleResponseGrades(keys: number, others: number): { key: string; other: string } {
  return {
    key: moodleGrade(100 / Math.max(keys, 1)),
    other: others === 0 ? '0' : moodleGrade(-100 / Math.min(keys, others)),
  };
}
