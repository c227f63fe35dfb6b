// English: the overview and the standard view. Typed by Kazakh's keys: a missing or extra key is a type error.
import type { PageDictionary } from '../kk'
import type { dashboard as kk } from '../kk/dashboard'

export const dashboard: PageDictionary<typeof kk> = {
  'dashboard.standardView.title': 'Indicators by region',
  'dashboard.standardView.intro':
    'Every indicator of the standard for every region: its value, its status (against the target or the normative value), its numerator and denominator (in the cell’s tooltip).',
  'dashboard.standardView.year': 'Year',
  'dashboard.standardView.channel': 'Channel',
  'dashboard.standardView.allChannels': 'All channels',
  'dashboard.standardView.show': 'Show',
  'dashboard.standardView.mapIndicator': 'Indicator on the map',
  'dashboard.standardView.matrixCaption': 'Regions × indicators, {year}',
  'dashboard.standardView.nation': 'Whole country',
  'dashboard.standardView.region': 'Region',
  'dashboard.standardView.mapTitle': 'Map of regions',
  'dashboard.standardView.mapDescription':
    'Status of the regions on indicator {indicator}, {year}. Each tile shows the region’s short name, its value and its status; a tile opens the region’s dashboard.',
  'dashboard.standardView.rankingTitle': 'Ranking of regions',
  'dashboard.standardView.rankingDescription':
    '{indicator}: best first (direction taken into account). Regions without data come last.',
  'dashboard.standardView.noData': 'no data',
  'dashboard.standardView.change': 'Change from the previous year',
  'dashboard.standardView.previousYear': '{year}',
  'dashboard.standardView.counts': '{numerator} / {denominator}',
  'dashboard.standardView.target': 'Target',
  'dashboard.standardView.normative': 'Normative',
  'dashboard.standardView.lowCoverage': 'Low coverage',
  'dashboard.standardView.legend': 'Legend',
  'dashboard.standardView.points': 'pp',
  'dashboard.standardView.otherYears': 'Other years',
  'dashboard.overview.title': 'National overview',
  'dashboard.overview.regionTitle': '{region}: overview',
  'dashboard.overview.intro':
    'The regions on the quality indicators of the state service standards, with the headline figures of the year and their change from the same period of the year before. Click a cell or a region for its dashboard.',
  'dashboard.overview.regionIntro':
    'Your access covers your region only: these are its figures. The national figures and the other regions are not shown.',
  'dashboard.overview.noRegion':
    'Your account is not linked to a region: there are no figures to show.',
  'dashboard.overview.year': 'Year',
  'dashboard.overview.standard': 'Standard',
  'dashboard.overview.allStandards': 'All standards',
  'dashboard.overview.channel': 'Channel',
  'dashboard.overview.allChannels': 'All channels',
  'dashboard.overview.indicator': 'Indicator',
  'dashboard.overview.show': 'Show',
  'dashboard.overview.cardsTitle': 'Headline figures, {year} (as of {date})',
  'dashboard.overview.served': 'Cases served',
  'dashboard.overview.onTime': 'Served on time',
  'dashboard.overview.satisfaction': 'Satisfied with the process',
  'dashboard.overview.complaints': 'Justified complaints',
  'dashboard.overview.servedNote': 'applications completed: issued or refused',
  'dashboard.overview.shareOf': '{numerator}\u00a0of\u00a0{denominator}',
  'dashboard.overview.complaintsRate': '{rate} of cases served',
  'dashboard.overview.comparedWith': 'compared with {period}',
  'dashboard.overview.noPrevious': 'no data for {year} to compare with',
  'dashboard.overview.points': 'pp',
  'dashboard.overview.byRegion': 'By region',
  'dashboard.overview.openRegion': 'Region dashboard',
  'dashboard.overview.definitionsTitle': 'How the headline figures are counted',
  'dashboard.overview.definitionServed':
    'Cases served: applications completed in the period — issued, or refused with reasons — by their completion date; withdrawn applications are left out. It is the denominator of indicator 4.1 (justified complaints per consumers served).',
  'dashboard.overview.definitionOnTime':
    'Served on time: of the cases whose deadline fell in the period (up to the as-of date), the share completed by the deadline; open cases past their deadline count as late (measure 1.1 summed over the standards shown).',
  'dashboard.overview.definitionSatisfaction':
    'Satisfied with the process: of the survey respondents who answered the question on the quality of the service process, the share satisfied — “yes”, or 4–5 on a 1–5 scale (measure 2.1 summed over the standards shown).',
  'dashboard.overview.definitionComplaints':
    'Justified complaints: complaints received in the period and found justified (the numerator of indicator 4.1), and their share of the cases served.',
  'dashboard.overview.definitionChange':
    'Every figure adds up the counts of all standards shown, so each case, answer and complaint weighs the same. The change is against the same period of the previous year (1 January to the same date).',
  'dashboard.overview.matrixCaption': 'Regions × indicators, {year}',
  'dashboard.overview.matrixFold':
    'Regions that miss a target or normative in at least one cell of the table: {count} of {total}.',
  'dashboard.overview.matrixAllNote':
    'All standards: each column is the chosen indicator ({indicator}) in one standard; choose a standard to see all of its indicators.',
  'dashboard.overview.matrixNote':
    'Each cell: the value and its status against the approved target, or the normative value where there is none. The tooltip shows the numerator and denominator; * marks low coverage.',
  'dashboard.overview.nation': 'Whole country',
  'dashboard.overview.region': 'Region',
  'dashboard.overview.mapTitle': 'Map of regions',
  'dashboard.overview.mapDescription':
    'Status of the regions on {indicator}, {year}. Each tile shows the region’s short name, its value and its status; a tile opens the region’s dashboard.',
  'dashboard.overview.rankingTitle': 'Ranking of regions',
  'dashboard.overview.rankingDescription':
    '{indicator}: best first (direction taken into account). Regions without data come last.',
  'dashboard.overview.noData': 'no data',
  'dashboard.overview.download': 'Download',
  'dashboard.overview.csv': 'CSV',
  'dashboard.overview.xlsx': 'Excel',
  'dashboard.overview.adminData': 'What the database holds (administrators)',
  'dashboard.overview.col.regionCode': 'Region code',
  'dashboard.overview.col.region': 'Region',
  'dashboard.overview.col.standard': 'Standard',
  'dashboard.overview.col.rank': 'Rank',
  'dashboard.overview.col.value': 'Value, %',
  'dashboard.overview.col.status': 'Status',
  'dashboard.overview.col.numerator': 'Numerator',
  'dashboard.overview.col.denominator': 'Denominator',
  'dashboard.measureShort.on_time': 'On time',
  'dashboard.measureShort.queue_wait_ok': 'Queue',
  'dashboard.measureShort.docs_correct': 'Documents correct',
  'dashboard.measureShort.first_time_correct': 'First time right',
  'dashboard.measureShort.satisfied_process': 'Process',
  'dashboard.measureShort.satisfied_information': 'Information',
  'dashboard.measureShort.satisfied_complaint_procedure': 'Complaint procedure',
  'dashboard.measureShort.satisfied_complaint_timeline': 'Complaint timeline',
  'dashboard.measureShort.satisfied_courtesy': 'Courtesy',
  'dashboard.measureShort.info_online': 'Online',
  'dashboard.measureShort.justified_complaint_rate': 'Justified complaints',
  'dashboard.measureShort.complaints_resolved_on_time': 'Complaints on time',
}
