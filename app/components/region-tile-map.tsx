// A tile map of Kazakhstan's regions, drawn here in HTML (no map tiles from the web): one square
// per region placed roughly where it lies, each a link to that region's dashboard with the same
// filters. A tile writes the region's short name, the value and the status as an icon and a word
// (the colour repeats them); the full name is in the link for screen readers. Below a width
// where tiles get too small (overview.css) the same links are laid out as a list.
import type { IndicatorStatus } from '~/domain/indicator-status'
import { useT } from '~/i18n/use-t'
import { STATUSES, StatusIcon } from './status-badge'

/** Column, row of each region's tile (west → east, north → south), 1-based for CSS grid. */
const TILE: Record<string, [number, number]> = {
  'KZ-27': [1, 1], // West Kazakhstan
  'KZ-39': [3, 1], // Kostanay
  'KZ-59': [4, 1], // North Kazakhstan
  'KZ-55': [6, 1], // Pavlodar
  'KZ-23': [1, 2], // Atyrau
  'KZ-15': [2, 2], // Aktobe
  'KZ-11': [4, 2], // Akmola
  'KZ-71': [5, 2], // Astana
  'KZ-10': [6, 2], // Abai (2022)
  'KZ-63': [7, 2], // East Kazakhstan
  'KZ-47': [1, 3], // Mangystau
  'KZ-43': [2, 3], // Kyzylorda
  'KZ-62': [3, 3], // Ulytau (2022)
  'KZ-35': [4, 3], // Karaganda
  'KZ-33': [6, 3], // Zhetysu (2022)
  'KZ-61': [2, 4], // Turkistan (2018)
  'KZ-YUZ': [2, 4], // South Kazakhstan (until 2018)
  'KZ-79': [3, 4], // Shymkent (2018)
  'KZ-31': [4, 4], // Zhambyl
  'KZ-19': [5, 4], // Almaty Region
  'KZ-75': [6, 4], // Almaty
}

export interface MapTile {
  code: string
  name: string
  /** The name written on the tile (app/reference/region-short-names.server.ts). */
  short: string
  value: number | null
  status: IndicatorStatus | null
  /** The region's approved target, when one applied (its value is judged against it). */
  target?: number | null
}

export function RegionTileMap({
  title,
  description,
  tiles,
  href,
  reference = null,
}: {
  title: string
  description: string
  tiles: MapTile[]
  href: (code: string) => string
  /** The threshold of a tile without a target of its own: the ranking's reference. */
  reference?: number | null
}) {
  const tr = useT()
  const placed = tiles.filter((t) => TILE[t.code])
  const shown = STATUSES.filter((s) => placed.some((t) => (t.status ?? 'no_data') === s))
  return (
    <figure className="tile-map" aria-labelledby="tile-map-caption">
      <ul className="tile-map__tiles" aria-label={title}>
        {placed.map((t) => {
          const [col, row] = TILE[t.code]!
          const status = t.status ?? 'no_data'
          return (
            <li
              key={t.code}
              className={`tile tile--${status}`}
              data-status={status}
              style={{ gridColumn: col, gridRow: row }}
            >
              <a href={href(t.code)} className="tile__link">
                <span className="tile__name" aria-hidden="true">
                  {t.short}
                </span>
                <span className="visually-hidden">{t.name}:</span>
                <span className="tile__full-name" aria-hidden="true">
                  {t.name}
                </span>
                <span className="tile__value">
                  {t.value === null ? '—' : tr.percent(t.value, t.target ?? reference)}
                </span>
                <span className="tile__status">
                  <StatusIcon status={status} />
                  <span className="tile__word">{tr.t(`status.${status}`)}</span>
                </span>
              </a>
            </li>
          )
        })}
      </ul>
      <figcaption id="tile-map-caption">{description}</figcaption>
      <div className="tile-map__legend">
        <span className="tile-map__legend-title">{tr.t('map.legend')}:</span>
        <ul>
          {shown.map((s) => (
            <li key={s} className={`tile-map__key tile--${s}`} data-status={s}>
              <StatusIcon status={s} /> {tr.t(`status.${s}`)}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  )
}
