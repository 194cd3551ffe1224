import { describe, expect, it } from "vitest";
import type { TSummarySection } from "@/lib/respond/answer-summary";
import { escapeHtml } from "./html";
import { receiptEmail, resumeLinkEmail, withdrawalEmail } from "./respondent-emails";

const sections: TSummarySection[] = [
  {
    sectionKey: "about-you",
    slug: "about-you",
    title: "About <you>",
    equality: false,
    rows: [
      {
        questionKey: "respondent-type",
        question: "Which of these best describes you?",
        lines: ["A parent or carer"],
        answered: true,
      },
      { questionKey: "postcode", question: "Postcode", lines: ["Not answered"], answered: false },
    ],
  },
  {
    sectionKey: "final",
    slug: "final",
    title: "Final thoughts",
    equality: false,
    rows: [
      {
        questionKey: "anything-else",
        question: "Anything else?",
        lines: ['<script>alert("x")</script> & "more"'],
        answered: true,
      },
    ],
  },
];

const input = {
  consultationTitle: "Short Breaks & you",
  reference: "SB-7K4Q-29XD",
  sentAt: "10:15am on 3 March 2026",
  sections,
  receiptUrl: "https://hys.example/consultations/sb/respond/receipt/abc?x=1&y=2",
  closesAt: "11:59pm on 22 December 2026",
  resultsExpectedText: "Results will be published in spring.",
  changed: false,
};

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("receiptEmail", () => {
  it("gives the reference, the link, what happens next and the answers in plain text", () => {
    const { subject, text } = receiptEmail(input);
    expect(subject).toBe("Your response to Short Breaks & you: SB-7K4Q-29XD");
    expect(text).toContain("Your reference is SB-7K4Q-29XD");
    expect(text).toContain(input.receiptUrl);
    expect(text).toContain("until 11:59pm on 22 December 2026");
    expect(text).toContain("Results will be published in spring.");
    expect(text).toContain("Which of these best describes you?\n  A parent or carer");
    expect(text).toContain('<script>alert("x")</script> & "more"');
    // Unanswered questions are left out rather than listed as "Not answered".
    expect(text).not.toContain("Postcode");
  });

  it("escapes everything in the HTML", () => {
    const { html } = receiptEmail(input);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;more&quot;");
    expect(html).toContain("About &lt;you&gt;");
    expect(html).toContain('href="https://hys.example/consultations/sb/respond/receipt/abc?x=1&amp;y=2"');
    expect(html).toContain("<strong>SB-7K4Q-29XD</strong>");
  });

  it("says when it follows a change", () => {
    const { subject, text } = receiptEmail({ ...input, changed: true });
    expect(subject).toMatch(/^Your changed response/);
    expect(text).toMatch(/^We have received the changes/);
  });
});

describe("resumeLinkEmail", () => {
  it("gives the single-use link and when it expires", () => {
    const email = resumeLinkEmail({
      consultationTitle: "Short Breaks",
      resumeUrl: "https://hys.example/r/<t>",
      closesAt: "11:59pm on 22 December 2026",
    });
    expect(email.text).toContain("https://hys.example/r/<t>");
    expect(email.text).toContain("It works once");
    expect(email.text).toContain("when the consultation closes at 11:59pm on 22 December 2026");
    expect(email.html).toContain('href="https://hys.example/r/&lt;t&gt;"');
  });
});

describe("withdrawalEmail", () => {
  it("confirms the withdrawal", () => {
    const email = withdrawalEmail({ consultationTitle: "Short Breaks", reference: "SB-7K4Q-29XD" });
    expect(email.subject).toContain("SB-7K4Q-29XD");
    expect(email.text).toContain("We will not include it");
  });
});
