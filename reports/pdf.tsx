// The report as a PDF (@react-pdf/renderer, A4): a title page (year, scope, data version,
// edition), the commentary and data-quality notes, then per standard its appendix table as
// printed (kk headings, the 1–4 numbering row, group headings) with Sapa's columns, a bar chart of
// one indicator across the breakdown drawn as vector graphics, and the breakdown table on a
// landscape page. Every page carries the edition (DRAFT, with a watermark, when unpublished), the
// data version and its number. Status is an icon and a word, never a colour alone.
import {
  Circle,
  Document,
  G,
  Line,
  Page,
  Path,
  Rect,
  Svg,
  Text,
  View,
  renderToBuffer,
} from '@react-pdf/renderer'
import type { IndicatorStatus } from '../app/domain/indicator-status'
import { commentaryOf, qualityNotesOf, targetNotesOf } from './commentary'
import {
  documentDate,
  indicatorLines,
  referenceOf,
  type Edition,
  type Figure,
  type IndicatorLine,
  type ReportLanguage,
  type ReportModel,
  type ReportStandard,
} from './model'
import { PDF_FONT, registerPdfFonts } from './pdf-fonts'
import {
  appendixCaption,
  chartBars,
  chartIndicator,
  editionLine,
  editionTexts,
  scopeLine,
} from './presentation'
import { reportTexts, type ReportTexts } from './texts.server'
import { dataThroughLine, standardEditionLines } from './texts'

const INK = '#1f2933'
const MUTED = '#52606d'
const RULE = '#9aa5b1'
const HEAD = '#e8edf3'
const STATUS_COLOUR: Record<IndicatorStatus, string> = {
  meets: '#1b7a3d',
  fails: '#b42318',
  inconclusive: '#b54708',
  insufficient_data: '#6941c6',
  no_data: '#7b8794',
  no_reference: '#52606d',
}

const page = {
  fontFamily: PDF_FONT,
  fontSize: 8.5,
  color: INK,
  paddingTop: 46,
  paddingBottom: 42,
  paddingHorizontal: 32,
  lineHeight: 1.3,
}

// One PDF at a time per process: each document starts from freshly parsed fonts (pdf-fonts.ts),
// which must not be swapped under a document still being laid out.
let queue: Promise<unknown> = Promise.resolve()

export function reportPdf(
  model: ReportModel,
  edition: Edition,
  lang: ReportLanguage,
): Promise<Uint8Array> {
  const run = queue.then(async () => {
    registerPdfFonts()
    const buffer = await renderToBuffer(<ReportPdf model={model} edition={edition} lang={lang} />)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  })
  queue = run.catch(() => undefined)
  return run
}

export function ReportPdf({
  model,
  edition,
  lang,
}: {
  model: ReportModel
  edition: Edition
  lang: ReportLanguage
}) {
  const x = reportTexts(lang)
  const at = documentDate(edition)
  const frame = <PageFrame model={model} edition={edition} x={x} height={A4.portrait} />
  const landscapeFrame = <PageFrame model={model} edition={edition} x={x} height={A4.landscape} />
  return (
    <Document
      title={`${editionTexts(edition, x).title} — ${x.scope(model)}, ${model.year}`}
      author="Sapa"
      creator="Sapa"
      producer="Sapa"
      language={lang}
      creationDate={at}
      modificationDate={at}
    >
      <Page size="A4" style={page}>
        {frame}
        <TitlePage model={model} edition={edition} x={x} />
      </Page>
      <Page size="A4" style={page}>
        {frame}
        <Notes model={model} x={x} />
      </Page>
      {model.standards.flatMap((standard) => [
        <Page key={`${standard.id}-appendix`} size="A4" style={page}>
          {frame}
          <AppendixTable model={model} standard={standard} x={x} />
        </Page>,
        ...(chartIndicator(standard)
          ? [
              <Page key={`${standard.id}-chart`} size="A4" style={page}>
                {frame}
                <Chart standard={standard} x={x} />
              </Page>,
            ]
          : []),
        ...breakdownPages(standard).map((units, i) => (
          <Page
            key={`${standard.id}-breakdown-${i}`}
            size="A4"
            orientation="landscape"
            style={page}
          >
            {landscapeFrame}
            <BreakdownTable model={model} standard={standard} units={units} first={i === 0} x={x} />
          </Page>
        )),
      ])}
    </Document>
  )
}

