import type { ServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { canEditContent } from '../../access/userRoles'

/** "Import" in the admin's navigation, for editors and admins. */
export const ImportNavLink: React.FC<ServerProps> = ({ payload, user }) => {
  if (!canEditContent(user)) return null
  return (
    <Link href={`${payload.config.routes.admin}/import`} className="nav__link" style={{ display: 'block', padding: '0.25rem 0' }}>
      Import a bank
    </Link>
  )
}
