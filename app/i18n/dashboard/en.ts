import type { DashboardContent } from './dashboard-content'

export const en: DashboardContent = {
  standardView: {
    title: 'Indicators by region',
    intro:
      'Every indicator of the standard for every region: its value, its status (against the target or the normative value), its numerator and denominator (in the cell’s tooltip).',
    year: 'Year',
    channel: 'Channel',
    allChannels: 'All channels',
    show: 'Show',
    mapIndicator: 'Indicator on the map',
    matrixCaption: 'Regions × indicators, {year}',
    nation: 'Whole country',
    region: 'Region',
    mapTitle: 'Map of regions',
    mapDescription:
      'Status of the regions on indicator {indicator}, {year}. Each tile shows the region code and the value.',
    rankingTitle: 'Ranking of regions',
    rankingDescription:
      '{indicator}: best first (direction taken into account). Regions without data come last.',
    noData: 'no data',
    change: 'Change from the previous year',
    previousYear: '{year}',
    counts: '{numerator} / {denominator}',
    target: 'Target',
    normative: 'Normative',
    lowCoverage: 'Low coverage',
    legend: 'Legend',
    points: 'pp',
    otherYears: 'Other years',
  },
  measureShort: {
    on_time: 'On time',
    queue_wait_ok: 'Queue',
    docs_correct: 'Documents correct',
    first_time_correct: 'First time right',
    satisfied_process: 'Process',
    satisfied_information: 'Information',
    satisfied_complaint_procedure: 'Complaint procedure',
    satisfied_complaint_timeline: 'Complaint timeline',
    satisfied_courtesy: 'Courtesy',
    info_online: 'Online',
    justified_complaint_rate: 'Justified complaints',
    complaints_resolved_on_time: 'Complaints on time',
  },
}
