package dev.slipway.sandbox;

import java.util.List;

/**
 * What a learner made in their sandbox, read from its inner engine: containers, images and
 * volumes, as {@code docker ps -a}, {@code docker images} and {@code docker volume ls} show them.
 */
public record SandboxState(List<Container> containers, List<Image> images, List<Volume> volumes) {

    public SandboxState {
        containers = List.copyOf(containers);
        images = List.copyOf(images);
        volumes = List.copyOf(volumes);
    }

    /** A sandbox with nothing in it. */
    public static SandboxState empty() {
        return new SandboxState(List.of(), List.of(), List.of());
    }

    /**
     * A container.
     *
     * @param id the short id (12 hex digits)
     * @param state such as running, exited, created
     * @param status such as "Up 3 seconds" or "Exited (0) 2 minutes ago"
     */
    public record Container(String id, String name, String image, String command, String state, String status,
            List<PublishedPort> ports) {

        public Container {
            ports = List.copyOf(ports);
        }
    }

    /**
     * A port published by a container.
     *
     * @param hostPort the port on the sandbox, reachable at the sandbox's address
     * @param containerPort the port inside the container
     * @param protocol tcp or udp
     */
    public record PublishedPort(int hostPort, int containerPort, String protocol) {
    }

    /**
     * An image.
     *
     * @param id the short id (12 hex digits)
     * @param tags such as busybox:latest; empty for an untagged image
     */
    public record Image(String id, List<String> tags, long sizeBytes) {

        public Image {
            tags = List.copyOf(tags);
        }
    }

    /** A volume, with where containers mount it. */
    public record Volume(String name, String driver, List<Mount> mounts) {

        public Volume {
            mounts = List.copyOf(mounts);
        }
    }

    /** A volume mounted at {@code destination} in the container named {@code container}. */
    public record Mount(String container, String destination) {
    }
}
