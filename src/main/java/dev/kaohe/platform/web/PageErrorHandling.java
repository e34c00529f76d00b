package dev.kaohe.platform.web;

import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors on pages: the layout's error page with a message in the user's language. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandling {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "error.notFound", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, "error.forbidden", null);
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    ModelAndView conflict(RuntimeException e) {
        return page(HttpStatus.CONFLICT, "error.concurrentChange", e instanceof ConflictException ? e.getMessage() : null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        return page(HttpStatus.BAD_REQUEST, "error.invalid", e.getMessage());
    }

    private static ModelAndView page(HttpStatus status, String messageKey, String detail) {
        ModelAndView view = new ModelAndView("error/problem");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("messageKey", messageKey);
        view.addObject("detail", detail);
        return view;
    }
}
