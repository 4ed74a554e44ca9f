package dev.slipway.sandbox;

import dev.slipway.engine.HostEngine;
import dev.slipway.engine.ImageProvisioner;
import dev.slipway.engine.SlipwayHome;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The real engine for integration tests, shared by every test class of a run: found or started
 * (a private dockerd when none answers), with the images made when missing, and stopped at the
 * end of the run. Inject it into a test or a {@code @BeforeAll} method as a parameter:
 * {@code @ExtendWith(TestEngine.Extension.class)}; an extension gets it with {@link #of}.
 */
public final class TestEngine implements AutoCloseable {

    private final SlipwayHome home;
    private final HostEngine engine;

    private TestEngine() {
        home = SlipwayHome.fromEnvironment();
        engine = HostEngine.connect(home, message -> System.out.println("[engine] " + message));
        new ImageProvisioner(engine, home, message -> System.out.println("[images] " + message)).ensureAll(false);
        new Reaper(engine.client(), home).reap();
    }

    public HostEngine engine() {
        return engine;
    }

    public SlipwayHome home() {
        return home;
    }

    /** A factory with {@code limits} and busybox preloaded. */
    public SandboxFactory factory(SandboxLimits limits) {
        return new SandboxFactory(engine, home, dev.slipway.engine.SandboxImage.reference(), limits, List.of("busybox:latest"));
    }

    public SandboxFactory factory() {
        return factory(SandboxLimits.defaults());
    }

    @Override
    public void close() {
        engine.close();
    }

    /** The one engine of this run, made on first use and closed at the end of the run. */
    public static TestEngine of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestEngine.class, key -> new TestEngine(), TestEngine.class);
    }

    /** Resolves {@link TestEngine} parameters with the one engine of this run. */
    public static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestEngine.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context);
        }
    }
}
