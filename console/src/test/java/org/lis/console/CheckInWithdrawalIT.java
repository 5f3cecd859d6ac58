package org.lis.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lis.consolehost.RoomScenario;
import org.lis.consolehost.RunningServices;
import org.lis.consolehost.ServiceCalls;
import org.lis.support.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer withdraws an invitation sent in error from the workshop's invitations, and it shows as withdrawn with
 * the reason. A facilitator withdraws a check-in tapped by mistake: the room's link, the confirmation page asking why (refused
 * without a reason), and back in the room the partner can be checked in again. Pages checked with axe-core at desktop
 * and tablet widths.
 */
class CheckInWithdrawalIT {

    private static ChromeDriver browser;
    private static RunningServices services;
    private static String console;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        services = RunningServices.get();
        console = services.console().toString();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void facilitatorWithdrawsACheckInTappedByMistake() {
        RoomScenario day = RoomScenario.load(services);
        String partner = day.partner("silverstone");
        ServiceCalls.post(services.workshop(), "/api/workshops/" + day.todayId() + "/attendance", "facilitator",
                Map.of("partnerId", partner, "walkIn", false));
        browser.get(console + "/sign-in");
        Browser.signIn(browser, "facilitator");
        String room = console + "/workshops/" + day.todayId() + "/room";
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            d.get(room);
            return !d.findElements(By.id("withdraw-" + partner)).isEmpty();
        });
        Browser.checkPage(browser, "room-with-withdraw-link");

        Browser.follow(browser, By.id("withdraw-" + partner));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(day.name("silverstone"));
        Browser.checkPage(browser, "withdraw-check-in");

        Browser.follow(browser, By.id("withdraw"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Say why the check-in is withdrawn");
        Browser.checkPage(browser, "withdraw-check-in-errors");

        Browser.type(browser, "reason", "Tapped the wrong organisation");
        Browser.follow(browser, By.id("withdraw"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/room"));
        assertThat(browser.findElements(By.id("check-in-" + partner))).as("may be checked in again").hasSize(1);
        assertThat(browser.findElements(By.id("withdraw-" + partner))).isEmpty();
        Browser.checkPage(browser, "room-after-withdrawal");
        Browser.signOut(browser);
    }

    @Test
    void officerWithdrawsAnInvitationSentInError() {
        RoomScenario day = RoomScenario.load(services);
        String partner = day.partner("university");
        String invitation = null;
        for (var i : ServiceCalls.get(services.workshop(), "/api/workshops/" + day.todayId(), "officer")
                .path("invitations")) {
            if (i.path("partnerId").asText().equals(partner)) {
                invitation = i.path("id").asText();
            }
        }
        assertThat(invitation).as("the scenario invites the university today").isNotNull();
        browser.get(console + "/sign-in");
        Browser.signIn(browser, "officer");
        browser.get(console + "/workshops/" + day.todayId() + "/invitations");
        Browser.follow(browser, By.id("withdraw-" + invitation));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(day.name("university"));
        Browser.checkPage(browser, "withdraw-invitation");

        Browser.follow(browser, By.id("withdraw"));
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Say why the invitation is withdrawn");
        Browser.checkPage(browser, "withdraw-invitation-errors");

        Browser.type(browser, "reason", "Sent to the wrong partner");
        Browser.follow(browser, By.id("withdraw"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            d.get(console + "/workshops/" + day.todayId() + "/invitations");
            return d.findElement(By.id("invitations")).getText().contains("Sent to the wrong partner");
        });
        assertThat(browser.findElements(By.id("withdraw-" + invitation))).isEmpty();
        Browser.checkPage(browser, "invitations-with-withdrawn");
        Browser.signOut(browser);
    }
}
