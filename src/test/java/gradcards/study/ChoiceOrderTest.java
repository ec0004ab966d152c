package gradcards.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ChoiceOrderTest {

    @Property(tries = 500)
    void anOrderIsAPermutationAndTheSameSeedGivesTheSameOrder(@ForAll long seed, @ForAll String cardId, @ForAll int n) {
        int presentation = Math.floorMod(n, 50);
        int[] a = ChoiceOrder.shuffle(4, seed, cardId, presentation);
        assertThat(Arrays.stream(a).sorted().toArray()).containsExactly(0, 1, 2, 3);
        assertThat(ChoiceOrder.shuffle(4, seed, cardId, presentation)).containsExactly(a);
    }

    @Test
    void presentationsOfOneCardReachEveryPositionEvenly() {
        int[] keyAt = new int[4];
        Set<String> orders = new HashSet<>();
        for (int p = 0; p < 2400; p++) {
            int[] o = ChoiceOrder.shuffle(4, 7, "causes-mcq-01", p);
            orders.add(Arrays.toString(o));
            for (int i = 0; i < 4; i++) if (o[i] == 0) keyAt[i]++;
        }
        assertThat(orders).hasSize(24);
        for (int k : keyAt) assertThat(k).isBetween(480, 720);
    }
}
