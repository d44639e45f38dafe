import type { TextField } from 'payload'

import { slugify } from '../../format/slug'

/** A unique slug derived from `from` when left empty; editors may change it. */
export const slugField = ({ from }: { from: string }): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  admin: { position: 'sidebar', description: `Derived from the ${from} when left empty.` },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }) => {
        if (typeof value === 'string' && value.trim()) return slugify(value)
        const source = siblingData?.[from]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
})
