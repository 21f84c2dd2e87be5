// A plan refused for its collisions: the code of the first one not accepted, a message naming what collides (for
// developers; the console words each collision from its facts), and every collision in `conflicts`.
import type { Place } from '../../../protocol'
import type { PlanningConflict } from '../../../protocol/planning'
import { ApiError } from '../../errors/apiError'

interface Names {
  child: string
  place: Pick<Place, 'name'>
}

function sentence(conflict: PlanningConflict, { child, place }: Names): string {
  switch (conflict.code) {
    case 'past_date':
      return `the stay from ${conflict.start} would be in the past`
    case 'kind_mismatch':
      return `${place.name} offers ${conflict.placeKind}, not ${conflict.kind}`
    case 'double_booked':
      return `${child} is at ${conflict.other.placeName} from ${conflict.other.start} to ${conflict.other.end}`
    case 'place_closed':
      return `${place.name} is closed on ${conflict.days.join(', ')}`
    case 'place_full':
      return `${place.name} has no room (${conflict.size} ${conflict.unit}) on ${conflict.days.join(', ')}`
    case 'no_decision':
      return `no decision of ${child} grants ${conflict.kind} for the stay from ${conflict.start}`
    case 'beyond_decision':
      return `${child}'s decision grants ${conflict.granted} ${conflict.unit} a ${conflict.period}; the ${conflict.period} from ${conflict.periodFrom} holds ${conflict.already} and the plan adds ${conflict.planned}`
  }
}

export class PlanningRefused extends ApiError {
  constructor(
    readonly conflicts: readonly PlanningConflict[],
    /** The first collision the override did not accept. */
    code: PlanningConflict['code'],
    names: Names,
  ) {
    super(
      code,
      `The plan collides: ${conflicts.map((conflict) => sentence(conflict, names)).join('; ')}. Send an override with a reason to plan it anyway`,
    )
  }

  override body() {
    const body = super.body()
    return { error: { ...body.error, conflicts: [...this.conflicts] } }
  }
}
