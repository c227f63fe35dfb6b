// A tile map of Kazakhstan's regions, drawn here (no map tiles from the web): one square per
// region placed roughly where it lies, coloured by status with the region code and value written
// on it. The matrix next to it is the table alternative.
import type { IndicatorStatus } from '~/domain/indicator-status'
import { useT } from '~/i18n/use-t'

/** Column, row of each region's tile (west → east, north → south). */
const TILE: Record<string, [number, number]> = {
  'KZ-27': [0, 0], // West Kazakhstan
  'KZ-39': [2, 0], // Kostanay
  'KZ-59': [3, 0], // North Kazakhstan
  'KZ-55': [5, 0], // Pavlodar
  'KZ-23': [0, 1], // Atyrau
  'KZ-15': [1, 1], // Aktobe
  'KZ-11': [3, 1], // Akmola
  'KZ-71': [4, 1], // Astana
  'KZ-10': [5, 1], // Abai (2022)
  'KZ-63': [6, 1], // East Kazakhstan
  'KZ-47': [0, 2], // Mangystau
  'KZ-43': [1, 2], // Kyzylorda
  'KZ-62': [2, 2], // Ulytau (2022)
  'KZ-35': [3, 2], // Karaganda
  'KZ-33': [5, 2], // Zhetysu (2022)
  'KZ-61': [1, 3], // Turkistan (2018)
  'KZ-YUZ': [1, 3], // South Kazakhstan (until 2018)
  'KZ-79': [2, 3], // Shymkent (2018)
  'KZ-31': [3, 3], // Zhambyl
  'KZ-19': [4, 3], // Almaty Region
  'KZ-75': [5, 3], // Almaty
}

const SIZE = 84
const GAP = 6

export interface MapTile {
  code: string
  name: string
  value: number | null
  status: IndicatorStatus | null
}

export function RegionTileMap({
  title,
  description,
  tiles,
}: {
  title: string
  description: string
  tiles: MapTile[]
}) {
  const tr = useT()
  const placed = tiles.filter((t) => TILE[t.code])
  return (
    <figure className="tile-map">
      <svg
        viewBox={`0 0 ${7 * (SIZE + GAP)} ${4 * (SIZE + GAP)}`}
        role="img"
        aria-labelledby="tile-map-title tile-map-desc"
      >
        <title id="tile-map-title">{title}</title>
        <desc id="tile-map-desc">{description}</desc>
        {placed.map((t) => {
          const [col, row] = TILE[t.code]!
          const status = t.status ?? 'no_data'
          return (
            <g key={t.code} transform={`translate(${col * (SIZE + GAP)} ${row * (SIZE + GAP)})`}>
              <title>{`${t.name}: ${t.value === null ? tr.t('status.no_data') : tr.percent(t.value)} — ${tr.t(`status.${status}`)}`}</title>
              <rect className={`tile tile--${status}`} width={SIZE} height={SIZE} rx={6} />
              <text className="tile__code" x={SIZE / 2} y={30} textAnchor="middle">
                {t.code.replace('KZ-', '')}
              </text>
              <text className="tile__value" x={SIZE / 2} y={58} textAnchor="middle">
                {t.value === null ? '—' : tr.percent(t.value)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>{description}</figcaption>
    </figure>
  )
}
