package dev.slipway.sandbox;

import java.util.Map;

/**
 * Labels on everything Slipway makes on the host engine. The owner's pid and boot id let the
 * reaper tell leftovers of a crashed run from the sandboxes of a Slipway that still runs.
 */
final class SandboxLabels {

    static final String MANAGED = "dev.slipway.managed";
    static final String KIND = "dev.slipway.kind";
    static final String OWNER_PID = "dev.slipway.owner-pid";
    static final String OWNER_BOOT = "dev.slipway.owner-boot";
    static final String SANDBOX_ID = "dev.slipway.sandbox";

    private SandboxLabels() {
    }

    static Map<String, String> forSandbox(String sandboxId) {
        return Map.of(
                MANAGED, "true",
                KIND, "sandbox",
                SANDBOX_ID, sandboxId,
                OWNER_PID, Long.toString(ProcessHandle.current().pid()),
                OWNER_BOOT, BootId.current());
    }
}
