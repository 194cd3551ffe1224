import { Tag } from "@/components/govuk";
import { CHANNEL_COLOURS, CHANNEL_LABELS, isChannel } from "@/lib/respond/channels";

/** How the response reached us, as a GOV.UK tag; the word carries the meaning, not the colour. */
export const ChannelTag = ({ channel }: Readonly<{ channel: string }>) =>
  isChannel(channel) ? (
    <Tag colour={CHANNEL_COLOURS[channel]}>{CHANNEL_LABELS[channel]}</Tag>
  ) : (
    <Tag colour="grey">{channel}</Tag>
  );
