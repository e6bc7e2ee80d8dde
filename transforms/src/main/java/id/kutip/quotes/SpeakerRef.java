package id.kutip.quotes;

import id.kutip.schema.Speaker;
import id.kutip.schema.SpeakerKind;

/** A speaker as found in the text, before it becomes the {@link Speaker} of a record. */
record SpeakerRef(
    String name, String mention, SpeakerKind kind, String role, String affiliation, int mentionStart, int mentionEnd,
    float confidence) {

  static final SpeakerRef UNKNOWN = new SpeakerRef(null, null, SpeakerKind.UNKNOWN, null, null, -1, -1, 0.2f);

  /** The same speaker, met again through another mention (a pronoun, a surname). */
  SpeakerRef mentionedAs(String mention, int start, int end, float confidence) {
    return new SpeakerRef(name, mention, kind, role, affiliation, start, end, confidence);
  }

  Speaker toRecord() {
    return Speaker.newBuilder()
        .setName(name)
        .setMention(mention)
        .setKind(kind)
        .setRole(role)
        .setAffiliation(affiliation)
        .setMentionStart(mentionStart >= 0 ? mentionStart : null)
        .setMentionEnd(mentionEnd >= 0 ? mentionEnd : null)
        .build();
  }
}
