package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.util.List;
import nl.samenspel.gemeente.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The samenwerking's domain speaks of municipalities as {@link GemeenteCode}, a value that is always a CBS code:
 * the web boundary reads the client's text, the domain never parses a {@code String} again.
 */
class GemeenteCodeInHetDomeinTest {

    @ParameterizedTest
    @ValueSource(classes = {NieuweSamenwerking.class, SamenwerkingWijziging.class})
    void deInvoerVanHetDomeinDraagtGemeentecodes(Class<?> invoer) throws ReflectiveOperationException {
        Type type = invoer.getMethod("gemeenten").getGenericReturnType();
        assertThat(type.getTypeName()).isEqualTo(List.class.getName() + "<" + GemeenteCode.class.getName() + ">");
    }

    @Test
    void eenSamenwerkingGeeftHaarGemeentenAlsCodes() throws ReflectiveOperationException {
        Type type = Samenwerking.class.getMethod("gemeenteCodes").getGenericReturnType();
        assertThat(type.getTypeName()).isEqualTo(List.class.getName() + "<" + GemeenteCode.class.getName() + ">");
    }
}
