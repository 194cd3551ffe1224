import { describe, expect, it } from "vitest";
import { responseListInput, ZResponseListFilterSchema } from "./response-list";

describe("response list filters", () => {
  it("reads the first value of each query parameter", () => {
    expect(responseListInput({ channel: ["PAPER", "PHONE"], view: "organisations", page: "2" })).toEqual({
      channel: "PAPER",
      view: "organisations",
      page: "2",
    });
  });

  it("treats a blank channel as all channels and defaults bad pages and views", () => {
    expect(ZResponseListFilterSchema.parse({ channel: "", view: "nonsense", page: "-3" })).toEqual({
      channel: undefined,
      view: "all",
      page: 1,
    });
  });

  it("refuses an unknown channel with a specific message", () => {
    const result = ZResponseListFilterSchema.safeParse({ channel: "FAX" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Select a channel from the list");
  });
});
