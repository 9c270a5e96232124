package nl.regioportaal.notify;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal calendar feed {@code /kalender/<token>.ics}: no login, a random token of 256 bits that
 * its owner renews or revokes on {@code /profiel}. Only the token's hash is stored; the token is never
 * logged. More than {@value #MAX_MISSES} wrong tokens a minute from one address are refused (HTTP 429),
 * counted in the database so the limit holds on every node; behind a load balancer the address is the
 * client's (X-Forwarded-For, {@code server.forward-headers-strategy}).
 */
@Service
@Transactional
public class CalendarFeed {

    static final int MAX_MISSES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the feed endpoint answers. */
    public sealed interface Answer {
        record Feed(String ics) implements Answer {}

        record NotFound() implements Answer {}

        record TooManyRequests() implements Answer {}
    }

    private final FeedTokenRepository tokens;
    private final FeedMissRepository misses;
    private final CalendarItemRepository items;
    private final MailTransport transport;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarFeed(
            FeedTokenRepository tokens,
            FeedMissRepository misses,
            CalendarItemRepository items,
            MailTransport transport,
            CurrentUser currentUser,
            Clock clock) {
        this.tokens = tokens;
        this.misses = misses;
        this.items = items;
        this.transport = transport;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Since when my feed exists, if it does. */
    @Transactional(readOnly = true)
    public Optional<Instant> myFeedSince() {
        PortalUser user = currentUser.require();
        return tokens.findById(user.personId()).map(FeedToken::getCreatedAt);
    }

    /** A new token for my feed (the old one stops working); the URL is shown once. */
    public String renewMine() {
        PortalUser user = currentUser.require();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.findById(user.personId()).ifPresent(t -> {
            tokens.delete(t);
            tokens.flush();
        });
        tokens.save(new FeedToken(user.personId(), Notices.sha256(token), clock.instant()));
        return IcsWriter.absolute(transport.publicUrl(), "kalender/" + token + ".ics");
    }

    public void revokeMine() {
        PortalUser user = currentUser.require();
        tokens.findById(user.personId()).ifPresent(tokens::delete);
    }

    /**
     * Anonymous: the feed of the token's owner, or 404, or 429 after too many wrong tokens. A valid token
     * is always served: the limit slows down guessing, and must not let a stranger's misses from the same
     * address (a calendar service's, or a load balancer's) block everyone's calendar.
     */
    public Answer feed(String token, String address) {
        Instant now = clock.instant();
        Optional<FeedToken> owner = token == null || token.length() > 100
                ? Optional.empty()
                : tokens.findByTokenHash(Notices.sha256(token));
        if (owner.isEmpty()) {
            if (misses.countByAddressAndMissedAtAfter(address, now.minus(Duration.ofMinutes(1))) >= MAX_MISSES) {
                return new Answer.TooManyRequests();
            }
            misses.save(new FeedMiss(address, now));
            misses.deleteOlderThan(now.minus(Duration.ofHours(1)));
            return new Answer.NotFound();
        }
        return new Answer.Feed(IcsWriter.feed(
                items.findByPersonIdOrderByIdAsc(owner.get().getPersonId()), transport.publicUrl(), now));
    }
}
