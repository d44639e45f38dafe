import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isAdmin } from '../src/access/isAdmin'
import { isEditor } from '../src/access/isEditor'
import { staffReadOnly } from '../src/access/staffOnlyField'
import { lastEditedFields } from '../src/review/fields/lastEdited'
import { slugField } from '../src/fields/slug'
import { exportRoleEndpoint } from '../src/export/exportRoleEndpoint'
import { stampLastEditor } from '../src/review/hooks/stampLastEditor'

/** A job role a bank is for, e.g. "AI Data Ops Specialist". */
export const Roles: CollectionConfig = {
  slug: 'roles',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'title', 'updatedAt'],
    group: 'Banks',
    components: {
      edit: { beforeDocumentControls: ['/components/release/RoleExportButtons#RoleExportButtons'] },
    },
  },
  access: {
    // Role names are public so published questions can name their role.
    read: anyone,
    create: isEditor,
    update: isEditor,
    // Deleting a role or level takes whole banks or sections out of the export: admins only.
    delete: isAdmin,
  },
  endpoints: [exportRoleEndpoint],
  hooks: { beforeChange: [stampLastEditor] },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true },
    slugField({ from: 'name' }),
    { name: 'title', type: 'text', admin: { description: 'The bank\'s heading, e.g. "AI Data Ops Specialist Interview Questions".' } },
    { name: 'summary', type: 'textarea' },
    { name: 'source', type: 'text', access: staffReadOnly, admin: { description: 'Where the bank came from (a document, a team, a URL).' } },
    {
      name: 'questions',
      type: 'join',
      collection: 'questions',
      on: 'role',
      defaultSort: 'position',
      defaultLimit: 25,
      admin: { defaultColumns: ['workingTitle', 'level', 'position', 'reviewStatus'] },
    },
    ...lastEditedFields,
  ],
  timestamps: true,
}
