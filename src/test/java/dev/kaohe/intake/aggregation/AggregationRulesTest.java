package dev.kaohe.intake.aggregation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

import dev.kaohe.intake.aggregation.domain.Filter;
import dev.kaohe.intake.aggregation.domain.Measure;
import dev.kaohe.intake.aggregation.domain.Outcome;
import dev.kaohe.intake.aggregation.domain.PeriodKind;
import dev.kaohe.intake.aggregation.domain.ReportingPeriod;
import dev.kaohe.intake.aggregation.domain.Rule;
import dev.kaohe.intake.aggregation.domain.Tally;
import dev.kaohe.intake.aggregation.domain.TimeUnit;
import dev.kaohe.intake.aggregation.domain.WorkingHours;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregationRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingHours NINE_TO_SIX = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0), SHANGHAI,
            WorkingHours.weekdays());

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Rule rule(Measure m, String field, String second, String factor) {
        return new Rule(m, field, second, TimeUnit.WORKING_HOURS, d(factor), 2);
    }

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void salesRevenueIsTheSumOfOrderAmountsAndSaysHowManyOrders() {
        Outcome o = rule(Measure.SUM, "amount", null, "1").outcome(Tally.of(3, d("1200.50")));
        assertThat(o.value()).isEqualByComparingTo("1200.50");
        assertThat(o.explanation().english()).isEqualTo("sum of amount over 3 records = 1200.5");
        assertThat(o.explanation().key()).isEqualTo("aggregation.explain.sum");
    }

    @Test
    void collectionRateIsCollectedDividedByDueInPercent() {
        Outcome o = rule(Measure.RATIO, "amount", "amount_due", "100").outcome(Tally.of(4, d("950"), d("1000")));
        assertThat(o.value()).isEqualByComparingTo("95.00");
        assertThat(o.explanation().english()).contains("amount ÷ amount_due: 950 ÷ 1000 (4 records)", "× 100");
    }

    @Test
    void aRatioWithNothingDueHasNoValueAndSaysTheDenominatorIsZero() {
        Outcome o = rule(Measure.RATIO, "amount", "amount_due", "100").outcome(Tally.of(2, d("50"), BigDecimal.ZERO));
        assertThat(o.hasValue()).isFalse();
        assertThat(o.explanation().key()).isEqualTo("aggregation.explain.none.zeroDenominator");
        assertThat(o.explanation().english()).isEqualTo("no value: the denominator is zero (2 records)");
    }

    @Test
    void noRecordsMeansNoValueRatherThanZero() {
        assertThat(rule(Measure.SUM, "amount", null, "1").outcome(Tally.of(0, null)).hasValue()).isFalse();
        assertThat(rule(Measure.COUNT, null, null, "1").outcome(Tally.of(0, null)).explanation().key())
                .isEqualTo("aggregation.explain.none.noRecords");
    }

    @Test
    void newCustomerRevenueShareIsThePartOverTheWhole() {
        Outcome o = rule(Measure.SHARE, "amount", null, "100").outcome(Tally.of(5, d("300"), d("1000")));
        assertThat(o.value()).isEqualByComparingTo("30.00");
    }

    @Test
    void leadConversionIsTheShareOfRecordsThatConverted() {
        Outcome o = rule(Measure.SHARE, "records", null, "100").outcome(Tally.of(8, d("3"), d("8")));
        assertThat(o.value()).isEqualByComparingTo("37.50");
    }

    @Test
    void averageCsatDividesBySurveysThatAnswered() {
        Outcome o = rule(Measure.AVERAGE, "csat", null, "1").outcome(Tally.of(4, d("14"), d("3")));
        assertThat(o.value()).isEqualByComparingTo("4.67");
    }

    @Test
    void distinctCountCountsEachCustomerOnce() {
        Outcome o = rule(Measure.DISTINCT_COUNT, "customer", null, "1").outcome(Tally.of(6, d("4")));
        assertThat(o.value()).isEqualByComparingTo("4");
        assertThat(o.explanation().english()).isEqualTo("4 distinct values of customer in 6 records");
    }

    @Test
    void npsIsPercentPromotersMinusPercentDetractors() {
        // 10 answers: 5 promoters (9–10), 2 detractors (0–6) → 50% − 20% = 30
        Outcome o = rule(Measure.NET_PROMOTER, "nps", null, "1").outcome(Tally.of(10, d("5"), d("10"), d("2")));
        assertThat(o.value()).isEqualByComparingTo("30.00");
    }

    @Test
    void growthComparesWithThePreviousPeriodInPercent() {
        Outcome o = rule(Measure.GROWTH, "amount", null, "1").outcome(Tally.of(3, d("1200"), d("1000")));
        assertThat(o.value()).isEqualByComparingTo("20.00");
        assertThat(o.explanation().english()).isEqualTo("growth of amount: 1200 against 1000 in the previous period (3 records)");
    }

    @Test
    void growthWithNoPreviousPeriodHasNoValue() {
        Outcome o = rule(Measure.GROWTH, "amount", null, "1").outcome(Tally.of(3, d("1200"), null));
        assertThat(o.hasValue()).isFalse();
        assertThat(o.explanation().key()).isEqualTo("aggregation.explain.none.noPrevious");
    }

    @Test
    void growthFromZeroHasNoValue() {
        assertThat(rule(Measure.GROWTH, "amount", null, "1").outcome(Tally.of(1, d("5"), BigDecimal.ZERO)).explanation().key())
                .isEqualTo("aggregation.explain.none.zeroPrevious");
    }

    @Test
    void averageResponseHoursAreTotalHoursOverAnsweredPairs() {
        Outcome o = rule(Measure.TIME_BETWEEN, "started_at", "first_response_at", "1").outcome(Tally.of(3, d("5"), d("2"), d("1")));
        assertThat(o.value()).isEqualByComparingTo("2.50");
        assertThat(o.explanation().english()).isEqualTo("average working hours from started_at to first_response_at: 5 ÷ 2 pairs (3 records, 1 left out)");
    }

    @Test
    void aComplaintReceivedFridayAfternoonAndAnsweredMondayMorningTookThreeWorkingHours() {
        // Friday 2025-07-04 16:00 → Monday 2025-07-07 10:00: 2 h on Friday, 1 h on Monday
        assertThat(NINE_TO_SIX.between(at("2025-07-04T16:00"), at("2025-07-07T10:00"))).isEqualByComparingTo("3");
    }

    @Test
    void aPublicHolidayCountsNoWorkingHoursAndAMakeUpSaturdayDoes() {
        LocalDate nationalDay = LocalDate.of(2025, 10, 1);
        LocalDate makeUpSaturday = LocalDate.of(2025, 9, 27);
        Set<LocalDate> off = Set.of(nationalDay);
        WorkingHours calendar = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0), SHANGHAI,
                day -> day.equals(makeUpSaturday) || (!off.contains(day) && day.getDayOfWeek().getValue() <= 5));
        // Tuesday 30 Sep 17:00 → Thursday 2 Oct 10:00: 1 h on Tuesday, none on the holiday, 1 h on Thursday
        assertThat(calendar.between(at("2025-09-30T17:00"), at("2025-10-02T10:00"))).isEqualByComparingTo("2");
        // Friday 26 Sep 17:30 → Saturday 27 Sep (make-up workday) 10:00: 0.5 h + 1 h
        assertThat(calendar.between(at("2025-09-26T17:30"), at("2025-09-27T10:00"))).isEqualByComparingTo("1.5");
    }

    @Test
    void timeOutsideWorkingHoursOnTheSameDayCountsNothing() {
        assertThat(NINE_TO_SIX.between(at("2025-07-08T19:00"), at("2025-07-08T22:00"))).isEqualByComparingTo("0");
    }

    @Test
    void anEndBeforeItsStartIsLeftOut() {
        assertThat(NINE_TO_SIX.between(at("2025-07-08T12:00"), at("2025-07-08T10:00"))).isNull();
    }

    @Test
    void calendarHoursAndDaysCountEveryHour() {
        assertThat(WorkingHours.calendarHours(at("2025-07-04T16:00"), at("2025-07-07T10:00"))).isEqualByComparingTo("66");
        assertThat(WorkingHours.calendarDays(at("2025-07-04T12:00"), at("2025-07-07T00:00"))).isEqualByComparingTo("2.5");
    }

    @Test
    void filtersNameRecordFieldsAndRefuseAnythingElse() {
        Filter f = Filter.parse("customer_tier=A; severity=HIGH|CRITICAL and new_customer=TRUE; ended_at!=");
        assertThat(f.toString()).isEqualTo("customer_tier=A; severity=HIGH|CRITICAL; new_customer=true; ended_at!=");
        assertThatThrownBy(() -> Filter.parse("salary=1")).hasMessageContaining("\"salary\" is not a record field");
        assertThatThrownBy(() -> Filter.parse("new_customer=maybe")).hasMessageContaining("true or false");
        assertThatThrownBy(() -> Filter.parse("amount=lots")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Filter.parse("tier")).hasMessageContaining("is not field=value");
    }

    @Test
    void aQuarterContainsItsThreeMonthsAndFollowsThePreviousQuarter() {
        ReportingPeriod q = ReportingPeriod.of(PeriodKind.QUARTER, YearMonth.of(2025, 8));
        assertThat(q.toString()).isEqualTo("2025Q3");
        assertThat(q.previous().toString()).isEqualTo("2025Q2");
        assertThat(q.next().toString()).isEqualTo("2025Q4");
        assertThat(q.endDay()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(ReportingPeriod.parse("2025Q3")).isEqualTo(q);
        assertThat(ReportingPeriod.covering(PeriodKind.QUARTER, YearMonth.of(2025, 6), YearMonth.of(2025, 8)))
                .extracting(Object::toString).containsExactly("2025Q2", "2025Q3");
        assertThat(ReportingPeriod.parse("2025-01").previous().toString()).isEqualTo("2024-12");
    }
}
