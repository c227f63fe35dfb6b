// `npm run bench -- <scenario> [options]`: benchmarks, results written under docs/bench/.
import { fillBench } from './bench-db'
import { indicatorsBench } from './indicators-bench'
import { ingestBench } from './ingest-bench'
import { pagesBench } from './pages-bench'
import { projectionBench } from './projection-bench'
import { reportsBench } from './reports-bench'
import { scaleBench } from './scale-bench'

const scenarios: Record<string, (args: string[]) => Promise<void>> = {
  fill: fillBench,
  indicators: indicatorsBench,
  ingest: ingestBench,
  pages: pagesBench,
  projection: projectionBench,
  reports: reportsBench,
  scale: scaleBench,
}

const [name, ...args] = process.argv.slice(2)
const run = name ? scenarios[name] : undefined
if (!run) {
  console.error(`Usage: npm run bench -- <${Object.keys(scenarios).join('|')}> [options]`)
  process.exit(2)
}
run(args).catch((error) => {
  console.error(error)
  process.exit(1)
})
