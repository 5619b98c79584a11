package org.glossa.io.conll;

import org.glossa.testing.ProjectCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glossa.core.format.FormatSupport;
import org.glossa.core.format.ReadDocument;
import org.glossa.core.format.RecordingExportReport;
import org.glossa.io.brat.BratFormat;
import org.glossa.model.Document;
import org.glossa.model.schema.NewsSchema;
import org.glossa.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.formats.Conll02NameSampleStream;
import opennlp.tools.formats.Conll03NameSampleStream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The exports are usable training data: the CoNLL-2002 Spanish news sample in brat form is read by the brat
 * importer into a real project, exported split by document (7 train, 3 test), and Apache OpenNLP trains a name
 * finder on the {@code opennlp} export and on the {@code conll} export (its own CoNLL-2003 reader, IOB2 and
 * IOB1), and finds names in the held-out documents. FORMATS.md reports F1 .687 for this setup.
 */
class OpenNlpConsumerTest {
    private static final int TYPES = Conll02NameSampleStream.GENERATE_PERSON_ENTITIES
            | Conll02NameSampleStream.GENERATE_ORGANIZATION_ENTITIES | Conll02NameSampleStream.GENERATE_LOCATION_ENTITIES
            | Conll02NameSampleStream.GENERATE_MISC_ENTITIES;

    @TempDir
    static Path temp;
    private static ProjectCorpus corpus;

    @BeforeAll
    static void importTheBratCorpus() throws Exception {
        Path brat = Fixtures.shared("samples").resolve("brat/nlplab-brat-conll2002-esp");
        List<ReadDocument> read = new BratFormat().read(List.of(brat), new NullProgressMonitor());
        assertEquals(10, read.size());
        corpus = new ProjectCorpus(temp.resolve("project"));
        corpus.addRead(read);
        corpus.store().save(); // the imported spans are valid annotations of a real project
    }

    @Test
    void openNlpTrainsOnTheOpenNlpExport() throws Exception {
        Path out = export(new OpenNlpFormat(), Map.of(), "opennlp-export");
        TokenNameFinderModel model = train(() -> new NameSampleDataStream(lines(out.resolve("train.opennlp"))));
        double f1 = evaluate(model, new NameSampleDataStream(lines(out.resolve("test.opennlp"))));
        assertTrue(f1 > 0.3, "F1 " + f1);
        TokenNameFinderModel loaded = serializeAndLoad(model, out.resolve("model.bin"));
        assertEquals(f1, evaluate(loaded, new NameSampleDataStream(lines(out.resolve("test.opennlp")))), 1e-9);
    }

    @Test
    void openNlpTrainsOnTheConllExportWithIob2AndIob1() throws Exception {
        double previous = -1;
        for (String scheme : List.of("iob2", "iob1")) {
            Path out = export(new ConllFormat(), Map.of("scheme", scheme), "conll-" + scheme);
            TokenNameFinderModel model = train(() -> conll03(out.resolve("train.conll")));
            double f1 = evaluate(model, conll03(out.resolve("test.conll")));
            assertTrue(f1 > 0.3, scheme + " F1 " + f1);
            if (previous >= 0) {
                assertEquals(previous, f1, 1e-9, "IOB1 and IOB2 carry the same spans");
            }
            previous = f1;
        }
    }

    private interface SampleSource {
        ObjectStream<NameSample> open() throws IOException;
    }

    private static Path export(FormatSupport format, Map<String, String> options, String folder) throws Exception {
        Path out = Files.createDirectories(temp.resolve(folder));
        RecordingExportReport report = new RecordingExportReport();
        List<String> ids = corpus.store().project().getDocuments().stream().map(Document::getId).toList();
        format.write(corpus.context(out, List.of(NewsSchema.ENTITY), options, report,
                d -> ids.indexOf(d.getId()) < 7 ? "train" : "test", List.of("train", "test")), new NullProgressMonitor());
        assertTrue(report.notCarried().isEmpty(), report.notCarried().toString());
        assertTrue(report.carriedTotal() > 500, "carried " + report.carriedTotal());
        return out;
    }

    private static TokenNameFinderModel train(SampleSource samples) throws IOException {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        try (ObjectStream<NameSample> stream = samples.open()) {
            return NameFinderME.train("es", null, stream, parameters,
                    TokenNameFinderFactory.create(null, null, Map.of(), new BioCodec()));
        }
    }

    private static double evaluate(TokenNameFinderModel model, ObjectStream<NameSample> test) throws IOException {
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model));
        try (test) {
            evaluator.evaluate(test);
        }
        return evaluator.getFMeasure().getFMeasure();
    }

    private static TokenNameFinderModel serializeAndLoad(TokenNameFinderModel model, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            model.serialize(stream);
        }
        try (InputStream stream = Files.newInputStream(file)) {
            return new TokenNameFinderModel(stream);
        }
    }

    private static ObjectStream<String> lines(Path file) throws IOException {
        return new PlainTextByLineStream(new MarkableFileInputStreamFactory(file.toFile()), StandardCharsets.UTF_8);
    }

    private static ObjectStream<NameSample> conll03(Path file) throws IOException {
        return new Conll03NameSampleStream(Conll03NameSampleStream.LANGUAGE.EN, new MarkableFileInputStreamFactory(file.toFile()),
                TYPES);
    }
}
