import type { ServerProps } from 'payload'

import Link from 'next/link'
import React from 'react'

import { canEditContent } from '../../access/userRoles'

/** "Wording workbench" in the admin's navigation, for editors and admins. */
export const WordingNavLink: React.FC<ServerProps> = ({ payload, user }) => {
  if (!canEditContent(user)) return null
  return (
    <Link href={`${payload.config.routes.admin}/wording`} className="nav__link" id="nav-wording" style={{ display: 'block', padding: '0.25rem 0' }}>
      Wording workbench
    </Link>
  )
}
