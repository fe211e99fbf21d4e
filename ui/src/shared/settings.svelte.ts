import { api } from '../api';
import { banner } from './banner.svelte';
import type { Settings } from '../api/bindings';
import { rememberedTheme, rememberTheme } from './theme';

class SettingsStore {
  value = $state<Settings>({ theme: rememberedTheme(), show_preview: false });

  async load(): Promise<void> {
    try {
      this.value = await api.settings();
      rememberTheme(this.value.theme);
    } catch (e) {
      banner.show(e);
    }
  }

  /** Applies the change at once and stores it; a failed store is reported, the choice stays. */
  async update(patch: Partial<Settings>): Promise<void> {
    this.value = { ...this.value, ...patch };
    rememberTheme(this.value.theme);
    try {
      await api.saveSettings($state.snapshot(this.value));
    } catch (e) {
      banner.show(e);
    }
  }
}

export const settings = new SettingsStore();
