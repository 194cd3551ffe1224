// govuk-frontend ships no type declarations; this covers the one entry point we call.
declare module "govuk-frontend" {
  export type InitAllConfig = {
    scope?: Element | Document | null;
    onError?: (error: unknown, context: unknown) => void;
  };
  export function initAll(config?: InitAllConfig): void;
}
