// Tools, split by theme to keep each file readable.
import type { TaxonomyEntryInput } from '../schema.ts';
import { businessTools } from './tools-business.ts';
import { dataTools } from './tools-data.ts';
import { designTools } from './tools-design.ts';
import { devopsTools } from './tools-devops.ts';
import { enterpriseTools } from './tools-enterprise.ts';
import { professionalTools } from './tools-professional.ts';
import { techTools } from './tools-tech.ts';

export const tools: TaxonomyEntryInput[] = [
  ...techTools, ...devopsTools, ...dataTools, ...designTools, ...businessTools, ...enterpriseTools, ...professionalTools,
];
