import { describe, expect, it } from 'vitest';
import { tagSkills } from '../../src/analysis/tagger';

/** The skills found in a text, as "id:matched text". */
function found(text: string): string[] {
  return tagSkills(text).map((m) => `${m.skill}:${text.slice(m.start, m.end)}`);
}
const ids = (text: string): string[] => tagSkills(text).map((m) => m.skill);

describe('tagger: symbols and variants', () => {
  it('keeps the symbols of C++, C#, F#, .NET, ASP.NET, Node.js, Vue.js and CI/CD', () => {
    const text = 'We use C++, C#, F#, .NET, ASP.NET, Node.js, Vue.js and CI/CD daily.';
    expect(found(text)).toEqual([
      'cpp:C++',
      'csharp:C#',
      'fsharp:F#',
      'dotnet:.NET',
      'aspnet:ASP.NET',
      'nodejs:Node.js',
      'vuejs:Vue.js',
      'ci-cd:CI/CD',
    ]);
  });

  it('folds hyphen, space and dot variants onto one skill', () => {
    for (const spelling of ['scikit-learn', 'scikit learn', 'Scikit-Learn', 'sklearn']) {
      expect(ids(`Experience with ${spelling} is required`), spelling).toEqual(['scikit-learn']);
    }
    for (const spelling of ['Node.js', 'NodeJS', 'node js', 'nodejs']) {
      expect(ids(`Services in ${spelling}.`), spelling).toEqual(['nodejs']);
    }
    for (const spelling of ['CI/CD', 'CI-CD', 'ci cd', 'CICD']) {
      expect(ids(`Own the ${spelling} pipelines`), spelling).toEqual(['ci-cd']);
    }
    expect(ids('Run A/B testing and A/B tests')).toEqual(['ab-testing', 'ab-testing']);
  });

  it('finds aliases: JS, k8s, postgres, ReactJS, golang', () => {
    expect(ids('JS, k8s, postgres, ReactJS, golang')).toEqual(['javascript', 'kubernetes', 'postgresql', 'react', 'go']);
  });

  it('matches plurals and any case, but not inside words', () => {
    expect(found('Design REST APIs and microservices')).toEqual(['rest-api:REST APIs', 'microservices:microservices']);
    expect(found('Build APIs for partners')).toEqual(['api:APIs']);
    expect(ids('PYTHON and python and Python')).toEqual(['python', 'python', 'python']);
    expect(ids('JavaScript')).toEqual(['javascript']);
    expect(ids('Javanese coffee, Pythonic prose, Rustic tables')).toEqual([]);
  });

  it('takes the longest match and never overlaps', () => {
    const m = tagSkills('Spring Boot and machine learning engineering and Apache Spark');
    expect(m.map((x) => x.skill)).toEqual(expect.arrayContaining(['spring-boot', 'machine-learning', 'spark']));
    for (let i = 1; i < m.length; i++) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
  });

  it('reports exact UTF-16 offsets, also after emoji and accents', () => {
    const text = '🚀 Café team: Python 3 and Java 17 🙂 Kubernetes';
    for (const m of tagSkills(text)) {
      expect(['Python', 'Python 3', 'Java', 'Java 17', 'Kubernetes']).toContain(text.slice(m.start, m.end));
    }
    expect(ids(text)).toEqual(['python', 'java', 'kubernetes']);
  });

  it('includes a version in the mention: "Python 3", "Java 17"', () => {
    expect(found('Python 3 and Java 17, not 5 years of Go')).toEqual(
      expect.arrayContaining(['python:Python 3', 'java:Java 17']),
    );
  });
});

