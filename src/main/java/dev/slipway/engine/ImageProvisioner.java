package dev.slipway.engine;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Makes the images Slipway needs on the host engine, with no registry: each recipe's root
 * filesystem is built in a scratch folder and imported with {@code docker import}. Images that
 * exist are skipped. Optionally tries a registry pull first for the lesson images.
 */
public final class ImageProvisioner {

    private final HostEngine engine;
    private final SlipwayHome home;
    private final Consumer<String> progress;

    public ImageProvisioner(HostEngine engine, SlipwayHome home, Consumer<String> progress) {
        this.engine = engine;
        this.home = home;
        this.progress = progress;
    }

    /** The images lessons may use, as references. */
    public static List<String> lessonImages() {
        return lessonRecipes().stream().map(ImageRecipe::reference).toList();
    }

    static List<ImageRecipe> lessonRecipes() {
        return List.of(new BusyboxRecipe(), DebianRecipe.slim());
    }

    /** Makes the sandbox image and the lesson images that are missing. */
    public void ensureAll(boolean tryPull) {
        List<ImageRecipe> recipes = new ArrayList<>(lessonRecipes());
        recipes.add(SandboxImage.recipe());
        for (ImageRecipe recipe : recipes) {
            boolean lessonImage = !recipe.reference().startsWith("slipway/");
            ensure(recipe, tryPull && lessonImage);
        }
        removeStaleSandboxImages();
    }

    /**
     * Removes sandbox images of earlier recipes (each is several hundred MB), except those a
     * container still uses, such as the sandboxes of a Slipway that runs an older version.
     */
    public void removeStaleSandboxImages() {
        String current = SandboxImage.reference();
        String repository = current.substring(0, current.indexOf(':'));
        for (var image : engine.client().listImagesCmd().withImageNameFilter(repository).exec()) {
            for (String tag : Optional.ofNullable(image.getRepoTags()).orElse(new String[0])) {
                if (tag.startsWith(repository + ":") && !tag.equals(current)) {
                    removeUnlessUsed(tag);
                }
            }
        }
    }

    private void removeUnlessUsed(String tag) {
        try {
            engine.client().removeImageCmd(tag).exec();
            progress.accept(tag + ": removed, an earlier version of the sandbox image");
        } catch (ConflictException e) {
            // a container still runs on it; a later start removes it
        } catch (NotFoundException e) {
            // removed by another Slipway meanwhile
        }
    }

    /** Makes the Java runtime base of Slipway's own image when it is missing; returns its reference. */
    public String ensureRuntimeImage() {
        ensure(RuntimeImage.recipe(), false);
        return RuntimeImage.REFERENCE;
    }

    /** True when the host engine has {@code reference}. */
    public boolean exists(String reference) {
        try {
            engine.client().inspectImageCmd(reference).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    void ensure(ImageRecipe recipe, boolean tryPull) {
        String reference = recipe.reference();
        if (exists(reference)) {
            progress.accept(reference + ": present");
            return;
        }
        if (tryPull && pulled(reference)) {
            return;
        }
        progress.accept(reference + ": making it (" + recipe.expectedDuration() + ")");
        long start = System.nanoTime();
        Path dir = home.buildDir().resolve(reference.replaceAll("[^A-Za-z0-9._-]", "_"));
        Folders.deleteRecursively(dir);
        try {
            Files.createDirectories(dir);
            recipe.buildRootfs(dir, progress);
            importRootfs(dir, recipe);
        } catch (IOException e) {
            throw new EngineException("cannot make " + reference + ": " + e.getMessage(), e);
        } finally {
            Folders.deleteRecursively(dir);
        }
        progress.accept(String.format("%s: made in %.0f s", reference, (System.nanoTime() - start) / 1e9));
    }

    private boolean pulled(String reference) {
        progress.accept(reference + ": trying to pull it from a registry");
        try {
            engine.client().pullImageCmd(reference).start().awaitCompletion(5, TimeUnit.MINUTES);
            return exists(reference);
        } catch (RuntimeException e) {
            progress.accept(reference + ": pull failed (" + e.getMessage() + "); making it locally instead");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code tar -C dir -c . | docker import -c CHANGE... - REFERENCE}, against the host engine. */
    private void importRootfs(Path dir, ImageRecipe recipe) throws IOException {
        String docker = Executables.find("docker").orElseThrow(() -> new EngineException(
                "the docker command-line client is not installed; install it with: apt-get install -y docker.io"));
        List<String> importCommand = new ArrayList<>(List.of(docker, "--host", engine.host().toString(), "import"));
        for (String change : recipe.changes()) {
            importCommand.add("--change");
            importCommand.add(change);
        }
        importCommand.addAll(List.of("-", recipe.reference()));
        var tar = new ProcessBuilder("tar", "--numeric-owner", "-C", dir.toString(), "-c", ".")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        var importer = new ProcessBuilder(importCommand).redirectErrorStream(true);
        List<Process> pipeline = ProcessBuilder.startPipeline(List.of(tar, importer));
        Process last = pipeline.get(1);
        String output = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            int tarCode = pipeline.get(0).waitFor();
            int importCode = last.waitFor();
            if (tarCode != 0 || importCode != 0) {
                throw new EngineException("importing " + recipe.reference() + " failed (tar exit " + tarCode
                        + ", docker import exit " + importCode + "): " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while importing " + recipe.reference(), e);
        }
    }

    /** The tag of the current sandbox image, failing with the fix when it has not been made. */
    public String requireSandboxImage() {
        String reference = SandboxImage.reference();
        if (!exists(reference)) {
            throw new EngineException("the sandbox image " + reference + " does not exist on " + engine.host()
                    + ". Make it with: bin/slipway images");
        }
        return reference;
    }
}
