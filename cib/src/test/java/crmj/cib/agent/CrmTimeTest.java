package crmj.cib.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrmTimeTest {

    @ParameterizedTest
    @CsvSource({
        "20, 20000",
        "20s, 20000",
        "20 sec, 20000",
        "1m, 60000",
        "2min, 120000",
        "1h, 3600000",
        "1HR, 3600000",
        "500ms, 500",
        "1500us, 1",
        "1.5m, 1000",
        "10s5, 10000",
        "abc, -1",
        "5d, -1",
        "-5, -1",
        "P1D, -1",
    })
    void readsTimesAsCrmshDoes(String text, long millis) {
        assertEquals(millis, CrmTime.msec(text));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "NULL"}, nullValues = "NULL")
    void nothingIsUnreadable(String text) {
        assertEquals(-1, CrmTime.msec(text));
    }
}
