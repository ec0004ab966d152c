package gradcards.bench;

/** The bare-JVM reference of `bench startup`: a class that prints one word, started from the same jar. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
