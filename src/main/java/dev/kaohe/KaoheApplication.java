package dev.kaohe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KaoheApplication {

    public static void main(String[] args) {
        SpringApplication.run(KaoheApplication.class, args);
    }
}
