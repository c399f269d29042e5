// Node environment on purpose: the CLI runs board detection without any browser globals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/cli/page-input';
import { extractPosting, pageUrl } from '../../src/page/extract';
import { parseHtml } from '../../src/page/parse-html';
import { linkedinJobId } from '../../src/page/sites/linkedin';
import { ADAPTERS, BOARD_MATCHES, boardFor, expandControlFor, INSTALLED_ADAPTERS, OPTIONAL_BOARD_MATCHES, pageWorkAllowed } from '../../src/page/sites/index';
import { pageHtml } from './fixtures';

const inHappyDom = (html: string): Document => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const parsers = [
  ['linkedom', parseHtml],
  ['happy-dom', inHappyDom],
] as const;
const blank = parseHtml('<html><head></head><body></body></html>');

describe('install-time permissions', () => {
  it('BOARD_MATCHES stays exactly the boards installed before the optional ones', () => {
    expect([...BOARD_MATCHES]).toEqual([
      '*://*.linkedin.com/*',
      '*://*.indeed.com/*',
      '*://boards.greenhouse.io/*',
      '*://job-boards.greenhouse.io/*',
      '*://boards.eu.greenhouse.io/*',
      '*://job-boards.eu.greenhouse.io/*',
      '*://jobs.lever.co/*',
      '*://jobs.eu.lever.co/*',
      '*://*.myworkdayjobs.com/*',
      '*://*.myworkdaysite.com/*',
      '*://jobs.ashbyhq.com/*',
      '*://*.glassdoor.com/*',
      '*://*.glassdoor.co.uk/*',
      '*://*.glassdoor.ca/*',
      '*://*.glassdoor.de/*',
      '*://*.glassdoor.fr/*',
      '*://*.glassdoor.co.in/*',
      '*://*.glassdoor.com.au/*',
      '*://wellfound.com/*',
      '*://*.wellfound.com/*',
      '*://news.ycombinator.com/item*',
    ]);
  });

  it('the other boards are exported apart, for a later opt-in', () => {
    expect(OPTIONAL_BOARD_MATCHES).toContain('*://*.seek.com.au/*');
    expect(OPTIONAL_BOARD_MATCHES).toContain('*://*.welcometothejungle.com/*');
    for (const p of OPTIONAL_BOARD_MATCHES) expect(BOARD_MATCHES).not.toContain(p);
  });
});

