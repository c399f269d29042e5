import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { detectLanguage } from '../../src/analysis/language';
import { readRolePhrase } from '../../src/analysis/role-phrase';
import { findRole } from '../../src/analysis/role';

/** Hand-written ads for these tests (tests/analysis/ads-roles), not taken from any board. */
const ad = (name: string): string => readFileSync(new URL(`./ads-roles/${name}.txt`, import.meta.url), 'utf8');

describe('roles that are not engineering say none, however much technology they name', () => {
  const cases: [string, string][] = [
    ['recruiter-ai', 'recruiting'],
    ['account-executive', 'sales'],
    ['product-manager', 'product management'],
    ['office-manager', 'office'],
    ['data-entry', 'data entry'],
    ['nurse', 'healthcare'],
  ];
  for (const [name, area] of cases) {
    it(name, () => {
      const { lean, skills } = analyze(ad(name));
      expect(lean.label).toBe('none');
      expect(lean.role.family).toBe('not-engineering');
      expect(lean.role.reason).toContain('not an engineering role');
      expect(lean.role.reason).toContain(area);
      // The skills are still tagged: the ad names them, the job just is not engineering.
      if (name === 'recruiter-ai') expect(skills.map((s) => s.id)).toEqual(expect.arrayContaining(['pytorch', 'kubernetes']));
    });
  }
});

describe('data work that is not ML-leaning, and ML platform work that is both', () => {
  it('a data engineer (dbt, Airflow, Spark) is data engineering and not ML-leaning', () => {
    const { lean } = analyze(ad('data-engineer'));
    expect(lean.role.family).toBe('data-engineering');
    expect(lean.ml).toBeLessThan(0.5);
    expect(lean.label).not.toBe('ml');
  });

  it('an analytics engineer is analytics and not ML-leaning', () => {
    const { lean } = analyze(ad('analytics-engineer'));
    expect(lean.role.family).toBe('analytics');
    expect(lean.ml).toBeLessThan(0.5);
  });

  it('a quant C++ developer is not ML-leaning', () => {
    const { lean } = analyze(ad('quant-cpp'));
    expect(lean.ml).toBeLessThan(0.5);
    expect(lean.label).toBe('swe');
    expect(lean.role.family).not.toBe('not-engineering');
  });

  it('an ad that names itself ML work is ML-leaning even with software-heavy tools', () => {
    const tools = '\n\nRequirements\n- Java, Spring Boot, React, TypeScript, PostgreSQL, Docker and Kubernetes\n- Code reviews and CI/CD';
    const asDs = analyze('We are hiring a Data Scientist to join our pricing team.' + tools).lean;
    const asSwe = analyze('We are hiring a Backend Engineer to join our pricing team.' + tools).lean;
    expect(asDs.role.family).toBe('data-science');
    expect(asDs.ml).toBeGreaterThanOrEqual(0.5);
    expect(asSwe.ml).toBeLessThan(0.5);
  });

  it('an MLOps / ML platform engineer is hybrid', () => {
    const { lean } = analyze(ad('mlops'));
    expect(lean.role.family).toBe('ml-platform');
    expect(lean.label).toBe('hybrid');
  });

  it('the same data-engineering text leans ML when it is a machine learning engineer', () => {
    const text = ad('data-engineer').replace('As a Data Engineer', 'As a Machine Learning Engineer');
    const { lean } = analyze(text);
    expect(lean.role.family).toBe('ml-engineering');
    expect(lean.ml).toBeGreaterThan(analyze(ad('data-engineer')).lean.ml);
  });
});

describe('any Latin-script language: technology names are the same', () => {
  it('German backend ad: Java, Spring Boot, Kubernetes tagged, SWE, backend', () => {
    const a = analyze(ad('de-backend'));
    expect(a.unsupportedLanguage).toBeUndefined();
    expect(a.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['java', 'spring-boot', 'kubernetes', 'postgresql', 'kafka']));
    expect(a.lean.label).toBe('swe');
    expect(a.lean.role.family).toBe('backend');
  });

  it('French frontend ad: React and TypeScript, SWE, frontend', () => {
    const a = analyze(ad('fr-frontend'));
    expect(a.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['react', 'typescript', 'cypress']));
    expect(a.lean.label).toBe('swe');
    expect(a.lean.role.family).toBe('frontend');
  });

  it('Spanish data scientist ad leans ML', () => {
    const a = analyze(ad('es-data-scientist'));
    expect(a.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'scikit-learn', 'pandas', 'xgboost']));
    expect(a.lean.ml).toBeGreaterThan(0.5);
    expect(a.lean.role.family).toBe('data-science');
  });

  it('Dutch DevOps ad: infrastructure, SWE', () => {
    const a = analyze(ad('nl-devops'));
    expect(a.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['terraform', 'aws', 'kubernetes', 'prometheus']));
    expect(a.lean.label).toBe('swe');
    expect(a.lean.role.family).toBe('infrastructure');
  });

  it('Italian and Portuguese ads are tagged too', () => {
    const it_ = 'Cerchiamo uno sviluppatore backend con esperienza in Python, Django e PostgreSQL. Lavorerai con il nostro team su servizi REST, Docker e Kubernetes, e parteciperai alle revisioni del codice della nostra piattaforma.';
    const pt = 'Procuramos um engenheiro de machine learning com experiência em PyTorch, TensorFlow e Python. Você vai treinar modelos de deep learning, avaliar os resultados e colocar os modelos em produção com o nosso time.';
    expect(analyze(it_).skills.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'django', 'postgresql']));
    expect(analyze(it_).lean.ml).toBeLessThan(0.5);
    expect(analyze(pt).skills.map((s) => s.id)).toEqual(expect.arrayContaining(['pytorch', 'tensorflow']));
    expect(analyze(pt).lean.ml).toBeGreaterThan(0.5);
  });

  it('says unsupported only when nothing could be tagged', () => {
    const german = 'Wir suchen eine freundliche Verkäuferin für unsere Bäckerei in Hamburg. Du berätst unsere Kundinnen und Kunden, hältst die Theke sauber und hilfst beim Backen am Wochenende. Wir freuen uns auf deine Bewerbung und ein nettes Gespräch.';
    expect(analyze(german).unsupportedLanguage).toBe(true);
    expect(detectLanguage(german)).toBe('de');
    expect(detectLanguage(ad('fr-frontend'))).toBe('fr');
    expect(detectLanguage(ad('nl-devops'))).toBe('nl');
    expect(detectLanguage(ad('data-engineer'))).toBe('en');
  });
});

