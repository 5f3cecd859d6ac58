package org.lis.support.validation;

/**
 * What counts as a line of text here: no control character (Unicode category Cc: NUL, BEL, ESC, DEL,
 * C1 controls, tab and line breaks) and no Unicode line or paragraph separator. Multi-line text may
 * also hold tabs and line breaks (CR, LF).
 */
public final class Text {

    private Text() {
    }

    /** @return true when {@code text} is null or a single line */
    public static boolean isSingleLine(CharSequence text) {
        return firstNotAllowed(text, false) < 0;
    }

    /** @return true when {@code text} is null or lines of text with tabs */
    public static boolean isMultiLine(CharSequence text) {
        return firstNotAllowed(text, true) < 0;
    }

    private static int firstNotAllowed(CharSequence text, boolean multiLine) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
            if (multiLine && lineBreakOrTab) {
                continue;
            }
            if (Character.getType(c) == Character.CONTROL
                    || (!multiLine && (c == '\u2028' || c == '\u2029'))) {
                return i;
            }
        }
        return -1;
    }
}
