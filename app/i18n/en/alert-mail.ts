// English: alert e-mails and the unsubscribe page (the key set is kk/alert-mail.ts).
import type { alertMail as kk } from '../kk/alert-mail'

export const alertMail: { readonly [K in keyof typeof kk]: string } = {
  'alertMail.subject': 'Sapa: {rule}',
  'alertMail.greeting': 'Dear {name},',
  'alertMail.intro': 'Sapa raised a new alert about data you read:',
  'alertMail.resolves':
    'The alert closes by itself once the condition clears, and Sapa marks it resolved.',
  'alertMail.link': 'See the cause in Sapa',
  'digest.subject': 'Sapa: weekly digest, {date}',
  'digest.heading': 'Weekly digest',
  'digest.raised': 'Alerts raised in the last 7 days ({count}):',
  'digest.resolved': 'Alerts resolved in the last 7 days ({count}):',
  'digest.failing':
    'Indicators still below their target or normative, or projected to miss it ({count}):',
  'digest.stale': 'Offices that stopped sending data ({count}):',
  'digest.link': 'Open your inbox in Sapa',
  'monthlyReport.mail.subject': 'Sapa: monthly report, {region}, through {date}',
  'monthlyReport.mail.heading': 'Monthly report: {region}',
  'monthlyReport.mail.body':
    'Attached as a PDF: the report of {region} for {year}, from 1 January through {date}.',
  'monthlyReport.mail.working':
    'A monthly working report, not a published edition: later imports and target approvals may change its numbers.',
  'monthlyReport.mail.link': 'Open the region’s report in Sapa',
  'unsubscribe.title': 'Unsubscribe from alert e-mails',
  'unsubscribe.confirm':
    'Stop sending Sapa alerts, the weekly digest and the monthly report to {email}? Your inbox in Sapa stays as it is.',
  'unsubscribe.button': 'Unsubscribe',
  'unsubscribe.done':
    'Done: alert e-mails, the weekly digest and the monthly report are no longer sent to {email}. You can turn them on again on the alert settings page.',
  'unsubscribe.used':
    'This link has already been used: it works only once. The e-mails are probably off already — sign in to Sapa to check your settings.',
  'unsubscribe.invalid':
    'This link is not valid: it was altered or not copied whole. Open the link from the e-mail as it is, or sign in to Sapa and change your settings.',
  'unsubscribe.settings': 'Alert settings',
}
