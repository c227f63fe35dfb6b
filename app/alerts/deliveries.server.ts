// Every channel an alert is delivered on (decision 0030): the inbox, and e-mail through the mail
// outbox. Apart from delivery.server.ts, which the e-mail channel imports for its interface.
import { inboxDelivery, type AlertDelivery } from './delivery.server'
import { emailDelivery } from './email-delivery.server'

export const DELIVERIES: readonly AlertDelivery[] = [inboxDelivery, emailDelivery]
