// Mounts a component into the document for a test; whatever a test mounted is removed after
// it (or when it calls `cleanup` to mount afresh).
import { mount, unmount, type Component, type MountOptions } from 'svelte';
import { afterEach } from 'vitest';

let mounted: Record<string, unknown> | undefined;

// `Props` has the same bound as in Svelte's own `mount`.
export function render<Props extends Record<string, any>>(component: Component<Props>, options: MountOptions<Props>) {
  mounted = mount(component, options);
  return mounted;
}

export function cleanup(): void {
  if (mounted) unmount(mounted);
  mounted = undefined;
  document.body.innerHTML = '';
}

afterEach(cleanup);
