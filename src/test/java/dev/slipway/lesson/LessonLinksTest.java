package dev.slipway.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonLinksTest {

    @Test
    void pointsALinkToAnotherLessonFileAtItsPage() {
        assertThat(LessonLinks.forWorkbench("20-images.md", false)).isEqualTo("/lessons/20-images");
        assertThat(LessonLinks.forWorkbench("./20-images.md#tags", false)).isEqualTo("/lessons/20-images#tags");
    }

    @Test
    void servesRelativePicturesFromTheLessonsFolder() {
        assertThat(LessonLinks.forWorkbench("images/docker-architecture.svg", true))
                .isEqualTo("/lesson-files/images/docker-architecture.svg");
    }

    @Test
    void leavesAbsoluteAddressesAndAnchorsAlone() {
        assertThat(LessonLinks.forWorkbench("https://docs.docker.com/", false)).isEqualTo("https://docs.docker.com/");
        assertThat(LessonLinks.forWorkbench("#recap", false)).isEqualTo("#recap");
        assertThat(LessonLinks.forWorkbench("/lessons/x", false)).isEqualTo("/lessons/x");
    }
}
