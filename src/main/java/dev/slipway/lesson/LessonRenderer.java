package dev.slipway.lesson;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a lesson into HTML for the browser. Every block becomes a {@code div.block} with
 * {@code data-block} (its index), {@code data-kind} and, inside an exercise,
 * {@code data-exercise}, so the page can attach Run and Check buttons; hints and solutions are
 * {@code hidden} until the learner asks. Exercise headings carry {@code data-exercise}. The
 * front matter is not shown, raw HTML in the markdown is shown as text, and links keep only
 * http, https, mailto and relative targets. Holds one parser and renderer; safe to share.
 */
public final class LessonRenderer {

    private static final DataKey<Map<Integer, Block>> BLOCKS_BY_LINE = new DataKey<>("SLIPWAY_BLOCKS_BY_LINE", Map.of());
    private static final DataKey<Map<Integer, String>> EXERCISES_BY_LINE = new DataKey<>("SLIPWAY_EXERCISES_BY_LINE", Map.of());
    private static final DataKey<Map<Integer, String>> EXERCISE_OF_BLOCK = new DataKey<>("SLIPWAY_EXERCISE_OF_BLOCK", Map.of());
    private static final Pattern SAFE_URL = Pattern.compile("(?i)^(https?:|mailto:|#|/|\\./|\\.\\./|[^:/?#]*([/?#]|$)).*");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public LessonRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(dataHolder -> new BlockRenderer())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return new SafeAttributes(context.getDocument());
                    }
                })
                .build();
    }

    /** The lesson's body as HTML, without its front matter. */
    public String render(Lesson lesson) {
        String body = LessonSource.split(lesson.source().replace("\r\n", "\n"), new Problems(lesson.path())).body();
        Document document = parser.parse(body);
        Map<Integer, Block> blocks = new HashMap<>();
        lesson.blocks().forEach(block -> blocks.put(block.line(), block));
        Map<Integer, String> headings = new HashMap<>();
        Map<Integer, String> exerciseOfBlock = new HashMap<>();
        for (Exercise exercise : lesson.exercises()) {
            headings.put(exercise.line(), exercise.id());
            exercise.checks().forEach(b -> exerciseOfBlock.put(b.index(), exercise.id()));
            exercise.hints().forEach(b -> exerciseOfBlock.put(b.index(), exercise.id()));
            exercise.solutions().forEach(b -> exerciseOfBlock.put(b.index(), exercise.id()));
        }
        document.set(BLOCKS_BY_LINE, blocks);
        document.set(EXERCISES_BY_LINE, headings);
        document.set(EXERCISE_OF_BLOCK, exerciseOfBlock);
        return renderer.render(document);
    }

    /** What the page calls a block's kind: transcript, script, file, terminal, java, check, hint or solution. */
    public static String kindOf(Block block) {
        if (block instanceof JavaBlock java) {
            return java.isCheck() ? "check" : "java";
        }
        return block.getClass().getSimpleName().replace("Block", "").toLowerCase(Locale.ROOT);
    }

    private static int lineOf(Node node) {
        return node.getStartLineNumber() + 1;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Renders the fences that are blocks; leaves display-only code to flexmark. */
    private static final class BlockRenderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock fence, NodeRendererContext context, HtmlWriter html) {
            Block block = BLOCKS_BY_LINE.get(context.getDocument()).get(lineOf(fence));
            if (block == null) {
                context.delegateRender();
                return;
            }
            String kind = kindOf(block);
            String exercise = EXERCISE_OF_BLOCK.get(context.getDocument()).getOrDefault(block.index(), "");
            String language = block.info().language();
            StringBuilder div = new StringBuilder("<div class=\"block block-").append(kind).append('"')
                    .append(" id=\"block-").append(block.index()).append('"')
                    .append(" data-block=\"").append(block.index()).append('"')
                    .append(" data-kind=\"").append(kind).append('"')
                    .append(" data-line=\"").append(block.line()).append('"');
            if (!exercise.isEmpty()) {
                div.append(" data-exercise=\"").append(escape(exercise)).append('"');
            }
            if (kind.equals("hint") || kind.equals("solution")) {
                div.append(" hidden");
            }
            div.append(">\n<div class=\"block-label\">").append(escape(label(block))).append("</div>\n")
                    .append("<pre class=\"block-code\"><code class=\"language-").append(escape(language)).append("\">")
                    .append(escape(block.text())).append("</code></pre>\n</div>\n");
            html.line().raw(div.toString());
        }

        private static String label(Block block) {
            if (block instanceof FileBlock file) {
                return "file " + file.path();
            }
            if (block instanceof CheckBlock check) {
                return check.title().orElse("check");
            }
            if (block instanceof JavaBlock java && java.isCheck()) {
                return java.title().orElse("check");
            }
            return kindOf(block);
        }
    }

    /** Marks exercise headings and drops link targets that could run script. */
    private static final class SafeAttributes implements AttributeProvider {

        private final Document document;

        SafeAttributes(Document document) {
            this.document = document;
        }

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (node instanceof Heading) {
                String exercise = EXERCISES_BY_LINE.get(document).get(lineOf(node));
                if (exercise != null) {
                    attributes.replaceValue("data-exercise", exercise);
                    attributes.replaceValue("class", "exercise-heading");
                }
            }
            if (node instanceof Link || node instanceof Image) {
                String name = node instanceof Link ? "href" : "src";
                var value = attributes.getValue(name);
                if (value != null && !SAFE_URL.matcher(value.strip()).matches()) {
                    attributes.replaceValue(name, "#");
                } else if (value != null) {
                    attributes.replaceValue(name, LessonLinks.forWorkbench(value.strip(), node instanceof Image));
                }
            }
        }
    }
}
