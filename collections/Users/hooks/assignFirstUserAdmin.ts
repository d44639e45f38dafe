import type { FieldHook } from 'payload'

/** The first account made on an empty instance is its admin; nobody else could grant it. */
export const assignFirstUserAdmin: FieldHook = async ({ operation, req, value }) => {
  if (operation !== 'create') return value
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? ['admin'] : value
}
