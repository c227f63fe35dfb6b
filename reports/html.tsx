// The report as an HTML document (React, server-rendered; the report page /reports/:year shows
// it, app/styles/reports.css styles it for screen and print): the same sections as the PDF — the
// title block, the commentary and data-quality notes, and per standard the appendix table as
// printed, a bar chart (SVG) and the breakdown table. Status is an icon and a word.
import type { IndicatorStatus } from '../app/domain/indicator-status'
import { StatusIcon } from '../app/components/status-badge'
import { commentaryOf, qualityNotesOf, targetNotesOf } from './commentary'
import {
  indicatorLines,
  referenceOf,
  type Edition,
  type Figure,
  type IndicatorLine,
  type ReportModel,
  type ReportStandard,
} from './model'
import { appendixCaption, chartBars, chartIndicator, editionLine } from './presentation'
import {
  dataThroughLine,
  standardEditionLines,
  reportTextsOf,
  type ReportTexts,
  type ReportTextsData,
} from './texts'

export function ReportDocument({
  model,
  edition,
  texts,
}: {
  model: ReportModel
  edition: Edition
  /** The report language's texts, from the page's loader (reports/texts.server.ts). */
  texts: ReportTextsData
}) {
  const x = reportTextsOf(texts)
  const lang = texts.lang
  const draft = edition.status === 'draft'
  const targetNotes = targetNotesOf(model, x)
  return (
    <article className={`report${draft ? ' report--draft' : ''}`} lang={lang}>
      {draft && (
        <div className="report__watermark" aria-hidden="true">
          {x.msg('reports.draftMark').split(' · ')[0]}
        </div>
      )}
      <header className="report__head">
        <p className="report__edition" data-edition={draft ? 'draft' : `v${edition.version}`}>
          {editionLine(edition, x)}
        </p>
        <h1 className="report__title">{x.msg('reports.title')}</h1>
        <p className="report__scope">
          {x.scope(model)} · {x.msg('reports.reportingYear', { year: model.year })}
        </p>
        <dl className="report__facts">
          <div>
            <dt>{x.msg('reports.asOfLabel')}</dt>
            <dd>{x.date(model.asOf)}</dd>
          </div>
          <div>
            <dt>{x.msg('reports.dataVersion')}</dt>
            <dd>
              <code>{model.dataVersion}</code>
            </dd>
          </div>
          {edition.status === 'published' && (
            <div>
              <dt>{x.msg('reports.contentHash')}</dt>
              <dd>
                <code className="report__hash">{edition.contentHash}</code>
              </dd>
            </div>
          )}
        </dl>
        {model.dataThrough !== undefined && (
          <p className="report__data-through">{dataThroughLine(model.dataThrough, x)}</p>
        )}
        {draft && (
          <p className="report__draft-note" role="note">
            <strong>{x.msg('reports.draftMark')}:</strong> {x.msg('reports.draftNote')}
          </p>
        )}
        <nav className="report__toc" aria-label={x.msg('reports.contents')}>
          <h2>{x.msg('reports.standardsInReport')}</h2>
          <ol>
            {model.standards.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{x.name(s.name)}</a>{' '}
                <span className="muted">
                  {x.msg('reports.decree', {
                    number: s.decree.number,
                    date: x.date(s.decree.date),
                  })}
                </span>
              </li>
            ))}
          </ol>
        </nav>
      </header>

      <section className="report__notes" aria-labelledby="report-commentary">
        <h2 id="report-commentary">{x.msg('reports.commentary')}</h2>
        <NoteBlocks blocks={commentaryOf(model, x)} />
        <h2 id="report-quality">{x.msg('reports.quality')}</h2>
        <NoteBlocks blocks={qualityNotesOf(model, x)} />
        {targetNotes.length > 0 && (
          <>
            <h2 id="report-target-notes">{x.msg('suggestion.report.title')}</h2>
            <NoteBlocks blocks={targetNotes} />
          </>
        )}
        <p className="muted">{x.msg('reports.methodNote')}</p>
      </section>

      {model.standards.map((standard) => (
        <section
          key={standard.id}
          id={standard.id}
          className="report__standard"
          aria-label={x.name(standard.name)}
        >
          <p className="report__caption">{appendixCaption(standard, x)}</p>
          <h2>{x.name(standard.name)}</h2>
          {standardEditionLines(standard.edition, x).map((line) => (
            <p key={line} className="report__standard-edition">
              {line}
            </p>
          ))}
          <AppendixTable model={model} standard={standard} x={x} />
          <Chart standard={standard} x={x} />
          <BreakdownTable model={model} standard={standard} x={x} />
        </section>
      ))}
    </article>
  )
}

