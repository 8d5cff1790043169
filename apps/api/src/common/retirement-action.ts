/**
 * The audit action for a change to something that can be retired (a locality, an agency): retiring it and
 * bringing it back are named, as they are what people look for in the trail; anything else is an update.
 */
export function retirementAction(entity: string, retired: boolean | undefined, wasRetired: boolean): string {
  if (retired === true && !wasRetired) return `${entity}.retired`;
  if (retired === false && wasRetired) return `${entity}.reinstated`;
  return `${entity}.updated`;
}
