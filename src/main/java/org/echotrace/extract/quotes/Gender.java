package org.echotrace.extract.quotes;

/** Grammatical gender a pronoun, verb form or role word shows about its speaker. */
public enum Gender {
    MALE, FEMALE, PLURAL, UNKNOWN;

    /** Whether a speaker of gender {@code other} can be the referent of a cue showing this gender. */
    public boolean compatible(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    static Gender parse(String s) {
        return switch (s) {
            case "male" -> MALE;
            case "female" -> FEMALE;
            case "plural" -> PLURAL;
            default -> throw new IllegalArgumentException("gender must be male, female or plural, was '" + s + "'");
        };
    }
}
