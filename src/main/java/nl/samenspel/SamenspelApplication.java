package nl.samenspel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Samenspel: regie op gemeentelijke samenwerking. */
@SpringBootApplication
@Modulithic(sharedModules = {"platform", "security"})
public class SamenspelApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamenspelApplication.class, args);
    }
}
