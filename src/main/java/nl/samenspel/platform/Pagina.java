package nl.samenspel.platform;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One page of a longer list, with the total so clients and pages can show "x van y". */
public record Pagina<T>(List<T> items, int pagina, int grootte, long totaal) {

    public static final int MAX_GROOTTE = 100;

    public int aantalPaginas() {
        return grootte == 0 ? 0 : (int) ((totaal + grootte - 1) / grootte);
    }

    public boolean heeftVorige() {
        return pagina > 1;
    }

    public boolean heeftVolgende() {
        return pagina < aantalPaginas();
    }

    public <R> Pagina<R> map(Function<T, R> f) {
        return new Pagina<>(items.stream().map(f).toList(), pagina, grootte, totaal);
    }

    /** Clamp user-supplied paging to sane bounds instead of failing on them. */
    public static int pagina(@Nullable Integer gevraagd) {
        return gevraagd == null || gevraagd < 1 ? 1 : gevraagd;
    }

    public static int grootte(@Nullable Integer gevraagd, int standaard) {
        if (gevraagd == null || gevraagd < 1) {
            return standaard;
        }
        return Math.min(gevraagd, MAX_GROOTTE);
    }
}
