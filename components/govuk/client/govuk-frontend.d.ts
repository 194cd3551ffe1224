// govuk-frontend ships no type declarations; this covers the parts we call.
declare module "govuk-frontend" {
  export type InitAllConfig = {
    scope?: Element | Document | null;
    onError?: (error: unknown, context: unknown) => void;
  };
  export function initAll(config?: InitAllConfig): void;
  /** Radios and Checkboxes: the components that reveal conditional content. */
  export class ConditionalReveal {
    constructor($root: Element);
    static moduleName: string;
    syncConditionalRevealWithInputState($input: HTMLInputElement): void;
  }
  export class Radios extends ConditionalReveal {}
  export class Checkboxes extends ConditionalReveal {}
  export function createAll(
    component: typeof ConditionalReveal,
    config?: undefined,
    options?: InitAllConfig,
  ): unknown[];
}
