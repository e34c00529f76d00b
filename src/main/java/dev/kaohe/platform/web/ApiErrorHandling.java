package dev.kaohe.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.kaohe.platform.ConflictException;
import dev.kaohe.platform.FieldProblem;
import dev.kaohe.platform.InvalidInputException;
import dev.kaohe.platform.Messages;
import dev.kaohe.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** REST errors as RFC 9457 problem details; validation problems list every field in {@code errors}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling extends ResponseEntityExceptionHandler {

    private final Messages messages;

    ApiErrorHandling(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, messages.get("error.notFound"), "not-found");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, messages.get("error.forbidden"), "forbidden");
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    ProblemDetail conflict(RuntimeException e) {
        String detail = e instanceof ConflictException ? e.getMessage() : messages.get("error.concurrentChange");
        return problem(HttpStatus.CONFLICT, detail, "conflict");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(),
                        error.getRejectedValue() == null ? null : String.valueOf(error.getRejectedValue()),
                        messages.get(error.getDefaultMessage() == null ? "error.invalid" : error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    private ProblemDetail invalid(List<FieldProblem> problems) {
        String detail = problems.isEmpty() ? messages.get("error.invalid")
                : problems.get(0).field() + ": " + problems.get(0).message();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail, "invalid-input");
        problem.setProperty("errors", problems.stream()
                .map(p -> p.value() == null ? Map.of("field", p.field(), "message", p.message())
                        : Map.of("field", p.field(), "value", p.value(), "message", p.message()))
                .toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:kaohe:problem:" + type));
        return problem;
    }
}
