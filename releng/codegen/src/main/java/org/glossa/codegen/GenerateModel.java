package org.glossa.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenClassGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenEnumGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenPackageGeneratorAdapter;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model code of a bundle from its {@code model/*.genmodel}, stand-alone (no OSGi, no workspace).
 *
 * <p>Usage: {@code GenerateModel <bundle-dir>}; normally run through {@code releng/codegen/generate-model.sh}.
 * With the system property {@code glossa.codegen.saveGenModel=true} the reconciled genmodel is also written back.
 *
 * <p>What it does, in order:
 * <ol>
 * <li>registers the Ecore and GenModel packages and resource factories in a private resource set;</li>
 * <li>maps {@code platform:/resource/<bundle-name>/} to the bundle folder, so the genmodel and ecore are read
 *     exactly as Eclipse would read them;</li>
 * <li>loads, reconciles and validates the genmodel against the ecore;</li>
 * <li>then maps {@code platform:/resource/<bundle-name>/} to a fresh temporary staging folder, so that EMF never
 *     writes into the bundle itself;</li>
 * <li>generates the model code with the precompiled JET templates, no JDT formatter, no merging with old code,
 *     UTF-8 and {@code \n} line ends whatever the platform, and without the project-level files
 *     (plugin.xml, plugin.properties, build.properties, MANIFEST.MF), which belong to the bundle's owners;</li>
 * <li>checks that the staging folder holds nothing but Java sources, then replaces the contents of
 *     {@code src-gen} with it.</li>
 * </ol>
 * Nothing in the output depends on time, machine or previous contents, so running it twice gives identical files.
 */
public final class GenerateModel {

  private static final String ENCODING = "UTF-8";
  private static final String LINE_DELIMITER = "\n";
  private static final String SAVE_GENMODEL_PROPERTY = "glossa.codegen.saveGenModel";

  private GenerateModel() {
  }

  /**
   * Runs in-process under exec:java, so failures are thrown (Maven reports them and fails), never System.exit.
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new GenerationException("usage: GenerateModel <bundle-dir>");
    }
    run(Paths.get(args[0]).toAbsolutePath().normalize(), Boolean.getBoolean(SAVE_GENMODEL_PROPERTY));
  }

  static void run(Path bundle, boolean saveGenModel) throws IOException {
    if (!Files.isDirectory(bundle.resolve("model"))) {
      throw new GenerationException(bundle + " is not a model bundle (no model/ folder)");
    }
    String bundleName = bundle.getFileName().toString();
    Path modelFolder = bundle.resolve("model");
    Path genModelFile = single(modelFolder, ".genmodel");

    // 1. Stand-alone registrations, private to this resource set (plus the global package registry the
    //    GenModel implementation consults).
    EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());

    // 2. platform:/resource/<bundle>/ -> the bundle folder.
    EcorePlugin.getPlatformResourceMap().put(bundleName, folderURI(bundle));

    // 3. Load, reconcile, validate.
    URI genModelURI = URI.createPlatformResourceURI(
        "/" + bundleName + "/" + bundle.relativize(genModelFile).toString().replace('\\', '/'), true);
    Resource genModelResource = resourceSet.getResource(genModelURI, true);
    GenModel genModel = (GenModel) genModelResource.getContents().get(0);
    EcoreUtil.resolveAll(resourceSet);
    check(resourceSet);
    genModel.reconcile();
    genModel.setCanGenerate(true);
    genModel.setValidateModel(false);

    String modelDirectory = genModel.getModelDirectory();
    String expectedModelDirectory = "/" + bundleName + "/src-gen";
    if (!expectedModelDirectory.equals(modelDirectory)) {
      throw new GenerationException(
          "the genmodel's modelDirectory is '" + modelDirectory + "', expected '" + expectedModelDirectory + "'");
    }
    for (GenPackage genPackage : genModel.getGenPackages()) {
      check("ecore " + genPackage.getEcorePackage().getName(), Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()));
    }
    check("genmodel", genModel.diagnose());

    if (saveGenModel) {
      genModelResource.save(null);
      System.out.println("GenerateModel: saved the reconciled " + bundle.relativize(genModelFile));
    }

    // 4. Generate into a staging folder.
    Path staging = Files.createTempDirectory("glossa-codegen-");
    try {
      // From here on, platform:/resource/<bundle>/ means the staging folder: whatever EMF writes lands there,
      // never in the bundle. (The genmodel and ecore are already loaded and resolved.)
      resourceSet.getURIConverter().getURIMap()
          .put(URI.createPlatformResourceURI("/" + bundleName + "/", true), folderURI(staging));

      GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
      registry.addDescriptor(GenModelPackage.eNS_URI, StableGeneratorAdapterFactory::new);
      Generator generator = new Generator(registry);
      generator.setInput(genModel);
      if (!generator.canGenerate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)) {
        throw new GenerationException("EMF says the model code cannot be generated");
      }
      check("generation", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));

      // 5. Only Java sources in src-gen may come out; then replace src-gen's contents.
      Path stagedSrcGen = staging.resolve("src-gen");
      List<Path> generated = files(staging);
      List<String> unexpected = new ArrayList<>();
      for (Path file : generated) {
        if (!file.startsWith(stagedSrcGen) || !file.getFileName().toString().endsWith(".java")) {
          unexpected.add(staging.relativize(file).toString());
        }
      }
      if (generated.isEmpty() || !unexpected.isEmpty()) {
        throw new GenerationException(generated.isEmpty() ? "nothing was generated"
            : "EMF generated files other than Java sources, src-gen left unchanged: " + unexpected);
      }
      Path srcGen = bundle.resolve("src-gen");
      Files.createDirectories(srcGen);
      deleteContents(srcGen);
      for (Path file : generated) {
        Path target = srcGen.resolve(stagedSrcGen.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
      System.out.println("GenerateModel: wrote " + generated.size() + " Java files to " + srcGen);
    } finally {
      deleteContents(staging);
      Files.deleteIfExists(staging);
    }
  }

  private static Path single(Path folder, String extension) throws IOException {
    try (Stream<Path> stream = Files.list(folder)) {
      List<Path> found = stream.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
      if (found.size() != 1) {
        throw new GenerationException("expected exactly one *" + extension + " in " + folder + ", found " + found);
      }
      return found.get(0);
    }
  }

  private static URI folderURI(Path folder) {
    return URI.createFileURI(folder.toString() + "/");
  }

  private static void check(ResourceSet resourceSet) {
    for (Resource resource : resourceSet.getResources()) {
      if (!resource.getErrors().isEmpty()) {
        throw new GenerationException("cannot load " + resource.getURI() + ": " + resource.getErrors());
      }
      for (Resource.Diagnostic warning : resource.getWarnings()) {
        System.err.println("GenerateModel: warning in " + resource.getURI() + ": " + warning.getMessage());
      }
    }
  }

  private static void check(String what, Diagnostic diagnostic) {
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new GenerationException(what + " failed:\n" + describe(diagnostic, "  "));
    }
    if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
      System.err.println("GenerateModel: " + what + " warnings:\n" + describe(diagnostic, "  "));
    }
  }

  private static String describe(Diagnostic diagnostic, String indent) {
    StringBuilder result = new StringBuilder();
    if (diagnostic.getMessage() != null) {
      result.append(indent).append(diagnostic.getMessage()).append('\n');
    }
    if (diagnostic.getException() != null) {
      result.append(indent).append(diagnostic.getException()).append('\n');
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      result.append(describe(child, indent + "  "));
    }
    return result.toString();
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> stream = Files.walk(folder)) {
      return stream.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void deleteContents(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> stream = Files.walk(folder)) {
      stream.filter(p -> !p.equals(folder)).sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  static final class GenerationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GenerationException(String message) {
      super(message);
    }
  }

  /**
   * The standard model generator adapters, made independent of the machine (UTF-8, {@code \n}) and of the
   * generator options stored in the genmodel that would pull in Eclipse (dynamic templates, JDT formatting),
   * and without the project-level files of the model plug-in.
   */
  static final class StableGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory {

    @Override
    public void initialize(Object input) {
      super.initialize(input);
      Generator.Options options = generator.getOptions();
      options.dynamicTemplates = false;
      options.codeFormatting = false;
      options.commentFormatting = false;
      options.codeFormatterOptions = null;
      options.redirectionPattern = null;
      options.forceOverwrite = true;
    }

    @Override
    public Adapter createGenModelAdapter() {
      if (genModelGeneratorAdapter == null) {
        genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return ENCODING;
          }

          @Override
          public String getLineDelimiter(URI workspacePath, String encoding) {
            return LINE_DELIMITER;
          }

          @Override
          protected void generateModelPluginProperties(GenModel genModel, Monitor monitor) {
            monitor.worked(1);
          }

          @Override
          protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
            monitor.worked(1);
          }

          @Override
          protected void generateModelManifest(GenModel genModel, Monitor monitor) {
            monitor.worked(2);
          }

          @Override
          protected void generateModelModule(GenModel genModel, Monitor monitor) {
            monitor.worked(1);
          }
        };
      }
      return genModelGeneratorAdapter;
    }

    @Override
    public Adapter createGenPackageAdapter() {
      if (genPackageGeneratorAdapter == null) {
        genPackageGeneratorAdapter = new GenPackageGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return ENCODING;
          }

          @Override
          public String getLineDelimiter(URI workspacePath, String encoding) {
            return LINE_DELIMITER;
          }
        };
      }
      return genPackageGeneratorAdapter;
    }

    @Override
    public Adapter createGenClassAdapter() {
      if (genClassGeneratorAdapter == null) {
        genClassGeneratorAdapter = new GenClassGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return ENCODING;
          }

          @Override
          public String getLineDelimiter(URI workspacePath, String encoding) {
            return LINE_DELIMITER;
          }
        };
      }
      return genClassGeneratorAdapter;
    }

    @Override
    public Adapter createGenEnumAdapter() {
      if (genEnumGeneratorAdapter == null) {
        genEnumGeneratorAdapter = new GenEnumGeneratorAdapter(this) {
          @Override
          protected String getEncoding(URI workspacePath) {
            return ENCODING;
          }

          @Override
          public String getLineDelimiter(URI workspacePath, String encoding) {
            return LINE_DELIMITER;
          }
        };
      }
      return genEnumGeneratorAdapter;
    }
  }
}
