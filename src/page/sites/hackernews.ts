/**
 * Hacker News "Who is hiring?": each top-level comment is one ad. A comment's own page, or a thread
 * URL whose #hash names a comment, gives that ad; a whole thread is a list.
 */
import { all } from './select';
import { urlMatcher } from './factory';
import type { SiteAdapter } from './types';

function commentText(row: Element): Element | null {
  return row.querySelector('.commtext') ?? row.querySelector('.comment');
}

const MATCHES = ['*://news.ycombinator.com/item*'];
const matchesUrl = urlMatcher(MATCHES);

export const hackernews: SiteAdapter = {
  id: 'hackernews',
  name: 'Hacker News',
  matches: MATCHES,
  matchesUrl,
  isBoard: (url, doc) => (!!url && matchesUrl(url)) || !!doc.querySelector('table.comment-tree, .commtext') || /\| Hacker News$/.test(doc.title ?? ''),
  find(doc, url) {
    const hash = url?.hash.slice(1);
    const target = hash ? doc.getElementById(hash) : null;
    const fat = doc.querySelector('.fatitem');
    // A comment's own page: the comment sits in the top item.
    let chosen = target ? commentText(target) : fat?.querySelector('.commtext') ?? null;
    if (!chosen) {
      let comments = all(doc, '.commtext');
      // Older markup: <span class="comment"> holds the text.
      if (!comments.length) comments = all(doc, 'span.comment');
      if (comments.length >= 2) return { kind: 'not-ad', reason: 'This thread holds many ads: open one comment (its "link") to analyse it.' };
      chosen = comments[0] ?? null;
    }
    if (!chosen) return null;
    const firstLine = (chosen.firstChild?.textContent ?? chosen.textContent ?? '').trim().split('\n')[0]!.slice(0, 160);
    const parts = firstLine.split(/\s+\|\s+/);
    return { kind: 'ad', roots: [chosen], title: firstLine || null, company: parts.length > 1 ? parts[0]! : null, location: null };
  },
};

/*
Test URLs:
https://news.ycombinator.com/item?id=41000001
*/
