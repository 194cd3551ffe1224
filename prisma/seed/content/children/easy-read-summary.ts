// The Easy Read summary of the children's draft Short Breaks strategy (issue #7, point 5),
// in the words of seeds-requirements §3.2 and the strategy's 8 topics (§2.4): one idea per
// block, each block a picture and 1 to 3 short sentences.
import type { TEasyReadSummary } from "../../../../lib/questionnaire/easy-read/summary";
import { pictureSrc } from "../../../../lib/questionnaire/easy-read/pictures";

export const childrenEasyReadSummary: TEasyReadSummary = [
  {
    picture: pictureSrc("1F9D1-200D-1F9BD"),
    heading: "Short breaks",
    text: "Short breaks are fun things you do away from your mum, dad or carer. Like clubs, trips or a sleepover.",
  },
  {
    picture: pictureSrc("1F4DD"),
    heading: "Our plan",
    text: "We have written a plan for short breaks. It is for the next 4 years. Nothing has been decided yet.",
  },
  {
    picture: pictureSrc("1F4A1"),
    heading: "What we want",
    text: "We want short breaks to help you learn new things. We want you to make friends and have fun.",
  },
  {
    picture: pictureSrc("1F465"),
    heading: "Clubs for everyone",
    text: "We want more children to go to clubs in their area. Some children will get extra help to go.",
  },
  {
    picture: pictureSrc("1F3E1"),
    heading: "Near your home",
    text: "We want short breaks to be near your home. We want to use local buildings and schools.",
  },
  {
    picture: pictureSrc("1F393"),
    heading: "Growing up",
    text: "When you are older, we will help you get ready. We will help you move to adult services.",
  },
  {
    picture: pictureSrc("1F4AC"),
    heading: "Tell us what you think",
    text: "You can answer our Easy Read questions. Someone can help you. You can skip any question.",
  },
  {
    picture: pictureSrc("2709"),
    heading: "What happens next",
    text: "We will read all the answers. We will tell you what we decide.",
  },
];
