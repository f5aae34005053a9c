/**
 * Run by draft-doors.test.ts on its server's database: the fixtures, described as JSON in
 * argv[2], the app's GraphQL schema as SDL in argv[3] (the production server answers no
 * introspection, so the doors are generated from the schema its config builds), and in argv[4]
 * the GraphQL name of each collection's documents, to ask each query for its own ids.
 */
import { writeFileSync } from 'node:fs'

import config from '@payload-config'
import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import { formatNames, getPayload, toWords } from 'payload'

import { createPrivateContent } from '../../fixtures/private-content'

const payload = await getPayload({ config })

try {
  const content = await createPrivateContent(payload)
  writeFileSync(process.argv[2]!, JSON.stringify(content))
  writeFileSync(process.argv[3]!, printSchema(configToSchema(payload.config).schema))
  // The naming @payloadcms/graphql applies (initCollections): singular type name per collection.
  const names = Object.fromEntries(
    payload.config.collections.map((collection) => {
      const configured = typeof collection.graphQL === 'object' ? collection.graphQL.singularName : undefined
      return [collection.slug, configured ? toWords(configured, true) : formatNames(collection.slug).singular]
    }),
  )
  writeFileSync(process.argv[4]!, JSON.stringify(names))
  process.exit(0)
} catch (error) {
  console.error(`Creating the private fixtures failed: ${(error as Error).stack ?? String(error)}`)
  process.exit(1)
}
