/**
 * The fake `Office` namespace: onReady, host and platform types, requirement
 * sets, and ribbon command registration (Office.actions.associate).
 */
import type { ActionHandler, Runtime } from './runtime';

export const HostType = Object.freeze({
  Word: 'Word',
  Excel: 'Excel',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
} as const);

export const PlatformType = Object.freeze({
  PC: 'PC',
  OfficeOnline: 'OfficeOnline',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
  Universal: 'Universal',
} as const);

export type FakePlatform = (typeof PlatformType)[keyof typeof PlatformType];

export interface FakeOfficeInfo {
  readonly host: 'Excel';
  readonly platform: FakePlatform;
}

export interface FakeOfficeNamespace {
  readonly HostType: typeof HostType;
  readonly PlatformType: typeof PlatformType;
  onReady(callback?: (info: FakeOfficeInfo) => void): Promise<FakeOfficeInfo>;
  readonly context: {
    readonly host: 'Excel';
    readonly platform: FakePlatform;
    readonly displayLanguage: string;
    readonly contentLanguage: string;
    readonly diagnostics: { readonly host: 'Excel'; readonly platform: FakePlatform; readonly version: string };
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  readonly actions: { associate(actionId: string, handler: ActionHandler): void };
}

export function makeOffice(rt: Runtime, platform: FakePlatform, language: string): FakeOfficeNamespace {
  const info: FakeOfficeInfo = Object.freeze({ host: 'Excel', platform });
  return {
    HostType,
    PlatformType,
    onReady(callback) {
      const ready = Promise.resolve(info);
      if (callback !== undefined) void ready.then(callback);
      return ready;
    },
    context: {
      host: 'Excel',
      platform,
      displayLanguage: language,
      contentLanguage: language,
      diagnostics: { host: 'Excel', platform, version: '16.0.0.0' },
      requirements: {
        isSetSupported: (name, minVersion) => rt.sets.isSetSupported(name, minVersion === undefined ? undefined : String(minVersion)),
      },
    },
    actions: {
      associate(actionId, handler) {
        rt.actionHandlers.set(actionId, handler);
      },
    },
  };
}
