import type { ExecutionArgs, FieldNode, GraphQLField, GraphQLNamedType, GraphQLType, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql'

import { GraphQLError, Kind, valueFromASTUntyped } from 'graphql'

/**
 * Payload's own `maxComplexity` adds a fixed cost per relationship field, so a
 * query that nests `Questions(limit: 100) → role → questions(limit: 100) → …`
 * costs a few dozen points while it asks for 100³ documents (finding 1 of
 * issue #16 took the server down with one such request). This rule counts
 * what a query can actually fetch: a field that takes `limit` multiplies the
 * cost of everything under it by that limit, and selection depth is capped.
 * Both are checked before execution, so a refused query costs no database work.
 */
export type GraphQLLimits = {
  /** Most documents and fields one operation may resolve (the product of limits along each path, summed). */
  maxCost: number
  /** Deepest field nesting one operation may select. */
  maxDepth: number
}

/** Payload's page size when a query names no limit. */
const payloadDefaultLimit = 10
/** What `limit: 0` and `pagination: false` ask for: "all", priced as this many. */
const unboundedListSize = 1000
/** Lists without a limit (hasMany relationships, arrays): priced as this many items. */
const plainListSize = 10

/*
 * Types are inspected by shape, not with graphql's `isObjectType` & co.:
 * those use `instanceof`, and Payload's schema may come from the other copy
 * of graphql (its CommonJS build under Node, the ES build under Vite), where
 * they would silently answer false and let every query through.
 */
type Fielded = { getFields: () => Record<string, GraphQLField<unknown, unknown>> }
const namedType = (type: GraphQLType): GraphQLNamedType => ('ofType' in type && type.ofType ? namedType(type.ofType as GraphQLType) : (type as GraphQLNamedType))
const hasFields = (type: unknown): type is Fielded =>
  !!type && typeof (type as Partial<Fielded>).getFields === 'function'
/** Union types have no fields of their own; their fragments say which member they select from. */
const isComposite = (type: GraphQLNamedType | undefined | null): type is GraphQLNamedType =>
  hasFields(type) || (!!type && typeof (type as { getTypes?: unknown }).getTypes === 'function')
const isList = (type: GraphQLType): boolean => String(type).replace(/!$/, '').startsWith('[')

type Walk = { context: ValidationContext; variables: Record<string, unknown>; fragmentsSeen: Set<string> }
type Measure = { cost: number; depth: number }

const argumentValue = ({ node, name, variables }: { node: FieldNode; name: string; variables: Record<string, unknown> }): unknown => {
  const argument = node.arguments?.find((candidate) => candidate.name.value === name)
  return argument ? valueFromASTUntyped(argument.value, variables) : undefined
}

/** How many items one selection of this field can return, each paying for the selections under it. */
const fanOut = ({ node, field, variables }: { node: FieldNode; field: GraphQLField<unknown, unknown>; variables: Record<string, unknown> }): number => {
  const takesLimit = field.args.some((argument) => argument.name === 'limit')
  if (takesLimit) {
    if (argumentValue({ node, name: 'pagination', variables }) === false) return unboundedListSize
    const limit = argumentValue({ node, name: 'limit', variables })
    if (typeof limit === 'number') return limit > 0 ? limit : unboundedListSize
    // A join field's own default page size, as Payload applies it. `defaultLimit: 0` is the schema's
    // word that the list is short (a question's hints): priced like any plain list.
    const defaultLimit = (field.extensions as { field?: { defaultLimit?: number } } | undefined)?.field?.defaultLimit
    if (typeof defaultLimit === 'number') return defaultLimit > 0 ? defaultLimit : plainListSize
    return payloadDefaultLimit
  }
  // `docs` lists the page whose size the parent's `limit` already counted.
  if (node.name.value === 'docs') return 1
  return isList(field.type) ? plainListSize : 1
}

const measureSelections = ({ walk, selectionSet, parentType }: { walk: Walk; selectionSet: SelectionSetNode; parentType: GraphQLNamedType }): Measure => {
  let cost = 0
  let depth = 0
  for (const selection of selectionSet.selections) {
    let measured: Measure = { cost: 0, depth: 0 }
    if (selection.kind === Kind.FIELD) {
      measured = measureField({ walk, node: selection, parentType })
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value
      const type = typeName ? walk.context.getSchema().getType(typeName) : parentType
      if (isComposite(type)) measured = measureSelections({ walk, selectionSet: selection.selectionSet, parentType: type })
    } else {
      const name = selection.name.value
      const fragment = walk.context.getFragment(name)
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule; here it just stops the walk.
      if (!fragment || walk.fragmentsSeen.has(name)) continue
      const type = walk.context.getSchema().getType(fragment.typeCondition.name.value)
      if (!isComposite(type)) continue
      walk.fragmentsSeen.add(name)
      measured = measureSelections({ walk, selectionSet: fragment.selectionSet, parentType: type })
      walk.fragmentsSeen.delete(name)
    }
    cost += measured.cost
    depth = Math.max(depth, measured.depth)
  }
  return { cost, depth }
}

const measureField = ({ walk, node, parentType }: { walk: Walk; node: FieldNode; parentType: GraphQLNamedType }): Measure => {
  if (!hasFields(parentType)) return { cost: 1, depth: 1 }
  const field = parentType.getFields()[node.name.value]
  // Unknown fields are graphql's own FieldsOnCorrectType error.
  if (!field) return { cost: 1, depth: 1 }
  const type = namedType(field.type)
  if (!node.selectionSet || !isComposite(type)) return { cost: 1, depth: 1 }
  const below = measureSelections({ walk, selectionSet: node.selectionSet, parentType: type })
  return { cost: 1 + fanOut({ node, field, variables: walk.variables }) * below.cost, depth: 1 + below.depth }
}

/** The validation rule for `graphQL.validationRules`: refuses an operation over either limit with a 400. */
export const boundedQueryRule =
  ({ limits, variables }: { limits: GraphQLLimits; variables: Record<string, unknown> }): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const rootType = operation.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType()
      if (!rootType) return
      const walk: Walk = { context, variables, fragmentsSeen: new Set() }
      const { cost, depth } = measureSelections({ walk, selectionSet: operation.selectionSet, parentType: rootType })
      if (depth > limits.maxDepth) {
        context.reportError(
          new GraphQLError(`The query nests ${depth} levels deep; the limit is ${limits.maxDepth}. Ask for fewer nested relationships.`, {
            nodes: [operation],
            extensions: { code: 'QUERY_TOO_DEEP' },
          }),
        )
      }
      if (cost > limits.maxCost) {
        context.reportError(
          new GraphQLError(
            `The query could fetch about ${cost} items; the limit is ${limits.maxCost}. Use smaller limits on nested lists, or page through them.`,
            { nodes: [operation], extensions: { code: 'QUERY_TOO_COSTLY' } },
          ),
        )
      }
    },
  })

/** Payload passes the execution arguments, so limits given as variables are priced too. */
export const graphqlValidationRules =
  (limits: GraphQLLimits) =>
  (args: ExecutionArgs): ValidationRule[] => [boundedQueryRule({ limits, variables: (args?.variableValues ?? {}) as Record<string, unknown> })]
