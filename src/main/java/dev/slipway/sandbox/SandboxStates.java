package dev.slipway.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.Image;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads what a sandbox's own engine holds into a {@link SandboxState} for the sandbox panel. */
final class SandboxStates {

    private SandboxStates() {
    }

    static SandboxState read(DockerClient inner) {
        List<Container> containers = inner.listContainersCmd().withShowAll(true).exec();
        return new SandboxState(
                containers.stream().map(SandboxStates::container).toList(),
                inner.listImagesCmd().exec().stream().map(SandboxStates::image).toList(),
                Optional.ofNullable(inner.listVolumesCmd().exec().getVolumes()).orElse(List.of()).stream()
                        .map(volume -> new SandboxState.Volume(volume.getName(), volume.getDriver(),
                                mountsOf(volume.getName(), containers)))
                        .toList());
    }

    private static SandboxState.Container container(Container c) {
        List<SandboxState.PublishedPort> ports = Arrays.stream(Optional.ofNullable(c.getPorts())
                        .orElse(new ContainerPort[0]))
                .filter(port -> port.getPublicPort() != null)
                .map(port -> new SandboxState.PublishedPort(port.getPublicPort(), port.getPrivatePort(), port.getType()))
                .distinct()
                .toList();
        return new SandboxState.Container(shortId(c.getId()), name(c), c.getImage(), c.getCommand(), c.getState(),
                c.getStatus(), ports);
    }

    private static SandboxState.Image image(Image image) {
        List<String> tags = Arrays.stream(Optional.ofNullable(image.getRepoTags()).orElse(new String[0]))
                .filter(tag -> !tag.equals("<none>:<none>"))
                .toList();
        return new SandboxState.Image(shortId(image.getId().replaceFirst("^sha256:", "")), tags, image.getSize());
    }

    private static List<SandboxState.Mount> mountsOf(String volume, List<Container> containers) {
        List<SandboxState.Mount> mounts = new ArrayList<>();
        for (var container : containers) {
            for (var mount : Optional.ofNullable(container.getMounts()).orElse(List.of())) {
                if (volume.equals(mount.getName())) {
                    mounts.add(new SandboxState.Mount(name(container), mount.getDestination()));
                }
            }
        }
        return mounts;
    }

    private static String name(Container container) {
        String[] names = Optional.ofNullable(container.getNames()).orElse(new String[0]);
        return names.length == 0 ? shortId(container.getId()) : names[0].replaceFirst("^/", "");
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