/** Notes per standard: its name over a list of sentences. */
function NoteBlocks({
  blocks,
}: {
  blocks: readonly { standardId: string; standardName: string; lines: readonly string[] }[]
}) {
  return blocks.map((block) => (
    <div key={block.standardId} className="report__note">
      <h3>{block.standardName}</h3>
      <ul>
        {block.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  ))
}

function Status({ status, x }: { status: IndicatorStatus; x: ReportTexts }) {
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status}>
      <StatusIcon status={status} />
      <span className="status-badge__text">{x.msg(`reports.statuses.${status}`)}</span>
    </span>
  )
}

function AppendixTable({
  model,
  standard,
  x,
}: {
  model: ReportModel
  standard: ReportStandard
  x: ReportTexts
}) {
  const translated = x.lang !== 'kk'
  return (
    <div
      className="report__scroll"
      tabIndex={0}
      role="region"
      aria-label={standard.appendix.titleKk}
    >
      <table className="report-table" data-standard={standard.id}>
        <caption>{standard.appendix.titleKk}</caption>
        <thead>
          <tr>
            {standard.appendix.columnsKk.map((heading, i) => (
              <th key={i} scope="col" className="report-table__printed">
                {heading}
                {translated && (
                  <span className="report-table__translation">
                    {x.list('reports.printedColumns')[i]}
                  </span>
                )}
              </th>
            ))}
            <th scope="col">{x.msg('reports.targetThisYear', { year: model.year })}</th>
            <th scope="col">{x.msg('reports.status')}</th>
            <th scope="col">{x.msg('reports.counts')}</th>
          </tr>
          <tr className="report-table__numbers">
            <td>1</td>
            <td>2</td>
            <td>3</td>
            <td>4</td>
            <td colSpan={3} />
          </tr>
        </thead>
        <tbody>
          {standard.rows.map((row) =>
            row.kind === 'group' ? (
              <tr key={`g-${row.slug}`} className="report-table__group">
                <th colSpan={7} scope="rowgroup">
                  {row.heading.kk}
                  {translated && (
                    <span className="report-table__translation">{x.name(row.heading)}</span>
                  )}
                </th>
              </tr>
            ) : (
              <IndicatorRow key={row.code} line={row} translated={translated} x={x} />
            ),
          )}
        </tbody>
      </table>
    </div>
  )
}

function IndicatorRow({
  line,
  translated,
  x,
}: {
  line: IndicatorLine
  translated: boolean
  x: ReportTexts
}) {
  const f = line.figure
  return (
    <tr data-code={line.code}>
      <th scope="row" className="report-table__name">
        {line.code}. {line.name.kk}
        {translated && <span className="report-table__translation">{x.name(line.name)}</span>}
      </th>
      <td className="num" data-field="normative">
        {line.normative ?? ''}
      </td>
      <td className="num" data-field="target-next-year">
        {line.targetNextYear === null ? (
          <span className="muted">{x.msg('reports.notApproved')}</span>
        ) : (
          x.reference(line.targetNextYear)
        )}
      </td>
      <td className="num" data-field="value">
        <strong>{x.percent(f.value, referenceOf(line, f.target)?.value)}</strong>
        {f.ciLow !== null && f.ciHigh !== null && (
          <span className="report-table__sub">
            {x.msg('reports.interval', { low: x.number(f.ciLow), high: x.number(f.ciHigh) })}
          </span>
        )}
      </td>
      <td className="num" data-field="target">
        {f.target === null ? '' : x.reference(f.target)}
      </td>
      <td data-field="status">
        <Status status={f.status} x={x} />
      </td>
      <td className="num" data-field="counts">
        {x.msg('reports.countsValue', {
          numerator: x.count(f.numerator),
          denominator: x.count(f.denominator),
        })}
        <span className={`report-table__sub${f.lowCoverage ? ' report-table__low' : ''}`}>
          {f.lowCoverage ? '⚠ ' : ''}
          {x
            .msg('reports.lowCoverageItem', {
              code: '',
              contributing: x.count(f.contributing),
              serving: x.count(f.serving),
            })
            .trim()}
        </span>
      </td>
    </tr>
  )
}