// ── every page ───────────────────────────────────────────────────────────────────────────────

/** Page heights in points: the footer is placed from the top (react-pdf misplaces `bottom`). */
const A4 = { portrait: 841.89, landscape: 595.28 }

function PageFrame({
  model,
  edition,
  x,
  height,
}: {
  model: ReportModel
  edition: Edition
  x: ReportTexts
  height: number
}) {
  const draft = edition.status === 'draft'
  const { mark } = editionTexts(edition, x)
  return (
    <>
      {mark && (
        <Text
          fixed
          style={{
            position: 'absolute',
            top: '42%',
            left: 0,
            right: 0,
            textAlign: 'center',
            // A working report's longer mark in smaller letters, to stay on the page.
            fontSize: draft && edition.working ? 44 : 96,
            fontWeight: 700,
            color: '#eef1f4',
            transform: 'rotate(-32deg)',
          }}
        >
          {mark}
        </Text>
      )}
      <View
        fixed
        style={{
          position: 'absolute',
          top: 18,
          left: 32,
          right: 32,
          flexDirection: 'row',
          justifyContent: 'space-between',
          borderBottom: `0.5pt solid ${RULE}`,
          paddingBottom: 3,
          fontSize: 7.5,
          color: MUTED,
        }}
      >
        <Text>{`Sapa · ${scopeLine(model, x)}`}</Text>
        <Text style={draft ? { color: STATUS_COLOUR.fails, fontWeight: 700 } : {}}>
          {editionLine(edition, x)}
        </Text>
      </View>
      <View
        fixed
        style={{
          position: 'absolute',
          top: height - 30,
          left: 32,
          right: 32,
          flexDirection: 'row',
          justifyContent: 'space-between',
          borderTop: `0.5pt solid ${RULE}`,
          paddingTop: 3,
          fontSize: 7.5,
          color: MUTED,
        }}
      >
        <Text>{`${x.msg('reports.dataVersion')}: ${model.dataVersion}`}</Text>
        <Text
          render={({ pageNumber, totalPages }) =>
            x.msg('reports.page', { page: pageNumber, pages: totalPages })
          }
        />
      </View>
    </>
  )
}

// ── title page and notes ─────────────────────────────────────────────────────────────────────

function TitlePage({
  model,
  edition,
  x,
}: {
  model: ReportModel
  edition: Edition
  x: ReportTexts
}) {
  const texts = editionTexts(edition, x)
  const fact = (label: string, value: string) => (
    <View style={{ flexDirection: 'row', marginBottom: 4 }}>
      <Text style={{ width: 150, color: MUTED }}>{label}</Text>
      <Text style={{ flex: 1, fontWeight: 700 }}>{value}</Text>
    </View>
  )
  return (
    <View>
      <Text style={{ fontSize: 11, color: MUTED, marginTop: 40 }}>Sapa</Text>
      <Text style={{ fontSize: 22, fontWeight: 700, marginTop: 8, lineHeight: 1.2 }}>
        {texts.title}
      </Text>
      <Text style={{ fontSize: 16, marginTop: 18 }}>{x.scope(model)}</Text>
      <Text style={{ fontSize: 14, marginTop: 8 }}>
        {x.msg('reports.reportingYear', { year: model.year })}
      </Text>
      <View style={{ marginTop: 28 }}>
        {fact(x.msg('reports.scope'), x.scope(model))}
        {fact(x.msg('reports.pages.year'), String(model.year))}
        {fact(x.msg('reports.asOfLabel'), x.date(model.asOf))}
        {model.dataThrough !== undefined && fact('', dataThroughLine(model.dataThrough, x))}
        {fact(x.msg('reports.dataVersion'), model.dataVersion)}
        {fact(x.msg('reports.pages.version'), editionLine(edition, x))}
        {edition.status === 'published' && fact(x.msg('reports.contentHash'), edition.contentHash)}
      </View>
      {texts.note && (
        <Text
          style={{
            marginTop: 12,
            padding: 6,
            border: `1pt solid ${STATUS_COLOUR.fails}`,
            color: STATUS_COLOUR.fails,
            fontWeight: 700,
          }}
        >
          {texts.note}
        </Text>
      )}
      <Text style={{ fontSize: 12, fontWeight: 700, marginTop: 28, marginBottom: 6 }}>
        {x.msg('reports.standardsInReport')}
      </Text>
      {model.standards.map((s, i) => (
        <View key={s.id} style={{ marginBottom: 6 }} wrap={false}>
          <Text style={{ fontWeight: 700 }}>{`${i + 1}. ${x.name(s.name)}`}</Text>
          <Text style={{ color: MUTED }}>
            {`${x.msg('reports.decree', { number: s.decree.number, date: x.date(s.decree.date) })} · ${x.name(s.agency)}`}
          </Text>
          {standardEditionLines(s.edition, x).map((line) => (
            <Text key={line} style={{ color: MUTED }}>
              {line}
            </Text>
          ))}
        </View>
      ))}
      <Text style={{ marginTop: 18, color: MUTED }}>{x.msg('reports.methodNote')}</Text>
    </View>
  )
}

