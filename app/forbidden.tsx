import { AccessDenied } from "@/components/staff/access-denied";

// forbidden() and a service's FORBIDDEN (lib/errors.ts) render this with HTTP 403. AccessDenied
// states its own title, through the one title builder.
export default AccessDenied;
