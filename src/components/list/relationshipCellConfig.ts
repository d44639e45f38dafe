/**
 * The list cell for a relationship column that loads the titles of every
 * row's related documents at once: Payload's own cell asks only for rows in
 * view and shows `<No Role>` for the others meanwhile
 * (src/components/list/RelationshipTitleCell.tsx).
 */
export const relationshipTitleCell = { components: { Cell: '/components/list/RelationshipTitleCell#RelationshipTitleCell' } } as const
