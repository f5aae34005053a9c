/**
 * Before each test file: its own copy of the run's migrated template database, set as
 * DATABASE_URL before anything imports the Payload config. The copies are dropped with the
 * template when the run ends (tests/setup/database.ts), once no worker holds a connection.
 */
import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'

import { createDatabaseFromTemplate, withDatabaseName } from '../../tooling/database/admin'
import { TEST_SECRET } from './test-secret'

const serverUrl = inject('serverUrl')
const fileDatabase = `${inject('templateDatabase')}_${randomBytes(3).toString('hex')}`

await createDatabaseFromTemplate(serverUrl, fileDatabase, inject('templateDatabase'))
process.env.DATABASE_URL = withDatabaseName(serverUrl, fileDatabase)
process.env.PAYLOAD_SECRET = TEST_SECRET
process.env.LOG_LEVEL ??= 'warn'
