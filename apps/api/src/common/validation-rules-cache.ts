import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';

type Storage = ReturnType<typeof getMetadataStorage> & {
  getTargetValidationMetadatas(target: Function, schema: string, always: boolean, strictGroups: boolean, groups?: string[]): ValidationMetadata[];
  addValidationMetadata(metadata: ValidationMetadata): void;
};

let installed = false;

/**
 * class-validator finds a DTO's rules again on every call: it walks every decorated class in the process (a
 * hundred here) to collect inherited ones and filters them, and that walk was most of the cost, and of the
 * garbage, of checking a vote. The rules are fixed once the classes are loaded, so each DTO's are looked up
 * once per set of options and kept; a rule registered later (a class loaded later) clears what was kept.
 * Validation itself (every constraint, on every call) is unchanged. Idempotent.
 */
export function cacheValidationRules(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage() as Storage;
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);
  const kept = new Map<Function | string, Map<string, ValidationMetadata[]>>();
  storage.addValidationMetadata = (metadata) => {
    kept.clear();
    addRule(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let forTarget = kept.get(target);
    if (!forTarget) kept.set(target, (forTarget = new Map()));
    let rules = forTarget.get(options);
    // class-validator only reads the list it is given, but a copy keeps what is kept safe from any caller.
    if (!rules) forTarget.set(options, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules.slice();
  };
}
