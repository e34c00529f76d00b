package dev.kaohe.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kaohe.scoring.SimulationResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored derivation of a result version: the engine's answer for the person in Chinese and in English, the
 * indicator actual row behind each measured item, and the intake period the actuals were read for.
 */
final class ResultJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultJson() {
    }

    record Derivation(SimulationResult.Person zh, SimulationResult.Person en, Map<String, Long> actualIds, String period) {

        SimulationResult.Person local(boolean english) {
            return english ? en : zh;
        }
    }

    static String write(Derivation d) {
        return JSON.writeValueAsString(d);
    }

    static Derivation read(String json) {
        return JSON.readValue(json, Derivation.class);
    }

    static Map<String, BigDecimal> itemScores(String json) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        read(json).zh().items().forEach(i -> out.put(i.code(), i.score()));
        return out;
    }
}
