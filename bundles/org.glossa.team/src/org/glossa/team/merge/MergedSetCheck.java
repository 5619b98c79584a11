package org.glossa.team.merge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.glossa.core.storage.ProjectLayout;
import org.glossa.core.storage.SecureXmi;
import org.glossa.model.AnnotationSet;
import org.glossa.model.Document;
import org.glossa.model.Project;
import org.glossa.model.validation.ModelProblem;
import org.glossa.model.validation.ModelValidator;

/**
 * Every annotation set a merge gives one side that it did not have is checked against the merged project: each side's
 * sets were valid against its own schema, but a label one side renamed or removed may be used by spans the other side
 * made meanwhile. Such a span is a conflict named by set and span; the merge is not written.
 */
final class MergedSetCheck {
    private MergedSetCheck() {
    }

    static List<MergeConflict> check(Repository repository, ObjectReader reader, ObjectId merged, ObjectId ours,
            ObjectId theirs) throws IOException {
        Set<String> changed = new TreeSet<>(TreeDiff.paths(repository, merged, ours));
        changed.addAll(TreeDiff.paths(repository, merged, theirs));
        changed.removeIf(path -> !path.startsWith("annotations/") || !path.endsWith(".xmi"));
        List<MergeConflict> conflicts = new ArrayList<>();
        if (changed.isEmpty()) {
            return conflicts;
        }
        Project project = (Project) load(reader, blob(repository, merged, ProjectLayout.INDEX_FILE),
                ProjectLayout.INDEX_FILE);
        for (String path : changed) {
            ObjectId id = blob(repository, merged, path);
            if (id == null) {
                continue; // removed
            }
            AnnotationSet set = (AnnotationSet) load(reader, id, path);
            Document document = project.getDocuments().stream().filter(d -> d.getId().equals(set.getDocumentId()))
                    .findFirst().orElse(null);
            if (document == null) {
                conflicts.add(new MergeConflict(path, "", "document", set.getDocumentId(), "(not in the merged project)"));
                continue;
            }
            // the offsets were checked against the text on each side; a length the index does not record checks nothing
            int length = document.getTextLength() > 0 ? document.getTextLength() : Integer.MAX_VALUE;
            for (ModelProblem problem : ModelValidator.validate(set, project.getSchema(), length)) {
                conflicts.add(new MergeConflict(path, problem.where(), "after the merge", problem.message(),
                        "(the merged schema)"));
            }
        }
        return conflicts;
    }

    private static ObjectId blob(Repository repository, ObjectId tree, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
            return walk == null ? null : walk.getObjectId(0);
        }
    }

    private static Object load(ObjectReader reader, ObjectId id, String path) throws IOException {
        var resource = SecureXmi.newResource(URI.createURI("merge:/" + path));
        return SecureXmi.load(resource, new ByteArrayInputStream(reader.open(id, Constants.OBJ_BLOB).getBytes()));
    }
}