function Chart({ standard, x }: { standard: ReportStandard; x: ReportTexts }) {
  const line = chartIndicator(standard)
  if (!line) return null
  const bars = chartBars(standard, line, x)
  const label = 190
  const bar = 420
  const row = 18
  const width = label + bar + 170
  const height = bars.length * row + 24
  const scale = (v: number) => (Math.max(0, Math.min(100, v)) / 100) * bar
  const title = x.msg('reports.chartTitle', { code: line.code, name: x.name(line.name) })
  return (
    <figure className="report-chart">
      <figcaption>
        <strong>{title}</strong> <span className="muted">{x.msg('reports.chartLegend')}</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line
              x1={label + scale(tick)}
              x2={label + scale(tick)}
              y1={0}
              y2={height - 18}
              className="report-chart__grid"
            />
            <text x={label + scale(tick)} y={height - 4} textAnchor="middle">
              {tick} %
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const y = i * row
          return (
            <g key={b.code} data-unit={b.code}>
              <text x={0} y={y + 13}>
                {b.label}
              </text>
              {b.value !== null && (
                <rect
                  x={label}
                  y={y + 3}
                  width={Math.max(1, scale(b.value))}
                  height={row - 6}
                  className={`report-chart__bar report-chart__bar--${b.status ?? 'no_data'}`}
                />
              )}
              {b.value !== null && b.reference !== null && (
                <line
                  x1={label + scale(b.reference)}
                  x2={label + scale(b.reference)}
                  y1={y}
                  y2={y + row}
                  className="report-chart__reference"
                />
              )}
              <text x={label + bar + 8} y={y + 13}>
                {b.value === null
                  ? x.msg('reports.noData')
                  : `${x.percent(b.value, b.reference)}${b.status ? ` · ${x.msg(`reports.statuses.${b.status}`)}` : ''}`}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}

function BreakdownTable({
  model,
  standard,
  x,
}: {
  model: ReportModel
  standard: ReportStandard
  x: ReportTexts
}) {
  const lines = indicatorLines(standard)
  const level = standard.breakdown.level
  const cell = (f: Figure | undefined, code: string) =>
    f ? (
      <td key={code} className="num" data-code={code} data-status={f.status}>
        <span className="report-breakdown__value">
          <StatusIcon status={f.status} />
          <span className="visually-hidden">{x.msg(`reports.statuses.${f.status}`)}: </span>
          {x.percent(
            f.value,
            referenceOf(lines.find((l) => l.code === code) ?? { normativeBound: null }, f.target)
              ?.value,
          )}
        </span>
        <span className="report-table__sub">
          {x.msg('reports.countsValue', {
            numerator: x.count(f.numerator),
            denominator: x.count(f.denominator),
          })}
        </span>
      </td>
    ) : (
      <td key={code} className="num muted" data-code={code}>
        —
      </td>
    )
  return (
    <div
      className="report__scroll report__breakdown"
      tabIndex={0}
      role="region"
      aria-label={x.msg(`reports.breakdown.${level}`)}
    >
      <table className="report-breakdown" data-standard={standard.id}>
        <caption>
          {x.msg(`reports.breakdown.${level}`)}.{' '}
          <span className="muted">{x.msg('reports.breakdownNote')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{x.msg(`reports.unit.${level}`)}</th>
            {lines.map((l) => (
              <th key={l.code} scope="col" title={x.name(l.name)}>
                {l.code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="report-breakdown__scope">
            <th scope="row">{x.scope(model)}</th>
            {lines.map((l) => cell(l.figure, l.code))}
          </tr>
          {standard.breakdown.units.map((unit) => (
            <tr key={unit.code} data-unit={unit.code}>
              <th scope="row">{x.name(unit.name)}</th>
              {lines.map((l) => cell(unit.figures[l.code], l.code))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="report-breakdown__key">
        {lines.map((l) => (
          <li key={l.code}>
            <strong>{l.code}</strong> {x.name(l.name)}
          </li>
        ))}
      </ul>
    </div>
  )
}
