package io.wickedzerg.sim.replay.view;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, headless, as the services' dashboard test finds them
 * ($CHROME_BIN / $CHROMEDRIVER, the Debian paths, PATH); Selenium never downloads either. Missing, the test fails
 * saying what to install: CI installs both (.ci/run), so their absence is a broken machine, not a reason to skip.
 */
public final class HeadlessChromium {
    private static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private HeadlessChromium() {
    }

    public static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(required("chromium", "CHROME_BIN", "/usr/bin/chromium").toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--hide-scrollbars", "--force-device-scale-factor=1");
        Path driver = required("chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build(), options);
    }

    private static Path required(String command, String env, String debianPath) {
        String given = System.getenv(env);
        Stream<Path> candidates = given != null && !given.isBlank() ? Stream.of(Path.of(given))
                : Stream.concat(Stream.of(Path.of(debianPath)), onPath(command));
        Optional<Path> found = candidates.filter(Files::isExecutable).findFirst();
        return found.orElseThrow(() -> new AssertionError(command + " is not installed (not at $" + env + ", "
                + debianPath + " or on PATH); install it with: " + INSTALL + " (.ci/run does this)"));
    }

    private static Stream<Path> onPath(String command) {
        String path = System.getenv("PATH");
        return path == null ? Stream.empty()
                : Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, command));
    }
}
