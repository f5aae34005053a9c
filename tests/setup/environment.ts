/** Points every test file at this run's database before anything imports the Payload config. */
import { inject } from 'vitest'

import { TEST_SECRET } from './test-secret'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET = TEST_SECRET
process.env.LOG_LEVEL ??= 'warn'
