import type { HelpEntry } from '../schema.ts';
import { auEntries } from './au.ts';
import { brEntries } from './br.ts';
import { caEntries } from './ca.ts';
import { deEntries } from './de.ts';
import { esEntries } from './es.ts';
import { frEntries } from './fr.ts';
import { gbEntries } from './gb.ts';
import { ieEntries } from './ie.ts';
import { inEntries } from './in.ts';
import { internationalEntries } from './international.ts';
import { itEntries } from './it.ts';
import { jpEntries } from './jp.ts';
import { keEntries } from './ke.ts';
import { mxEntries } from './mx.ts';
import { ngEntries } from './ng.ts';
import { nlEntries } from './nl.ts';
import { nzEntries } from './nz.ts';
import { phEntries } from './ph.ts';
import { seEntries } from './se.ts';
import { usEntries } from './us.ts';
import { zaEntries } from './za.ts';

/**
 * Every shipped entry. Within a country the order is the curated order of the data files
 * (most widely useful first); the queries keep it when they sort.
 */
export const helpDirectory: readonly HelpEntry[] = [
  ...usEntries,
  ...gbEntries,
  ...caEntries,
  ...auEntries,
  ...nzEntries,
  ...ieEntries,
  ...inEntries,
  ...deEntries,
  ...frEntries,
  ...esEntries,
  ...itEntries,
  ...nlEntries,
  ...seEntries,
  ...brEntries,
  ...mxEntries,
  ...zaEntries,
  ...jpEntries,
  ...phEntries,
  ...ngEntries,
  ...keEntries,
  ...internationalEntries,
];
