package gradcards.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** synonyms.json as shipped (names, every reject) and the "@group" expansion rules on small files. */
class SynonymsTest {
    /** The binding list of group names from the deck format. */
    private static final List<String> NAMES = List.of("vanishing", "exploding", "relu", "leaky_relu", "prelu", "elu",
            "gelu", "sigmoid", "tanh", "softmax", "dropout", "batchnorm", "layernorm", "early_stopping", "l1", "l2",
            "lasso", "ridge", "elastic_net", "weight_decay", "clipping", "pretraining", "finetuning", "rbm",
            "autoencoder", "overfitting", "xavier", "he", "residual", "lstm", "gru", "backprop", "gradient_descent",
            "momentum", "adagrad", "rmsprop", "adam", "adamw", "co_adaptation", "dbn", "perceptron", "validation",
            "regularization", "normalization", "activation_function", "saturation", "dying_relu", "chain_rule");

    private static Synonyms parse(String json) {
        return Synonyms.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bundledFileHasExactlyTheBindingGroupNames() {
        assertThat(Bundled.synonyms().groupNames()).containsExactlyInAnyOrderElementsOf(NAMES);
    }

    @Test
    void everyGroupIsRich() {
        for (String name : NAMES) {
            AnswerKey k = Bundled.synonyms().key(name);
            assertThat(k.accept()).as(name).hasSizeGreaterThanOrEqualTo(5);
            assertThat(k.accept()).as(name + " has a Korean form").anyMatch(f -> f.matches(".*[가-힣].*"));
            assertThat(k.accept()).as(name + " has a Latin form").anyMatch(f -> f.matches(".*[A-Za-z].*"));
        }
    }

    /** Every reject written in synonyms.json (read independently: literal, or the literal forms of "@g"). */
    static Stream<Arguments> everyReject() {
        JsonNode groups = Bundled.json().get("groups");
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> g : groups.properties()) {
            for (JsonNode r : g.getValue().path("reject")) {
                String entry = r.asText();
                if (!entry.startsWith("@")) out.add(Arguments.of(g.getKey(), entry));
                else for (JsonNode f : groups.get(entry.substring(1)).get("accept")) {
                    if (!f.asText().startsWith("@")) out.add(Arguments.of(g.getKey(), f.asText()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "@{0} rejects \"{1}\"")
    @MethodSource("everyReject")
    void everyRejectIsWrongForItsGroupInBothModes(String group, String reject) {
        AnswerKey key = Bundled.synonyms().key(group);
        assertThat(new Grader(false).grade(reject, key).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(new Grader(true).grade(reject, key).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(new Grader(false).grade(reject, key).reason()).isEqualTo(Reason.REJECTED);
    }

    @Test
    void thereAreManyRejectsToTest() {
        assertThat(everyReject().count()).isGreaterThan(400);
    }

    @Test
    void bareJeongGyuHwaIsInNoGroupButACardMayAcceptIt() {
        for (String name : NAMES) {
            assertThat(Bundled.synonyms().key(name).accept()).as(name).noneMatch(f -> AnswerNormalizer.fold(f).equals("정규화"));
        }
        AnswerKey card = Bundled.synonyms().key(List.of("@regularization", "정규화"), List.of(), null, null, false);
        assertThat(new Grader(true).grade("정규화", card).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void acceptSideRefBringsFormsAndRejects() {
        Synonyms s = parse("{\"groups\":{\"a\":{\"accept\":[\"alpha\",\"@b\"],\"reject\":[\"@c\"]},"
                + "\"b\":{\"accept\":[\"beta\"],\"reject\":[\"zeta\"]},\"c\":{\"accept\":[\"gamma\",\"@d\"]},"
                + "\"d\":{\"accept\":[\"delta\"]}}}");
        AnswerKey k = s.key(List.of("@a", "own"), List.of("@d", "nope"), 0.5, null, true);
        assertThat(k.accept()).containsExactly("alpha", "beta", "own");
        assertThat(k.reject()).containsExactlyInAnyOrder("delta", "nope", "gamma", "zeta");
        assertThat(k.numeric()).isEqualTo(0.5);
        assertThat(k.tolerance()).isEqualTo(AnswerKey.DEFAULT_TOLERANCE);
        assertThat(k.strictTypos()).isTrue();
        assertThat(s.groupNames()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void inheritedRejectsYieldToTheCardsAcceptsButExplicitRejectsWin() {
        Synonyms s = parse("{\"groups\":{\"x\":{\"accept\":[\"ex\"],\"reject\":[\"@y\"]},"
                + "\"y\":{\"accept\":[\"why\"],\"reject\":[\"@x\"]}}}");
        assertThat(s.key(List.of("@x", "@y"), List.of(), null, null, false).reject()).isEmpty();
        AnswerKey k = s.key(List.of("@x"), List.of("@x"), null, null, false);
        assertThat(new Grader(false).grade("ex", k).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void nullListsAndToleranceAreAllowed() {
        AnswerKey k = parse("{\"groups\":{}}").key(null, null, 0.25, 0.01, false);
        assertThat(k.accept()).isEmpty();
        assertThat(k.tolerance()).isEqualTo(0.01);
    }

    @Test
    void unknownGroupIsAClearError() {
        assertThatThrownBy(() -> Bundled.synonyms().key(List.of("@xyz"), List.of(), null, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown synonym group @xyz");
        assertThatThrownBy(() -> Bundled.synonyms().key(List.of("relu"), List.of("@nope"), null, null, false))
                .hasMessage("unknown synonym group @nope");
        assertThatThrownBy(() -> parse("{\"groups\":{\"a\":{\"accept\":[\"x\"],\"reject\":[\"@zz\"]}}}"))
                .hasMessage("unknown synonym group @zz");
    }

    @Test
    void cyclesAndMalformedFilesAreClearErrors() {
        assertThatThrownBy(() -> parse("{\"groups\":{\"a\":{\"accept\":[\"@b\"]},\"b\":{\"accept\":[\"@a\"]}}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> parse("{\"groups\":[]}")).hasMessageContaining("\"groups\"");
        assertThatThrownBy(() -> parse("{\"groups\":{\"a\":{\"accept\":[1]}}}")).hasMessageContaining("group a");
        assertThatThrownBy(() -> parse("{\"groups\":{\"a\":{\"accept\":[]}}}")).hasMessageContaining("accepts nothing");
        assertThatThrownBy(() -> parse("{\"groups\":")).hasMessageContaining("not valid JSON");
    }
}
