package dev.slipway.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.slipway.sandbox.TestEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEngine.Extension.class)
class ImageProvisionerIT {

    @Test
    void removesSandboxImagesOfEarlierRecipesButNotTheCurrentOne(TestEngine engine) {
        var client = engine.engine().client();
        client.tagImageCmd("busybox:latest", "slipway/sandbox", "an-earlier-recipe").exec();
        List<String> said = new ArrayList<>();

        new ImageProvisioner(engine.engine(), engine.home(), said::add).removeStaleSandboxImages();

        assertThat(exists(engine, "slipway/sandbox:an-earlier-recipe")).isFalse();
        assertThat(exists(engine, SandboxImage.reference())).isTrue();
        assertThat(exists(engine, "busybox:latest")).isTrue();
        assertThat(said).containsExactly("slipway/sandbox:an-earlier-recipe: removed, an earlier version of the sandbox image");
    }

    private static boolean exists(TestEngine engine, String reference) {
        try {
            engine.engine().client().inspectImageCmd(reference).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
