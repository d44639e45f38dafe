import type { DefaultValue } from 'payload'

/**
 * The roles a new account starts with: admin for the first account (which
 * assignFirstUserAdmin makes the admin whatever is sent, so the first-user
 * form shows what will happen), editor for everyone after.
 */
export const defaultRoles: DefaultValue = async ({ req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? ['admin'] : ['editor']
}