function Notes({ model, x }: { model: ReportModel; x: ReportTexts }) {
  const section = (
    title: string,
    blocks: { standardId: string; standardName: string; lines: string[] }[],
  ) => (
    <View style={{ marginBottom: 14 }}>
      <Text style={{ fontSize: 13, fontWeight: 700, marginBottom: 6 }}>{title}</Text>
      {blocks.map((b) => (
        <View key={b.standardId} style={{ marginBottom: 6 }}>
          <Text style={{ fontWeight: 700, marginBottom: 2 }} minPresenceAhead={20}>
            {b.standardName}
          </Text>
          {b.lines.map((line, i) => (
            <Text key={i} style={{ marginLeft: 8, marginBottom: 2 }}>
              {`• ${line}`}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
  const targetNotes = targetNotesOf(model, x)
  return (
    <View>
      {section(x.msg('reports.commentary'), commentaryOf(model, x))}
      {section(x.msg('reports.quality'), qualityNotesOf(model, x))}
      {targetNotes.length > 0 && section(x.msg('suggestion.report.title'), targetNotes)}
    </View>
  )
}

// ── status icon (the same shapes as the pages' StatusIcon) ───────────────────────────────────

function StatusGlyph({ status, size = 7 }: { status: IndicatorStatus; size?: number }) {
  return (
    <Svg width={size} height={size} viewBox="0 0 16 16">
      <GlyphShapes status={status} />
    </Svg>
  )
}

function GlyphShapes({ status }: { status: IndicatorStatus }) {
  const colour = STATUS_COLOUR[status]
  const stroke = { stroke: colour, strokeWidth: 1.8, fill: 'none' }
  switch (status) {
    case 'meets':
      return (
        <G>
          <Circle cx={8} cy={8} r={7.5} fill={colour} />
          <Path d="M4.5 8.3l2.3 2.3 4.7-5" stroke="#ffffff" strokeWidth={2} fill="none" />
        </G>
      )
    case 'fails':
      return (
        <G>
          <Circle cx={8} cy={8} r={7.5} fill={colour} />
          <Path
            d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4"
            stroke="#ffffff"
            strokeWidth={2}
            fill="none"
          />
        </G>
      )
    case 'inconclusive':
      return (
        <G>
          <Circle cx={8} cy={8} r={6.8} {...stroke} />
          <Path d="M6.1 6.3a1.95 1.95 0 1 1 2.7 1.8c-.55.25-.8.6-.8 1.2v.3" {...stroke} />
          <Circle cx={8} cy={11.6} r={0.95} fill={colour} />
        </G>
      )
    case 'insufficient_data':
      return (
        <G>
          <Circle cx={8} cy={8} r={6.8} {...stroke} />
          <Path d="M8 1.2a6.8 6.8 0 0 0 0 13.6z" fill={colour} />
        </G>
      )
    case 'no_data':
      return (
        <G>
          <Circle cx={8} cy={8} r={6.8} {...stroke} strokeDasharray="2.4 1.9" />
          <Path d="M5 8h6" {...stroke} />
        </G>
      )
    case 'no_reference':
      return (
        <G>
          <Circle cx={8} cy={8} r={6.8} {...stroke} />
          <Path d="M3.2 12.8l9.6-9.6" {...stroke} />
        </G>
      )
  }
}

function StatusCell({ status, x }: { status: IndicatorStatus; x: ReportTexts }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center' }}>
      <StatusGlyph status={status} />
      <Text style={{ marginLeft: 2 }}>{x.msg(`reports.statuses.${status}`)}</Text>
    </View>
  )
}

/** The low-coverage flag: a warning triangle (the pages' CoverageFlag). */
function LowCoverageGlyph() {
  return (
    <Svg width={6.5} height={6.5} viewBox="0 0 16 16" style={{ marginRight: 1.5 }}>
      <Path d="M8 1.5l7 12.5H1z" fill={STATUS_COLOUR.inconclusive} />
      <Path d="M8 6v3.6" stroke="#ffffff" strokeWidth={1.8} />
      <Circle cx={8} cy={11.8} r={1} fill="#ffffff" />
    </Svg>
  )
}

// ── the appendix table ──────────────────────────────────────────────────────────────────────

// 528 of the 531 pt between the margins: the outer border and the status words fit.
const WIDTHS = [170, 50, 58, 62, 46, 78, 64] as const

const cell = (i: number, extra: object = {}) => ({
  width: WIDTHS[i],
  padding: 2.5,
  borderRight: i < WIDTHS.length - 1 ? `0.5pt solid ${RULE}` : undefined,
  ...extra,
})

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
  const headings = [
    ...standard.appendix.columnsKk,
    x.msg('reports.targetThisYear', { year: model.year }),
    x.msg('reports.status'),
    x.msg('reports.counts'),
  ]
  return (
    <View>
      <Text style={{ textAlign: 'right', fontSize: 8, color: MUTED }}>
        {appendixCaption(standard, x)}
      </Text>
      <Text style={{ fontSize: 12, fontWeight: 700, marginTop: 6 }}>{x.name(standard.name)}</Text>
      <Text style={{ fontSize: 10, fontWeight: 700, textAlign: 'center', marginVertical: 6 }}>
        {standard.appendix.titleKk}
      </Text>
      <View style={{ border: `0.5pt solid ${RULE}` }}>
        <View
          style={{ flexDirection: 'row', backgroundColor: HEAD, fontWeight: 700, fontSize: 6.5 }}
          wrap={false}
        >
          {headings.map((h, i) => (
            <View key={i} style={cell(i)}>
              <Text>{h}</Text>
              {translated && i < 4 && (
                <Text style={{ fontWeight: 400, color: MUTED }}>
                  {x.list('reports.printedColumns')[i]}
                </Text>
              )}
            </View>
          ))}
        </View>
        <View
          style={{
            flexDirection: 'row',
            borderTop: `0.5pt solid ${RULE}`,
            fontSize: 7,
            textAlign: 'center',
          }}
          wrap={false}
        >
          {WIDTHS.map((_, i) => (
            <Text key={i} style={cell(i)}>
              {i < 4 ? String(i + 1) : ''}
            </Text>
          ))}
        </View>
        {standard.rows.map((row) =>
          row.kind === 'group' ? (
            <View
              key={`g-${row.slug}`}
              style={{ borderTop: `0.5pt solid ${RULE}`, padding: 2.5, fontWeight: 700 }}
              wrap={false}
              minPresenceAhead={30}
            >
              <Text>{row.heading.kk}</Text>
              {translated && (
                <Text style={{ fontWeight: 400, color: MUTED }}>{x.name(row.heading)}</Text>
              )}
            </View>
          ) : (
            <IndicatorRow key={row.code} line={row} translated={translated} x={x} />
          ),
        )}
      </View>
    </View>
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
    <View style={{ flexDirection: 'row', borderTop: `0.5pt solid ${RULE}` }} wrap={false}>
      <View style={cell(0)}>
        <Text>{`${line.code}. ${line.name.kk}`}</Text>
        {translated && <Text style={{ color: MUTED }}>{x.name(line.name)}</Text>}
      </View>
      <Text style={cell(1, { textAlign: 'center' })}>{line.normative ?? ''}</Text>
      <Text style={cell(2, { textAlign: 'center' })}>
        {line.targetNextYear === null
          ? x.msg('reports.notApproved')
          : x.reference(line.targetNextYear)}
      </Text>
      <View style={cell(3, { textAlign: 'center' })}>
        <Text style={{ fontWeight: 700 }}>
          {x.percent(f.value, referenceOf(line, f.target)?.value)}
        </Text>
        {f.ciLow !== null && f.ciHigh !== null && (
          <Text style={{ fontSize: 6.5, color: MUTED }}>
            {x.msg('reports.interval', { low: x.number(f.ciLow), high: x.number(f.ciHigh) })}
          </Text>
        )}
      </View>
      <Text style={cell(4, { textAlign: 'center' })}>
        {f.target === null ? '' : x.reference(f.target)}
      </Text>
      <View style={cell(5)}>
        <StatusCell status={f.status} x={x} />
      </View>
      <View style={cell(6, { textAlign: 'center' })}>
        <Text>
          {x.msg('reports.countsValue', {
            numerator: x.count(f.numerator),
            denominator: x.count(f.denominator),
          })}
        </Text>
        <View style={{ flexDirection: 'row', justifyContent: 'center', alignItems: 'center' }}>
          {f.lowCoverage && <LowCoverageGlyph />}
          <Text
            style={{ fontSize: 6.5, color: f.lowCoverage ? STATUS_COLOUR.inconclusive : MUTED }}
          >
            {x
              .msg('reports.lowCoverageItem', {
                code: '',
                contributing: x.count(f.contributing),
                serving: x.count(f.serving),
              })
              .trim()}
          </Text>
        </View>
      </View>
    </View>
  )
}

// ── the chart: one indicator across the breakdown, as vector graphics ────────────────────────

const CHART = { width: 531, label: 150, bar: 290, row: 13 }

function Chart({ standard, x }: { standard: ReportStandard; x: ReportTexts }) {
  const line = chartIndicator(standard)
  if (!line) return null
  const bars = chartBars(standard, line, x)
  const height = bars.length * CHART.row + 16
  const scale = (v: number) => (Math.max(0, Math.min(100, v)) / 100) * CHART.bar
  const text = { fontFamily: PDF_FONT, fontSize: 6.5 }
  return (
    <View>
      <Text style={{ fontWeight: 700, fontSize: 11, marginBottom: 2 }}>
        {x.name(standard.name)}
      </Text>
      <Text style={{ fontWeight: 700, fontSize: 9, marginBottom: 2 }}>
        {x.msg('reports.chartTitle', { code: line.code, name: x.name(line.name) })}
      </Text>
      <Text
        style={{ color: MUTED, fontSize: 7, marginBottom: 4 }}
      >{`${x.msg(`reports.breakdown.${standard.breakdown.level}`)}. ${x.msg('reports.chartLegend')}`}</Text>
      <Svg width={CHART.width} height={height}>
        {[0, 25, 50, 75, 100].map((tick) => (
          <G key={tick}>
            <Line
              x1={CHART.label + scale(tick)}
              y1={0}
              x2={CHART.label + scale(tick)}
              y2={height - 12}
              stroke="#d9dee4"
              strokeWidth={0.5}
            />
            <Text x={CHART.label + scale(tick) - 6} y={height - 2} style={text}>
              {`${tick} %`}
            </Text>
          </G>
        ))}
        {bars.map((b, i) => {
          const y = i * CHART.row
          const colour = b.status ? STATUS_COLOUR[b.status] : STATUS_COLOUR.no_data
          return (
            <G key={b.code}>
              <Text x={0} y={y + 8} style={text}>
                {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
              </Text>
              {b.value !== null && (
                <Rect
                  x={CHART.label}
                  y={y + 2}
                  width={Math.max(0.5, scale(b.value))}
                  height={CHART.row - 4}
                  fill={colour}
                />
              )}
              {b.value !== null && b.reference !== null && (
                <Line
                  x1={CHART.label + scale(b.reference)}
                  y1={y}
                  x2={CHART.label + scale(b.reference)}
                  y2={y + CHART.row}
                  stroke={INK}
                  strokeWidth={1.2}
                />
              )}
              <Text x={CHART.label + CHART.bar + 6} y={y + 8} style={text}>
                {b.value === null
                  ? x.msg('reports.noData')
                  : `${x.percent(b.value, b.reference)}${b.status ? ` · ${x.msg(`reports.statuses.${b.status}`)}` : ''}`}
              </Text>
            </G>
          )
        })}
      </Svg>
    </View>
  )
}

// ── the breakdown table (landscape) ─────────────────────────────────────────────────────────

/** Units per landscape page: a page holds its table whole, so nothing is split afterwards. */
const UNITS_PER_PAGE = 26

function breakdownPages(standard: ReportStandard): ReportStandard['breakdown']['units'][] {
  const units = standard.breakdown.units
  const pages = []
  for (let i = 0; i < units.length || i === 0; i += UNITS_PER_PAGE) {
    pages.push(units.slice(i, i + UNITS_PER_PAGE))
  }
  return pages
}

function BreakdownTable({
  model,
  standard,
  units,
  first,
  x,
}: {
  model: ReportModel
  standard: ReportStandard
  units: ReportStandard['breakdown']['units']
  first: boolean
  x: ReportTexts
}) {
  const lines = indicatorLines(standard)
  const level = standard.breakdown.level
  // The table is one vector drawing: ~300 cells laid out as flex boxes cost seconds of layout,
  // drawn at computed positions they cost a fraction (docs/bench/reports.json). The text stays
  // text (searchable, extractable). The counts of each unit are in the XLSX and CSV.
  const nameWidth = 128
  const tableWidth = 778
  const rowHeight = 11
  const width = (tableWidth - nameWidth) / Math.max(1, lines.length)
  const rows: { name: string; figures: (code: string) => Figure | undefined; bold: boolean }[] = [
    ...(first
      ? [
          {
            name: x.scope(model),
            figures: (code: string) => lines.find((l) => l.code === code)?.figure,
            bold: true,
          },
        ]
      : []),
    ...units.map((u) => ({
      name: x.name(u.name),
      figures: (code: string) => u.figures[code],
      bold: false,
    })),
  ]
  const height = (rows.length + 1) * rowHeight
  const text = (bold: boolean) => ({
    fontFamily: PDF_FONT,
    fontSize: 6.5,
    fontWeight: bold ? 700 : 400,
  })
  return (
    <View>
      <Text style={{ fontSize: 12, fontWeight: 700, marginBottom: 3 }}>
        {`${x.name(standard.name)}: ${x.msg(`reports.breakdown.${level}`).toLowerCase()}`}
      </Text>
      <Text
        style={{ color: MUTED, marginBottom: 6 }}
      >{`${x.msg('reports.breakdownNote')} ${x.msg('reports.breakdownCounts')}`}</Text>
      <Svg width={tableWidth} height={height + 1}>
        <Rect x={0} y={0} width={tableWidth} height={rowHeight} fill={HEAD} />
        <Text x={2} y={8} style={text(true)}>
          {x.msg(`reports.unit.${level}`)}
        </Text>
        {lines.map((l, i) => (
          <Text key={l.code} x={nameWidth + i * width + 2} y={8} style={text(true)}>
            {l.code}
          </Text>
        ))}
        {rows.map((row, r) => {
          const y = (r + 1) * rowHeight
          return (
            <G key={r}>
              <Line x1={0} y1={y} x2={tableWidth} y2={y} stroke={RULE} strokeWidth={0.5} />
              <Text x={2} y={y + 8} style={text(row.bold)}>
                {row.name.length > 38 ? `${row.name.slice(0, 37)}…` : row.name}
              </Text>
              {lines.map((l, i) => {
                const f = row.figures(l.code)
                const left = nameWidth + i * width
                if (!f) {
                  return (
                    <Text key={l.code} x={left + 2} y={y + 8} style={text(false)}>
                      —
                    </Text>
                  )
                }
                return (
                  <G key={l.code}>
                    <G transform={`translate(${left + 2}, ${y + 2.25}) scale(${6.5 / 16})`}>
                      <GlyphShapes status={f.status} />
                    </G>
                    <Text x={left + 10} y={y + 8} style={text(row.bold)}>
                      {x.percent(f.value, referenceOf(l, f.target)?.value)}
                    </Text>
                  </G>
                )
              })}
            </G>
          )
        })}
        <Rect
          x={0}
          y={0}
          width={tableWidth}
          height={height}
          fill="none"
          stroke={RULE}
          strokeWidth={0.5}
        />
        {lines.map((l, i) => (
          <Line
            key={l.code}
            x1={nameWidth + i * width}
            y1={0}
            x2={nameWidth + i * width}
            y2={height}
            stroke={RULE}
            strokeWidth={0.5}
          />
        ))}
      </Svg>
      <View style={{ marginTop: 6, fontSize: 6.5, color: MUTED }} wrap={false}>
        {lines.map((l) => (
          <Text key={l.code}>{`${l.code} — ${x.name(l.name)}`}</Text>
        ))}
        <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginTop: 3 }}>
          {(Object.keys(STATUS_COLOUR) as IndicatorStatus[]).map((s) => (
            <View key={s} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 10 }}>
              <StatusGlyph status={s} size={6.5} />
              <Text style={{ marginLeft: 2 }}>{x.msg(`reports.statuses.${s}`)}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  )
}
