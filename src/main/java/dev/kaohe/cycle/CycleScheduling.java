package dev.kaohe.cycle;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduler for the reminder job; {@code kaohe.cycle.reminders-enabled=false} keeps the job idle. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CycleScheduling {
}
