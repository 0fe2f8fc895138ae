package nl.samenspel.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo accounts and the practice case are created. Read when the application runs, not as a bean
 * condition: an ahead-of-time processed build fixes its conditions at build time, and production (profile
 * {@code postgres}) must never get demo accounts from a jar built with the demo on.
 */
@Component
class DemoSchakelaar {

    private final boolean aan;

    DemoSchakelaar(@Value("${samenspel.demo.enabled:false}") boolean aan) {
        this.aan = aan;
    }

    boolean aan() {
        return aan;
    }
}
