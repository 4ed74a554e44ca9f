package dev.slipway.sandbox;

import java.util.function.Supplier;

/** Where sandboxes come from and go back to: a warm pool, or plain creation. */
public interface SandboxSource {

    /** A ready sandbox, owned by the caller until it is released. */
    Sandbox acquire();

    /** Gives a sandbox back; it is destroyed, perhaps in the background. */
    void release(Sandbox sandbox);

    /** A source that makes each sandbox when asked and destroys it on release. */
    static SandboxSource fresh(Supplier<Sandbox> maker) {
        return new SandboxSource() {
            @Override
            public Sandbox acquire() {
                return maker.get();
            }

            @Override
            public void release(Sandbox sandbox) {
                sandbox.close();
            }
        };
    }
}
