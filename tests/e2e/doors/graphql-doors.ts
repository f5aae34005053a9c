/**
 * Every GraphQL query the app's schema offers (single documents, lists, versions, counts,
 * globals), each asking for every field it can reach to a fixed depth, crossed with the reading
 * arguments. Generated from the schema the server introspects, so a new collection, field or
 * relation is asked for without anyone adding it here.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql'

import type { Actor } from '../../fixtures/private-content'
import { draftValues, fallbackValues, localeValues, type Door } from './rest-doors'

interface Reading {
  locale?: string
  draft?: string
  fallbackLocale?: string
  /** Set when an argument written anywhere in the query is one the schema refuses. */
  refused?: boolean
}

/** An argument literal, or undefined where the argument is not offered; `valid` if GraphQL accepts it. */
function literal(
  arg: GraphQLArgument | undefined,
  value: string | undefined,
): { text: string; valid: boolean } | undefined {
  if (!arg || value === undefined) return undefined
  const type = getNamedType(arg.type)
  if (type.name === 'Boolean') {
    const valid = value === 'true' || value === 'false'
    return { text: valid ? value : JSON.stringify(value), valid }
  }
  if (isEnumType(type)) {
    // Enum values are names, not strings: '*' cannot be written as one; it goes as a string,
    // which GraphQL refuses at validation (that answer must be clean too).
    const valid = type.getValues().some((candidate) => candidate.name === value)
    return { text: /^[A-Za-z_]\w*$/.test(value) ? value : JSON.stringify(value), valid }
  }
  return { text: JSON.stringify(value), valid: true }
}

function readingArguments(field: GraphQLField<unknown, unknown>, reading: Reading): { args: string[]; valid: boolean } {
  const byName = new Map(field.args.map((arg) => [arg.name, arg]))
  const given = (
    [
      ['locale', literal(byName.get('locale'), reading.locale)],
      ['draft', literal(byName.get('draft'), reading.draft)],
      ['fallbackLocale', literal(byName.get('fallbackLocale'), reading.fallbackLocale)],
    ] as const
  ).flatMap(([name, value]) => (value === undefined ? [] : [{ name, ...value }]))
  return { args: given.map(({ name, text }) => `${name}: ${text}`), valid: given.every(({ valid }) => valid) }
}

/**
 * Every field of a type to `depth` levels of objects. Nested fields that take reading arguments
 * (relationships) get them too, so `draft: true` is asked at every level. Inside the members of
 * a union (a lock's document: an episode, a term, ...) fields are aliased by member, since two
 * members may have fields of one name and different types.
 */
function selection(
  type: GraphQLOutputType | GraphQLNamedType,
  depth: number,
  reading: Reading,
  alias = '',
): string | null {
  const named = getNamedType(type)
  if (isLeafType(named)) return ''
  if (depth === 0) return null
  if (isUnionType(named)) {
    const parts = named
      .getTypes()
      .map((member) => [member.name, selection(member, depth, reading, `${member.name}_`)] as const)
      .filter(([, sub]) => sub)
      .map(([name, sub]) => `... on ${name} { ${sub} }`)
    return ['__typename', ...parts].join(' ')
  }
  if (!isObjectType(named) && !isInterfaceType(named)) return null
  const parts: string[] = []
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue
    const sub = selection(field.type, depth - 1, reading)
    if (sub === null) continue
    const { args, valid } = readingArguments(field, reading)
    if (!valid) reading.refused = true
    const call = `${alias ? `${alias}${field.name}: ` : ''}${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}`
    parts.push(sub === '' ? call : `${call} { ${sub} }`)
  }
  return parts.length > 0 ? parts.join(' ') : null
}