describe('adapters', () => {
  /** The "Test URLs:" comment at the end of a board's file (its URLs on the board's own hosts). */
  const testUrls = (id: string): string[] => {
    const source = readFileSync(join(process.cwd(), 'src/page/sites', `${id}.ts`), 'utf8');
    const block = /\/\*\nTest URLs:\n([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
    return block.split(/\nOn employers' own domains/)[0]!.split('\n').filter((l) => /^https?:\/\//.test(l));
  };

  it('each has its own id and file, real test URLs, and is the board of its test URLs (MatchPattern, no DOM globals)', () => {
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
    for (const a of ADAPTERS) {
      expect(testUrls(a.id).length, a.id).toBeGreaterThan(0);
      for (const u of testUrls(a.id)) {
        const url = new URL(u);
        expect(a.matchesUrl(url), `${a.id} ${u}`).toBe(true);
        expect(boardFor(url, blank)?.id, u).toBe(a.id);
        expect(pageWorkAllowed(url), u).toBe(true);
      }
    }
  });

  it('host checks follow the patterns: look-alike hosts are not the board', () => {
    const seek = ADAPTERS.find((a) => a.id === 'seek')!;
    expect(seek.matchesUrl(new URL('https://www.seek.com.au/job/1'))).toBe(true);
    expect(seek.matchesUrl(new URL('https://www.notseek.com.au/job/1'))).toBe(false);
    expect(seek.matchesUrl(new URL('https://seek.com.au.example.org/job/1'))).toBe(false);
    const hn = ADAPTERS.find((a) => a.id === 'hackernews')!;
    expect(hn.matchesUrl(new URL('ftp://news.ycombinator.com/item?id=1'))).toBe(false);
  });

  it('the URL decides the board before DOM markers of another board', () => {
    const html = '<html><body><div class="job__description"><p>Python</p></div></body></html>';
    expect(boardFor(new URL('https://www.seek.com.au/job/1'), parseHtml(html))?.id).toBe('seek');
    expect(boardFor(null, parseHtml(html))?.id).toBe('greenhouse');
    expect(boardFor(new URL('https://careers.example.org/job/1'), parseHtml(html))?.id).toBe('greenhouse');
  });
});

describe('pageWorkAllowed', () => {
  const no = [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/',
    'https://www.linkedin.com/in/jane-doe-12345/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://www.linkedin.com/company/initech/',
    'https://www.linkedin.com/company/initech/jobs/',
    'https://www.linkedin.com/mynetwork/',
    'https://www.linkedin.com/notifications/?filter=all',
    'https://www.linkedin.com/search/results/all/?keywords=python',
    'https://www.linkedin.com/posts/jane-doe_hiring-activity-7123456789-abcd',
    'https://www.indeed.com/',
    'https://www.indeed.com/cmp/Initech/reviews',
    'https://www.indeed.com/career-advice/finding-a-job/how-to-write-a-resume',
    'https://www.indeed.com/companies',
    'https://uk.indeed.com/career/salaries',
    'https://www.glassdoor.com/Reviews/Initech-Reviews-E12345.htm',
    'https://www.glassdoor.com/Overview/Working-at-Initech-EI_IE12345.11,18.htm',
    'https://www.glassdoor.com/Salary/Initech-Salaries-E12345.htm',
    'https://www.glassdoor.com/index.htm',
    'https://wellfound.com/',
    'https://wellfound.com/company/initech',
    'https://wellfound.com/u/jane-doe',
  ];
  const yes = [
    'https://www.linkedin.com/jobs/view/4312761599/',
    'https://de.linkedin.com/jobs/view/senior-backend-engineer-at-initech-4312761599',
    'https://www.linkedin.com/jobs/search/?currentJobId=4098765432&keywords=backend',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4440500001',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4382994905',
    'https://www.linkedin.com/jobs/',
    'https://www.linkedin.com/comm/jobs/view/3899999999/?trk=eml-jobs_alert',
    'https://www.indeed.com/viewjob?jk=abc123def4567890',
    'https://www.indeed.com/jobs?q=python&l=Remote',
    'https://www.indeed.com/?vjk=abc123def4567890',
    'https://www.indeed.com/rc/clk?jk=abc123&from=vj',
    'https://www.indeed.com/cmp/Initech/jobs?jk=abc123',
    'https://www.glassdoor.com/job-listing/ml-engineer-initech-JV_IC1147401_KO0,11_KE12,19.htm?jl=1009123456789',
    'https://www.glassdoor.com/Job/berlin-python-jobs-SRCH_IL.0,6_IC2622109_KO7,13.htm',
    'https://www.glassdoor.com/Jobs/Initech-Jobs-E12345.htm',
    'https://wellfound.com/jobs/3012345-frontend-developer',
    'https://wellfound.com/company/initech/jobs/3012345-frontend-developer',
    'https://wellfound.com/jobs',
    'https://www.seek.com.au/',
    'https://careers.example.org/',
    'https://boards.greenhouse.io/northwind',
  ];
  it.each(no)('no page work at %s', (u) => expect(pageWorkAllowed(new URL(u))).toBe(false));
  it.each(yes)('page work at %s', (u) => expect(pageWorkAllowed(new URL(u))).toBe(true));
  it('and on pages without a URL', () => expect(pageWorkAllowed(null)).toBe(true));
});

describe.each(parsers)('LinkedIn layouts and fallbacks (%s)', (_, parse) => {
  const page = (title: string, body: string): string => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
  const ad = 'Build data pipelines with Python, Spark and Airflow on AWS. Requirements: 5 years of experience with SQL and Kafka.';

  it('reads the job id from view and search URLs', () => {
    expect(linkedinJobId(new URL('https://www.linkedin.com/jobs/view/4312761599/'))).toBe('4312761599');
    expect(linkedinJobId(new URL('https://www.linkedin.com/jobs/view/data-engineer-at-globex-4312761599?trk=x'))).toBe('4312761599');
    expect(linkedinJobId(new URL('https://www.linkedin.com/jobs/search-results/?keywords=x&currentJobId=42424242'))).toBe('42424242');
    expect(linkedinJobId(new URL('https://www.linkedin.com/jobs/search/?keywords=x'))).toBeNull();
  });

  it('takes the About the job box of the job in the URL when several are rendered', () => {
    const html = page(
      'Data Engineer | Globex | LinkedIn',
      `<div componentkey="JobDetails_AboutTheJob_111111"><span data-testid="expandable-text-box">An older job, still in the DOM: Java and Spring Boot.</span></div>
       <div componentkey="JobDetails_AboutTheJob_222222"><span data-testid="expandable-text-box">${ad}</span></div>`,
    );
    const p = extractPosting(parse(html), 'https://www.linkedin.com/jobs/search-results/?currentJobId=222222');
    expect(p.found && p.text).toBe(ad);
  });

  it('with random component keys, finds the box under "About the job", not the hiring team or the company', () => {
    const html = page(
      'Data Engineer | Globex | LinkedIn',
      `<main><section componentkey="6f1d2c3b-aaaa-4bbb-8ccc-0123456789ab"><h2>Application status</h2><p>Applied 2 days ago</p></section>
       <section componentkey="0a1b2c3d-aaaa-4bbb-8ccc-0123456789ab"><h2>People you can reach out to</h2><div role="list"><div role="listitem"><span data-testid="expandable-text-box">${'Happy to chat about the team and our hiring process. '.repeat(10)}</span></div></div></section>
       <section componentkey="1a1b2c3d-aaaa-4bbb-8ccc-0123456789ab"><h2>About the job</h2><span data-testid="expandable-text-box">${ad}<button data-testid="expandable-text-button">… more</button></span></section>
       <section componentkey="2a1b2c3d-aaaa-4bbb-8ccc-0123456789ab"><h2>About the company</h2><span data-testid="expandable-text-box">Globex makes widgets. ${'We are big. '.repeat(40)}</span></section></main>`,
    );
    const p = extractPosting(parse(html), 'https://www.linkedin.com/jobs/view/4312761599/');
    expect(p).toMatchObject({ found: true, board: 'LinkedIn', source: 'adapter', title: 'Data Engineer', company: 'Globex', text: ad });
  });

  it('without any heading, takes the longest box on a job page, never one in a list', () => {
    const html = page(
      '(12) Data Engineer | Globex | LinkedIn',
      `<main><div role="list"><div role="listitem"><span data-testid="expandable-text-box">${'A long message from someone in your network. '.repeat(20)}</span></div></div>
       <div><span data-testid="expandable-text-box">${ad} ${'Experience with dbt and Snowflake is a plus. '.repeat(8).trim()}</span></div>
       <div><span data-testid="expandable-text-box">Globex makes widgets.</span></div></main>`,
    );
    const p = extractPosting(parse(html), 'https://www.linkedin.com/jobs/view/4312761599/');
    expect(p.found && p.text.startsWith(ad)).toBe(true);
    expect(p.found && p.title).toBe('Data Engineer');
  });

  it('with the heading but no box (another A/B layout), takes the heading\'s section', () => {
    const html = page('Data Engineer | Globex | LinkedIn', `<main><section><h2>About the job</h2><div><p>${ad}</p><p>${ad}</p></div></section><section><h2>About the company</h2><p>Globex.</p></section></main>`);
    const p = extractPosting(parse(html), 'https://www.linkedin.com/jobs/view/4312761599/');
    expect(p.found && p.text.replace(/\n+/g, '\n')).toBe(`About the job\n${ad}\n${ad}`);
  });

  it('skips a stale pane the app keeps hidden', () => {
    const html = page(
      'Data Engineer | Globex | LinkedIn',
      `<main><div hidden><section><h2>About the job</h2><span data-testid="expandable-text-box">The previous job: Java, Spring Boot and Oracle. ${'More of it. '.repeat(30)}</span></section></div>
       <div><section><h2>About the job</h2><span data-testid="expandable-text-box">${ad}</span></section></div></main>`,
    );
    expect(extractPosting(parse(html), 'https://www.linkedin.com/jobs/view/4312761599/')).toMatchObject({ found: true, text: ad });
  });

  it('takes a styled <p> for the heading, and the pane\'s longest box when no heading names it', () => {
    const url = 'https://www.linkedin.com/jobs/search-results/?currentJobId=222222';
    const styled = page('Python jobs | LinkedIn', `<div data-testid="lazy-column" componentkey="SearchResultsMainContent"></div><div><p>Meet the hiring team</p><span data-testid="expandable-text-box">${'Say hello to the team. '.repeat(20)}</span><p><strong>About the job</strong></p><span data-testid="expandable-text-box">${ad}</span></div>`);
    expect(extractPosting(parse(styled), url)).toMatchObject({ found: true, text: ad });
    const bare = page('Python jobs | LinkedIn', `<div data-testid="lazy-column" componentkey="SearchResultsMainContent"><div role="list"><div role="listitem"><span data-testid="expandable-text-box">${'A card. '.repeat(60)}</span></div></div></div><div data-sdui-screen="com.linkedin.sdui.flagshipnav.jobs.SemanticJobDetails"><span data-testid="expandable-text-box">${ad} ${ad} ${ad}</span><span data-testid="expandable-text-box">Globex makes widgets.</span></div>`);
    expect(extractPosting(parse(bare), url)).toMatchObject({ found: true, text: `${ad} ${ad} ${ad}` });
  });

  it('reads a title that wraps with <br> and carries a "Verified" badge', () => {
    const html = page(
      'Jobs | LinkedIn',
      `<main><section data-sdui-screen="com.linkedin.sdui.flagshipnav.jobs.JobDetails"><header><a href="/company/doit"><span>DoiT</span></a><h1><a href="/jobs/view/123456/">Senior Full-Stack Engineer - AI<br>Cost Visibility</a><svg><title>Verified</title></svg><span class="visually-hidden">Verified job</span></h1><button>Easy Apply</button></header>
       <section id="JobDetails_AboutTheJob_123456"><h2>About the job</h2><span data-testid="expandable-text-box">${ad}</span></section></section></main>`,
    );
    expect(extractPosting(parse(html), 'https://www.linkedin.com/jobs/view/123456/')).toMatchObject({ found: true, title: 'Senior Full-Stack Engineer - AI Cost Visibility', company: 'DoiT', text: ad });
  });

  it('never hands a LinkedIn page to the generic finder', () => {
    const busy = `<main><h1>Application status</h1><section><h2>People you can reach out to</h2><p>${'We are looking for engineers; requirements and responsibilities and years of experience with Python. '.repeat(12)}</p></section></main>`;
    expect(extractPosting(parse(page('Jobs | LinkedIn', busy)), 'https://www.linkedin.com/jobs/view/4312761599/')).toMatchObject({ found: false, board: 'LinkedIn' });
    expect(extractPosting(parse(page('Feed | LinkedIn', busy)), 'https://www.linkedin.com/feed/')).toMatchObject({ found: false, board: 'LinkedIn' });
    expect(extractPosting(parse(page('Python jobs | LinkedIn', busy)), 'https://www.linkedin.com/jobs/search-results/?keywords=python')).toMatchObject({ found: false, board: 'LinkedIn' });
  });

  it('on a search page, trusts the tab title only when the pane shows the same job', () => {
    const pane = (linkText: string): string =>
      `<div data-sdui-screen="com.linkedin.sdui.flagshipnav.jobs.SemanticJobDetails"><p><a href="/jobs/view/222222/">${linkText}</a></p><div data-sdui-component="com.linkedin.sdui.generated.jobseeker.dsl.impl.aboutTheJob"><h2>About the job</h2><span data-testid="expandable-text-box">${ad}</span></div></div>`;
    const url = 'https://www.linkedin.com/jobs/search-results/?currentJobId=222222';
    expect(extractPosting(parse(page('Platform Engineer | Hooli | LinkedIn', pane('Data Engineer'))), url)).toMatchObject({ found: true, title: 'Data Engineer' });
    expect(extractPosting(parse(page('Data Engineer | Globex | LinkedIn', pane('Data Engineer'))), url)).toMatchObject({ found: true, title: 'Data Engineer', company: 'Globex' });
  });
});

describe.each(parsers)('LinkedIn 2026 fixtures in detail (%s)', (_, parse) => {
  it('the job view: company from its label, place from the line under the title', () => {
    const p = extractPosting(parse(pageHtml('linkedin-2026-view.html')), 'https://www.linkedin.com/jobs/view/4312761599/');
    expect(p).toMatchObject({ found: true, source: 'adapter', title: 'Senior Backend Engineer', company: 'Initech', location: 'Berlin, Germany' });
    if (p.found) for (const chrome of ['Application status', 'People you can reach out to', 'hiring manager', 'About the company', '… more', 'Easy Apply']) expect(p.text).not.toContain(chrome);
  });

  it('names the "… more" control of the job\'s own box, not of another box', () => {
    const url = new URL('https://www.linkedin.com/jobs/view/4312761599/');
    const control = expandControlFor(url, parse(pageHtml('linkedin-2026-view.html')));
    expect(control?.getAttribute('data-testid')).toBe('expandable-text-button');
    expect(control?.parentElement?.textContent).toContain('Join the payments team');
    expect(expandControlFor(new URL('https://www.seek.com.au/job/81234567'), parse(pageHtml('seek.html')))).toBeNull();
  });

  it('the search pane: the pane\'s job, not a card\'s', () => {
    const p = extractPosting(parse(pageHtml('linkedin-2026-split.html')), 'https://www.linkedin.com/jobs/search-results/?currentJobId=4440500001');
    expect(p).toMatchObject({ found: true, title: 'Machine Learning Engineer', company: 'Acme AI', location: 'Berlin, Germany' });
    if (p.found) expect(p.text).not.toMatch(/Data Engineer|Dismiss|Meet the hiring team/);
  });
});

describe('saved pages without a URL', () => {
  it('the CLI reads the page\'s own URL end to end: board adapter, title, the ad only', () => {
    const page = analyzePage({ id: 'saved', text: null, html: pageHtml('linkedin-2026-view-saved.html') });
    expect(page.board).toBe('LinkedIn');
    expect(page.analysis.title).toBe('Senior Backend Engineer');
    expect(page.analysis.text.startsWith('Join the payments team')).toBe(true);
    expect(page.analysis.text).not.toContain('People you can reach out to');
  });

  it('takes canonical, og:url or the browser\'s "saved from" comment, resolving relative links', () => {
    const url = (head: string, pre = ''): string | undefined => pageUrl(parseHtml(`${pre}<html><head>${head}</head><body></body></html>`), null)?.href;
    expect(url('<link rel="canonical" href="https://www.seek.com.au/job/81234567">')).toBe('https://www.seek.com.au/job/81234567');
    expect(url('<meta property="og:url" content="https://www.indeed.com/viewjob?jk=abc">')).toBe('https://www.indeed.com/viewjob?jk=abc');
    expect(url('<link rel="canonical" href="/jobs/view/4312761599/"><meta property="og:url" content="https://www.linkedin.com/jobs/view/4312761599/?trk=x">')).toBe('https://www.linkedin.com/jobs/view/4312761599/');
    expect(url('', '<!-- saved from url=(0044)https://job-boards.greenhouse.io/acme/jobs/1 -->\n')).toBe('https://job-boards.greenhouse.io/acme/jobs/1');
    expect(url('<link rel="canonical" href="javascript:alert(1)">')).toBeUndefined();
    expect(url('')).toBeUndefined();
    // A URL that is given wins over what the page says.
    expect(pageUrl(parseHtml('<html><head><link rel="canonical" href="https://a.example/1"></head></html>'), 'https://b.example/2')?.href).toBe('https://b.example/2');
  });
});

describe.each(parsers)('bot checks and lists (%s)', (_, parse) => {
  it('a challenge page is not an ad, on a board or anywhere', () => {
    const challenge = (title: string, body: string): string => `<html><head><title>${title}</title></head><body>${body}</body></html>`;
    const job = 'Requirements: years of experience with Python. Responsibilities: you will build things. '.repeat(12);
    for (const [title, body] of [
      ['Just a moment...', `<div id="challenge-running"><p>${job}</p></div>`],
      ['Security Check - Indeed.com', `<main><p>${job}</p></main>`],
      ['Careers', `<div id="px-captcha"></div><p>Press and hold to confirm you are a human. ${job}</p>`],
      ['Jobs', `<iframe src="https://geo.captcha-delivery.com/captcha/?initialCid=x"></iframe><p>${job}</p>`],
    ]) {
      expect(extractPosting(parse(challenge(title!, body!)), 'https://www.indeed.com/viewjob?jk=1').found, title).toBe(false);
      expect(extractPosting(parse(challenge(title!, body!)), 'https://careers.example.org/jobs/1').found, title).toBe(false);
    }
  });

  it('an ad whose form carries a captcha, or whose title names a check, is still an ad', () => {
    const officer = `<html><head><title>Airport Security Check Officer | Careers</title></head><body><main><h1>Airport Security Check Officer</h1>${'<p>Requirements: 2 years of experience with screening equipment. Responsibilities: you will check bags. Benefits: full-time salary.</p>'.repeat(10)}</main></body></html>`;
    expect(extractPosting(parse(officer), 'https://careers.example.org/jobs/2')).toMatchObject({ found: true, title: 'Airport Security Check Officer' });
    const text = '<p>We are looking for a Data Engineer. Requirements: 5 years of experience with Python and SQL. Responsibilities: you will build pipelines. Benefits: remote, full-time salary.</p>'.repeat(12);
    const html = `<html><head><title>Data Engineer - Globex</title></head><body><main><h1>Data Engineer</h1>${text}</main><form><div class="g-recaptcha"></div></form></body></html>`;
    expect(extractPosting(parse(html), 'https://careers.example.org/jobs/1')).toMatchObject({ found: true, title: 'Data Engineer' });
  });

  it('an Ashby board\'s list of postings is a list', () => {
    const link = (n: number, t: string): string => `<a class="_container_x1" href="/pixel/3f2e1d0c-aaaa-bbbb-cccc-12345678900${n}"><h3>${t}</h3><p>Engineering · Remote · Full time</p></a>`;
    const html = `<html><head><title>Jobs at Pixel</title></head><body><main><h1>Open positions</h1><p>We are looking for people who care about requirements, responsibilities and years of experience with Python.</p>${link(1, 'Frontend Developer')}${link(2, 'Data Engineer')}${link(3, 'Designer')}</main></body></html>`;
    expect(extractPosting(parse(html), 'https://jobs.ashbyhq.com/pixel')).toMatchObject({ found: false, board: 'Ashby' });
  });

  it('a Phenom list never yields a card\'s teaser as the ad', () => {
    const card = (t: string): string => `<li data-ph-at-id="jobs-list-item"><a data-ph-at-id="job-link" href="/x">${t}</a><p data-ph-at-id="jobdescription-text">Requirements: Python and years of experience.</p></li>`;
    const html = `<html><body><ul data-ph-at-id="jobs-list">${card('A')}${card('B')}</ul></body></html>`;
    expect(extractPosting(parse(html), 'https://careers.example.org/us/en/search-results')).toMatchObject({ found: false, board: 'Phenom' });
  });
});

describe('installed adapters', () => {
  it('are the boards whose patterns make up BOARD_MATCHES', () => {
    expect(INSTALLED_ADAPTERS.flatMap((a) => a.matches)).toEqual([...BOARD_MATCHES]);
  });
});
