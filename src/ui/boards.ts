/** The job boards Skillmark reads by itself from install, by name, for the popup and the first-run steps (kept equal to INSTALLED_ADAPTERS by tests/ui/boards.test.ts). */
export const BOARD_NAMES = ['LinkedIn', 'Indeed', 'Greenhouse', 'Lever', 'Workday', 'Ashby', 'Glassdoor', 'Wellfound', 'Hacker News'] as const;

/** "A, B and C". */
export const boardList = (): string => `${BOARD_NAMES.slice(0, -1).join(', ')} and ${BOARD_NAMES.at(-1)}`;
