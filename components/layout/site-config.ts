// Council details used by the layout and the static pages. They are defaults for the
// Buckinghamshire pilot; another council changes them here (or passes props).
// Contact details are role-based placeholders until the council confirms real ones.
export const siteConfig = {
  serviceName: "Have Your Say",
  councilName: "Buckinghamshire Council",
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
