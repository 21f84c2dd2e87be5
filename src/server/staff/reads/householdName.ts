// A household as staff know it, by its caregivers' names ("Hanne Berg, Eirik Berg"), as a column of a staff read.

/** SQL for the names of the caregivers of the household in `householdColumn`, alphabetical, comma-separated. */
export const householdNameOf = (householdColumn: string) =>
  `(SELECT string_agg(g.name, ', ' ORDER BY g.name) FROM users g
        WHERE g.household_id = ${householdColumn} AND g.role = 'caregiver')`