describe('role phrases: titles and statements', () => {
  const family = (title: string): string | null => {
    const r = readRolePhrase(title);
    return r ? (r.kind === 'engineering' ? r.family : 'not:' + r.area) : null;
  };

  it('reads the head noun of a title and what qualifies it', () => {
    expect(family('Senior Machine Learning Engineer')).toBe('ml-engineering');
    expect(family('Software Engineer - Machine Learning')).toBe('ml-engineering');
    expect(family('ML Platform Engineer')).toBe('ml-platform');
    expect(family('Staff Data Engineer')).toBe('data-engineering');
    expect(family('Full Stack Data Scientist')).toBe('data-science');
    expect(family('Director of Data Science')).toBe('data-science');
    expect(family('Senior iOS Developer')).toBe('mobile');
    expect(family('Site Reliability Engineer')).toBe('infrastructure');
    expect(family('Research Scientist, NLP')).toBe('research');
    expect(family('Software Engineer')).toBe('generic');
  });

  it('knows jobs that are not engineering, even next to ML words', () => {
    expect(family('Machine Learning Recruiter')).toBe('not:recruiting');
    expect(family('Technical Product Manager - AI Platform')).toBe('not:product management');
    expect(family('Senior Account Executive')).toBe('not:sales');
    expect(family('Registered Nurse')).toBe('not:healthcare');
    expect(family('Mechanical Engineer')).toBe('not:non-software engineering');
    // A qualifier can bring a title back to software.
    expect(family('Digital Marketing Engineer - Ruby on Rails')).toBe('backend');
  });

  it('finds the role statement in the text, and grammar ends its noun phrase', () => {
    const r = findRole('We are hiring a Technical Recruiter passionate about finding great machine learning engineers for our teams.', [], null, 'en');
    expect(r?.role).toMatchObject({ kind: 'not-engineering', area: 'recruiting' });
    const j = findRole('Our mission is simple.\nJoin us as a Backend Engineer and build the APIs behind our product.', [], null, 'en');
    expect(j?.role).toMatchObject({ kind: 'engineering', family: 'backend' });
    expect(findRole('As a result, we grow fast. Our values matter to us.', [], null, 'en')).toBeNull();
    const de = findRole('Wir suchen einen Data Engineer (m/w/d) für unser Team.', [], null, 'de');
    expect(de?.role).toMatchObject({ kind: 'engineering', family: 'data-engineering' });
  });

  it('reads the other ways ads name the job', () => {
    const family = (text: string): string => {
      const r = analyze(text).lean.role;
      return r.family === 'not-engineering' ? r.reason : r.family;
    };
    const stack = ' You will work with our engineers on Python, Docker, Kubernetes, Terraform and AWS, and learn our REST APIs and PostgreSQL.';
    // "The X will ..." under an "About us" heading.
    expect(family('About us\nWe build developer tools.\n\nThe Sales Development Representative will book meetings for our account executives.' + stack)).toContain('sales');
    expect(family('We need a Customer Support Specialist who can read logs.' + stack)).toContain('support');
    expect(family('Role: Technical Program Manager, Infrastructure\n' + stack)).toContain('project management');
    expect(family('Acme AI | Senior Backend Engineer | Remote (EU) | Full-time | We build evaluation tools.' + stack)).toBe('backend');
    expect(family('Senior Technical Writer\n' + stack)).toContain('writing');
    // No statement at all: the job's own words (audit, tax, accounting) say what it is.
    expect(family('Responsibilities\n- Prepare monthly financial statements and close the books\n- Reconcile accounts in NetSuite and Excel\n- Support the annual audit and tax filings\n- Build reports in Tableau\n\nRequirements\n- 3 years of accounting experience\n- SQL a plus, Python nice to have')).toContain('finance');
    // ... but not when the ad is full of technical skills.
    expect(family('Responsibilities\n- Build our financial reporting platform and audit trail services\n- Tax calculation APIs\n\nRequirements\n- Java, Spring Boot, Kafka, PostgreSQL, Docker, Kubernetes, AWS, Terraform, React')).not.toContain('not an engineering role');
    expect(readRolePhrase('Research Scientist, Molecular Biology')).toMatchObject({ kind: 'not-engineering' });
    expect(readRolePhrase('Research Scientist, Large Language Models')).toMatchObject({ kind: 'engineering', family: 'research' });
  });

  it('the title outranks the text', () => {
    const text = 'We are looking for a Data Scientist to join the team. Python, SQL and statistics.';
    expect(analyze(text, { title: 'Senior Recruiter' }).lean.role).toMatchObject({ family: 'not-engineering', source: 'title' });
    expect(analyze(text).lean.role).toMatchObject({ family: 'data-science', source: 'statement' });
  });
});
