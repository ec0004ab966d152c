package gradcards.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gradcards.store.Database;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBenchTest {
    @TempDir
    Path dir;

    @Test
    void theBenchDatabaseHoldsAHundredThousandReviewsAndIsMeasured() {
        Path file = dir.resolve("bench.sqlite");
        java.util.List<String> seen = new java.util.ArrayList<>();
        StoreBench.Report report = StoreBench.run(file, (stage, step, total) -> seen.add(stage + " " + step + "/" + total), false);
        // it says where it is all along (bench store would be silent for many seconds otherwise)
        assertThat(seen).contains("writing 100k reviews 0/210", "writing 100k reviews 5/210", "writing 100k reviews 210/210", "overview queries 0/5",
                "whole overview 0/" + StoreBench.RUNS, "answer writes 0/" + StoreBench.ANSWERS,
                "answer writes 990/" + StoreBench.ANSWERS);
        assertThat(seen.stream().filter(x -> x.startsWith("answer writes"))).hasSize(StoreBench.ANSWERS / 10);

        try (Database db = Database.open(file)) {
            int all = db.reviewsBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), null);
            assertThat(all).isEqualTo(StoreBench.REVIEWS + StoreBench.CARDS + StoreBench.ANSWERS);
            assertThat(db.memories()).hasSize(StoreBench.CARDS);
        }
        // speed is the bench command's business (gradcards bench store); this only checks that it measures
        assertThat(report.overviewMs()).isPositive();
        assertThat(report.saveMedianMs()).isPositive();
        assertThat(report.saveP99Ms()).isGreaterThanOrEqualTo(report.saveMedianMs());
        assertThat(report.render()).contains("whole overview", "p99", "100,200 reviews");
    }

    @Test
    void percentileIsTheNearestRank() {
        double[] v = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
        assertThat(StoreBench.percentile(v, 50)).isEqualTo(5);
        assertThat(StoreBench.percentile(v, 99)).isEqualTo(10);
        assertThat(StoreBench.percentile(v, 10)).isEqualTo(1);
    }
}
