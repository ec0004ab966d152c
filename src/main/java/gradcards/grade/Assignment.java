package gradcards.grade;

/** Picks which blank each typed answer fills when blanks match as a set (small n: exhaustive search). */
final class Assignment {
    private Assignment() {
    }

    /** typed[i] → blank[i]. */
    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    /** The assignment (typed i → blank a[i], each blank once) with the highest score, first found on ties. */
    static int[] best(Result[][] grid) {
        int n = grid.length;
        int[] best = identity(n);
        search(grid, 0, new int[n], new boolean[n], best, new int[] {score(grid, best)});
        return best;
    }

    private static void search(Result[][] g, int i, int[] cur, boolean[] used, int[] best, int[] bestScore) {
        if (i == g.length) {
            int s = score(g, cur);
            if (s > bestScore[0]) {
                bestScore[0] = s;
                System.arraycopy(cur, 0, best, 0, cur.length);
            }
            return;
        }
        for (int j = 0; j < g.length; j++) {
            if (used[j]) continue;
            used[j] = true;
            cur[i] = j;
            search(g, i + 1, cur, used, best, bestScore);
            used[j] = false;
        }
    }

    /** Right answers count first (weight n+1), exact ones break ties. */
    private static int score(Result[][] g, int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            Verdict v = g[i][a[i]].verdict();
            s += (v.correct() ? a.length + 1 : 0) + (v == Verdict.CORRECT ? 1 : 0);
        }
        return s;
    }
}
