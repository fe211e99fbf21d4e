import { api } from '../api';
import type { Place } from '../api/bindings';

/**
 * Where the app reopens. The core keeps the place per journal and, at start, answers it
 * without what has gone to the trash since; the UI only reports where the user is.
 */
class PlaceKeeper {
  private last = '';

  /** The place to open at start, or null when the journal cannot say (locked, damaged). */
  async toReopen(): Promise<Place | null> {
    try {
      const place = await api.placeToReopen();
      this.last = JSON.stringify(place);
      return place;
    } catch {
      return null;
    }
  }

  /** Reports where the user is now; the same place twice is reported once. Not being able
   * to remember it (the journal locked meanwhile) only costs the reopening, so it is quiet. */
  remember(place: Place): void {
    const key = JSON.stringify(place);
    if (key === this.last) return;
    this.last = key;
    api.rememberPlace(place).catch((e: unknown) => {
      if (this.last === key) this.last = '';
      console.warn('Where the app was is not remembered:', e);
    });
  }
}

export const place = new PlaceKeeper();
