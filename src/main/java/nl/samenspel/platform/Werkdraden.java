package nl.samenspel.platform;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Sizes Tomcat's worker pool to the machine: twice the cores, at least four. A page on the embedded database is
 * CPU work from start to end, so Tomcat's default of 200 threads only made them queue on locks and preempt each
 * other; on two cores it tripled the CPU per page and the 99th percentile (ADR 0009, bench/README.md). An operator
 * who sets {@code server.tomcat.threads.max} (for example against a remote PostgreSQL) gets exactly that.
 */
@Configuration(proxyBeanMethods = false)
class Werkdraden {

    static final String EIGENSCHAP = "server.tomcat.threads.max";

    static int standaard(int kernen) {
        return Math.max(4, 2 * kernen);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> werkdradenNaarKernen(Environment omgeving) {
        return factory -> {
            if (omgeving.containsProperty(EIGENSCHAP)) {
                return;
            }
            int draden = standaard(Runtime.getRuntime().availableProcessors());
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                    protocol.setMaxThreads(draden);
                }
            });
        };
    }
}
