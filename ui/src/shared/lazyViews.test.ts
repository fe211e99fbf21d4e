import { describe, expect, it } from 'vitest';
import { views } from './lazyViews.svelte';

describe('sections loaded when first shown', () => {
  it('has nothing but home before a section is shown, then that section only', async () => {
    expect(Object.keys(views.loaded)).toEqual([]);
    await views.load('home');
    expect(Object.keys(views.loaded)).toEqual([]);
    await views.load('trash');
    expect(Object.keys(views.loaded)).toEqual(['trash']);
    const first = views.loaded.trash;
    await views.load('trash');
    expect(views.loaded.trash).toBe(first);
  });
});
