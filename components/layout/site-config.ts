import { SERVICE_NAME } from "@/lib/text/document-title";

// Contact details used by the layout and the static pages. The council's name is not here: it
// is the COUNCIL_NAME setting (lib/env.ts), so one setting names the council everywhere.
// Contact details are role-based placeholders until the council confirms real ones.
export const siteConfig = {
  serviceName: SERVICE_NAME,
  /** Where the council name in the header goes. */
  councilUrl: "/",
  contactTeam: "Consultation team",
  contactEmail: "consultations@council.example",
  contactPhone: "01632 960 000",
  contactHours: "Monday to Friday, 9am to 5pm (except bank holidays)",
  /** The data protection officer's role-based address, used by every privacy notice. */
  dataProtectionEmail: "dataprotection@council.example",
} as const;

export const feedbackHref = `mailto:${siteConfig.contactEmail}?subject=${encodeURIComponent("Feedback on Have Your Say")}`;
