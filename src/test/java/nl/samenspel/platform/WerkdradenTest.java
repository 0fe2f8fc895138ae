package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.SamenspelTest;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** The running server has a worker pool sized to the machine, not Tomcat's 200 threads. */
@SamenspelTest
class WerkdradenTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void tweeDradenPerKernMetEenMinimumVanVier() {
        assertThat(Werkdraden.standaard(1)).isEqualTo(4);
        assertThat(Werkdraden.standaard(2)).isEqualTo(4);
        assertThat(Werkdraden.standaard(8)).isEqualTo(16);
    }

    @Test
    void deDraaiendeServerGebruiktDieGrootte() {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) connector.getProtocolHandler();
        assertThat(protocol.getMaxThreads())
                .isEqualTo(Werkdraden.standaard(Runtime.getRuntime().availableProcessors()));
    }
}