/** Query fields by what they do, from their arguments and result shape. */
function classify(field: GraphQLField<unknown, unknown>): 'single' | 'list' | 'count' | 'access' | 'other' {
  const args = new Set(field.args.map((arg) => arg.name))
  const result = getNamedType(field.type)
  if (field.name.startsWith('docAccess') || field.name === 'Access' || field.name.endsWith('Access')) return 'access'
  if (field.name.startsWith('count')) return 'count'
  if (isObjectType(result) && 'docs' in result.getFields()) return 'list'
  if (args.has('id') || args.has('draft') || args.has('locale')) return 'single'
  return 'other'
}

const DEPTH = 4

export interface GraphQLDoorInput {
  schema: GraphQLSchema
  /** Document and version ids per query field name that takes an `id` (admin's view). */
  idsFor: (queryField: string) => (number | string)[]
  /** Words found only in private text (tests/fixtures/private-content.ts). */
  probes: string[]
}

/** Text fields the fixtures write private text into, wherever a `where` input offers them. */
const searchableFields = ['title', 'name', 'term', 'versionLabel', 'alt', 'displayName', 'slug']

/** `where` arguments of a list query: on `_status`, and on private text (probes). */
function whereArguments(field: GraphQLField<unknown, unknown>, probes: string[]): { where: string; probes: boolean }[] {
  const whereType = field.args.find((arg) => arg.name === 'where')
  const type = whereType && getNamedType(whereType.type)
  if (!type || !isInputObjectType(type)) return []
  const fields = type.getFields()
  const wheres: { where: string; probes: boolean }[] = []
  const status = fields._status && getNamedType(fields._status.type)
  if (status && isInputObjectType(status) && status.getFields().equals) {
    const draft = isEnumType(getNamedType(status.getFields().equals!.type)) ? 'draft' : '"draft"'
    wheres.push({ where: `{ _status: { equals: ${draft} } }`, probes: false })
  }
  for (const name of searchableFields.filter((candidate) => candidate in fields)) {
    for (const probe of probes) wheres.push({ where: `{ ${name}: { like: ${JSON.stringify(probe)} } }`, probes: true })
  }
  return wheres
}

/** locale × draft in full; the fallback locale rotates so that it meets every value of both. */
function readings(): Reading[] {
  return localeValues.flatMap((locale, i) =>
    draftValues.map((draft, j) => ({ locale, draft, fallbackLocale: fallbackValues[(i + j) % fallbackValues.length] })),
  )
}

export function graphqlDoors(actor: Actor, input: GraphQLDoorInput): Door[] {
  const queryType = input.schema.getQueryType()
  if (!queryType) return []
  const doors: Door[] = []
  let validArguments = true
  const push = (name: string, query: string, probesPrivateText = false) =>
    doors.push({
      actor,
      name,
      method: 'POST',
      path: '/api/graphql',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
      probesPrivateText,
      validArguments,
    })
  for (const field of Object.values(queryType.getFields())) {
    const kind = classify(field)
    if (kind === 'access' || kind === 'other') continue
    for (const reading of readings()) {
      const sub = selection(field.type, DEPTH, reading)
      if (sub === null) continue
      const { args, valid } = readingArguments(field, reading)
      validArguments = valid && !reading.refused
      const label = `GraphQL ${field.name}(${args.join(', ')})`
      if (kind === 'single' && field.args.some((arg) => arg.name === 'id')) {
        for (const id of input.idsFor(field.name)) {
          push(
            `${label} id ${id}`,
            `{ ${field.name}(${[`id: ${JSON.stringify(id)}`, ...args].join(', ')}) { ${sub} } }`,
          )
        }
      } else if (kind === 'single' || kind === 'count') {
        const call = args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name
        push(label, `{ ${call} { ${sub} } }`)
      } else {
        const listArgs = [...args, 'limit: 100']
        push(label, `{ ${field.name}(${listArgs.join(', ')}) { ${sub} } }`)
        for (const { where, probes } of whereArguments(field, input.probes)) {
          push(
            `${label} where ${where}`,
            `{ ${field.name}(${[...listArgs, `where: ${where}`].join(', ')}) { ${sub} } }`,
            probes,
          )
        }
      }
    }
  }
  return doors
}
