"use client";

// "Read aloud" (issue #7): reads the page's words and answers with the browser's own speech
// synthesis, so nothing is sent anywhere. It only appears when the browser has a voice for the
// page's language: a button that does nothing would be worse than none. Without JavaScript it
// never appears, and the page works as it is.
import { useCallback, useEffect, useState } from "react";

export type ReadAloudProps = {
  /** The element whose text is read: the page's heading, question and answers. */
  targetId: string;
  /** BCP 47 language of the page, e.g. "en-GB". */
  lang: string;
};

const voiceFor = (lang: string): SpeechSynthesisVoice | undefined => {
  const voices = window.speechSynthesis.getVoices();
  const base = lang.split("-")[0].toLowerCase();
  return (
    voices.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ??
    voices.find((v) => v.lang.toLowerCase().startsWith(base))
  );
};

/** The words a sighted reader sees, in order: visible text only, each label once. */
export function readableText(root: HTMLElement): string {
  const parts: string[] = [];
  root
    .querySelectorAll<HTMLElement>("h1, legend, label, .govuk-hint, .app-easy-read__words > *, .app-easy-read__words")
    .forEach((el) => {
      if (el.closest("[hidden], .govuk-visually-hidden")) return;
      const text = el.innerText?.trim();
      if (text && !parts.some((p) => p.includes(text))) parts.push(text);
    });
  return parts.join(". ");
}

export const ReadAloud = ({ targetId, lang }: Readonly<ReadAloudProps>) => {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(undefined);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!("speechSynthesis" in window)) return;
    // Voices load asynchronously in most browsers; they announce it with voiceschanged.
    const update = () => setVoice(voiceFor(lang));
    update();
    window.speechSynthesis.addEventListener("voiceschanged", update);
    return () => {
      window.speechSynthesis.removeEventListener("voiceschanged", update);
      window.speechSynthesis.cancel();
    };
  }, [lang]);

  const toggle = useCallback(() => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const root = document.getElementById(targetId);
    if (!root || !voice) return;
    const utterance = new SpeechSynthesisUtterance(readableText(root));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    synth.cancel();
    synth.speak(utterance);
    setSpeaking(true);
  }, [speaking, targetId, voice]);

  if (!voice) return null;
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary app-easy-read__read-aloud"
      aria-pressed={speaking}
      onClick={toggle}
    >
      {speaking ? "Stop reading" : "Read this page aloud"}
    </button>
  );
};
