package dev.slipway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.lesson.Block;
import dev.slipway.lesson.Exercise;
import dev.slipway.lesson.Lesson;
import dev.slipway.lesson.LessonCatalog;
import dev.slipway.lesson.LessonProblem;
import dev.slipway.lesson.LessonRenderer;
import dev.slipway.lesson.ParsedLesson;
import dev.slipway.progress.LessonProgress;
import dev.slipway.run.RunResult;
import dev.slipway.session.LearnerSession;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON API of the lesson pages: the catalogue, a lesson, running blocks and checking exercises. */
final class LessonApi {

    /** Block kinds the Run button runs; checks run through their exercise, hints never. */
    private static final Set<String> RUNNABLE = Set.of("transcript", "script", "file", "terminal", "java", "solution");
    /**
     * Block kinds counted as the lesson's steps in the catalogue. Terminal blocks are typed into
     * the learner's terminal, where nothing checks them, so they are practice, not steps.
     */
    private static final Set<String> STEPS = Set.of("transcript", "script", "file", "java");

    private final LessonCatalog catalog;
    private final LessonRenderer renderer;
    private final Learners learners;
    private final ObjectMapper json;
    private final Map<String, String> html = new ConcurrentHashMap<>();

    LessonApi(LessonCatalog catalog, LessonRenderer renderer, Learners learners, ObjectMapper json) {
        this.catalog = catalog;
        this.renderer = renderer;
        this.learners = learners;
        this.json = json;
    }

    void catalogue(Context ctx) {
        LearnerSession learner = learners.of(ctx);
        ctx.json(catalog.lessons().stream().map(parsed -> summary(parsed, learner.progress(parsed.lesson().id()))).toList());
    }

    void lesson(Context ctx) {
        ParsedLesson parsed = parsedLesson(ctx);
        Lesson lesson = parsed.lesson();
        LessonProgress progress = learners.of(ctx).progress(lesson.id());
        ctx.json(new LessonView(lesson.id(), lesson.frontMatter().title(), lesson.frontMatter().summary(),
                html.computeIfAbsent(lesson.id(), id -> renderer.render(lesson)),
                lesson.exercises().stream().map(e -> new LessonView.ExerciseView(e.id(), e.title())).toList(),
                List.copyOf(progress.blocksPassed()), List.copyOf(progress.exercisesSolved()), problems(parsed)));
    }

    void runBlock(Context ctx) {
        Lesson lesson = parsedLesson(ctx).lesson();
        Block block = block(lesson, ctx.pathParam("block"));
        RunRequest request = ctx.body().isBlank() ? RunRequest.asWritten() : ctx.bodyAsClass(RunRequest.class);
        EventStream events = new EventStream(ctx, json);
        RunResult result = learners.of(ctx).run(lesson, block, request.text(), events);
        events.send("result", RunOutcome.ofBlock(result));
    }

    void checkExercise(Context ctx) {
        Lesson lesson = parsedLesson(ctx).lesson();
        String id = ctx.pathParam("exercise");
        Exercise exercise = lesson.exercises().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundResponse("lesson '" + lesson.id() + "' has no exercise '" + id + "'"));
        EventStream events = new EventStream(ctx, json);
        RunResult result = learners.of(ctx).check(lesson, exercise, events);
        events.send("result", RunOutcome.ofCheck(exercise.id(), result));
    }

    void resetSandbox(Context ctx) {
        learners.of(ctx).resetSandbox();
        ctx.json(Map.of("reset", true));
    }

    private ParsedLesson parsedLesson(Context ctx) {
        String id = ctx.pathParam("lesson");
        return catalog.find(id).orElseThrow(() -> new NotFoundResponse("there is no lesson '" + id + "'"));
    }

    private static Block block(Lesson lesson, String number) {
        if (!number.matches("\\d{1,6}")) {
            throw new BadRequestResponse("'" + number + "' is not a block number; blocks are numbered from 0");
        }
        int index = Integer.parseInt(number);
        if (index >= lesson.blocks().size()) {
            throw new NotFoundResponse("lesson '" + lesson.id() + "' has no block " + index + "; it has "
                    + lesson.blocks().size());
        }
        Block block = lesson.blocks().get(index);
        String kind = LessonRenderer.kindOf(block);
        if (!RUNNABLE.contains(kind)) {
            throw new BadRequestResponse("block " + index + " of lesson '" + lesson.id() + "' is a " + kind
                    + " block, which is not run on its own" + (kind.equals("check") ? "; check its exercise instead" : ""));
        }
        return block;
    }

    private static LessonSummary summary(ParsedLesson parsed, LessonProgress progress) {
        Lesson lesson = parsed.lesson();
        List<Integer> steps = lesson.blocks().stream().filter(b -> STEPS.contains(LessonRenderer.kindOf(b)))
                .map(Block::index).toList();
        int passed = (int) steps.stream().filter(progress.blocksPassed()::contains).count();
        int solved = (int) lesson.exercises().stream().map(Exercise::id).filter(progress.exercisesSolved()::contains).count();
        return new LessonSummary(lesson.id(), lesson.frontMatter().title(), lesson.frontMatter().summary(), steps.size(),
                passed, lesson.exercises().size(), solved, problems(parsed));
    }

    private static List<String> problems(ParsedLesson parsed) {
        return parsed.problems().stream().map(LessonProblem::format).toList();
    }
}
