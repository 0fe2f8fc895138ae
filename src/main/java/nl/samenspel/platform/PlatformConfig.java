package nl.samenspel.platform;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

@Configuration(proxyBeanMethods = false)
class PlatformConfig {

    /** Every module keeps its own bundle in {@code messages/<module>.properties}; all are picked up. */
    @Bean
    MessageSource messageSource() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        String[] basenames = Arrays.stream(bundles)
                .map(Resource::getFilename)
                .filter(name -> name != null && !name.contains("_"))
                .map(name -> "classpath:messages/" + name.substring(0, name.length() - ".properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setCacheSeconds(-1);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Teksten.NL);
    }

    static {
        Locale.setDefault(Teksten.NL);
    }
}
