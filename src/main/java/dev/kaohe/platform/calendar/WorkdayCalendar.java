package dev.kaohe.platform.calendar;

import java.time.LocalDate;

/**
 * Whether a day is a working day. The cycle module answers from the imported public-holiday calendar (holidays
 * and make-up workdays, 调休); without it only Saturdays and Sundays are days off.
 */
public interface WorkdayCalendar {

    boolean isWorkday(LocalDate day);
}
