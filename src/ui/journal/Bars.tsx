/** Light SVG charts of our own (no chart library): horizontal bars with an optional second part, and columns over time. */

export interface Bar {
  label: string;
  value: number;
  /** A second part stacked after the first (nice to have after required). */
  rest?: number;
  title?: string;
  /** The bar's colour class (bar-ml, bar-swe); the accent colour by default. */
  tone?: string;
}

export function Bars({ bars, label, unit = '' }: { bars: Bar[]; label: string; unit?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value + (b.rest ?? 0)));
  const row = 18;
  const labelW = 130;
  const width = 420;
  const scale = (v: number): number => ((width - labelW - 40) * v) / max;
  return (
    <svg role="img" aria-label={label} width="100%" style={{ maxWidth: `${width}px` }} viewBox={`0 0 ${width} ${bars.length * row + 4}`}>
      {bars.map((b, i) => (
        <g key={b.label} transform={`translate(0 ${i * row})`}>
          <title>{b.title ?? `${b.label}: ${b.value}${b.rest ? ` + ${b.rest}` : ''}${unit}`}</title>
          <text x={labelW - 6} y={13} text-anchor="end">
            {b.label.length > 20 ? b.label.slice(0, 19) + '…' : b.label}
          </text>
          <rect class={b.tone ?? 'bar'} x={labelW} y={3} height={12} width={scale(b.value)} />
          {b.rest ? <rect class="bar-opt" x={labelW + scale(b.value)} y={3} height={12} width={scale(b.rest)} /> : null}
          <text x={labelW + scale(b.value + (b.rest ?? 0)) + 4} y={13}>
            {b.value + (b.rest ?? 0)}
          </text>
        </g>
      ))}
    </svg>
  );
}

export interface Column {
  label: string;
  ml: number;
  swe: number;
  other: number;
}

export function Columns({ columns, label }: { columns: Column[]; label: string }) {
  const max = Math.max(1, ...columns.map((c) => c.ml + c.swe + c.other));
  const h = 120;
  const w = 52;
  const y = (v: number): number => (h * v) / max;
  return (
    <svg role="img" aria-label={label} width={Math.max(120, columns.length * w + 10)} height={h + 20}>
      {columns.map((c, i) => {
        const parts: [string, number][] = [
          ['bar-ml', c.ml],
          ['bar-swe', c.swe],
          ['bar-opt', c.other],
        ];
        let top = h;
        return (
          <g key={c.label} transform={`translate(${i * w + 5} 0)`}>
            <title>{`${c.label}: ${c.ml} ML, ${c.swe} SWE, ${c.other} other`}</title>
            {parts.map(([cls, v]) => {
              top -= y(v);
              return v ? <rect key={cls} class={cls} x={2} y={top} width={w - 8} height={y(v)} /> : null;
            })}
            <text x={2} y={h + 14}>
              {c.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
