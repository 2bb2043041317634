// Zod schema of a story: a titled sequence of steps, each a short sourced text and the view it shows.
import { z } from 'zod';
import { isoDate, sourceSchema } from '@/lib/data/schema';

export const storyViewSchema = z.strictObject({
  /** The step's date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: isoDate,
  /** The node in focus; it must exist on the date. */
  focus: z.string().min(1).optional(),
  /** Further explorer URL parameters (depth, layout, panel, filters...), as a query string without "?". */
  params: z.string().max(2000).optional(),
  /** Edge keys of ties to highlight; each must hold on the date. */
  highlight: z.array(z.string().min(1)).max(50).optional(),
});
export type StoryView = z.infer<typeof storyViewSchema>;

export const storyStepSchema = z.strictObject({
  title: z.string().min(1, { error: 'a step needs a title' }).max(200),
  /** May be empty while a user's recorded story is being written; shipped stories need one (below). */
  text: z.string().max(2000),
  sources: z.array(sourceSchema).max(20),
  view: storyViewSchema,
});
export type StoryStep = z.infer<typeof storyStepSchema>;

export const storySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'a story id is a lower-case slug, e.g. "csto"' }),
  title: z.string().min(1).max(200),
  summary: z.string().max(1000),
  steps: z.array(storyStepSchema).min(1, { error: 'a story needs at least one step' }).max(100),
});
export type Story = z.infer<typeof storySchema>;

/** Stories shipped in data/stories have a text and cite a source for every step; a user's own story may not. */
export const curatedStorySchema = storySchema.extend({
  steps: z
    .array(
      storyStepSchema.extend({
        text: z.string().min(1, { error: 'a step needs a text' }).max(2000),
        sources: z.array(sourceSchema).min(1, { error: 'every step of a shipped story cites a source' }),
      }),
    )
    .min(2),
});
