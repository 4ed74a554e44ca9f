package dev.slipway.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.slipway.engine.Folders;
import dev.slipway.engine.SlipwayHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes what an earlier Slipway run left behind when it crashed: sandbox containers whose
 * owning process is gone (another pid, or another boot), and sandbox folders with no container.
 * Sandboxes of a Slipway process that still runs are left alone.
 */
public final class Reaper {

    private final DockerClient client;
    private final SlipwayHome home;

    public Reaper(DockerClient client, SlipwayHome home) {
        this.client = client;
        this.home = home;
    }

    /** Removes leftovers and returns the ids of the sandboxes it removed. */
    public List<String> reap() {
        List<Container> managed = client.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(SandboxLabels.MANAGED, "true"))
                .exec();
        Set<String> kept = new HashSet<>();
        List<String> removed = new java.util.ArrayList<>();
        for (Container container : managed) {
            Map<String, String> labels = container.getLabels();
            String sandboxId = labels.getOrDefault(SandboxLabels.SANDBOX_ID, "");
            if (ownerAlive(labels)) {
                kept.add(sandboxId);
            } else {
                remove(container.getId());
                Folders.deleteRecursively(home.sandboxDir(sandboxId));
                removed.add(sandboxId);
            }
        }
        removeOrphanFolders(kept);
        return removed;
    }

    private void remove(String containerId) {
        try {
            client.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            // removed by someone else meanwhile
        }
    }

    static boolean ownerAlive(Map<String, String> labels) {
        if (!BootId.current().equals(labels.get(SandboxLabels.OWNER_BOOT))) {
            return false;
        }
        try {
            long pid = Long.parseLong(labels.getOrDefault(SandboxLabels.OWNER_PID, ""));
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .map(process -> process.info().command().orElse("").contains("java"))
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void removeOrphanFolders(Set<String> kept) {
        Path dir = home.sandboxesDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> folders = Files.list(dir)) {
            folders.filter(folder -> !kept.contains(folder.getFileName().toString()))
                    .filter(Reaper::olderThanAMinute)
                    .filter(folder -> !ownedByLiveSandbox(folder))
                    .forEach(Folders::deleteRecursively);
        } catch (IOException e) {
            throw new SandboxException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A folder made in the last minute may belong to a sandbox being created right now. */
    private static boolean olderThanAMinute(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toMillis() < System.currentTimeMillis() - 60_000;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean ownedByLiveSandbox(Path folder) {
        return !client.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(SandboxLabels.SANDBOX_ID, folder.getFileName().toString()))
                .exec().isEmpty();
    }
}
