import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import {
  can,
  PERMISSIONS,
  PERMISSIONS_REQUIRING_REASON,
  requirePermission,
  ROLE_PERMISSIONS,
  ROLES,
  rolesWith,
  type StaffPrincipal,
} from "./permissions";

const staff = (role: StaffPrincipal["role"]): StaffPrincipal => ({
  id: "u1",
  email: "x@council.example",
  name: null,
  role,
});

describe("ROLE_PERMISSIONS", () => {
  it("gives admins every permission and nobody an unknown one", () => {
    expect([...ROLE_PERMISSIONS.ADMIN].sort()).toEqual([...PERMISSIONS].sort());
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
  });

  it("keeps staff management, settings and the audit trail with admins", () => {
    for (const p of ["staff.manage", "settings.manage", "audit.read", "personalData.request"] as const)
      expect(rolesWith(p)).toEqual(["ADMIN"]);
  });

  it("lets officers run consultations and enter responses but not download or see equality data", () => {
    for (const p of ["consultation.publish", "questionnaire.edit", "response.enter", "comment.code"] as const)
      expect(can("OFFICER", p)).toBe(true);
    for (const p of ["export.download", "export.personalData", "equality.read", "staff.manage"] as const)
      expect(can("OFFICER", p)).toBe(false);
  });

  it("lets analysts read analysis and download, but change nothing", () => {
    expect(ROLE_PERMISSIONS.ANALYST).toEqual(
      expect.arrayContaining(["analysis.read", "export.download", "equality.read"]),
    );
    for (const p of [
      "consultation.edit",
      "consultation.publish",
      "response.enter",
      "comment.code",
      "staff.manage",
    ] as const) {
      expect(can("ANALYST", p)).toBe(false);
    }
  });

  it("restricts equality data to analysts and admins, and asks a reason for personal data", () => {
    expect(rolesWith("equality.read").sort()).toEqual(["ADMIN", "ANALYST"]);
    expect(PERMISSIONS_REQUIRING_REASON).toEqual(
      expect.arrayContaining(["export.personalData", "personalData.request"]),
    );
  });
});

describe("requirePermission", () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return isAppError(error) ? error.code : "other";
    }
    return "none";
  };

  it("is 401 for anonymous callers, 403 for the wrong role, and returns the staff member otherwise", () => {
    expect(codeOf(() => requirePermission(null, "staff.manage"))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requirePermission(staff("OFFICER"), "staff.manage"))).toBe("FORBIDDEN");
    expect(requirePermission(staff("ADMIN"), "staff.manage").role).toBe("ADMIN");
  });
});
