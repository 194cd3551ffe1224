import { describe, expect, it } from "vitest";
import { documentTitle } from "./document-title";

describe("documentTitle", () => {
  it("names the page, the service and the council it is given", () => {
    expect(documentTitle({ page: "Downloads", councilName: "Test Borough" })).toBe(
      "Downloads – Have Your Say – Test Borough",
    );
  });
  it('puts "Error: " first while the page shows errors', () => {
    expect(documentTitle({ page: "Sign in", councilName: "Test Borough", hasError: true })).toBe(
      "Error: Sign in – Have Your Say – Test Borough",
    );
  });
  it("is the site's own title without a page, and leaves out an unknown council", () => {
    expect(documentTitle({ councilName: "Test Borough" })).toBe("Have Your Say – Test Borough");
    expect(documentTitle({ page: "Sorry, there is a problem with the service", councilName: null })).toBe(
      "Sorry, there is a problem with the service – Have Your Say",
    );
  });
});
