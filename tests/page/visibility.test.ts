// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/page/extract';
import { buildTextMap } from '../../src/page/text-map';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('hidden text is not part of the ad', () => {
  it('skips text hidden by attributes, stylesheets and inline styles, and keeps what shows', () => {
    document.head.innerHTML = '<style>.gone { display: none } .ghost { opacity: 0 } .tiny { font-size: 0 } .clear { color: transparent } .sr { position: absolute; clip: rect(0px, 0px, 0px, 0px) }</style>';
    document.body.innerHTML = `<div id="ad">
      <p>Python and Kafka.</p>
      <p class="gone">Rust</p><p class="ghost">Haskell</p><p class="clear">Erlang</p><p class="sr">Elixir</p>
      <p aria-hidden="true">COBOL</p><p hidden>Fortran</p><p style="visibility:hidden">Pascal</p>
      <p class="tiny">Ada <span style="font-size: 14px">Scala</span></p>
    </div>`;
    const { text } = buildTextMap([document.getElementById('ad')!]);
    expect(text).toContain('Python and Kafka.');
    expect(text).toContain('Scala');
    for (const probe of ['Rust', 'Haskell', 'Erlang', 'Elixir', 'COBOL', 'Fortran', 'Pascal', 'Ada']) expect(text).not.toContain(probe);
  });

  it('an extracted board ad leaves out a hidden keyword list planted in it', () => {
    document.head.innerHTML = '<style>.kw { opacity: 0 }</style>';
    document.body.innerHTML = '<h1>Data Engineer</h1><div id="jobDescriptionText"><h3>Requirements</h3><ul><li>SQL and Airflow</li></ul><div class="kw">PyTorch TensorFlow Kubernetes Rust Go</div></div>';
    const page = extractPosting(document, 'https://www.indeed.com/viewjob?jk=1');
    expect(page.found && page.text).toBe('Requirements\n\nSQL and Airflow');
  });
});
