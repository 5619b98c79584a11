package org.glossa.model.validation;

import java.util.List;

/** Thrown instead of saving or applying a model that breaks the rules of {@link ModelValidator}. */
public class InvalidModelException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 5;
    private final transient List<ModelProblem> problems;

    public InvalidModelException(String context, List<ModelProblem> problems) {
        super(summary(context, problems));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }

    private static String summary(String context, List<ModelProblem> problems) {
        StringBuilder text = new StringBuilder(context).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(SHOWN).forEach(p -> text.append("\n  ").append(p));
        if (problems.size() > SHOWN) {
            text.append("\n  … and ").append(problems.size() - SHOWN).append(" more");
        }
        return text.toString();
    }
}