describe('tagger: what is not a skill', () => {
  it('ignores URLs and e-mail addresses', () => {
    expect(ids('See https://python.org/java/react and write to jobs@golang-shop.io or react@node.js.org')).toEqual([]);
  });

  it('does not read "C" in C-level, Grade C, section C, or "R" in R&D, plan R', () => {
    expect(ids('Report to C-level executives.')).toEqual([]);
    expect(ids('Applicants need a Grade C or above.')).toEqual([]);
    expect(ids('See section C of the contract.')).toEqual([]);
    expect(ids('Our R&D team is growing.')).toEqual([]);
    expect(ids('If that fails we have a plan R.')).toEqual([]);
  });

  it('does not read verbs and adjectives: go to, react to, express interest, swift delivery, Excel at, Spark joy', () => {
    expect(ids('Go to meetings and go to the office.')).toEqual([]);
    expect(ids('React to incidents quickly; we react to feedback.')).toEqual([]);
    expect(ids('Express interest by applying below.')).toEqual([]);
    expect(ids('We value Swift delivery and swift delivery.')).toEqual([]);
    expect(ids('Excel at what you do.')).toEqual([]);
    expect(ids('Spark joy in your team.')).toEqual([]);
    expect(ids('Great go-to-market instincts.')).toEqual([]);
  });

  it('still reads the same names in a technical context', () => {
    expect(ids('Languages: Go, R, C and Rust.')).toEqual(['go', 'r', 'c', 'rust']);
    expect(ids('Experience with React and Express is required.')).toEqual(['react', 'express']);
    expect(ids('Build iOS apps in Swift.')).toEqual(expect.arrayContaining(['swift']));
    expect(ids('Strong Excel skills.')).toEqual(['excel']);
    expect(ids('Pipelines in Apache Spark and Spark Streaming.')[0]).toBe('spark');
    expect(ids('Statistical analysis in R.')).toEqual(expect.arrayContaining(['r']));
    expect(ids('Drivers written in C/C++ and Python')).toEqual(['c', 'cpp', 'python']);
    expect(ids('We write our services in Go.')).toEqual(['go']);
  });
});

describe('tagger: lower-case lists', () => {
  it('reads lower-case names of ambiguous skills inside a list of skills, and nowhere else', () => {
    expect(ids('stack: python, go, rust, react and spring')).toEqual(['python', 'go', 'rust', 'react', 'spring']);
    expect(ids('we go to great lengths and react quickly')).toEqual([]);
    expect(ids('python and go to the office')).toEqual(['python']);
  });
});

describe('span boundaries and precision (issue 10 §7)', () => {
  const spans = (text: string): string[] => tagSkills(text).map((m) => `${m.skill}=${text.slice(m.start, m.end)}`);

  it('covers whole product names and versions', () => {
    expect(spans('Azure Storage, .NET Core, Power BI, Spark Structured Streaming and Java 17.')).toEqual([
      'azure-storage=Azure Storage',
      'dotnet=.NET Core',
      'power-bi=Power BI',
      'spark=Spark Structured Streaming',
      'java=Java 17',
    ]);
  });

  it('gives both skills of "AWS/Azure" over their own parts', () => {
    expect(spans('Services on AWS/Azure.')).toEqual(['aws=AWS', 'azure=Azure']);
  });

  it('accepts lower-case names in a bare tag list, and not as adjectives', () => {
    expect(spans('Stack: python, go, rest, less, r, docker')).toEqual(['python=python', 'go=go', 'rest-api=rest', 'less=less', 'r=r', 'docker=docker']);
    expect(spans('Solid SQL and solid statistics.')).toEqual(['sql=SQL', 'statistics=statistics']);
  });

  it('reads ambiguous names in technical frames and in bare list items', () => {
    expect(spans('Solid experience with R in production.')).toEqual(['r=R']);
    expect(spans('Proficiency in Go. The firmware is written in C.').filter((s) => /^(go|c)=/.test(s))).toEqual(['go=Go', 'c=C']);
    expect(spans('Requirements\n- Spark (advantage).\n- Go (3 years)\n')).toEqual(['spark=Spark', 'go=Go']);
  });

  it('skips adjective uses: cloud-based, AI-powered, an agile team', () => {
    expect(spans('You will join an agile team building cloud-based, AI-powered products.')).toEqual([]);
    expect(spans('Experience with Agile and Scrum.')).toContain('agile=Agile');
  });

  it('reads names in text whose sentences a page glued together', () => {
    expect(spans('Familiarity with Snowflake.Responsibilities Build pipelines in Python.')).toEqual(['snowflake=Snowflake', 'python=Python']);
    expect(spans('Node.js and ASP.NET')).toEqual(['nodejs=Node.js', 'aspnet=ASP.NET']);
  });
});
