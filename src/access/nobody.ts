import type { Access } from 'payload'

/** No request may do this through the API; trusted server code writes with overrideAccess. */
export const nobody: Access = () => false
