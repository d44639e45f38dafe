import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isAdmin } from '../src/access/isAdmin'
import { isEditor } from '../src/access/isEditor'
import { slugField } from '../src/fields/slug'

/** A section of a bank (Beginner, Scenario-Based, Behavioral…), shared by every role. */
export const Levels: CollectionConfig = {
  slug: 'levels',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'rank', 'slug'],
    group: 'Banks',
  },
  defaultSort: 'rank',
  access: {
    read: anyone,
    create: isEditor,
    update: isEditor,
    // Deleting a role or level takes whole banks or sections out of the export: admins only.
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true },
    slugField({ from: 'name' }),
    {
      name: 'rank',
      type: 'number',
      required: true,
      defaultValue: 100,
      index: true,
      admin: { position: 'sidebar', description: 'Orders the sections: lower comes first.' },
    },
    { name: 'description', type: 'textarea' },
  ],
  timestamps: true,
}
