import { describe, expect, it } from 'vitest';
import { INSTALLED_ADAPTERS } from '../../src/page/sites/index';
import { BOARD_NAMES, boardList } from '../../src/ui/boards';

describe('board names shown to users', () => {
  it('are the boards read from install (host permissions), in their order', () => {
    expect([...BOARD_NAMES]).toEqual(INSTALLED_ADAPTERS.map((a) => a.name));
    expect(boardList()).toMatch(/^LinkedIn, Indeed, .* and Hacker News$/);
  });
});
