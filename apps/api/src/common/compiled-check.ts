import { getMetadataStorage, ValidationTypes, type ValidationArguments } from 'class-validator';

/** Yes when an instance of the class passes every rule declared on it; no when it may not. */
export type CompiledCheck = (instance: object) => boolean;

type Rule = (instance: object, value: unknown) => boolean;

interface PropertyRules {
  property: string;
  /** `@IsOptional`, `@ValidateIf`: when one says no, the property's rules are not checked. */
  conditions: ((instance: object, value: unknown) => boolean)[];
  rules: Rule[];
}

/** A command or request DTO class, as class-validator's metadata storage keys it. */
export type DtoClass = new () => object;

const compiled = new Map<DtoClass, CompiledCheck | null>();

/**
 * A class's rules read once from class-validator's own metadata (its public storage) into one function: the same
 * decorators, the same constraint objects, called as class-validator calls them, with the options every Convene
 * input is checked with (whitelist, unknown fields refused, no groups). class-validator instead gathers the class's
 * rules from every registered rule on each call, and builds an error object for each property, failing or not: on
 * a live vote that was most of what the node allocated for the command.
 *
 * It only ever says "valid" or "not sure": a caller runs class-validator itself on anything that does not pass,
 * and its errors are the answer. Null for a class with rules this does not model (nested objects, promises,
 * asynchronous constraints, groups, `always`): class-validator alone checks those. A property test holds the two
 * to the same verdict on every socket command (compiled-check.spec.ts, beside this file).
 */
export function compiledCheck(dto: DtoClass): CompiledCheck | null {
  if (!compiled.has(dto)) compiled.set(dto, compile(dto));
  return compiled.get(dto)!;
}

function compile(dto: DtoClass): CompiledCheck | null {
  const storage = getMetadataStorage();
  // The call class-validator's executor makes for a class instance validated without groups.
  const metadatas = storage.getTargetValidationMetadatas(
    dto,
    undefined as unknown as string,
    false,
    false,
    undefined,
  );
  // No rules at all: class-validator refuses the value as unknown, and says why.
  if (metadatas.length === 0) return null;
  const properties: PropertyRules[] = [];
  for (const [property, list] of Object.entries(storage.groupByPropertyName(metadatas))) {
    const entry: PropertyRules = { property, conditions: [], rules: [] };
    for (const metadata of list) {
      if ((metadata.groups?.length ?? 0) > 0 || metadata.always !== undefined) return null;
      switch (metadata.type) {
        case ValidationTypes.WHITELIST:
          break;
        case ValidationTypes.CONDITIONAL_VALIDATION:
          entry.conditions.push(metadata.constraints[0] as PropertyRules['conditions'][number]);
          break;
        case ValidationTypes.IS_DEFINED:
        case ValidationTypes.CUSTOM_VALIDATION:
          for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
            if (constraint.async) return null;
            entry.rules.push(ruleOf(dto, metadata, constraint.instance));
          }
          break;
        default:
          return null;
      }
    }
    properties.push(entry);
  }
  const known = new Set(properties.map((p) => p.property));
  return (instance) => {
    if (instance.constructor !== dto) return false;
    for (const key of Object.keys(instance)) if (!known.has(key)) return false;
    for (const { property, conditions, rules } of properties) {
      const value = (instance as Record<string, unknown>)[property];
      // class-validator evaluates every condition, then skips the property if any said no.
      let checked = true;
      for (const condition of conditions) checked = condition(instance, value) && checked;
      if (!checked) continue;
      for (const rule of rules) if (!rule(instance, value)) return false;
    }
    return true;
  };
}

type Metadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];
type Constraint = { validate(value: unknown, args?: ValidationArguments): unknown };

/** One decorator's rule: on each element of an array, set or map with `each`, otherwise on the value. */
function ruleOf(dto: DtoClass, metadata: Metadata, constraint: Constraint): Rule {
  const validateIf = (metadata as { validateIf?: (instance: object, value: unknown) => boolean }).validateIf;
  return (instance, value) => {
    if (validateIf && !validateIf(instance, value)) return true;
    const args: ValidationArguments = {
      targetName: dto.name,
      property: metadata.propertyName,
      object: instance,
      value,
      constraints: metadata.constraints,
    };
    if (!metadata.each || !(Array.isArray(value) || value instanceof Set || value instanceof Map))
      return passed(constraint.validate(value, args));
    const elements: unknown[] =
      value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : [...value];
    return elements.every((element) => passed(constraint.validate(element, args)));
  };
}

/** class-validator takes any truthy answer as a pass; a promise it would wait for is "not sure" here. */
function passed(answer: unknown): boolean {
  return typeof (answer as { then?: unknown } | null)?.then === 'function' ? false : Boolean(answer);
}
