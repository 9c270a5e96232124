package nl.regioportaal.notify;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /kalender/<token>.ics}: open without login (calendar apps cannot log in); the token is the key. */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final CalendarFeed feed;

    CalendarFeedController(CalendarFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/kalender/{file:.+}")
    ResponseEntity<String> feed(@PathVariable String file, HttpServletRequest request) {
        String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : null;
        return switch (feed.feed(token, request.getRemoteAddr())) {
            case CalendarFeed.Answer.Feed f ->
                ResponseEntity.ok().contentType(CALENDAR).body(f.ics());
            case CalendarFeed.Answer.NotFound n -> ResponseEntity.notFound().build();
            case CalendarFeed.Answer.TooManyRequests t ->
                ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
        };
    }
}
