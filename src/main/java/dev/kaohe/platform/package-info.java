/**
 * Infrastructure every module may use: the embedded database, error answers, locale, layout, clock.
 * It depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.kaohe.platform;
