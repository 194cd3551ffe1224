// The receipt pages' data, once per request for page and metadata.
import "server-only";
import { cache } from "react";
import { isAppError } from "@/lib/errors";
import { getReceipt } from "@/lib/services/respond/receipts";

export const loadReceipt = cache(async (slug: string, receiptToken: string) => {
  try {
    return await getReceipt({ slug, receiptToken });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
});
