import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'
import { nobody } from '../src/access/nobody'
import { relationshipTitleCell } from '../src/components/list/relationshipCellConfig'

/** One record per import: written by the importer only, never by hand. */
export const ImportRuns: CollectionConfig = {
  slug: 'import-runs',
  admin: {
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'role', 'layout', 'outcome', 'createdAt', 'startedBy'],
    group: 'Settings',
  },
  defaultSort: '-createdAt',
  access: {
    read: isStaff,
    create: nobody,
    update: nobody,
    delete: isAdmin,
  },
  fields: [
    { name: 'fileName', type: 'text', required: true },
    { name: 'documentHash', type: 'text', required: true, index: true },
    { name: 'layout', type: 'text' },
    { name: 'role', type: 'relationship', relationTo: 'roles', admin: relationshipTitleCell },
    { name: 'startedBy', type: 'relationship', relationTo: 'users', maxDepth: 0 },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: ['imported', 'unchanged', 'failed'],
    },
    {
      name: 'counts',
      type: 'group',
      fields: [
        { name: 'created', type: 'number', defaultValue: 0 },
        { name: 'updated', type: 'number', defaultValue: 0 },
        { name: 'unchanged', type: 'number', defaultValue: 0 },
        { name: 'proposed', type: 'number', defaultValue: 0, admin: { description: 'New drafts opened over approved wording.' } },
      ],
    },
    { name: 'diagnostics', type: 'json' },
  ],
  timestamps: true,
}
