import 'reflect-metadata';
import { ArrayMaxSize, getMetadataStorage, IsArray, IsString, IsUUID } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** A class a DTO file exports. */
type DtoClass = abstract new (...args: never[]) => unknown;

const SOURCE = fileURLToPath(new URL('..', import.meta.url));

/** Every file that declares request bodies, queries or socket commands: `dto/*.ts`, `*.dto.ts`, `*.query.ts`. */
function dtoFiles(dir = SOURCE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dtoFiles(path);
    const inDtoFolder = relative(SOURCE, dir).split('/').includes('dto');
    const named = /\.(dto|query)\.ts$/.test(entry.name) || (inDtoFolder && entry.name.endsWith('.ts'));
    return named && !/\.(spec|test)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Rules that say the value is a string (or, with `each`, an array of them). */
const STRING_RULES = new Set([
  'isString',
  'isEmail',
  'matches',
  'isUrl',
  'isUuid',
  'isIn',
  'isEnum',
  'isDateString',
  'isIso8601',
  'minLength',
  'maxLength',
  'isLength',
]);
/** Rules that bound a string's length by themselves. */
const BOUNDED_STRING_RULES = new Set([
  'maxLength',
  'isUuid',
  'isIn',
  'isEnum',
  'isDateString',
  'isIso8601',
  'isEmail',
]);
const ARRAY_RULES = new Set(['isArray', 'arrayMinSize', 'arrayMaxSize', 'arrayNotEmpty', 'arrayUnique']);

/** A pattern anchored at both ends with no unbounded repetition (`*`, `+`, `{n,}`) matches only short strings. */
function isBoundedPattern(pattern: unknown): boolean {
  if (!(pattern instanceof RegExp)) return false;
  const source = pattern.source;
  return source.startsWith('^') && source.endsWith('$') && !/(?<!\\)[*+]|\{\d+,\}/.test(source);
}

function bounds(rule: ValidationMetadata): boolean {
  const name = rule.name ?? '';
  if (BOUNDED_STRING_RULES.has(name)) return true;
  if (name === 'isLength') return typeof rule.constraints[1] === 'number';
  if (name === 'matches') return isBoundedPattern(rule.constraints[0]);
  return false;
}

/** `Class.property` for every string without a length bound and every array without ArrayMaxSize. */
function unbounded(dto: DtoClass): string[] {
  const storage = getMetadataStorage();
  const rules = storage.getTargetValidationMetadatas(dto, undefined as unknown as string, false, false);
  const offenders: string[] = [];
  for (const [property, list] of Object.entries(storage.groupByPropertyName(rules))) {
    const named = list.filter((r) => r.name);
    const declared: unknown = Reflect.getMetadata('design:type', dto.prototype as object, property);
    const isArray = declared === Array || named.some((r) => ARRAY_RULES.has(r.name!) || r.each);
    const strings = named.filter((r) => STRING_RULES.has(r.name!));
    if (declared === String && !strings.some(bounds))
      offenders.push(`${dto.name}.${property} (a string with no length bound)`);
    if (isArray && !named.some((r) => r.name === 'arrayMaxSize'))
      offenders.push(`${dto.name}.${property} (an array with no ArrayMaxSize)`);
    // A string, or with `each` the array's strings: one rule of the same kind must bound its length.
    for (const each of [false, true]) {
      const kind = strings.filter((r) => Boolean(r.each) === each);
      if (kind.length && !kind.some(bounds) && !(declared === String && !each))
        offenders.push(
          `${dto.name}.${property} (${each ? "an array's strings" : 'a string'} with no length bound)`,
        );
    }
  }
  return offenders;
}

class Unbounded {
  @IsString()
  note!: string;

  @IsArray()
  @IsUUID('4', { each: true })
  ids!: string[];

  @IsString({ each: true })
  @ArrayMaxSize(3)
  words!: string[];
}

describe('every request body, query and socket command', () => {
  it('names the unbounded fields it finds, by class and property', () => {
    expect(unbounded(Unbounded)).toEqual([
      'Unbounded.note (a string with no length bound)',
      'Unbounded.ids (an array with no ArrayMaxSize)',
      "Unbounded.words (an array's strings with no length bound)",
    ]);
  });

  it('bounds each string’s length and each array’s size, so no field can carry a megabyte', async () => {
    const classes = new Set<DtoClass>();
    for (const file of dtoFiles()) {
      const module = (await import(file)) as Record<string, unknown>;
      for (const value of Object.values(module))
        if (typeof value === 'function' && /^[A-Z]/.test(value.name)) classes.add(value as DtoClass);
    }
    expect(classes.size).toBeGreaterThan(40);
    expect([...classes].flatMap(unbounded).sort()).toEqual([]);
  });
});
