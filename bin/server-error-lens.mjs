#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step); tsx caches compiled files between runs.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
