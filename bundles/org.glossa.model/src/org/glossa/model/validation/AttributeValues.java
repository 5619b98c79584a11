package org.glossa.model.validation;

import org.glossa.model.AttributeDefinition;

/** What values each attribute kind accepts. */
public final class AttributeValues {
    private AttributeValues() {
    }

    public static boolean isValid(AttributeDefinition definition, String value) {
        if (value == null) {
            return !definition.isRequired();
        }
        return switch (definition.getKind()) {
            case TEXT -> true;
            case CHOICE -> definition.getChoices().contains(value);
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case NUMBER -> isNumber(value);
        };
    }

    public static String describe(AttributeDefinition definition) {
        return switch (definition.getKind()) {
            case TEXT -> "any text";
            case CHOICE -> "one of " + String.join(", ", definition.getChoices());
            case BOOLEAN -> "true or false";
            case NUMBER -> "a number";
        };
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
